"""A synthetic multi-source corpus: six occurrences, each told by three outlets in their own
words, plus distinct events close in time or space that must not merge, and one syndicated
copy. Written for these tests (wire style, several conflicts); gold labels beside each.

Run as a report:  .venv/bin/python -m tests.fuse.corpus
"""

from __future__ import annotations

from datetime import date

from sitroom.model import Article

# (occurrence label, outlet, published, text)
REPORTS: list[tuple[str, str, date, str]] = [
    # Iraq: a drone attack on a base hosting US forces (Saturday 20 January 2024)
    (
        "iraq-harir",
        "Gulf Wire",
        date(2024, 1, 20),
        "Explosive drones hit the Harir air base north of Erbil on Saturday, leaving two US"
        " service members wounded, an American official said.",
    ),
    (
        "iraq-harir",
        "Levant Daily",
        date(2024, 1, 21),
        "The Islamic Resistance in Iraq said its drones had targeted the Harir base in Erbil"
        " province on Saturday. The Pentagon confirmed that two American personnel were hurt.",
    ),
    (
        "iraq-harir",
        "Baghdad Post",
        date(2024, 1, 20),
        "Two soldiers were injured when drones struck US troops stationed at Harir air base in"
        " the Kurdistan Region on Saturday, security sources said.",
    ),
    (
        "iraq-airport",
        "Gulf Wire",
        date(2024, 1, 20),
        "Two rockets struck near Baghdad International Airport on Saturday evening, causing no"
        " casualties, police said.",
    ),
    # Yemen: US and British strikes on Hodeidah (Saturday 24 February 2024)
    (
        "yemen-strikes",
        "Gulf Wire",
        date(2024, 2, 24),
        "US and British warplanes struck Houthi targets at Hodeidah airport in western Yemen on"
        " Saturday, the Houthi-run Al-Masirah television reported.",
    ),
    (
        "yemen-strikes",
        "Red Sea Monitor",
        date(2024, 2, 25),
        "American and British aircraft carried out air strikes on the airport of Hodeidah on"
        " Saturday, hitting sites used by the Houthis, residents said.",
    ),
    (
        "yemen-strikes",
        "Aden Herald",
        date(2024, 2, 24),
        "Warplanes of the US-led coalition bombed Houthi positions at Hodeidah airport on Saturday,"
        " according to witnesses in the port city.",
    ),
    (
        "yemen-ship",
        "Red Sea Monitor",
        date(2024, 2, 24),
        "Houthi forces fired an anti-ship missile at a merchant vessel in the Red Sea off Hodeidah"
        " on Saturday, a maritime security agency said.",
    ),
    # Burkina Faso: militants storm an army post (Sunday 10 March 2024)
    (
        "sahel-djibo",
        "Sahel Wire",
        date(2024, 3, 10),
        "Jihadist fighters attacked an army post in Djibo, northern Burkina Faso, on Sunday,"
        " killing 12 soldiers, security sources said.",
    ),
    (
        "sahel-djibo",
        "Ouaga Info",
        date(2024, 3, 11),
        "At least 12 soldiers were killed on Sunday as militants overran an army camp at Djibo,"
        " a local official said.",
    ),
    (
        "sahel-djibo",
        "West Africa Today",
        date(2024, 3, 10),
        "Suspected JNIM militants killed twelve soldiers in an assault on an army position in"
        " Djibo on Sunday, two security sources told reporters.",
    ),
    (
        "sahel-airstrike",
        "Sahel Wire",
        date(2024, 3, 12),
        "Burkina Faso's army said its aircraft struck militant positions near Djibo on Tuesday,"
        " killing dozens of fighters.",
    ),
    # Ukraine: a missile strike on Sumy (Saturday 12 October 2024)
    (
        "ukraine-sumy",
        "Kyiv Bulletin",
        date(2024, 10, 12),
        "A Russian missile strike on Sumy on Saturday killed six people and wounded 18"
        " others, the regional governor said.",
    ),
    (
        "ukraine-sumy",
        "Euro Desk",
        date(2024, 10, 13),
        "Six civilians died and 18 were injured when Russian missiles hit a bus depot in"
        " Sumy on Saturday, Ukrainian officials said.",
    ),
    (
        "ukraine-sumy",
        "Black Sea News",
        date(2024, 10, 12),
        "Russia struck the city of Sumy with missiles on Saturday, killing six people, the"
        " regional governor said.",
    ),
    (
        "ukraine-odesa",
        "Black Sea News",
        date(2024, 10, 12),
        "Russian drones hit energy infrastructure in Odesa on Saturday, injuring three people,"
        " officials said.",
    ),
    # Gaza: an air strike on a house in Rafah (Tuesday 13 February 2024)
    (
        "gaza-rafah",
        "Levant Daily",
        date(2024, 2, 13),
        "An Israeli air strike on a house in Rafah on Tuesday killed 11 members of one family,"
        " health officials said.",
    ),
    (
        "gaza-rafah",
        "Gulf Wire",
        date(2024, 2, 14),
        "Eleven Palestinians from the same family were killed when Israeli warplanes bombed"
        " their home in Rafah on Tuesday, medics said.",
    ),
    (
        "gaza-rafah",
        "Cairo Report",
        date(2024, 2, 13),
        "Israeli aircraft struck a residential building in Rafah on Tuesday, killing 11 people,"
        " the Gaza health ministry said.",
    ),
    (
        "gaza-khan-younis",
        "Cairo Report",
        date(2024, 2, 13),
        "An Israeli strike on a car in Khan Younis on Tuesday killed three people, medics said.",
    ),
    # Sudan: shelling of a market in El Obeid (Friday 10 May 2024)
    (
        "sudan-obeid",
        "Nile Wire",
        date(2024, 5, 10),
        "The Rapid Support Forces shelled a market in El Obeid on Friday, killing 15 civilians,"
        " activists said.",
    ),
    (
        "sudan-obeid",
        "Khartoum Monitor",
        date(2024, 5, 11),
        "At least 15 civilians were killed when the RSF shelled the main market of El Obeid,"
        " North Kordofan, on Friday, local activists said.",
    ),
    (
        "sudan-obeid",
        "Kordofan Desk",
        date(2024, 5, 10),
        "RSF artillery rounds fell on the busy El Obeid market on Friday, killing 15 people,"
        " a medical source said.",
    ),
    (
        "sudan-nyala",
        "Nile Wire",
        date(2024, 5, 10),
        "Sudanese army warplanes bombed RSF positions in Nyala, South Darfur, on Friday,"
        " residents said.",
    ),
]

#: A syndicated copy of the first report with small edits (must be linked, not re-extracted).
COPY = (
    "iraq-harir",
    "Regional Reprint",
    date(2024, 1, 20),
    "Explosive drones hit the Harir air base north of Erbil on Saturday, leaving two US"
    " service members wounded, an American official told reporters.",
)


def articles(with_copy: bool = True) -> list[tuple[str, Article]]:
    """(occurrence label, article) for every report."""
    rows = [*REPORTS, COPY] if with_copy else REPORTS
    return [
        (label, Article(text=text, source=outlet, published=published, origin=f"{label}/{outlet}"))
        for label, outlet, published, text in rows
    ]


def run(pipeline, store) -> dict:
    """Ingest the corpus through pipeline + store; pairwise merge scores and counts."""
    from sitroom.eval.fusion import pairwise
    from sitroom.ingest.service import ingest

    labelled = articles()
    report = ingest([a for _, a in labelled], store, pipeline)
    gold = {a.id: label for label, a in labelled}
    predicted = {}
    for _, a in labelled:
        predicted[a.id] = {s["event_id"] for s in _mentions(store, a.id)}
    score = pairwise(gold, predicted)
    copies = sum(1 for _, a in labelled if store.original_of(a.id))
    return {
        "score": score,
        "ingest": report,
        "copies": copies,
        "events": store.count_events(),
        "occurrences": len(set(gold.values())),
        "reports_without_events": sum(1 for v in predicted.values() if not v),
    }


def _mentions(store, article_id: str) -> list[dict]:
    from sitroom.store import EventFilter

    events = store.events(EventFilter(article_id=article_id))
    return [{"event_id": e.event_id_cnty} for e in events]


if __name__ == "__main__":  # pragma: no cover - a report script
    import tempfile

    from sitroom.pipeline import Pipeline
    from sitroom.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"{tmp}/corpus.db")
        out = run(Pipeline(), store)
        s = out["score"]
        print(
            f"reports {s.reports}, occurrences {out['occurrences']}, canonical events"
            f" {out['events']}, copies linked {out['copies']}, reports with no event"
            f" {out['reports_without_events']}"
        )
        print(
            f"pairwise merge precision {s.precision:.3f} recall {s.recall:.3f} f1 {s.f1:.3f}"
            f" (tp {s.tp}, fp {s.fp}, fn {s.fn} of {s.true_pairs} same-occurrence pairs)"
        )
        for e in store.events():
            print(
                f"  {e.event_id_cnty:>6} {e.event_date} {e.sub_event_type:<34}"
                f" {e.location[:24]:<24} {e.actor1[:30]:<30} {e.fatalities:>3}  [{e.source}]"
            )
