"""Resolve one temporal expression against a publication date (pure functions, no spaCy).

The result carries ACLED's ``time_precision``: 1 = the day is known, 2 = a week or a
few days, 3 = a month or vaguer. The representative ``date`` follows one rule: the day
itself for precision 1, the middle of the range for precision 2 (ACLED codes "last
week" to the middle of the week) and the start of the period for precision 3 ("in
January 2020" → 2020-01-01).

A weekday name means the publication day when it is the publication weekday ("on
Tuesday" in a Tuesday report), otherwise the most recent such day before it; calendar
dates without a year take the publication year unless that puts them too far ahead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from sitroom.lang import PackMapping, PackPattern, pack_mapping, pack_pattern
from sitroom.time.holidays import holiday_date
from sitroom.time.numbers import parse_count_words, words
from sitroom.time.refs import (
    MONTHS,
    PERIOD_PARTS,
    UNITS,
    WEEKDAYS,
    Range,
    TimeRef,
    add_months,
    day_ref,
    infer_year,
    is_week_unit,
    make_ref,
    month_end,
    normalize,
    precision_for_span,
    safe_date,
    unit_days,
    weekday_after,
    weekday_before,
)

# --- explicit calendar dates -------------------------------------------------------------

def _pattern(key: str) -> PackPattern:
    """One of the English-specific (language pack) patterns of ``time/patterns.yaml``."""
    return pack_pattern("time/patterns", key)


_EXPLICIT_PATTERNS: tuple[PackPattern, ...] = tuple(
    _pattern(key)
    for key in (
        "explicit_day_month_year", "explicit_month_day_year", "explicit_day_month", "explicit_month_day"
    )
)
_SHORT_YEAR = _pattern("short_year")
_ISO = re.compile(r"^(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)$")
_NUMERIC = re.compile(r"^(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)$")


def explicit_date(text: str, published: date, past_only: bool = False) -> date | None:
    """'April 21', '21 April 2024', 'Tuesday, 23 April 2024', '2024-04-21', '21/04/2024'."""
    t = normalize(text)
    m = _ISO.match(t)
    if m:
        return safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    m = _SHORT_YEAR.match(t)
    if m:  # "26 Jan 18", as monitoring services write
        return safe_date(2000 + int(m["yy"]), MONTHS[m["month"]], int(m["day"]))
    m = _NUMERIC.match(t)
    if m:  # day first, the international and Middle East habit, unless impossible
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        return safe_date(year, b, a) or safe_date(year, a, b)
    for pattern in _EXPLICIT_PATTERNS:
        m = pattern.match(t)
        if not m:
            continue
        month, day = MONTHS[m["month"]], int(m["day"])
        groups = m.groupdict()
        if groups.get("year"):
            year = int(groups["year"])
        elif groups.get("yrel"):  # 'Oct. 1 last year', '3 March of this year'
            year = published.year - (groups["yrel"] in words("last_words")) + (groups["yrel"] in words("next_words"))
        else:
            year = infer_year(month, day, published, past_only)
        return safe_date(year, month, day)
    return None


# --- periods: months, parts of months, years ---------------------------------------------

_MONTH_PERIOD = _pattern("month_period")
_YEAR_PERIOD = _pattern("year_period")


def _part_range(start: date, end: date, part: str | None) -> Range:
    """Early / mid / late: days 1-10, 11-20, 21-end of a month; four-month thirds of a year."""
    if not part:
        return start, end
    third = PERIOD_PARTS.get(part, "late")
    early, mid = third == "early", third == "mid"
    if start.month == end.month and start.year == end.year and start.day == 1:
        if early:
            return start, start.replace(day=min(10, end.day))
        if mid:
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=min(21, end.day)), end
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        if early:
            return start, month_end(start.year, 4)
        if mid:
            return date(start.year, 5, 1), month_end(start.year, 8)
        return date(start.year, 9, 1), end
    length = timedelta(days=max(0, ((end - start).days + 1) // 3 - 1))
    if early:
        return start, start + length
    if mid:
        middle = start + timedelta(days=((end - start).days + 1) // 3)
        return middle, middle + length
    return end - length, end


def month_period(text: str, published: date, past_only: bool = False) -> Range | None:
    """'February', 'early February', 'mid-February 2024', 'last March' → the days covered."""
    t = normalize(text)
    m = _MONTH_PERIOD.match(t)
    if not m:
        return None
    month = MONTHS.get(m["month"])
    if month is None:
        return None
    if m["year"]:
        year = int(m["year"])
    elif m["yrel"]:  # 'August last year', 'in March of this year'
        year = published.year - (m["yrel"] in words("last_words")) + (m["yrel"] in words("next_words"))
    elif m["rel"] in words("next_words"):
        year = published.year + (1 if month <= published.month else 0)
    elif m["rel"] in words("last_words"):
        year = published.year - (1 if month >= published.month else 0)
    else:
        year = infer_year(month, None, published, past_only)
    return _part_range(date(year, month, 1), month_end(year, month), m["part"])


_DECADE = _pattern("decade")
#: The years of a decade each third covers ("the early 2000s" → 2000-2003).
_DECADE_YEARS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}


def year_period(text: str) -> Range | None:
    """'2014', 'late 2014', 'the 1990s', 'the early 2000s'."""
    t = normalize(text)
    d = _DECADE.match(t)
    if d:
        first = int(d["decade"])
        a, b = _DECADE_YEARS[PERIOD_PARTS[d["part"]] if d["part"] else None]
        return date(first + a, 1, 1), date(first + b, 12, 31)
    m = _YEAR_PERIOD.match(t)
    if not m:
        return None
    year = int(m["year"])
    return _part_range(date(year, 1, 1), date(year, 12, 31), m["part"])


# --- deictic expressions relative to publication -----------------------------------------

_DAY_WORDS = pack_mapping("time/lexicon", "day_offsets")


def _count(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip()
    if text in words("one_words") or not text:
        return 1
    if text in words("few_words"):
        return 3
    value = parse_count_words(text)
    return value.best if value else None


def _span_back(published: date, count: float, unit: str) -> date:
    """The start of `count` units (a unit of `UNITS`) ending at publication."""
    if unit == "month":
        return add_months(published, -int(count))
    if unit == "year":
        return add_months(published, -12 * int(count))
    if unit == "decade":
        return add_months(published, -120 * int(count))
    days = count * unit_days(unit)
    return published - timedelta(days=max(1, int(-(-days // 1))))


_DURATION = _pattern("duration")
_FORWARD = _pattern("forward_words")
_BACKWARD = _pattern("backward_words")


def duration(text: str, published: date) -> TimeRef | None:
    """'over the last 72 hours', 'within fewer than 12 hours', 'three days ago', 'after two weeks of X'."""
    t = normalize(text)
    m = _DURATION.match(t)
    if not m:
        return None
    unit, tail, lead = UNITS[m["unit"]], m["tail"] or "", m["lead"]
    count_text = (m["count"] or "").strip()
    n = _count(count_text) if count_text else 1
    if n is None or n <= 0:
        return None
    if _FORWARD.search(t) or tail in words("other_event_tails"):
        return None  # the future, or relative to another event rather than to publication
    if tail in words("ago_words"):
        return _ago(published, n, unit, text)
    backward = bool(_BACKWARD.search(t))
    if not backward and not (lead and count_text):
        return None  # a bare length ("three days", "after night") is not a time
    if not backward and unit == "hour" and lead in words("length_leads"):
        return None  # "after several hours of fighting": how long it lasted, not when
    start = _span_back(published, n, unit)
    return make_ref(start, published, precision_for_span(start, published), text, "duration")


def _ago(published: date, n: int, unit: str, text: str) -> TimeRef:
    """'three days ago' is a day; 'two weeks ago' a week; 'three months ago' a month."""
    if unit == "hour":
        return day_ref(published if n < 12 else published - timedelta(days=max(1, round(n / 24))), text, "relative")
    start = _span_back(published, n, unit)
    if unit in ("day", "night"):
        return day_ref(start, text, "relative")
    if is_week_unit(unit):
        return make_ref(start - timedelta(days=3), start + timedelta(days=3), 2, text, "relative")
    return make_ref(date(start.year, start.month, 1), month_end(start.year, start.month), 3, text, "relative")


_RELATIVE_PERIOD = PackMapping(
    lambda pack: {
        phrase: key
        for key, phrases in pack.entry("time/lexicon", "relative_periods").items()
        for phrase in phrases
    }
)


def relative_period(key: str, published: date, text: str) -> TimeRef | None:
    """Named periods relative to publication: 'last week', 'earlier this week', 'last month'."""
    monday = published - timedelta(days=published.weekday())
    p = published
    if key == "this_week":
        return make_ref(monday, p, 2, text, "range")
    if key == "earlier_this_week":
        end = max(monday, p - timedelta(days=1))
        return make_ref(monday, end, 2, text, "range")
    if key == "last_week":
        return make_ref(monday - timedelta(days=7), monday - timedelta(days=1), 2, text, "range")
    if key == "past_week":
        return make_ref(p - timedelta(days=7), p, 2, text, "range")
    if key == "week_ago":
        return make_ref(p - timedelta(days=10), p - timedelta(days=4), 2, text, "relative")
    if key == "weekend":
        sunday = weekday_before(p, 6)
        return make_ref(sunday - timedelta(days=1), sunday, 2, text, "range")
    if key == "this_month":
        return make_ref(date(p.year, p.month, 1), p, 3, text, "range")
    if key in ("last_month", "last_month_ago"):
        first = add_months(date(p.year, p.month, 1), -1)
        return make_ref(first, month_end(first.year, first.month), 3, text, "range")
    if key == "past_month":
        return make_ref(add_months(p, -1), p, 3, text, "range")
    if key == "this_year":
        return make_ref(date(p.year, 1, 1), p, 3, text, "range")
    if key == "last_year":
        return make_ref(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), 3, text, "range")
    if key == "past_year":
        return make_ref(add_months(p, -12), p, 3, text, "range")
    if key == "late_last_year":
        return make_ref(date(p.year - 1, 9, 1), date(p.year - 1, 12, 31), 3, text, "range")
    if key == "early_last_year":
        return make_ref(date(p.year - 1, 1, 1), date(p.year - 1, 4, 30), 3, text, "range")
    if key == "recent_days":
        return make_ref(p - timedelta(days=7), p, 2, text, "range")
    if key == "recent_weeks":
        return make_ref(p - timedelta(days=35), p, 3, text, "range")
    if key == "recent_months":
        return make_ref(add_months(p, -6), p, 3, text, "range")
    return None


_WEEKDAY_EXPR = _pattern("weekday_expr")


def weekday_expr(text: str, published: date) -> date | None:
    """'Sunday', 'last Saturday', 'Monday night', 'next Friday' against publication."""
    m = _WEEKDAY_EXPR.match(normalize(text))
    if not m:
        return None
    wd = WEEKDAYS[m["weekday"]]
    rel, after = m["rel"] or "", m["after"] or ""
    if rel in words("next_words") or after in words("weekday_next_tails"):
        return weekday_after(published, wd)
    if after in words("weekday_last_week_tails"):
        monday = published - timedelta(days=published.weekday())
        return monday - timedelta(days=7 - wd)
    if rel in words("last_words") or after in words("weekday_last_tails"):
        return weekday_before(published, wd, allow_same=False)
    return weekday_before(published, wd, allow_same=True)


# --- the resolver --------------------------------------------------------------------------

_LEAD = _pattern("lead")
_TIME_OF_DAY = _pattern("time_of_day")
_BETWEEN = _pattern("between")
_TO_RANGE = _pattern("to_range")
_DAY_SPAN = _pattern("day_span")
_MONTH_DAY_SPAN = _pattern("month_day_span")


def resolve(
    text: str,
    published: date,
    anchor: date | None = None,
    past_only: bool = False,
) -> TimeRef | None:
    """Resolve one expression ('on Sunday', 'since early February', ...) or return None.

    ``anchor`` is the date of the event the text is relative to ("the next day");
    ``past_only`` forbids year-less dates after publication (a past-tense clause).
    """
    try:
        ref = _resolve(text, published, anchor, past_only)
    except (ValueError, OverflowError, KeyError, IndexError, TypeError):
        return None  # odd text is "no date", never a crash
    return replace(ref, text=text) if ref else None


def _resolve(text: str, published: date, anchor: date | None, past_only: bool) -> TimeRef | None:
    t = normalize(text)
    if not t:
        return None
    lead = ""
    m = _LEAD.match(t)
    if m:
        lead = m["lead"]
        t = t[m.end():]
    t = _NIGHT_OF.sub("", t)
    if lead in words("from_leads"):
        ref = _span(f"{lead} {t}", published, past_only, text)
        if ref:
            return ref
    if lead in words("since_leads"):
        return _open_range(t, published, anchor, past_only, text, "since")
    if lead in words("until_leads"):
        return _open_range(t, published, anchor, past_only, text, "before")
    if lead in words("after_leads") and not _looks_like_duration(t):
        return _open_range(t, published, anchor, past_only, text, "after")
    between = lead in words("between_leads")
    if between or _DAY_SPAN.match(t) or _MONTH_DAY_SPAN.match(t) or _TO_RANGE.match(t):
        ref = _span(f"{lead} {t}" if between else t, published, past_only, text)
        if ref:
            return ref
    ref = _point(t, published, anchor, past_only, text)
    if ref is None and lead in words("span_leads"):
        ref = duration(f"{lead} {t}", published)
    return ref


_UNIT_WORD = _pattern("unit_word")
_RELATIVE_WORDS = _pattern("relative_words")
_EARLY_LATE_DAY = _pattern("early_late_day")
_ON_LEAD = _pattern("on_lead")
_PERIOD_LEAD = _pattern("period_lead")


def _looks_like_duration(t: str) -> bool:
    return bool(_UNIT_WORD.search(t)) and not _RELATIVE_WORDS.search(t)


def _point(t: str, published: date, anchor: date | None, past_only: bool, text: str) -> TimeRef | None:
    """A single expression without a range-making preposition."""
    if t in _DAY_WORDS:
        return day_ref(published + timedelta(days=_DAY_WORDS[t]), text, "relative")
    t = _TIME_OF_DAY.sub("", t).strip(" ,")
    t = _EARLY_LATE_DAY.sub("", t)
    t = _ON_LEAD.sub("", t)
    if t in _DAY_WORDS:
        return day_ref(published + timedelta(days=_DAY_WORDS[t]), text, "relative")
    for prefix in words("day_words"):
        if t.startswith(prefix + " ") or t.endswith(" " + prefix):
            return day_ref(published + timedelta(days=_DAY_WORDS[prefix]), text, "relative")
    part = _PART_PREFIX.match(t) if t not in _RELATIVE_PERIOD else None
    if part:
        inner = _point(part["rest"], published, anchor, past_only, part["rest"])
        if inner is None:
            return None
        start, end = _part_range(inner.start, inner.end, part["part"])
        return make_ref(start, end, max(inner.precision, precision_for_span(start, end)), text, inner.kind)
    anchored = _anchored(t, anchor, text)
    if anchored or t in _ANCHOR_WORDS:
        return anchored
    wd = weekday_expr(t, published)
    if wd:
        return day_ref(wd, text)
    key = _RELATIVE_PERIOD.get(t) or _RELATIVE_PERIOD.get(_PERIOD_LEAD.sub("", t))
    if key:
        return relative_period(key, published, text)
    d = explicit_date(t, published, past_only) or holiday_date(t, published)
    if d:
        return day_ref(d, text)
    rng = month_period(t, published, past_only) or year_period(t)
    if rng:
        return make_ref(rng[0], rng[1], 3, text, "point")
    return duration(t, published)


_PART_PREFIX = _pattern("part_prefix")
_NIGHT_OF = _pattern("night_of")
_ANCHOR_WORDS = pack_mapping("time/lexicon", "anchor_offsets")
_ANCHOR_N = _pattern("anchor_n")


def _anchored(t: str, anchor: date | None, text: str) -> TimeRef | None:
    """'the next day', 'two days later': relative to the event just told, never to publication."""
    if anchor is None:
        return None
    if t in _ANCHOR_WORDS:
        return day_ref(anchor + timedelta(days=_ANCHOR_WORDS[t]), text, "relative")
    m = _ANCHOR_N.match(t)
    if m:
        n = _count(m["count"])
        if n is None:
            return None
        days = n * round(unit_days(UNITS[m["unit"]]))
        sign = 1 if m["dir"] in words("later_words") else -1
        d = anchor + timedelta(days=sign * days)
        return day_ref(d, text, "relative") if days < 7 else make_ref(
            d - timedelta(days=3), d + timedelta(days=3), 2, text, "relative"
        )
    return None


def _open_range(
    t: str, published: date, anchor: date | None, past_only: bool, text: str, kind: str
) -> TimeRef | None:
    """'since early February' → Feb 1..publication; 'before February 2024' → ..2024-01-31."""
    inner = _point(t, published, anchor, past_only or kind != "before", t)
    if inner is None:
        return None
    if kind == "since":  # 'fighting has raged since Monday': it began on Monday, the day it dates
        end = max(inner.start, published)
        precision = 3 if inner.precision == 3 else precision_for_span(inner.start, end)
        return TimeRef(inner.start, precision, inner.start, end, text, "since")
    if kind == "after":
        start = inner.end + timedelta(days=1)
        end = max(start, published)
        return make_ref(start, end, precision_for_span(start, end), text, "after")
    end = inner.start - timedelta(days=1)
    return TimeRef(end, 3, date(max(1, end.year - 10), 1, 1), end, text, "before")


def _span(t: str, published: date, past_only: bool, text: str) -> TimeRef | None:
    """'between 1 and 5 March', 'March 1-5, 2024', 'between January and March'."""
    for pattern in (_DAY_SPAN, _MONTH_DAY_SPAN):
        m = pattern.match(t)
        if m:
            month = MONTHS[m["month"]]
            d1, d2 = int(m["d1"]), int(m["d2"])
            year = int(m["year"]) if m["year"] else infer_year(month, d1, published, past_only)
            a, b = safe_date(year, month, d1), safe_date(year, month, d2)
            if a and b:
                return make_ref(a, b, precision_for_span(a, b), text, "range")
    m = _BETWEEN.match(t) or _TO_RANGE.match(t)
    if m:
        a, b = m["a"], m["b"]
        year = re.search(r"\b(?:19|20)\d\d$", b)
        if year and not re.search(r"\b(?:19|20)\d\d\b", a):
            a = f"{a} {year.group(0)}"  # "July to December 2016"
        left = _point(a, published, None, past_only, a)
        right = _point(b, published, None, past_only, b)
        if left and right:
            start, end = left.start, right.end
            if end < start and (start - end).days < 7:
                start -= timedelta(days=7)  # "Monday to Wednesday" read on a Tuesday
            return make_ref(start, end, max(left.precision, precision_for_span(start, end)), text, "range")
    return None
