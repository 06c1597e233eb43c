"""Measuring the actor stage against public gold data (read from ../shared, never shipped).

* `evaluate_ngec`: NGEC's actor-resolution unit expectations, mapped onto sitroom's model
  (nationality → country, agent sector → generic class, organisation → canonical name).
  People, places and party look-ups (NGEC's Wikipedia step) are outside this stage and are
  counted as out of scope, not as misses.
* `evaluate_acled_notes`: ACLED coder notes → actor1/actor2, with the notes' first clause
  verb as the trigger (a stand-in for the events stage), strict and ignoring the regime
  years that ACLED renames after the fact.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sitroom.actors.dictionary import ActorDictionary
from sitroom.actors.text import words

# NGEC's agent sector codes → the sitroom class (or entry kind) that means the same.
SECTOR_CLASSES: dict[str, set[str]] = {
    "MIL": {"military"},
    "COP": {"police"},
    "CRM": {"gang"},
    "MED": {"civilians:Health Workers"},
    "REB": {"islamist", "rebel", "unidentified"},
    "ELI": {"government"},
    "SPY": {"intelligence"},
}
ISO3_OF_TITLE_WORDS = {"Great Britain": "GBR"}
_REGIME = re.compile(r" \(\d{4}-(?:\d{4})?\)")
_DETERMINERS = {"a", "an", "the"}


@dataclass
class Score:
    """Matched / total per group, with the cases that missed (for reading, not tuning)."""

    matched: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, group: str, ok: bool, detail: dict[str, Any] | None = None) -> None:
        self.total[group] += 1
        self.matched[group] += int(ok)
        if not ok and detail is not None:
            self.misses.append({"group": group, **detail})

    def summary(self) -> dict[str, Any]:
        out = {g: f"{self.matched[g]}/{self.total[g]}" for g in sorted(self.total)}
        return out


# ---------------------------------------------------------------------- NGEC
def split_nationality(text: str, dictionary: ActorDictionary) -> tuple[str, str]:
    """ "four Saudi men" → ("SAU", "four men"): the country's ISO3 and the text without it."""
    for country, start, end in dictionary.countries_in(text):
        state = dictionary.state(country)
        rest = " ".join((text[:start] + " " + text[end:]).split())
        rest_words = rest.split()
        while rest_words and rest_words[0].lower() in _DETERMINERS:
            rest_words = rest_words[1:]
        return (state.iso3 if state else ""), " ".join(rest_words)
    return "", text


def _sector_of(text: str, dictionary: ActorDictionary) -> tuple[set[str], str]:
    found = dictionary.mentions(text)
    if not found:
        return set(), ""
    mention = found[0]
    keys = {mention.generic} if mention.generic else set()
    if mention.actor is not None and not mention.generic:
        keys.add(mention.actor.kind)
    keys |= {f"{mention.generic}:{a.split(' (')[0]}" for a in mention.assoc}
    if mention.generic == "civilians" and any(
        w.norm in ("medic", "paramedic", "medics", "paramedics", "doctor", "nurse")
        for w in words(text)
    ):
        keys.add("civilians:Health Workers")
    state = dictionary.state(mention.country) if mention.country else None
    return keys, (state.iso3 if state else "")


def evaluate_ngec(path: str | Path, dictionary: ActorDictionary) -> Score:
    """Score sitroom on the NGEC cases that fall within an actor dictionary's remit."""
    cases = json.loads(Path(path).read_text(encoding="utf-8"))["cases"]
    score = Score()
    for case in cases:
        fn, text, asserts = case["function"], case["input"], case["asserts"]
        expect = _expectations(asserts)
        if fn == "search_nat":
            cc, rest = split_nationality(text, dictionary)
            want_rest = " ".join(w for w in expect.get("text", "").split())
            ok = cc == expect.get("cc") and rest == want_rest
            score.add("nationality", ok, {"input": text, "got": [cc, rest], "want": expect})
        elif fn == "short_text_to_agent":
            keys, cc = _sector_of(text, dictionary)
            sector = expect.get("code_1", "")
            ok = bool(keys & SECTOR_CLASSES.get(sector, set()))
            if "country" in expect:
                want_cc = expect["country"]
                ok = ok and cc == want_cc
            score.add("sector", ok, {"input": text, "got": sorted(keys), "want": sector})
        elif fn == "trf_agent_match":
            ok = dictionary.resolve(text) is None
            score.add("nonsense", ok, {"input": text})
        elif fn == "query_wiki":
            title = expect.get("title", "")
            actor = dictionary.resolve(text, allow_bare_state=False)
            if actor is None and not _is_organisation(title):
                score.add("out of scope (people, places, parties)", True)
                continue
            ok = actor is not None and _same_org(actor.name, title)
            score.add("organisation", ok, {"input": text, "got": actor and actor.name,
                                           "want": title})
    return score


_ORG_WORDS = ("Organization", "Nations", "NATO", "Community", "State", "Zetas")


def _is_organisation(title: str) -> bool:
    return any(w in title for w in _ORG_WORDS)


def _same_org(name: str, title: str) -> bool:
    return title.lower() in name.lower() or name.split(":")[0].lower() == title.lower()


def _expectations(asserts: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in asserts:
        m = re.match(r"""\s*(?:code\[')?(\w+)(?:'\])?\s*==\s*["'](.*?)["']\s*$""", line)
        m = m or re.match(r"""\s*(?:wiki\['(\w+)'\])\s*==\s*["'](.*?)["']\s*$""", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = m.group(2)
    return out


# ---------------------------------------------------------------------- ACLED notes
def strip_regime(name: str) -> str:
    """ "Military Forces of Iraq (2018-)" → "Military Forces of Iraq" (ACLED renames periods)."""
    return _REGIME.sub("", name).strip()


def acled_rows(path: str | Path, split: str = "dev") -> list[dict[str, str]]:
    """ACLED rows of one split: odd event_id_no_cnty → dev, even → test."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    want = 1 if split == "dev" else 0
    return [
        r
        for r in rows
        if r.get("notes", "").strip() and _record_id(r) is not None and _record_id(r) % 2 == want
    ]


def _record_id(row: dict[str, str]) -> int | None:
    """event_id_no_cnty, or the digits of event_id_cnty (the README's split rule)."""
    raw = row.get("event_id_no_cnty") or re.sub(r"\D", "", row.get("event_id_cnty", ""))
    return int(raw) if raw.isdigit() else None


def evaluate_acled_notes(
    path: str | Path,
    nlp: Any,
    dictionary: ActorDictionary,
    split: str = "dev",
    gold_country: bool = False,
    finalize_with_gold: bool = False,
) -> Score:
    """actor1/actor2 from the notes, strict and without regime years.

    gold_country: the event's country is known before actors run (geo first);
    finalize_with_gold: actors guess the country, then the finalize step completes pending
    generic actors and inter codes with the gold country (the default pipeline order).
    """
    from sitroom.actors.component import assign_actors, complete_pending, localize_event
    from sitroom.components import Candidate, Context
    from sitroom.model import Article, Event

    score = Score()
    rows = acled_rows(path, split)
    docs = nlp.pipe(r["notes"] for r in rows)
    for row, doc in zip(rows, docs, strict=True):
        published = datetime.strptime(row["event_date"], "%d-%b-%y").date()
        sentence = next(iter(doc.sents))
        trigger = sentence.root
        if trigger.pos_ != "VERB":  # the notes' main verb stands in for the events stage
            verbs = [t for t in sentence if t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj")]
            verbs = verbs or [t for t in sentence if t.pos_ == "VERB"]
            trigger = verbs[0] if verbs else trigger
        ctx = Context(article=Article(text=row["notes"]), doc=doc, published=published)
        if gold_country:
            ctx.country_hint = row["country"]
        event = Event(event_type=row["event_type"], event_date=published)
        candidate = Candidate(event=event, sentence=sentence, trigger=trigger)
        assign_actors(candidate, ctx, dictionary)
        if finalize_with_gold:
            event.country = row["country"]
            complete_pending(candidate, row["country"], dictionary, published)
            localize_event(event, dictionary)
        for side in ("actor1", "actor2"):
            got, want = getattr(event, side), row[side]
            score.add(f"{side} strict", got == want)
            ok = strip_regime(got) == strip_regime(want)
            score.add(f"{side} without regime years", ok,
                      {"notes": row["notes"][:160], "got": got, "want": want})
    return score


def main() -> None:  # pragma: no cover - `python -m sitroom.eval.actors SHARED_DIR`
    import sys

    import spacy

    from sitroom.actors import load_dictionary, ruler_patterns
    from sitroom.nlp import MODEL_NAME

    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    dictionary = load_dictionary()
    ngec = evaluate_ngec(shared / "eval/unit-cases/ngec_actor_resolution_cases.json", dictionary)
    print("NGEC", json.dumps(ngec.summary()))
    nlp = spacy.load(MODEL_NAME)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(ruler_patterns())
    acled = shared / "eval/acled/acled_iraq_syria_2020-05.csv"
    modes = {"own country": {}, "finalize with gold country": {"finalize_with_gold": True},
             "gold country first": {"gold_country": True}}
    for label, kwargs in modes.items():
        score = evaluate_acled_notes(acled, nlp, dictionary, "dev", **kwargs)
        print("ACLED dev", label, json.dumps(score.summary()))
    if "-v" in sys.argv:
        for miss in ngec.misses + score.misses:
            print(json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
