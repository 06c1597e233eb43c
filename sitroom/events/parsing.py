"""Small helpers over the spaCy parse shared by the events modules: lemmas, children,
noun phrases, and lexicon term matching (weapons) over token sequences."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.events.findings import PLACE_ENTS, event_words
from sitroom.events.lexicon import Lexicon, Term, load_lexicon
from sitroom.lang import PackValue, pack_pattern
from sitroom.lang.story import opens_incident
from sitroom.nlp import child_tokens, doc_text, entity_at, head_token, lower_lemma, subtree_tokens

#: Dependents left out of an argument phrase (clauses, side remarks, attached places).
PHRASE_CUT = frozenset(
    {"relcl", "acl", "appos", "punct", "advcl", "prep", "cc", "conj", "parataxis", "dep"}
)
#: ... but a phrase keeps its "of" ("the head of the council").
_OF = event_words("of_preps")
_PARTICIPLE_OBJECT = event_words("participle_object_preps")  # 'fired on people fleeing'
#: The lexicon's nouns of people, forces and their vehicles (`behind_place`).
_DOER_NOUNS = ("armed_nouns", "civilian_nouns", "seized_persons", "protester_nouns")
#: Prepositions that tell only where an event was and against whom (`_bare_deed`).
_WHERE_AND_AGAINST = event_words("place_preps") | event_words("target_preps")
_DEATH_CAUSE_HOPS = PackValue(lambda pack: int(pack.entry("events/words", "death_cause_hops")))


#: The token's lemma in lower case (the doc's lemmas are lowered once: asked per token by
#: most rules of every stage).
lemma = lower_lemma


def separate_clause(tok: Token) -> Token | None:
    """The clause holding ``tok`` that a story break opens mid-sentence ('..., while in a
    separate incident gunmen killed ...', '... and separately a drone hit ...'; the
    pack's ``story.yaml``): its head verb, the nearest from ``tok`` up; None when no
    clause above it opens another incident."""
    for head in (tok, *tok.ancestors):
        if head.pos_ not in ("VERB", "AUX"):
            continue
        start = head.left_edge.i
        while start < head.i and head.doc[start].dep_ in ("mark", "cc", "punct"):
            start += 1  # 'while', 'and' before the break
        if opens_incident(head.doc[start : head.i + 1].text):
            return head
    return None


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in child_tokens(tok) if c.dep_ in deps]


def first_child(tok: Token, *deps: str) -> Token | None:
    found = children(tok, *deps)
    return found[0] if found else None


_DATELINE_AFTER = pack_pattern("events/words", "dateline_after")


def is_dateline(tok: Token) -> bool:
    """ "NAIROBI — Protesters stormed ...": a name that opens its line before the dateline's
    dash is where the report was filed; the parser may hang it on the verb as a subject."""
    text = doc_text(tok.doc)
    begin = tok.left_edge.idx  # (the name's first word: "PORT-AU-PRINCE" hangs on its last)
    if text[text.rfind("\n", 0, begin) + 1 : begin].strip():
        return False  # not at the start of its line
    # the parser may hang the agency in brackets on the place ("KHARTOUM (Wire) —"): the
    # place is the words before the bracket, and the dash comes after it closes
    bracket = next((t for t in subtree_tokens(tok) if t.text == "("), None)
    words = [t for t in subtree_tokens(tok) if not t.is_punct and (bracket is None or t.i < bracket.i)]
    last = max(words, key=lambda t: t.i, default=tok)
    end = last.idx + len(last.text)
    found = _DATELINE_AFTER.match(text[end : end + 80])
    if found is None or tok.i > last.i:  # (or the subject after a dateline hung on it)
        return False
    # a capitalised place ("NAIROBI —"), or one with its date or agency ("Kabul, May 3 (X) -");
    # not a subject set off by a dash ("Gunmen - some on motorbikes - raided ...")
    shouted = all(t.text.isupper() for t in words if t.is_alpha)
    # "BUNIA, Democratic Republic of Congo, July 28 (X) -": the place in capitals before its
    # country's comma is the dateline's, whatever the tagger made of the name
    comma = next((t.i for t in subtree_tokens(tok) if t.text == ","), None)
    head_words = [t for t in words if t.is_alpha and (comma is None or t.i < comma)]
    shouted_place = comma is not None and bool(head_words) and all(t.text.isupper() for t in head_words)
    if bracket is not None and not (shouted or shouted_place):  # "Gunmen (some on motorbikes) - raided"
        return tok.ent_type_ in PLACE_ENTS
    # "BUKAVU, Democratic Republic of Congo, Sept / 25 -": the place's own comma, the day cut off
    listed = any(t.text == "," for t in subtree_tokens(tok) if t.i < last.i)
    return shouted or listed or bool(set(found.group(0)) & {",", "("})


def subject_of(tok: Token, *deps: str) -> Token | None:
    """The first subject child (``deps``) that is not the report's dateline. Where the parser
    split a subject in two ("Sudan's paramilitary / Rapid Support Forces shelled ..."), the
    adjective it hung on the verb is not the subject: the noun beside it is."""
    subjects = [c for c in children(tok, *deps) if not is_dateline(c)]
    subj = next((c for c in subjects if c.pos_ != "ADJ"), subjects[0] if subjects else None)
    return behind_place(subj) if subj is not None else None


def behind_place(subj: Token) -> Token:
    """'On 5 May, in La Central, Colima, a police patrol was shot': the parser takes the
    place for the subject and hangs the real one on it as an apposition of a place; that
    common noun is the subject when it names people, a force or its vehicles, or the event
    ('near X, Y, a landmine explosion injured ...'). Not a word that describes the place
    ('Israel, the occupying power, ...', 'Mogadishu, the capital, ...'): the place is the
    subject."""
    if subj.ent_type_ not in PLACE_ENTS:
        return subj
    lex = load_lexicon()
    cur = subj
    for _ in range(4):
        app = next((c for c in child_tokens(cur) if c.dep_ == "appos"), None)
        if app is None:
            return subj
        if app.pos_ == "NOUN" and not app.ent_type_:
            word = lemma(app)
            doer = any(word in lex.cue(kind) for kind in _DOER_NOUNS)
            told = doer or word in lex.nouns or is_weapon_word(app, lex)
            return app if told else subj
        cur = app
    return subj


def prep_objects(tok: Token, preps: frozenset[str] | set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off ``tok``; 'targeting X' counts as a prep."""
    out: list[tuple[str, Token]] = []
    for c in child_tokens(tok):
        word = c.lower_
        if c.dep_ in ("prep", "agent") and word in preps:
            out.extend((word, o) for o in children(c, "pobj"))
            doings = children(c, "pcomp") if word in _PARTICIPLE_OBJECT else []
            for doing in (v for v in doings if v.tag_ == "VBG"):
                # "opened fire on protesters marching ...": the parse makes the people the
                # subject of the participle under the preposition; they are its object
                out.extend((word, o) for o in children(doing, "nsubj") if o.pos_ in ("NOUN", "PROPN"))
            for p in children(c, "prep"):  # "toward(s) ... at"
                out.extend((p.lower_, o) for o in children(p, "pobj"))
        elif c.lemma_.lower() in event_words("targeting_verbs") and c.tag_ == "VBG" and "targeting" in preps:
            out.extend(("targeting", o) for o in children(c, "dobj"))
    return out


def phrase(tok: Token) -> Span:
    """The noun phrase headed by ``tok``, without clauses, appositions or attached places."""
    doc = tok.doc
    keep = [tok.i]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in child_tokens(t):
            if c.dep_ in PHRASE_CUT and not (c.dep_ == "prep" and c.lower_ in _OF):
                continue
            if c.dep_ in ("cc", "conj") and t != tok:
                continue
            keep.append(c.i)
            stack.append(c)
    start, end = min(keep), max(keep) + 1
    ent = entity_at(doc, tok.i)  # never cut a name: 'Syrian Observatory for Human Rights'
    if ent is not None:
        start, end = min(start, ent.start), max(end, ent.end)
    span = doc[start:end]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def for_a_protest(verb: Token, lex: Lexicon) -> bool:
    """The verb has a clause of a protest's purpose ('gathered to demand ...', 'blocked the
    road, demanding ...')."""
    purposes = lex.cue("protest_purposes")
    return any(c.dep_ in ("advcl", "xcomp") and lemma(c) in purposes for c in child_tokens(verb))


def with_conjuncts(tok: Token) -> Span:
    """The phrase of ``tok`` extended over its coordinated nouns ("Iraq and Syria")."""
    span = phrase(tok)
    conj = [c for c in tok.conjuncts if c.i > tok.i]
    if not conj:
        return span
    last = phrase(conj[-1])
    return tok.doc[span.start : max(span.end, last.end)]


def match_terms(
    tokens: list[Token], terms: dict[Term, str], max_len: int
) -> list[tuple[str, Span]]:
    """Longest-first lemma-sequence matches of ``terms`` over consecutive tokens."""
    out: list[tuple[str, Span]] = []
    # each token's attributes once (spaCy makes new strings on every access)
    index = [t.i for t in tokens]
    lemmas = tuple(lemma(t) for t in tokens)
    lowers = tuple(t.lower_ for t in tokens)
    nominal = [t.pos_ in ("NOUN", "PROPN", "ADJ", "X") for t in tokens]
    starts = _first_words(terms)
    i = 0
    while i < len(tokens):
        if lemmas[i] not in starts and lowers[i] not in starts:
            i += 1  # no term starts with this word (most words)
            continue
        matched = 0
        for n in range(min(max_len, len(tokens) - i), 0, -1):
            last = i + n - 1
            if index[last] - index[i] != n - 1 or any(
                index[k + 1] != index[k] + 1 for k in range(i, last)
            ):
                continue
            if not nominal[last] and not (n > 1 and tokens[last].dep_ == "prt"):
                # "struck" is not the weapon "strike" (verbs have their own class); a phrasal
                # term may end in its particle ("blew himself up")
                continue
            # or as written with the head's lemma: 'guided bombs' (a participle's lemma is no weapon's)
            for key in (lemmas[i : i + n], lowers[i : i + n], lowers[i:last] + lemmas[last : last + 1]):
                if key in terms:
                    doc = tokens[i].doc
                    out.append((terms[key], doc[index[i] : index[last] + 1]))
                    matched = n
                    break
            if matched:
                break
        i += matched or 1
    return out


_STARTS: dict[int, tuple[dict, int, frozenset[str]]] = {}


def _first_words(terms: dict[Term, str]) -> frozenset[str]:
    """The words the terms start with (rebuilt when the table has grown)."""
    found = _STARTS.get(id(terms))
    if found is None or found[0] is not terms or found[1] != len(terms):
        found = _STARTS[id(terms)] = (terms, len(terms), frozenset(k[0] for k in terms if k))
    return found[2]


def weapons_in(tokens: list[Token], lex: Lexicon) -> list[tuple[str, Span]]:
    found = match_terms(sorted(tokens, key=lambda t: t.i), lex.weapons, lex.max_weapon_len)
    named = [
        (_named_bomber(w, words, lex) or _carried(w, words, lex), words)
        for w, words in found
        if not _ends_a_name(words) and not _a_pit(words)
    ]
    named = [(w, words) for w, words in named if w]
    calibres = [c for c in (calibre(t, lex) for t in tokens) if c is not None]
    if not calibres:
        return named
    ends = {words.end for _w, words in calibres}  # '12.7mm machine guns': the calibre tells the gun
    named = [(w, words) for w, words in named if words.start not in ends]
    return sorted(named + calibres, key=lambda f: f[1].start)


def calibre(tok: Token, lex: Lexicon) -> tuple[str, Span] | None:
    """'12.7mm', '14.5 mm': a calibre told in its unit is a gun's, heavy (fired from afar,
    as shelling) from the lexicon's ``heavy_calibre`` on, else a firearm."""
    if lemma(tok) not in lex.cue("calibre_units") or tok.i == 0:
        return None
    num = tok.doc[tok.i - 1]
    try:
        size = float(num.text.replace(",", "."))
    except ValueError:
        return None
    return ("shelling" if size >= lex.heavy_calibre else "firearms"), tok.doc[num.i : tok.i + 1]


def aimed_heavy_gun(
    weapon: tuple[str, Span] | None, classes: set[str], patient_side: str, lex: Lexicon
) -> tuple[str, Span] | None:
    """A heavy machine gun carried into an assault or turned on civilians is a gun, not
    shelling: only from afar ('fired heavy machine guns at positions') is it a heavy weapon."""
    if weapon is None or weapon[0] != "shelling" or not ("attack" in classes or patient_side == "civilian"):
        return weapon
    words = " ".join(lemma(t) for t in weapon[1])
    # a calibre ('stormed the base with 14.5 mm guns') only in an assault: fired at
    # farms or homes from afar it is the heavy weapon ACLED counts as shelling
    sized = "attack" in classes and calibre(weapon[1][-1], lex) is not None
    return ("firearms", weapon[1]) if sized or words in lex.cue("direct_fire_heavy_guns") else weapon


def _a_pit(words: Span) -> bool:
    """'Armed men attacked a gold mine': a mine told by what is dug from it (or 'artisanal',
    'mining') is a pit, not an explosive."""
    root = words.root
    if len(words) != 1 or lemma(root) != "mine":
        return False
    pits = event_words("pit_mine_words")
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in pits for c in root.children)


def _carried(wclass: str, words: Span, lex: Lexicon) -> str:
    """The weapon class of a bomber who is a person: none of its own ('the bomber, who was
    on foot, set off the device': the blast's words name the weapon), or a suicide bomb when
    the person set off their own explosives ('detonated his explosives', 'blew himself up')."""
    if not _bomber_person(words):
        return wclass
    if _in_person(words):
        return next(iter(event_words("own_bomb_class")), "")  # walked in wearing it
    verb = words.root.head
    own = event_words("own_words")
    if any(c.lower_ in own for o in child_tokens(verb) for c in (o, *child_tokens(o))):
        return next(iter(event_words("own_bomb_class")), "")
    return ""


def _named_bomber(wclass: str, words: Span, lex: Lexicon) -> str:
    """'A suicide car bomber', 'a car bomber': a bomber told by the bomb it set off is the
    person who set it off, and the bomb's words name the weapon: a suicide bomber's ('suicide
    ... bomber' with any words between) else the vehicle's ('car bomb'); '' when no word on
    it names a bomb ('a bomber', 'a strategic bomber': the aircraft or the deeds decide)."""
    root = words.root
    if len(words) != 1 or lemma(root) not in event_words("person_or_aircraft"):
        return ""
    named = [
        t for t in root.doc[root.left_edge.i : root.i] if t.dep_ in ("compound", "amod", "nmod") and t.pos_ != "PROPN"
    ]
    bombs = (lemma(root), *event_words("bomber_bomb"))
    found = [next((lex.weapons[(lemma(t), b)] for b in bombs if (lemma(t), b) in lex.weapons), "") for t in named]
    own = event_words("own_bomb_class")
    return next((c for c in found if c in own), None) or next((c for c in found if c), "")


def _bomber_person(words: Span) -> bool:
    """'The bomber, who was on foot, detonated his explosives', 'a bomber blew himself up': a
    word that names an aircraft and the one who sets off a bomb is the person when what it does
    is set one off; a bomber that drops, strikes or hits is the aircraft ('a bomber who flew
    low dropped four bombs')."""
    return _bomber_deeds(words, "detonation_verbs") or _in_person(words)


def _in_person(words: Span) -> bool:
    """'The bomber, who wore a vest, walked into a mosque': a bomber doing what only a person
    does, unless any of its deeds is an aircraft's ('bombers carried out raids', 'entered
    the airspace and struck', 'which carried bombs'): that bomber is the aircraft."""
    return _bomber_deeds(words, "person_deeds") and not _bomber_deeds(words, "aircraft_deeds", aircraft=True)


def _bomber_deeds(words: Span, key: str, aircraft: bool = False) -> bool:
    """A word naming a person or an aircraft ('bomber') does a deed of the ``key`` list,
    in a relative clause on it ('a bomber who wore a vest') or as its subject; with
    ``aircraft``, also a deed on what only an aircraft flies in or carries."""
    root = words.root
    if len(words) > 1 or lemma(root) not in event_words("person_or_aircraft"):
        return False
    done = [c for c in child_tokens(root) if c.dep_ in ("relcl", "acl")]  # 'a bomber who detonated ...'
    if root.dep_ in ("nsubj", "nsubjpass"):
        done += [root.head, *(c for c in child_tokens(root.head) if c.dep_ == "conj")]
    return any(_does(verb, key) or (aircraft and _aircraft_object(verb)) for verb in done)


def _aircraft_object(verb: Token) -> bool:
    """'entered Ukrainian airspace', 'flew into the skies', 'carried heavy bombs': an object
    only an aircraft enters, or a load it carries in the plural."""
    objects = [c for c in child_tokens(verb) if c.dep_ in ("dobj", "obj")]
    objects += [o for p in child_tokens(verb) if p.dep_ == "prep" for o in child_tokens(p) if o.dep_ == "pobj"]
    places, loads = event_words("aircraft_objects"), event_words("aircraft_loads")
    return any(
        lemma(o) in places or o.lower_ in places or (lemma(o) in loads and o.tag_ == "NNS") for o in objects
    )


def _does(verb: Token, key: str) -> bool:
    """'detonated', 'blew himself up', 'set off his vest': a verb (or verb and particle) of
    the ``key`` list."""
    words = event_words(key)
    base = lemma(verb)
    particles = (c.lower_ for c in child_tokens(verb) if c.dep_ in ("prt", "advmod"))
    return base in words or any(f"{base} {p}" in words for p in particles)


def _ends_a_name(words: Span) -> bool:
    """A weapon word that closes a proper name ('near Kelvar Mine', 'the area of Mine 12'):
    a capitalised word after another name, or before a number, is part of a place's name."""
    last = words[-1]
    if len(words) > 1 or last.pos_ != "PROPN" or not last.is_title or last.is_sent_start:
        return False
    doc = last.doc
    before = doc[last.i - 1] if last.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (before is not None and before.pos_ == "PROPN" and before.is_title) or (
        after is not None and after.like_num
    )


def is_weapon_word(tok: Token, lex: Lexicon) -> bool:
    """Is this noun (with its compounds: 'tear gas', 'car bomb') a weapon? So is a volley of
    them ('a barrage of rockets')."""
    if (lemma(tok),) in lex.weapons or (tok.lower_,) in lex.weapons or calibre(tok, lex):
        return True
    if lemma(tok) in event_words("salvo_nouns") and any(
        is_weapon_word(o, lex) for _p, o in prep_objects(tok, event_words("of_preps"))
    ):
        return True
    mods = [c for c in child_tokens(tok) if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if any((lemma(m), lemma(tok)) in lex.weapons for c in mods for m in c.conjuncts):
        return True  # 'heavy and medium weapons'
    return bool(mods) and bool(weapons_in([*mods, tok], lex))


def base_forms(tok: Token) -> list[str]:
    """The lemma, then naive de-inflections of the word for lemmas the model gets wrong
    ('raped' → 'rap')."""
    word, forms = tok.lower_, [lemma(tok)]
    irregular = load_lexicon().irregular_verbs.get(word)
    if irregular:
        forms.append(irregular)
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            forms.append(word[:-3])  # 'shelled' → 'shell' is fine; 'stabbed' → 'stab'
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    forms.append(word)
    return list(dict.fromkeys(forms))


def unknown_perpetrator(agent: Span | None, lex: Lexicon) -> bool:
    """No attacker named: none in the parse, only the weapon ('a roadside bomb'), or a
    description that names nobody ('gunmen', 'unknown assailants')."""
    if agent is None:
        return True
    if is_weapon_word(agent.root, lex) or weapons_in(list(agent), lex):
        return True
    if lemma(agent.root) in lex.cue("reference_nouns") and _bare_deed(agent.root):
        return True  # 'an attack killed five': the deed, not its doer
    return lemma(agent.root) in lex.cue("anonymous_attackers") or any(
        t.lower_ in event_words("unnamed_words") for t in agent
    )


#: What on an event noun may tell whose deed it is: "a Russian attack", "the rebels' raid",
#: "an attack blamed on herders" (a relative clause is most often the event's own verb:
#: "an attack that killed five").
_DOER_HINTS = frozenset({"amod", "compound", "poss", "nmod", "acl", "appos", "agent"})


def _bare_deed(noun: Token) -> bool:
    """An event noun told with nothing that could name its doer: only where and against
    whom ('an attack on a village near X'), not 'an attack by X', 'clashes between X and Y'."""
    for c in child_tokens(noun):
        if c.dep_ in _DOER_HINTS or (c.dep_ == "prep" and c.lower_ not in _WHERE_AND_AGAINST):
            return False
    return True


def participle_as_noun(tok: Token) -> bool:
    """'took away the injured', 'the wounded were flown out': people, not an event."""
    return tok.tag_ == "VBN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj") and any(
        c.dep_ == "det" for c in child_tokens(tok)
    )


def standing_state(tok: Token) -> bool:
    """A verb with a present auxiliary ('is controlled by', 'has been held since'): a state
    that holds now. A bare present ('rebels now control the town') often reports the change."""
    present = event_words("present_tags")
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in present for c in child_tokens(tok))


def cause_of_death(noun: Token) -> bool:
    """The noun tells what someone died of: 'died under torture', 'died as a result of
    beatings', 'succumbed to torture' (its verb one of ``death_verbs``), at most
    ``death_cause_hops`` prepositions below it."""
    tok = noun
    for _ in range(_DEATH_CAUSE_HOPS.value()):
        if tok.dep_ != "pobj":
            return False
        head = tok.head.head  # through the preposition ('under', 'as a result of')
        if head.pos_ in ("VERB", "AUX"):
            return lemma(head) in event_words("death_verbs")
        tok = head
    return False


#: Verb classes whose object is taken, not used ('recovered two rifles', 'seized explosives').
_TAKING = event_words("taking_classes")


def arms_taken(heads: list[Token], lex: Lexicon) -> set[Token]:
    """The objects of a taking verb under ``heads``: 'troops fought back and recovered two
    rifles and a backpack of explosives' took the explosives, it did not fight with them."""
    out: set[Token] = set()
    for head in heads:
        for tok in subtree_tokens(head):
            if tok.pos_ == "VERB" and lex.verbs.get((lemma(tok),)) in _TAKING:
                for obj in child_tokens(tok):
                    if obj.dep_ in ("dobj", "nsubjpass"):
                        out |= set(subtree_tokens(obj))
    return out


def trigger_root(c) -> Token:
    """The candidate's trigger word: the head of a multi-word trigger ('opened fire')."""
    return head_token(c.trigger)
