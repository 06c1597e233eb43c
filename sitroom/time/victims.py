"""How many a victim phrase counts: 'at least 12 people', 'a civilian', 'no one', 'his
bodyguards, two police officers'. Read by `sitroom.time.casualties` for the victims of a
word of killing or wounding."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp import child_tokens, sentence
from sitroom.time.misparsed import is_number as _is_number
from sitroom.time.misparsed import stray_number
from sitroom.time.numbers import Count, lexicon, lexicon_words, parse_count_words, word_set

#: Single words the rules below name, from the pack's ``time/lexicon.yaml`` (read when used).
_NO = lexicon_words("no_words")
_NO_ONE = lexicon_words("no_one_nouns")
_RANGE_JOINERS = lexicon_words("range_joiners")
_OF = lexicon_words("of_preps")
_VAGUE_GROUPS = lexicon_words("vague_group_nouns")
_ONE_PRONOUNS, _MANY_PRONOUNS = lexicon_words("singular_pronouns"), lexicon_words("plural_pronouns")
_DEFINITE = lexicon_words("definite_determiners")
_ADDED = lexicon_words("added_dead_words")
_CASUALTY_NOUNS = (lexicon_words("death_nouns"), lexicon_words("injury_nouns"), lexicon_words("both_nouns"))


def _words(key: str) -> frozenset[str]:
    return word_set(key)


_NOBODY = lexicon_words("nobody_words")
_UNCOUNTED = lexicon_words("uncounted_nouns")
_SELF_KILLED, _SELF_KILLING = lexicon_words("self_killed"), lexicon_words("self_killing_verbs")
_PLACE_ENTS = ("GPE", "LOC", "FAC")  # 'Bolivar state', 'Kabul city': a place's kind word


def count_phrase(num: Token) -> Count | None:
    """The number with its hedges around it ('at least 12', 'between 3 and 5', 'a dozen')."""
    doc, allowed = num.doc, _words("count_words")
    start = num.i
    while start > sentence(num).start and (doc[start - 1].lower_ in allowed or _is_number(doc[start - 1])):
        start -= 1
    end = num.i + 1
    while end < sentence(num).end and (doc[end].lower_ in _words("number_joiners")
                                  or (_is_number(doc[end]) and doc[end - 1].lower_ in _RANGE_JOINERS)):
        end += 1
    while end > num.i + 1 and not _is_number(doc[end - 1]):
        end -= 1
    for s in range(start, num.i + 1):
        count = parse_count_words(doc[s:end].text)
        if count is not None:
            return count
    return parse_count_words(num.text)


def victim_count(noun: Token) -> tuple[Count | None, bool]:
    """The count of a victim noun phrase and whether it is a victim at all.

    Returns (count or None when not stated, is_victim).
    """
    vague = lexicon()["vague_counts"]
    low = noun.lower_
    if noun.lemma_.lower() in _words("not_victims"):
        return None, False
    if low in _NOBODY or (low in _NO_ONE and any(c.lower_ in _NO for c in child_tokens(noun))):
        return Count(0, 0, 0), True
    if noun.lemma_.lower() in _words("group_nouns") and noun.tag_ == "NN":
        of = [p for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ in _OF for p in child_tokens(c) if p.dep_ == "pobj"]
        if of:
            count, ok = victim_count(of[0])  # "a total of 88 people"
            if count is None and noun.lemma_.lower() in _VAGUE_GROUPS and ok:
                return parse_count_words("several"), True
            return count, ok
    if low in _words("reflexives"):
        if low in _SELF_KILLED and noun.head.lemma_.lower() in _SELF_KILLING:
            return Count(1, 1, 1), True  # 'killing himself and two soldiers'
        return None, False
    if noun.tag_ in ("WP", "WDT") and noun.head.dep_ == "relcl":
        return victim_count(noun.head.head)  # "a man, who died later": the man
    if _is_number(noun) or low in vague:
        return count_phrase(noun), True
    total: Count | None = None
    for child in child_tokens(noun):
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ in ("amod", "det") and child.lower_ in vague) \
                or (child.dep_ in ("amod", "compound") and child.lower_ in lexicon()["number_words"]):
            # "Eleven" tagged ADJ; "LIMA - Seventeen people": a noun compound after a dateline
            total = count_phrase(child) if child.lower_ not in vague else parse_count_words(child.lower_)
        elif child.dep_ == "det" and child.lower_ in _NO and not _hedge_after(child):
            return Count(0, 0, 0), True
    if total is not None:
        return total, True
    stray = stray_number(noun)
    if stray is not None:
        return count_phrase(stray), True
    dets = {c.lower_ for c in child_tokens(noun) if c.dep_ in ("det", "nummod")}
    has_poss = any(c.dep_ == "poss" for c in child_tokens(noun))
    nominal = noun.tag_ in ("NN", "NNP") or (noun.pos_ == "ADJ" and noun.dep_ in ("dobj", "nsubjpass"))
    if nominal and (has_poss or dets & _words("singular_determiners")):  # "killed a civilian" (ADJ)
        return Count(1, 1, 1), True
    if noun.ent_type_ == "PERSON" or low in _ONE_PRONOUNS:
        return Count(1, 1, 1), True
    if noun.tag_ == "NN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in child_tokens(noun)):
        return Count(1, 1, 1), True  # "a councillor, Amina Yusuf, was shot dead"
    if (
        noun.tag_ == "NN"
        and noun.dep_ != "conj"  # 'a local official and activist': one person, or the first's count
        and not any(c.dep_ == "compound" and c.ent_type_ in _PLACE_ENTS for c in child_tokens(noun))
        and not dets
        and not has_poss
        and noun.lemma_.lower() not in _UNCOUNTED
        and not any(c.dep_ in ("quantmod", "amod") and _is_number(c) for c in child_tokens(noun))
    ):
        return Count(1, 1, 1), True  # a headline's bare singular: 'Farmer killed in X', 'kill teacher'
    if noun.tag_ in ("NNS", "NNPS") or low in _MANY_PRONOUNS:
        for appos in (c for c in child_tokens(noun) if c.dep_ == "appos"):
            count, ok = victim_count(appos)  # "his bodyguards, two police officers, ..."
            if ok and count is not None:
                return count, True
        return counted_before(noun) or _object_before(noun), True
    return None, noun.pos_ in ("NOUN", "PROPN", "PRON")


def _object_before(pron: Token) -> Count | None:
    """'forced off seven men and shot them dead', 'seized 12 villagers and killed them': a
    plural pronoun, the object of a verb coordinated after one whose object has a number,
    counts that object."""
    verb = pron.head
    if pron.lower_ not in _MANY_PRONOUNS or pron.dep_ not in ("dobj", "obj") or verb.dep_ != "conj":
        return None
    for before in sorted((v for v in verb.conjuncts if v.i < verb.i), key=lambda v: -v.i):
        for obj in (c for c in child_tokens(before) if c.dep_ in ("dobj", "obj") and c.tag_ in ("NNS", "NNPS")):
            nums = [c for c in child_tokens(obj) if c.dep_ == "nummod" and _is_number(c)]
            if nums:
                return count_phrase(nums[0])
    return None


def counted_before(noun: Token) -> Count | None:
    """'Two gunmen opened fire ... The gunmen were later killed': a plural the report names
    with 'the' counts what it counted where it first told them (the last count of that noun
    in the sentences before), else None. A plural a clause restricts ('the farmers who could
    not pay', 'the soldiers killed in the ambush') is some of them, or the dead already
    counted; one first told as the dead ('killed three soldiers ... the soldiers') were
    counted there: no count."""
    kids = list(child_tokens(noun))
    if (
        noun.tag_ not in ("NNS", "NNPS")
        or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids)
        or any(c.lower_ in _ADDED for c in kids)  # 'the other rebels' are others
        or any(c.dep_ in _RESTRICTING for c in kids)
        or any(noun.lemma_.lower() in words for words in _CASUALTY_NOUNS)  # a toll, no victims
    ):
        return None
    before = noun.doc[: sentence(noun).start]
    for tok in reversed(before):
        if tok.lemma_ == noun.lemma_ and tok.tag_ == noun.tag_:
            if _told_dead(tok):
                return None
            nums = [c for c in child_tokens(tok) if c.dep_ == "nummod" and _is_number(c)]
            return count_phrase(nums[0]) if nums else None
    return None


#: Arcs of a clause that restricts a noun ('who could not pay', 'killed in the ambush').
_RESTRICTING = ("relcl", "acl")


def _told_dead(tok: Token) -> bool:
    """The noun was told as the dead: the object or passive subject of a word of killing,
    or a noun a participle of killing follows ('three soldiers killed in ...')."""
    deaths = _words("death_verbs")
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in deaths:
        return True
    return any(c.dep_ in _RESTRICTING and c.lemma_.lower() in deaths for c in child_tokens(tok))


def _hedge_after(tok: Token) -> bool:
    """'No fewer than seven': a 'no' that starts a count, not a zero."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in _words("comparatives")


def coordinated_counts(noun: Token) -> list[Token]:
    """'2 rebel and 1 military fatality', 'four police and two civilian deaths': the words
    coordinated before a casualty noun that each carry a number of their own, singular words
    the parser took for nouns of their own where they modify the casualty noun (their
    counts add up to its toll); [] unless every one of them does."""
    if noun.dep_ != "conj":
        return []
    before = sorted((t for t in noun.conjuncts if t.i < noun.i), key=lambda t: t.i)
    numbers = []
    for word in before:
        nums = [c for c in child_tokens(word) if c.dep_ == "nummod" and _is_number(c)]
        uninflected = word.lemma_.lower() == word.lower_  # 'police' is tagged a plural
        if not nums or not (word.tag_ in _MODIFIER_TAGS or uninflected):
            return []
        numbers.append(nums[0])
    return numbers


#: Tags of a word that modifies a casualty noun ('rebel', 'police', 'Taliban', 'civilian').
_MODIFIER_TAGS = ("NN", "NNP", "JJ")
