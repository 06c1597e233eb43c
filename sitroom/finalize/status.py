"""New or background: a report mixes this week's news with history ("dozens of raids
since the spring of 2021", "In March 2019 ..."). An event is background when its dates
lie well before publication, when it is a summary of many events, or when it is an
undated side remark in an article whose news is dated elsewhere.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from sitroom.components import Candidate, Context
from sitroom.events.background import opens_with_cue
from sitroom.events.incident import date_range, has_date
from sitroom.time.dating import in_comparison
from sitroom.time.numbers import lexicon_words
from sitroom.time.publication import names_year

#: How far before publication an event may end and still count as news.
NEW_WINDOW_DAYS = 10
_EARLIER_LEADS = frozenset(lexicon_words("earlier_period_leads"))
_COUNTED_BACK = frozenset(lexicon_words("counted_back_words"))


def is_old(c: Candidate, published: date) -> bool:
    """Ends more than NEW_WINDOW_DAYS before publication, or a month/year date in the past."""
    rng = date_range(c)
    if rng is None or not has_date(c):
        return False
    start, end = rng
    if (published - end).days > NEW_WINDOW_DAYS:
        return True
    kind = c.time_ref.kind if c.time_ref is not None else ""
    if kind in ("since", "before", "duration") and (published - start).days > NEW_WINDOW_DAYS:
        return True  # "since early February", "before February 2024": a long span, not news
    if c.event.time_precision >= 3 and c.event.event_date is not None:
        d = c.event.event_date
        return (d.year, d.month) < (published.year, published.month) and (published - end).days > 0
    return False


def _one_day(c: Candidate) -> bool:
    """Many blasts or strikes on one stated day ('on 8 May, several explosions hit the
    town') are that day's event, as ACLED codes them; 'a series of attacks this year' or
    'dozens of raids since January' stay a summary."""
    ref = c.time_ref
    return (
        has_date(c)
        and c.date_source == "stated"
        and ref is not None
        and ref.precision == 1
        and ref.kind not in ("since", "before", "duration")
    )


def status_of(
    c: Candidate, published: date, news_dated: bool, undated: bool = False
) -> tuple[str, str]:
    """(status, reason). ``news_dated``: an earlier event in the article is dated news.
    ``undated``: the report has no publication date, so ``published`` is the clock's day,
    and a calendar date that names no year ('on 25 January') may be the report's own day:
    never old ('last month' still is)."""
    if c.aggregate:
        return "background", "aggregate"
    if is_old(c, published) and not (undated and _yearless_calendar_date(c)):
        return "background", "date"
    if c.parent is not None and c.parent.event.status == "background":
        return "background", "parent"
    if news_dated and earlier_in_period(c):
        return "background", "earlier"  # 'Earlier this month, 26 were killed ...' beside dated news
    if news_dated and counted_back(c):
        return "background", "earlier"  # 'Two days earlier, gunmen had ...' after the dated news
    if not has_date(c) and c.ongoing:
        return "background", "ongoing"  # 'as fighting continues': context, not a new event
    if c.retrospective and c.parent is None and c.date_source == "previous":
        return "background", "retrospective"  # 'in past attacks': not the day told before
    if not has_date(c) and c.parent is None:
        if c.retrospective:
            return "background", "retrospective"
        if past_year_in(c.sentence, published) is not None:
            return "background", "past year"
        if news_dated and c.family == "kinetic" and c.nominal and not opens_with_cue(c):
            return "background", "undated mention"  # 'Meanwhile, ...' tells more news
    return "new", ""


def _yearless_calendar_date(c: Candidate) -> bool:
    """Dated by a day or month of the calendar that names no year ('on 25 January', 'in
    October'), not by one relative to the report ('last month', 'on Tuesday')."""
    said = c.event.evidence.get("event_date")
    ref = c.time_ref
    return (
        said is not None and ref is not None and ref.kind == "point" and not names_year(said.text)
    )


def earlier_in_period(c: Candidate) -> bool:
    """Told as earlier in a month or year that holds the news ('Earlier this month, ...'):
    context for the day's news, which the outlet reported when it happened."""
    ref = c.time_ref
    if ref is None or c.date_source != "stated" or ref.precision < 3:
        return False
    first = ref.text.split()[:1]
    return bool(first) and first[0].lower() in _EARLIER_LEADS


def counted_back(c: Candidate) -> bool:
    """Dated by days counted back from the event told before it ('Two days earlier, ...',
    'The day before, a drone struck ...', 'the previous day'): an earlier occasion told
    beside the news, which the outlet reported when it happened."""
    ref = c.time_ref
    if ref is None or c.date_source != "stated" or ref.kind != "relative":
        return False
    return bool(_COUNTED_BACK & set(ref.text.lower().split()))


def past_year_in(sentence: Span, published: date) -> Token | None:
    """A year before publication named in the sentence ('after the 2020 killing of ...')."""
    for tok in sentence:
        if tok.like_num and len(tok.text) == 4 and tok.text.isdigit():
            year = int(tok.text)
            if 1900 < year < published.year and tok.ent_type_ in ("DATE", ""):
                if in_comparison(tok):
                    continue  # 'the bloodiest strike since the 2021 coup'
                return tok
    return None


def assign_status(ctx: Context) -> None:
    news_dated = False
    for c in ctx.candidates:
        status, reason = status_of(c, ctx.published, news_dated, ctx.undated)
        c.event.status = status
        c.status_reason = reason
        cue = {
            "aggregate": c.aggregate_cue,
            "ongoing": c.ongoing_cue,
            "retrospective": c.retrospective_cue,
        }.get(reason)
        if status == "background" and cue is not None:
            c.event.cite("status", ctx.evidence(cue))
        elif status == "background" and reason in ("date", "earlier"):
            c.event.cite("status", c.event.evidence.get("event_date"))
        elif status == "background" and reason == "past year":
            c.event.cite("status", ctx.evidence(past_year_in(c.sentence, ctx.published)))
        if status == "new" and has_date(c) and c.family == "kinetic":
            news_dated = True
    _one_day_summary(ctx.candidates)


def _one_day_summary(cands: list[Candidate]) -> None:
    """A report whose only violence is told as many on one stated day ('on 8 May, several
    explosions hit the town') reports that day's event, as ACLED codes it. Beside news of
    its own incidents, the summary stays background ('a series of strikes on Thursday ...',
    then each strike)."""
    if any(c.event.status == "new" and c.family == "kinetic" and c.event.event_type for c in cands):
        return
    for c in cands:
        if c.status_reason == "aggregate" and c.event.event_type and _one_day(c):
            c.event.status, c.status_reason = "new", ""
            c.event.evidence.pop("status", None)
