"""The trigger lexicon (``events/lexicon.yaml`` of the language pack): trigger words, weapons and cue lists.

Terms are lowercase lemma sequences so that one entry covers every inflection.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from sitroom import yamlio
from sitroom.errors import ConfigError
from sitroom.lang import PackValue

#: Trigger words and cue lists live in the language pack (``events/lexicon.yaml``).
LEXICON_FILE = "events/lexicon.yaml"

Term = tuple[str, ...]


@dataclass(frozen=True)
class TriggerClass:
    name: str
    family: str
    plover: str
    mode: str
    strength: float
    acled: tuple[str, str] | None


@dataclass(frozen=True)
class WeaponClass:
    name: str
    sub_event_type: str
    mode: str
    rank: int


@dataclass(frozen=True)
class Lexicon:
    version: int
    classes: dict[str, TriggerClass]
    verbs: dict[Term, str]
    nouns: dict[str, str]
    object_required: dict[Term, frozenset[str]]
    light_only_nouns: frozenset[str]
    light_verbs: frozenset[Term]
    light_verb_nouns: dict[str, frozenset[str]]
    announce_objects: dict[str, str]
    labor_strike_modifiers: frozenset[str]
    weapons: dict[Term, str]
    weapon_classes: dict[str, WeaponClass]
    words: dict[str, frozenset[str]]  # the plain cue lists, by YAML key
    irregular_verbs: dict[str, str]
    heavy_calibre: float = 0.0  # from this calibre on, a gun is a heavy weapon

    def cue(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())

    @cached_property
    def max_weapon_len(self) -> int:
        return max(len(t) for t in self.weapons)

    @cached_property
    def verb_bases(self) -> frozenset[str]:
        """The base form of every trigger verb ('shell', 'torch', 'take')."""
        return frozenset(t[0] for t in self.verbs)


def term(text: str) -> Term:
    return tuple(text.lower().split())


_LIST_KEYS = (
    "victim_subject_verbs",
    "victim_subject_phrases",
    "perception_verbs",
    "order_forces",
    "intervening_verbs",
    "civilian_nouns",
    "protester_nouns",
    "partisan_nouns",
    "armed_nouns",
    "armed_modifiers",
    "out_of_service_modifiers",
    "off_duty_words",
    "singular_pronouns",
    "state_cues",
    "plain_clothes_words",
    "plain_clothes_people",
    "bare_force_nouns",
    "backing_words",
    "nonstate_cues",
    "protester_agents",
    "seized_weapons",
    "air_launched_weapons",
    "seized_persons",
    "taking_verbs",
    "taking_idioms",
    "forcible_takers",
    "rescue_words",
    "rescue_preps",
    "seized_goods",
    "vessel_nouns",
    "seafarers",
    "armed_group_nouns",
    "measure_nouns",
    "territory_nouns",
    "place_nouns",
    "reference_nouns",
    "reference_verbs",
    "modal_cues",
    "hypothetical_governors",
    "hypothetical_marks",
    "negation_words",
    "aggregate_adverbs",
    "aggregate_quantifiers",
    "aggregate_time_nouns",
    "similar_words",
    "latest_words",
    "retrospective_words",
    "comparison_marks",
    "say_verbs",
    "generic_sources",
    "protest_noun_preps",
    "protest_subjects",
    "riot_words",
    "peaceful_words",
    "armed_marches",
    "hit_idiom_objects",
    "non_conflict_causes",
    "accident_subjects",
    "mishap_words",
    "premature_words",
    "legacy_words",
    "remains_nouns",
    "member_nouns",
    "weapon_people",
    "bearing_words",
    "calibre_units",
    "controlled_sites",
    "fleeting_words",
    "killing_verbs",
    "security_services",
    "unarmed_bodies",
    "dead_words",
    "property_nouns",
    "arson_words",
    "raid_words",
    "retrospective_adverbs",
    "warning_shot_targets",
    "warning_shot_words",
    "aimed_fire_preps",
    "unheld_protest_words",
    "held_protest_preps",
    "injury_nouns",
    "casualty_words",
    "crowd_nouns",
    "custody_words",
    "custody_place_preps",
    "collective_nouns",
    "anger_words",
    "rioter_nouns",
    "place_name_objects",
    "entry_verbs",
    "thrown_objects",
    "stoning_verbs",
    "throwing_verbs",
    "barricade_words",
    "blocking_verbs",
    "fire_words",
    "harm_classes",
    "armed_harm_classes",
    "quantity_nouns",
    "mob_agents",
    "alert_nouns",
    "direct_fire_heavy_guns",
    "suspect_modifiers",
    "joining_verbs",
    "joint_action_objects",
    "joint_action_nouns",
    "nonviolent_transfer_words",
    "unopposed_nouns",
    "occurrence_verbs",
    "claim_verbs",
    "responsibility_nouns",
    "deny_verbs",
    "hedge_words",
    "verify_verbs",
    "anaphoric_attackers",
    "both_sides_words",
    "anonymous_attackers",
    "mutual_fire_cues",
    "fighting_words",
    "return_fire_cues",
    "support_words",
    "protest_purposes",
    "date_words",
    "ongoing_words",
    "ongoing_verbs",
    "war_nouns",
    "perpetration_nouns",
    "allegation_verbs",
)


def _classes(raw: dict[str, Any]) -> dict[str, TriggerClass]:
    out = {}
    for name, v in raw.items():
        acled = tuple(v["acled"]) if v.get("acled") else None
        out[name] = TriggerClass(
            name,
            v["family"],
            v.get("plover", ""),
            v.get("mode", ""),
            float(v.get("strength", 0.6)),
            acled,  # type: ignore[arg-type]
        )
    return out


def load_lexicon(path: str | None = None) -> Lexicon:
    """The active language pack's lexicon (see `sitroom.lang.reading`), or the file at ``path``."""
    return _read_lexicon(str(path)) if path else _PACK_LEXICON.value()


@lru_cache(maxsize=4)
def _read_lexicon(path: str) -> Lexicon:
    raw = yamlio.safe_load(Path(path).read_text(encoding="utf-8"))
    classes = _classes(raw["classes"])
    for mapping in ("verbs", "nouns", "announce_objects"):
        bad = {c for c in raw[mapping].values() if c not in classes}
        if bad:
            raise ConfigError(
                f"lexicon {mapping}: unknown classes {sorted(bad)}; "
                "define them under weapon_classes in the lexicon file"
            )
    weapon_classes = {
        k: WeaponClass(k, v["sub_event_type"], v["mode"], int(v["rank"]))
        for k, v in raw["weapon_classes"].items()
    }
    return Lexicon(
        version=int(raw["version"]),
        classes=classes,
        verbs={term(k): v for k, v in raw["verbs"].items()},
        nouns=dict(raw["nouns"]),
        object_required={term(k): frozenset(v or ()) for k, v in raw["object_required"].items()},
        light_only_nouns=frozenset(raw["light_only_nouns"]),
        light_verbs=frozenset(term(v) for v in raw["light_verbs"]),
        light_verb_nouns={k: frozenset(v or ()) for k, v in raw["light_verb_nouns"].items()},
        announce_objects=dict(raw["announce_objects"]),
        labor_strike_modifiers=frozenset(raw["labor_strike_modifiers"]),
        weapons={term(k): v for k, v in raw["weapons"].items()},
        weapon_classes=weapon_classes,
        words={k: frozenset(str(w).lower() for w in raw[k]) for k in _LIST_KEYS},
        irregular_verbs={str(k): str(v) for k, v in raw["irregular_verbs"].items()},
        heavy_calibre=float(raw.get("heavy_calibre", 0)),
    )


_PACK_LEXICON: PackValue[Lexicon] = PackValue(lambda pack: _read_lexicon(str(pack.path(LEXICON_FILE))))
