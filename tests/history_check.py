"""Run by `tests/test_history_independence.py` in a fresh interpreter: each target report
alone (a fork of a pipeline that has read nothing yet), then every target again in one
process after the other reports, printed as JSON {"alone": [...], "after": [...]}, each a
list of the target's event records (the fields an analyst reads). Reports written for the
test."""

from __future__ import annotations

import json
import os
import pickle
import sys
from datetime import date

FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "event_date", "time_precision",
    "fatalities", "status", "record_kind",
)

#: (published, text): the reports whose records must not depend on what came before.
TARGETS = [
    ("2024-02-18", "Russian troops captured Avdiivka."),
    ("2024-02-18", "Russian troops captured Avdiivka in Ukraine's Donetsk region on Saturday "
                   "after months of fighting, the defence ministry in Moscow said."),
    ("2024-02-10", "Russian artillery shelled Avdiivka on Friday, killing two civilians, the "
                   "governor of the Donetsk region said."),
    ("2023-07-03", "Gunmen killed five villagers in an attack on a hamlet near Gusau in "
                   "Zamfara state on Sunday, police said."),
    ("2024-05-06", "Protesters blocked roads in Tripoli on Sunday, burning tyres to demand "
                   "electricity, the state news agency said."),
    ("2022-09-12", "Al-Shabaab fighters attacked an army base near Beledweyne in the Hiraan "
                   "region on Sunday, killing four soldiers."),
]

#: Reports read before the targets in the one process: other wars, and the same towns'.
HISTORY = [
    ("2024-02-15", "Ukrainian forces withdrew from Avdiivka on Thursday, the army said."),
    ("2023-11-20", "An Israeli air strike hit a house in Khan Younis on Monday, killing seven "
                   "people, medics said."),
    ("2021-06-07", "Suspected jihadists killed 12 civilians near Djibo in northern Burkina "
                   "Faso on Sunday."),
    ("2020-04-28", "A grenade was thrown at a bank in Tripoli, Libya, on Tuesday; no one was "
                   "hurt."),
    ("2023-09-18", "Two people were killed when a roadside bomb exploded in Kandahar city on "
                   "Sunday."),
    ("2024-03-02", "Police fired tear gas at protesters in Port-au-Prince on Friday."),
    ("2023-05-03", "Bandits abducted 20 travellers on the road from Gusau to Tsafe on "
                   "Tuesday."),
    ("2022-08-14", "Somali troops retook a village near Beledweyne from Al-Shabaab on "
                   "Saturday."),
]


def _records(pipeline, published: str, text: str) -> list[dict]:
    from sitroom.model import Article

    article = Article(text=text, source="probe", published=date.fromisoformat(published))
    found = []
    for event in pipeline.extract(article):
        record = event.to_record()
        found.append({f: str(record[f]) for f in FIELDS})
    return found


def _in_child(work):
    """``work()``'s answer, worked out in a fork (the parent's state stays as it was)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        with os.fdopen(write, "wb") as fh:
            fh.write(pickle.dumps(work()))
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


def main() -> None:
    from sitroom.pipeline import Pipeline

    pipeline = Pipeline()
    alone = [_in_child(lambda t=t: _records(pipeline, *t)) for t in TARGETS]

    def after_others() -> list[list[dict]]:
        for report in HISTORY:
            _records(pipeline, *report)
        return [_records(pipeline, *t) for t in TARGETS]

    json.dump({"alone": alone, "after": _in_child(after_others)}, sys.stdout)


if __name__ == "__main__":
    main()
