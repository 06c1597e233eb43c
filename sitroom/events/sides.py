"""Who is on which side of an event: armed, civilian, protester, or a place.

ACLED's type turns on it (a battle is fought between armed sides, violence against
civilians hits people who are not), so the rules read each argument phrase's head noun,
the words describing it ('armed men') and, for a pronoun, the person named before it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from sitroom.events.findings import PLACE_ENTS, Mention, event_words
from sitroom.events.lexicon import Lexicon
from sitroom.events.parsing import (
    for_a_protest,
    is_weapon_word,
    lemma,
    match_terms,
    phrase,
    prep_objects,
    with_conjuncts,
)
from sitroom.events.statehood import enemy_people, names_a_people, names_a_state
from sitroom.nlp import child_tokens, sentence_of, span_text, subtree_tokens


def lemmas_of(span: Span | None) -> set[str]:
    return {lemma(t) for t in span} if span is not None else set()


def capitalised_plural(tok: Token, cues: frozenset[str]) -> bool:
    """ "Protesters on Tuesday stormed ...": a plural opening the sentence that the tagger
    took for a name, so its lemma kept the plural."""
    low = tok.lower_
    return tok.pos_ == "PROPN" and low.endswith("s") and low[:-1] in cues


def text_of(span: Span | None) -> str:
    return f" {span_text(span).lower()} " if span is not None else ""


def spaced_words(tokens: Iterable[Token]) -> str:
    """The tokens' words, lower case, between spaces, punctuation left out: a cue phrase
    is found whole (`f" {cue} " in ...`), also at the end ('... in response.')."""
    return f" {' '.join(t.lower_ for t in tokens if not t.is_punct)} "


def has_cue(span: Span | None, cues: frozenset[str]) -> bool:
    if span is None:
        return False
    lemmas, text = lemmas_of(span), text_of(span)
    if any((c in lemmas) if " " not in c else (f" {c} " in text) for c in cues):
        return True
    # a cue written as the plural ('forces') or a phrase whose last word is plural ('security
    # forces' for 'security force'): the words as written, then the lemmas joined
    words = {t.lower_ for t in span}
    base = f" {' '.join(lemma(t) for t in span)} "
    return any((c in words) if " " not in c else (f" {c} " in base) for c in cues)


def armed_modifier(head: Token, lex: Lexicon) -> bool:
    """'armed men', 'gun-toting youths': people described as bearing arms are armed,
    whatever noun names them."""
    return any(
        c.dep_ == "amod"
        and ({c.lemma_.lower(), c.lower_, _hyphened(c)} & lex.cue("armed_modifiers"))
        for c in child_tokens(head)
    )


def _hyphened(word: Token) -> str:
    """'heavily-armed' as one word: spaCy splits it at the hyphen."""
    parts = [c.lower_ for c in child_tokens(word) if c.i < word.i]
    return "".join(parts) + word.lower_ if parts else word.lower_


def side(span: Span | None, lex: Lexicon, described: bool = True) -> str:
    """'civilian', 'armed', 'protester' or '' for an argument phrase (its head word first).
    ``described``: people described as armed ('armed men') count as armed; people armed
    by trade but out of arms ('a retired colonel') are civilians."""
    found = _side(span, lex, described)
    if found in ("armed", "") and span is not None and out_of_service(span, lex):
        return "civilian"  # 'a former gang member', 'an ex-smuggler': what they were
    return found


def out_of_service(span: Span, lex: Lexicon) -> bool:
    """'a former soldier', 'an ex-policeman', 'an off-duty officer', 'a guard (said to be
    off duty)', 'an officer who was off duty': a modifier of the head noun, or the off-duty
    words in the phrase, in the brackets right after it (up to their closing bracket in the
    same sentence) or in a clause on it."""
    root = span.root
    if any(
        lemma(c) in lex.cue("out_of_service_modifiers")
        for c in child_tokens(root)
        if c.i < root.i and c.dep_ in ("amod", "compound", "advmod", "nmod")
    ) or _hyphen_prefixed(root, lex):
        return True
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text == "(":
        end = next((t.i + 1 for t in doc[end : span.sent.end] if t.text == ")"), end)
    told = [*doc[span.start : end], *(t for c in child_tokens(root) if c.dep_ == "relcl" for t in _state_told(c))]
    words = spaced_words(told)  # '... who was off duty'
    return any(f" {w} " in words for w in lex.cue("off_duty_words"))


def _hyphen_prefixed(root: Token, lex: Lexicon) -> bool:
    """'an ex-gangster': the tokenizer splits the prefix off at the hyphen and the parser
    may hang the pieces anywhere (even make the prefix the head), so the words around the
    hyphen tell it."""
    doc, i, prefixes = root.doc, root.i, lex.cue("out_of_service_modifiers")
    if i + 2 < len(doc) and doc[i + 1].text == "-" and lemma(root) in prefixes:
        return True
    return i >= 2 and doc[i - 1].text == "-" and lemma(doc[i - 2]) in prefixes


def _state_told(clause: Token) -> list[Token]:
    """'who was off duty': the copula and what it says of him, directly. Not a clause of a
    clause ('guarding a judge who was on leave', 'about to go on leave'), nor a state of
    another time ('who had been on leave last month')."""
    if lemma(clause) != "be" or any(c.ent_type_ == "DATE" for c in child_tokens(clause)):
        return []
    said = [c for c in child_tokens(clause) if c.dep_ in ("prep", "acomp", "advmod", "attr")]
    return [clause, *(t for c in said for t in c.subtree if not _in_a_clause_below(t, c))]


def _in_a_clause_below(tok: Token, top: Token) -> bool:
    """Is ``tok`` in a clause of its own under ``top`` ('about [to go on leave]')?"""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("xcomp", "ccomp", "relcl", "advcl", "acl"):
            return True
        tok = tok.head
    return False


def _side(span: Span | None, lex: Lexicon, described: bool) -> str:
    if span is None:
        return ""
    root = lemma(span.root)
    crowd = lex.cue("collective_nouns") - lex.cue("armed_group_nouns")
    inner = [o for _p, o in prep_objects(span.root, {"of"})] if root in crowd else []
    if inner:  # 'a group of local people', 'hundreds of residents': the people tell it
        people = with_conjuncts(inner[0])
        if people.root.i == span.root.i:  # 'Hundreds of Detainees' read as one number: the noun
            people = span.doc[inner[0].i : inner[0].i + 1]
        return _side(people, lex, described)
    owner = _whose(span.root, lex.cue("remains_nouns"))
    if owner is not None and owner.root.i != span.root.i:  # 'a man's body', 'the bodies
        return _side(owner, lex, described)  # of two soldiers': the dead tell it
    if root in lex.cue("protester_nouns") or capitalised_plural(span.root, lex.cue("protester_nouns")):
        return "protester"
    if _protesting(span.root, lex):
        return "protester"  # 'students protesting job quotas', 'workers who marched on ...'
    if root in lex.cue("armed_nouns") or (described and armed_modifier(span.root, lex)):
        return "armed"
    if root in lex.cue("civilian_nouns"):
        return "armed" if _armed_possessor(span.root, lex) else "civilian"
    head_words = [
        span.root,
        *[c for c in child_tokens(span.root) if c.dep_ in ("compound", "amod", "poss")],
    ]
    if _titled(span.root) in lex.cue("civilian_nouns"):
        return "civilian"  # 'a barangay captain': an office named with its compound
    # 'Natuco village': a place's name the tagger took for an organisation names no side
    named_org = root not in lex.cue("place_nouns") and any(t.ent_type_ == "ORG" for t in head_words)
    if has_cue(span, lex.cue("armed_nouns")) or named_org:
        return "armed"
    if has_cue(span, lex.cue("protester_nouns")):
        return "protester"
    if has_cue(span, lex.cue("civilian_nouns")):
        return "civilian"
    if names_a_people(span.root):
        return "civilian"  # 'killed two Palestinians': a people, no armed side
    if span.root.ent_type_ in PLACE_ENTS or root in lex.cue("place_nouns"):
        return "place"
    if span.root.ent_type_ == "PERSON":
        return "civilian"
    return ""


def _protesting(noun: Token, lex: Lexicon) -> bool:
    """People a clause on them says are protesting ('students protesting job quotas'). People
    gathered somewhere are a crowd, not a protest ('opened fire on residents gathered at the
    market'), unless they gathered to protest ('people gathered to demand ...')."""
    modifiers = event_words("protesting_modifiers")  # 'striking nurses', 'protesting farmers'
    return any(
        c.dep_ in ("acl", "relcl") and lex.verbs.get((lemma(c),)) == "protest" and _protest_if_gathered(c, lex)
        or c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in modifiers
        for c in child_tokens(noun)
    )


def _protest_if_gathered(verb: Token, lex: Lexicon) -> bool:
    if lemma(verb) not in event_words("moment_gathering_verbs"):
        return True
    return for_a_protest(verb, lex)


def _of_unarmed_body(patient: Span, lex: Lexicon, agent: Span | None) -> bool:
    """A victim who belongs to an organisation with no word of arms in its name ('a CNL
    member', 'the leader of a farmers' union'): a party or a union is no armed side, as an
    army, a militia or the Taliban are ('a member of the Mahdi Army'). A bare name is only
    taken for a party when no state force did the killing: troops who kill 'FARC members'
    or 'CODECO members' fight a group this list does not name."""
    if lemma(patient.root) not in lex.cue("member_nouns"):
        return False
    org = _whose(patient.root, lex.cue("member_nouns"), named=True)
    armed = lex.cue("armed_nouns") | lex.cue("armed_group_nouns") | lex.cue("nonstate_cues")
    if org is None or has_cue(org, armed | lex.cue("security_services")):
        return False
    if has_cue(org, lex.cue("unarmed_bodies")):
        return True
    return agent is None or not has_cue(agent, lex.cue("state_cues"))


def _whose(root: Token, nouns: frozenset[str], named: bool = False) -> Span | None:
    """For a noun of ``nouns``: the phrase of whom or what it is ('a man's body', 'the
    body of a soldier'; with ``named``, also a name before it: 'a CNL member')."""
    if lemma(root) not in nouns:
        return None
    doc = root.doc
    for c in child_tokens(root):
        if c.dep_ == "poss" or (named and c.i < root.i and _name_word(c)):
            return doc[c.left_edge.i : c.i + 1]
        if c.dep_ == "prep" and c.lower_ in event_words("owner_preps"):
            obj = next((o for o in child_tokens(c) if o.dep_ == "pobj"), None)
            if obj is not None:
                return doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None


def _name_word(tok: Token) -> bool:
    """A name before a noun: 'the CNL member', 'an ANC member' (an acronym the tagger may
    call an adjective)."""
    return tok.dep_ in ("compound", "amod") and (tok.pos_ == "PROPN" or (tok.is_upper and len(tok) > 1))


def _armed_possessor(root: Token, lex: Lexicon) -> bool:
    """'the rebel group's chairman', 'the militia's spokesman': an office of an armed side."""
    doc = root.doc
    return any(
        has_cue(doc[c.left_edge.i : c.right_edge.i + 1], lex.cue("armed_nouns") | lex.cue("armed_group_nouns"))
        for c in child_tokens(root)
        if c.dep_ == "poss"
    )


def _titled(root: Token) -> str:
    """The head noun with the compounds before it, lower-cased ('barangay captain')."""
    words = [c for c in child_tokens(root) if c.dep_ == "compound" and c.i < root.i]
    return " ".join([*(w.lower_ for w in words), lemma(root)])


#: Where a person a later pronoun stands for is named: as a subject or an object, not as a
#: place in a prepositional phrase ('at a checkpoint').
_ANTECEDENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "conj", "appos"})


def patient_side(patient: Span, mention: Mention, lex: Lexicon) -> str:
    """A patient's side; a pronoun ('shot at him') takes the side of the nearest person
    named before it in the sentence, the agent excepted."""
    found = side(patient, lex)
    if found in ("armed", "") and _of_unarmed_body(patient, lex, mention.agent):
        return "civilian"
    if found == "civilian" and enemy_people(patient.root, mention.agent):
        return "armed"  # 'Ukrainian troops killed 40 Russians': the enemy's soldiers
    if found == "place":
        return _apposed_person(patient, lex) or found
    if found or patient.root.pos_ != "PRON":
        return found
    agent = set(range(mention.agent.start, mention.agent.end)) if mention.agent else set()
    pron = patient.root
    singular = pron.lower_ in lex.cue("singular_pronouns")
    sent = sentence_of(pron.doc, pron.i)
    for tok in reversed(pron.doc[sent.start : pron.i]):
        if tok.i in agent or tok.pos_ != "NOUN" or tok.dep_ not in _ANTECEDENT_DEPS:
            continue
        if _in_clause(tok) or (singular and tok.tag_ != "NN"):
            continue  # 'a policeman guarding traders ... shot him': the policeman
        named = side(tok.doc[tok.i : tok.i + 1], lex)
        if named and named != "place":
            return named
    return ""


def _apposed_person(patient: Span, lex: Lexicon) -> str:
    """'In Tijuana, Baja California, a police officer was shot': the parser made the
    town or state the subject and the officer its apposition; the person tells the side."""
    apposed = [c for t in patient if t.ent_type_ in PLACE_ENTS for c in child_tokens(t)]
    for c in apposed:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            found = side(c.doc[c.left_edge.i : c.right_edge.i + 1], lex)
            if found != "place":
                return found
    return ""


def _in_clause(tok: Token) -> bool:
    """A noun inside a clause that describes another ('a policeman guarding traders')."""
    head = tok.head
    while head.i != head.head.i:
        if head.dep_ in ("acl", "relcl"):
            return True
        head = head.head
    return False


def agent_kind(span: Span | None, lex: Lexicon) -> str:
    """'state', 'nonstate', 'protester' or '' — enough to pick a territory sub-event type."""
    if span is None:
        return ""
    crowd = has_cue(span, lex.cue("protester_agents")) or capitalised_plural(
        span.root, lex.cue("protester_agents")
    )
    armed = has_cue(span, lex.cue("armed_nouns")) or has_cue(span, lex.cue("armed_modifiers"))
    if crowd and not armed:
        return "protester"
    if has_cue(span, lex.cue("nonstate_cues")):
        return "nonstate"
    if span.root.ent_type_ in ("GPE", "NORP"):
        return "state"
    if has_cue(span, lex.cue("state_cues")):
        # 'the army', 'Syrian troops' are state forces; 'the Arakan Army' is a name
        named = any(t.pos_ == "PROPN" and lemma(t) in lex.cue("state_cues") for t in span)
        if not named or any(t.ent_type_ in ("NORP", "GPE") for t in span):
            return "state"
    if lemma(span.root) in lex.cue("bare_force_nouns") and names_a_state(span, lex.cue("backing_words")):
        return "state"  # 'Syrian forces'; not 'Kurdish forces'
    return "state" if in_plain_clothes(span, lex) else ""


def in_plain_clothes(span: Span, lex: Lexicon) -> bool:
    """'plain-clothes officers', 'officers in plain clothes', 'undercover agents': the
    state's men out of uniform, whom ACLED codes as its police."""
    text = " ".join(t.lower_ for t in span.root.subtree).replace(" - ", "-")
    return lemma(span.root) in lex.cue("plain_clothes_people") and any(
        w in text for w in lex.cue("plain_clothes_words")
    )


def armed_agent(mention: Mention, lex: Lexicon) -> bool:
    """An armed force or group by name ('militants', 'the army'); 'armed men' who shoot at
    someone the text does not place on a side are no sign of a battle."""
    return side(mention.agent, lex, described=False) == "armed"


def told_as_fighting(
    trigger: Token | Span, patient: Span | None, lex: Lexicon, told: list[Token | Span] | None = None
) -> bool:
    """'Clashes between two militias left five people dead', 'heavy fighting erupted': an
    event told by words of fighting is a battle whoever its dead were, unless civilians are
    the side fought ('gunmen clashed with villagers' is violence against them). The words
    may be any of the event's (``told``: 'two farmers were killed when troops and bandits
    engaged in a shootout'), or fire the sentence says both sides exchanged ('traded
    gunfire')."""
    roots = [t if isinstance(t, Token) else t.root for t in (trigger, *(told or ()))]
    roots = [roots[0], *(t for t in roots[1:] if not _scene_of(t, roots[0]))]
    root = next((t for t in roots if lemma(t) in lex.cue("fighting_words")), None)
    if root is None:
        words = spaced_words(sentence_of(roots[0].doc, roots[0].i))
        if told is None or not any(f" {cue} " in words for cue in lex.cue("mutual_fire_cues")):
            return False
        root = roots[0]
    if patient is None or side(patient, lex) != "civilian":
        return True
    prep = patient.root.head
    fought = event_words("clash_preps") | event_words("between_preps")
    return not (prep.head.i == root.i and prep.lower_ in fought)


def _scene_of(noun: Token, verb: Token) -> bool:
    """'gunmen killed 22 people in a shootout': the fight is where the named killers killed,
    no fight of two sides told ('were killed in clashes between ...' has no killer named)."""
    prep = noun.head
    return prep.dep_ == "prep" and prep.head.i == verb.i and any(c.dep_ == "nsubj" for c in child_tokens(verb))


def worn_by_people(mention: Mention, lex: Lexicon) -> set[Token]:
    """Weapon words that describe people rather than arm the event: what a person hit
    carries or serves in ('a militant who was armed with a grenade', 'a colonel in the air
    force intelligence'), and people named by a weapon outside the attackers ('killed two
    suicide bombers'). ``Mention.weapons`` leaves them out."""
    out: set[Token] = set()
    for patient in mention.patients:
        root = patient.root
        if is_weapon_word(root, lex) or root.pos_ not in ("NOUN", "PROPN") or side(patient, lex) == "place":
            continue
        for c in child_tokens(root):
            if c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ not in event_words("instrument_preps")):
                out |= _describing(c, lex)
    agent = set(mention.agent) if mention.agent is not None else set()
    people = {tuple(w.split()): "people" for w in lex.cue("weapon_people")}
    for _cls, words in match_terms(list(mention.head.token.sent), people, lex.max_weapon_len):
        if not agent & set(words) and words.root.dep_ in ("dobj", "nsubjpass", "pobj", "appos", "attr"):
            out |= set(words)
    return out


def _describing(phrase: Token, lex: Lexicon) -> set[Token]:
    """The words of a phrase describing a victim, less the clauses in it that tell what
    the victims did ('workers who had pelted stones': the crowd's own violence)."""
    words = set(subtree_tokens(phrase)) - _used_with(phrase, lex)
    for t in subtree_tokens(phrase):
        if t.dep_ in ("relcl", "acl") and any(
            lex.verbs.get((lemma(v),)) for v in subtree_tokens(t) if v.pos_ == "VERB"
        ):
            words -= set(subtree_tokens(t))
    return words


def _used_with(clause: Token, lex: Lexicon) -> set[Token]:
    """In a clause describing a victim, what something was done with, unless it is what
    the victim bore ('armed with a grenade'): 'a vehicle belonging to the army with an
    IED' is the parser hanging the attack's weapon on the wrong word."""
    out: set[Token] = set()
    for t in subtree_tokens(clause):
        if t.dep_ == "prep" and t.lower_ in event_words("instrument_preps") and lemma(t.head) not in lex.cue(
                "bearing_words"):
            out |= set(subtree_tokens(t))
    return out


def killed_in(mention: Mention, lex: Lexicon) -> bool:
    """A verb of killing among the mention's triggers, of the people taken ('kidnapped and
    killed', 'abducted a chief and executed him') or of other people in the same raid
    ('killed nine villagers and abducted 30 others', 'shot dead a chief and kidnapped his
    wives'): ACLED's attack, whose dead are its toll; an abduction has none. Not forces
    killed where a civilian was taken ('killing two officers and abducting a nurse')."""
    return any(
        (lemma(t.token) in lex.cue("killing_verbs") or _shot_dead(t.token, lex))
        and all(c.pos_ == "PRON" or side(phrase(c), lex) != "armed" for c in child_tokens(t.token) if c.dep_ == "dobj")
        for t in mention.members
    )


def _shot_dead(verb: Token, lex: Lexicon) -> bool:
    """'shot dead', 'gunned down ... dead': a shooting verb with a word of death on it, or
    right after it where the parser hung the word on the victims ('shot dead nine farmers')."""
    dead = lex.cue("dead_words")
    on_victims = any(
        a.i == verb.i + 1 and a.dep_ == "amod" and lemma(a) in dead
        for c in child_tokens(verb) if c.dep_ == "dobj" for a in child_tokens(c)
    )
    return verb.pos_ == "VERB" and (on_victims or any(lemma(c) in dead for c in child_tokens(verb)))
