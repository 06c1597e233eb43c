"""Place names of a parse as spans: spaCy's GPE/LOC/FAC mended with gazetteer lookups.

`sitroom.geo.mentions` reads what the words around each span say; the text patterns
both modules use (a kind stated before a name, an anchor, "the town of") live here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from sitroom.geo.local import FIRST_WORDS, is_local_site
from sitroom.geo.named import names_a_site
from sitroom.geo.normalize import generic_alternation
from sitroom.geo.offsets import OFFSET_AFTER, OFFSET_BEFORE
from sitroom.geo.runs import proper_runs, unit_prefixed
from sitroom.geo.span_roles import a_person as _a_person
from sitroom.geo.span_roles import a_river as _a_river
from sitroom.lang import PackPattern, PackWords, pack_pattern, pack_words
from sitroom.nlp import doc_text

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _pattern(key: str, flags: int = re.IGNORECASE) -> PackPattern:
    """One of the language pack's ``geo/patterns.yaml`` ({{generic}}: the generic suffixes)."""
    return pack_pattern("geo/patterns", key, flags, generic=generic_alternation)


#: Text just before a name that makes it an anchor rather than the exact place.
ANCHOR_BEFORE = _pattern("anchor_before")
#: "the town of X", "Camp X": the kind of place stated before the name.
KIND_BEFORE = _pattern("kind_before")
#: "the village of X", "the town of X": an unknown name after these is still a place.
SETTLEMENT_OF = _pattern("settlement_of")
ROLE_OF = _pattern("role_of")
#: "in the southern parts of X": an area of X, so X is a place (and no weak one).
AREA_OF = _pattern("area_of_before")
#: "X, the capital of Y", "X, a town in Y", "X on the border": the text says X is a place.
DESCRIBED_AFTER = _pattern("described_after", 0)
GENERIC_HEADS = PackWords(
    lambda pack: frozenset(w for g in pack.entry("geo/kinds", "generic_kinds") for w in g.split())
)
LOCATIVE = pack_words("geo/words", "locative_preps")
#: "Bakhmut's outskirts": nouns of the area around or within a place.
AREA_HEADS = pack_words("geo/words", "area_heads")
#: "the Bajaur tribal district": a word that may stand between a name and its kind word.
UNIT_DESCRIPTORS = PackWords(lambda pack: frozenset(pack.entry("geo/patterns", "unit_descriptor")))
#: Entity labels that never cover a place name.
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW", "LANGUAGE"}
)
_ATTACK_PREPS = pack_words("geo/words", "attack_preps")
_SETTLEMENT_PREPS = pack_words("geo/words", "settlement_preps")
_SETTLEMENT_HEADS = pack_words("geo/words", "settlement_heads")
_SEAT_HEADS = pack_words("geo/words", "seat_heads")
#: "a strike on X", "the shelling of X": X is the place attacked, whatever spaCy labelled it.
_ATTACK_NOUNS = pack_words("geo/attack_nouns")
#: "rockets hit X", "gunmen stormed X": X is the place attacked, whatever spaCy labelled it.
_ATTACK_VERBS = pack_words("geo/words", "attack_verbs")
_BOMBARD_VERBS = pack_words("geo/words", "bombard_verbs")
_TAKEN_VERBS = pack_words("geo/words", "taken_verbs")
_TAKEN_PEOPLE_VERBS = pack_words("geo/words", "taken_people_verbs")
#: "took control of X": the nouns of holding a place and the verbs that take or lose it.
_CONTROL_NOUNS = pack_words("geo/words", "control_nouns")
_CONTROL_VERBS = pack_words("geo/words", "control_verbs")
#: The label of a name read as a place only because a force takes or strikes it ("stormed
#: Bara" with Bara tagged a person): it counts only where the article's frame is (`resolve`).
TAKEN = "TAKEN"
#: ... and of one taken by a verb whose object is never a person ("shelled Bakhmut"): in an
#: article that places nothing else, a dominant town of that name is the place (`context`).
STRUCK = "STRUCK"
_PLACE_TAKEN_VERBS = pack_words("geo/words", "place_taken_verbs")
_MUNITIONS = pack_words("geo/words", "munition_subjects")
#: Months, weekdays and feasts ("in May", "on Friday", "in Ramadan"): a date tag over them is right.
_CALENDAR_WORD = _pattern("calendar_word")
#: Labels spaCy gives a place's name after "shelled" or "retook" when it reads it as a title.
_STRUCK_LABELS = frozenset({None, "PERSON", "PRODUCT", "WORK_OF_ART"})
_AREA_ADJECTIVES = pack_words("geo/words", "area_adjectives")


def place_spans(
    doc: Doc, known: Callable[[str], bool] = lambda _: False
) -> list[tuple[Span, bool]]:
    """Place names as (span, weak): spaCy's GPE/LOC/FAC, mended with gazetteer lookups.

    A proper-noun run that the gazetteer knows replaces the place entities it covers
    ("Tal" + "Afar" → "Tal Afar"). A known run that spaCy left unlabeled or called a
    person is kept as *weak* when a locative word precedes it ("in Khan Shaykhun") or a
    place word follows it; weak names only count if they resolve inside the article's
    countries.
    """
    ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not _a_person(e) and not _a_river(e)]
    covered = {t.i for e in ents for t in e}
    other = {t.i: e.label_ for e in doc.ents if e.label_ not in PLACE_LABELS for t in e}
    whole = {(e.start, e.end) for e in doc.ents if e.label_ not in PLACE_LABELS}
    place_names = {e.text.lower(): False for e in ents}  # name → weak, as first accepted
    text = doc_text(doc)  # spaCy rebuilds doc.text on every access
    out: list[tuple[Span, bool]] = []
    used: set[int] = set()
    for run in (r for r in proper_runs(doc) if not _a_person(r) and not _a_river(r)):
        tokens = set(range(run.start, run.end))
        inside = [e for e in ents if e.start >= run.start and e.end <= run.end]
        if inside and (len(inside) > 1 or inside[0].start != run.start or inside[0].end != run.end):
            if known(run.text) and not _named_otherwise(doc, run, other):
                out.append((Span(doc, run.start, run.end, label="GPE"), False))
                used |= tokens
            continue
        if _cut_by_a_place(run, ents) and known(run.text):
            # "in southern Ras al Ain city" tagged "al Ain city": the whole name is the place
            out.append((Span(doc, run.start, run.end, label="GPE"), False))
            used |= tokens
            continue
        if inside or tokens & covered:
            continue
        labels = {other.get(i) for i in tokens}
        if (labels & _NOT_NAMES and not _misread_date(run, labels, (run.start, run.end) in whole)) or _long(run):
            continue
        prev, nxt = _neighbours(doc, run)
        attacked = prev in _ATTACK_PREPS and doc[run.start - 1].head.lemma_.lower() in _ATTACK_NOUNS
        before = text[max(0, run.start_char - 40) : run.start_char]
        after = text[run.end_char : run.end_char + 60]
        described = bool(DESCRIBED_AFTER.match(after) or OFFSET_AFTER.match(after))
        if run.text.lower() in place_names and (labels == {None} or (run.start, run.end) in whole):
            # a name the article already uses as a place, mislabeled here as a whole
            # ("which have besieged El Fasher" → ORG), but not "Iraq" of "Resistance in Iraq"
            out.append((Span(doc, run.start, run.end, label="GPE"), place_names[run.text.lower()]))
            used |= tokens
            continue
        located = prev in LOCATIVE or attacked or described or _owned_unit(doc, run, covered, nxt)
        said = _said_a_place(doc, run, labels, located, before) or _taken(run, labels)
        if labels - {None, "PERSON", "ORG"} and not (said and (known(run.text) or SETTLEMENT_OF.search(before))):
            continue  # "rallied in Thessaloniki" tagged NORP: known, or "the village of X"
        cue = (
            prev in LOCATIVE
            or attacked  # "a missile strike on Kramatorsk" tagged PRODUCT
            or _struck(run, labels)  # "rockets hit X" (X untagged), "shelled X" (X a "person")
            or _listed_with(run, covered | used, labels)  # "shelled Pokrovsk, Samar and Vatutine"
            or _words_around(doc, text, run, nxt, before)
            or described
        )
        if cue and _known(run, known):
            weak = not (described or _says_a_place(before))
            out.append((Span(doc, run.start, run.end, label="GPE"), weak))
            place_names.setdefault(run.text.lower(), weak)
            used |= tokens
        elif (_taken(run, labels) or ROLE_OF.search(before)) and _known(run, known):
            # "the industrial hub of X" (X tagged a person) counts only in the article's frame
            out.append((Span(doc, run.start, run.end, label=STRUCK if _struck_place(run) else TAKEN), True))
            used |= tokens
        elif cue and (
            ("ORG" not in labels and (nxt in _SETTLEMENT_HEADS or prev in _SETTLEMENT_PREPS))
            or SETTLEMENT_OF.search(before) or unit_prefixed(run)  # "the town of X", "Barangay X"
        ):
            # an unknown village ("in Tell Zahra in Raqqa", "Zunnar village"): kept so that
            # it can fall back to the district or province the text puts it in
            out.append((Span(doc, run.start, run.end, label="GPE"), False))
            used |= tokens
    out.extend((e, False) for e in ents if not any(t.i in used for t in e))
    out.extend(_org_sites(doc, used | covered))
    return sorted(_site_tails(doc, out), key=lambda p: p[0].start)


def _owned_unit(doc: Doc, run: Span, places: set[int], nxt: str) -> bool:
    """ "Kaduna's Kajuru area": a unit or area that a place's possessive owns is a place,
    whatever spaCy tagged it (not "Russia's Wagner group": no kind word after it)."""
    return (
        run.start >= 2
        and doc[run.start - 1].tag_ == "POS"
        and doc[run.start - 2].i in places
        and nxt in GENERIC_HEADS
    )


def _kind_next(doc: Doc, run: Span, nxt: str) -> bool:
    """A kind word follows the run, straight after it or after one descriptive word
    ("Bajaur district", "the Bajaur tribal district")."""
    if nxt in GENERIC_HEADS:
        return True
    return nxt in UNIT_DESCRIPTORS and run.end + 1 < len(doc) and doc[run.end + 1].lower_ in GENERIC_HEADS


def _owns_area(doc: Doc, run: Span) -> bool:
    """ "Bakhmut's eastern outskirts": the name owns the area around or within it."""
    end = run.end
    if end >= len(doc) or doc[end].tag_ != "POS":
        return False
    return doc[end - 1].head.lower_ in AREA_HEADS


def _long(run: Span) -> bool:
    """More than four words: no place name ("Pul-i-Khumri" is one of five tokens)."""
    return sum(not t.is_punct for t in run) > 4


def _says_a_place(before: str) -> bool:
    """ "the town of X", "40 km north of X", "the southern parts of X": the words before a
    name say it is a place (so no weak one)."""
    return bool(SETTLEMENT_OF.search(before) or OFFSET_BEFORE.search(before) or AREA_OF.search(before))


def _site_tails(doc: Doc, found: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """ "Colonia Tierra Blanca" tagged as the place "Colonia" (Cologne's Latin name): a
    site's first word (`geo.local`) tagged alone names the capitalised words after it too,
    a quarter or street of a town (up to four, none of another name)."""
    taken = {t.i for span, _ in found for t in span}
    out = []
    for span, weak in found:
        end = span.end
        if len(span) == 1 and span[0].lower_ in FIRST_WORDS:
            while end < len(doc) and end - span.start <= 4 and _name_word(doc[end]) and end not in taken:
                end += 1
        out.append((Span(doc, span.start, end, label=span.label_), weak) if end > span.end else (span, weak))
    return out


def _name_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _org_sites(doc: Doc, taken: set[int]) -> list[tuple[Span, bool]]:
    """ "the Holy Trinity Church", "Kondele Market" tagged as organisations: a street's,
    building's or venue's name (`geo.local`) is a place, kept weak (a gazetteer reading
    must lie in the article's countries; else it lies in the article's local town)."""
    return [
        (e, True)
        for e in doc.ents
        if e.label_ == "ORG" and not any(t.i in taken for t in e) and is_local_site(e.text)
    ]


def _place_object(root) -> bool:
    """The token is the object of a verb whose object is a place, whoever the tagger says
    it is: a bombardment ("shelled X"), or any attack verb with a munition as its subject
    ("missiles struck X")."""
    if root.dep_ != "dobj" or root.head.pos_ != "VERB":
        return False
    verb = root.head.lemma_.lower()
    return verb in _BOMBARD_VERBS or (verb in _ATTACK_VERBS and _munition_subject(root.head))


def _struck(run: Span, labels: set[str | None]) -> bool:
    """The run is the direct object of an attack verb ("rockets hit X"): untagged, or
    tagged a person or a product after a verb whose object is always a place ("shelled
    X"; an organisation shelled is a party, not a place) or one whose subject is a munition
    ("missiles struck Kiev"; "police struck X" may strike a person)."""
    root = run.root
    if root.dep_ != "dobj" or root.head.pos_ != "VERB":
        return False
    verb = root.head.lemma_.lower()
    if labels == {None}:
        return verb in _ATTACK_VERBS
    if not labels <= _STRUCK_LABELS:
        return False
    return _place_object(root)  # "missiles struck X": what a munition strikes is a place


def _words_around(doc: Doc, text: str, run: Span, nxt: str, before: str) -> bool:
    """The words around the run say it is a place: a kind word after it, an area it owns,
    a site it names, an anchor, kind, offset or area before it, a dateline ("GAO, Mali -"
    tagged an organisation), a settlement noun it stands beside ("The town, X,") or a
    unit's kind word it starts with ("Barangays X and Y" tagged a person)."""
    return bool(
        _kind_next(doc, run, nxt)
        or _owns_area(doc, run)
        or names_a_site(doc, run)
        or ANCHOR_BEFORE.search(before)
        or KIND_BEFORE.search(before)
        or OFFSET_BEFORE.search(before)
        or is_dateline(text, run.start_char, run.end_char)
        or _named_settlement(run)
        or AREA_OF.search(before)
        or unit_prefixed(run)
    )


def _named_settlement(run: Span) -> bool:
    """The run names a settlement noun it stands beside ("The village, X, lies in Y", "the
    town, X", "the regional capital X"), whatever spaCy tagged it."""
    root = run.root
    head = root.head.lemma_.lower()
    return root.dep_ == "appos" and (head in _SETTLEMENT_HEADS or head in _SEAT_HEADS)


def _taken(run: Span, labels: set[str | None]) -> bool:
    """The run, tagged a person or an organisation (or a title), is what a force takes or
    strikes ("RSF fighters stormed Bara", "the RSF shelled El Fasher", "troops stormed X and
    Y"): a place if the article's frame holds it."""
    if not labels <= _STRUCK_LABELS | {"ORG"}:
        return False
    items = _list_items(run.root)
    root = next((t for t in items if t.dep_ == "dobj"), run.root)
    if _controlled(root) or _verb_misread_before(run):
        return True
    if not _object_of_verb(root):
        return False
    verb = root.head.lemma_.lower()
    people = len(items) > 1 and verb in _TAKEN_PEOPLE_VERBS
    # ("Israeli jets struck Hermel", Hermel tagged an organisation: what a munition strikes)
    return (verb in _TAKEN_VERBS and not people) or _place_object(root)


def _verb_misread_before(run: Span) -> bool:
    """A verb whose object is always a place stands just before the run, read by the tagger
    as a noun ("..., retake Goof Guduud": "retake" a compound of the name)."""
    i = run.start - 1
    return i >= 0 and run.doc[i].tag_.startswith("NN") and run.doc[i].lower_ in _PLACE_TAKEN_VERBS


def _struck_place(run: Span) -> bool:
    """What the verb took or struck is never a person: a town shelled, stormed or hit by
    missiles ("shelled Bakhmut"; not "attacked Hamid" nor "captured Ahmed")."""
    root = next((t for t in _list_items(run.root) if t.dep_ == "dobj"), run.root)
    verb = root.head.lemma_.lower()
    return _object_of_verb(root) and (verb in _PLACE_TAKEN_VERBS or _place_object(root))


def _object_of_verb(root) -> bool:
    """The run is a verb's object, or a name the tagger misread as an adverb straight after
    the verb ("shelled Bakhmut": Bakhmut an adverb of "shelled")."""
    if root.head.pos_ != "VERB":
        return False
    return root.dep_ == "dobj" or (root.dep_ == "advmod" and root.i == root.head.i + 1)


def _controlled(root) -> bool:
    """ "its forces had taken control of X", "the rebels seized full control of X": the
    name is what a force took or lost control of (a place, as the object of "stormed")."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    if noun.pos_ == "VERB" and noun.lemma_.lower() in _CONTROL_VERBS:
        # "took control of X" with the "of" hung on the verb: its object is the control
        noun = next((t for t in noun.children if t.dep_ == "dobj" and t.i < root.head.i), noun)
    return (
        noun.lemma_.lower() in _CONTROL_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in _CONTROL_VERBS
    )


def _known(run: Span, known: Callable[[str], bool]) -> bool:
    """The gazetteer knows the run, or the run but for a last kind word ("the Tarnby
    Governorate building": Tarnby)."""
    if known(run.text):
        return True
    return len(run) > 1 and run[-1].lower_ in GENERIC_HEADS and known(run[:-1].text)


def _cut_by_a_place(run: Span, ents: list[Span]) -> bool:
    """A place entity starts inside the run, at a lowercase particle, and goes on past it:
    spaCy cut the name's first word off ("Ras" of "Ras al Ain")."""
    return any(
        run.start < e.start < run.end < e.end and not e[0].text[:1].isupper() for e in ents
    )


def _said_a_place(doc: Doc, run: Span, labels: set[str | None], located: bool, before: str) -> bool:
    """What makes a name tagged other than a person or an organisation (a nationality, a
    date, a title) a place: a locative word or an attack before it (``located``), an
    attack verb it is the object of, "the town of", an anchor, a settlement noun it stands
    beside ("the state capital X" with X tagged a nationality), or a site's word after it."""
    return bool(
        located
        or _struck(run, labels)
        or SETTLEMENT_OF.search(before)
        or AREA_OF.search(before)  # "in the municipality of X" (X tagged a nationality)
        or ANCHOR_BEFORE.search(before)
        or _proper_site(doc, run)
        or _kind_after_name(doc, run)
        or _named_settlement(run)
    )


def _named_otherwise(doc: Doc, run: Span, other: dict[int, str]) -> bool:
    """A token of the run belongs to a name of another kind: an organisation's, or one
    that reaches outside the run. A title wholly inside a known run ("Mocimboa da" read as
    a work of art before "Praia") is a misread first part of the place's own name."""
    inner = {other[i] for i in range(run.start, run.end) if i in other}
    if not inner <= _STRUCK_LABELS:
        return True
    return any(e.start < run.start or e.end > run.end for e in doc.ents if e.label_ in inner and run.start < e.end and e.start < run.end)


def _kind_after_name(doc: Doc, run: Span) -> bool:
    """ "Zaporozhye city" tagged a nationality: proper nouns with a kind word straight
    after them (not "the Shia town of X", where the kind word's own name follows)."""
    end = run.end
    if end >= len(doc) or doc[end].lower_ not in GENERIC_HEADS or not all(t.tag_ in ("NNP", "NNPS") for t in run):
        return False
    return end + 1 >= len(doc) or doc[end + 1].lower_ != "of"


def _listed_with(run: Span, places: set[int], labels: set[str | None]) -> bool:
    """The run is an item of a list another item of which is a place ("Pokrovsk, Samar and
    Vatutine" with only Pokrovsk tagged a place), or of a list that a verb whose object is
    always a place takes as its object ("shelled Djibo, Arbinda and Gorom-Gorom", "drones
    hit X and Y"; not "gunmen attacked X and Y", who may be people, nor organisations shelled)."""
    items = _list_items(run.root)
    if len(items) < 2:
        return False
    if any(t.i in places for t in items if not run.start <= t.i < run.end):
        return True
    return labels <= _STRUCK_LABELS and _place_object(items[0])


def _list_items(token) -> list:
    """The heads of the items of the coordination ``token`` is in (its head first)."""
    head, seen = token, 0
    while head.dep_ == "conj" and seen < 8:
        head, seen = head.head, seen + 1
    items, todo = [head], [head]
    while todo and len(items) < 12:
        cur = todo.pop()
        for child in cur.children:
            if child.dep_ == "conj":
                items.append(child)
                todo.append(child)
    return items


def _misread_date(run: Span, labels: set[str | None], whole: bool) -> bool:
    """A date tag over a place's name ("a checkpoint in Marrowby"): the tag covers the
    proper-noun run and nothing else, with no digit, month, weekday or feast in it."""
    return (
        labels == {"DATE"}
        and whole
        and all(t.pos_ == "PROPN" and t.is_alpha for t in run)
        and not any(_CALENDAR_WORD.fullmatch(t.text) for t in run)
    )


def _proper_site(doc: Doc, run: Span) -> bool:
    """ "the Tarnby legislature" with Tarnby tagged a nationality or a date: a proper noun
    (not an adjective: "the Kenyan embassy") that names where a site is."""
    return all(t.tag_ in ("NNP", "NNPS") for t in run) and names_a_site(doc, run)


def _munition_subject(verb) -> bool:
    """The verb's subject is a munition or a warplane ("Russian missiles", "a drone")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _MUNITIONS for c in verb.children)


def compass_end(doc: Doc, i: int, end: int) -> int | None:
    """Where an area adjective that starts at token ``i`` ends (before ``end``): one token
    ("northern"), or three for a hyphenated one spaCy splits ("north-eastern" → north, -,
    eastern); None when none starts there."""
    if i < end and doc[i].lower_ in _AREA_ADJECTIVES:
        return i + 1
    if i + 2 < end and doc[i + 1].text == "-" and f"{doc[i].lower_}-{doc[i + 2].lower_}" in _AREA_ADJECTIVES:
        return i + 3
    return None


def adjective_name(name: str, known: Callable[[str], bool]) -> bool:
    """ "western Darfur", "southern Kordofan", "rural Damascus": a lower-case area adjective
    before a capitalised name that, so written, is a province's name (West Darfur, Rural
    Damascus); not "northern Mali", which names no unit of its own."""
    words = name.split(" ", 1)
    return (
        len(words) == 2
        and words[0] in _AREA_ADJECTIVES
        and words[1][:1].isupper()
        and known(name)
    )


#: What follows a dateline's place: ", May 20", " (Reuters)", " -", "—", also after its
#: country or state ("NAIROBI, Kenya -", "ALEPPO, Syria (AP) -").
_DATELINE_AFTER = _pattern("dateline_after", 0)


def is_dateline(text: str, start: int, end: int) -> bool:
    """A place name that opens a paragraph (or, written in capitals, the sentence after a
    headline run into the text: "... bonuses. WASHINGTON — Lawmakers") and is followed by
    a date, an agency or a dash."""
    i = start - 1
    while i >= 0 and text[i] in " \t":  # (read backwards: no copy of the text before it)
        i -= 1
    at_line_start = i < 0 or text[i] == "\n"
    after_headline = i > 0 and text[i] in ".!?" and text[start:end].isupper()
    return (at_line_start or after_headline) and bool(_DATELINE_AFTER.match(text[end : end + 48]))


def _neighbours(doc: Doc, run: Span) -> tuple[str, str]:
    """The words before and after a run, past an area adjective ("in northern Mali")."""
    k = run.start - 1
    if k >= 2 and compass_end(doc, k - 2, run.start) == run.start:
        k -= 3  # "in north-eastern Mali" (three tokens to spaCy)
    elif k >= 0 and doc[k].lower_ in _AREA_ADJECTIVES:
        k -= 1  # "in central Thessaloniki", "in northern Mali"
    prev = doc[k].lower_ if k >= 0 else ""
    nxt = doc[run.end].lower_ if run.end < len(doc) else ""
    return prev, nxt

