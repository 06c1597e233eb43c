"""Actor normalization (component `actors`) and entity-ruler patterns for actor names."""


def ruler_patterns(actor_files: tuple[str, ...] = ()) -> list[dict]:
    return []
