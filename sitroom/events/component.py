"""Component `events`: one Candidate per real-world occurrence a sentence asserts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitroom.components import Candidate, Component, Context, Settings, component
from sitroom.events.attribution import (
    Attribution,
    Claim,
    attribution_for,
    clean_name,
    find_attributions,
    find_claim,
    speakers_own,
)
from sitroom.events.captions import caption_spans, in_caption
from sitroom.events.classify import classify
from sitroom.events.clauses import clause_places, split_clauses
from sitroom.events.detect import analyze_sentence
from sitroom.events.findings import ACTOR_ENTS, PLACE_ENTS, Mention, SentenceFindings, event_words
from sitroom.events.incident import place_names
from sitroom.events.lexicon import Lexicon, load_lexicon
from sitroom.events.listed import first_listed, last_told, listed_places, split_by_place
from sitroom.events.parsing import (
    children,
    is_weapon_word,
    lemma,
    phrase,
    unknown_perpetrator,
)
from sitroom.events.reattach import mend_parse
from sitroom.events.retense import retense_headlines
from sitroom.events.taxonomy import Taxonomy, load_taxonomy
from sitroom.lang.story import opens_incident
from sitroom.model import Event
from sitroom.nlp import child_tokens, doc_text, entities_in, head_token, sentences, subtree_tokens

if TYPE_CHECKING:
    from spacy.language import Language

#: Verbs of accusing whose object an accused party may deny (the pack's ``events/words.yaml``).
_ACCUSING = event_words("accusing_verbs")


@component(
    "events",
    requires=("doc.sents", "doc.ents", "doc.deps"),
    assigns=(
        "candidates", "candidate.trigger", "candidate.sentence", "candidate.agent",
        "candidate.patient", "candidate.attribution", "candidate.parent",
        "event.event_type", "event.sub_event_type", "event.disorder_type",
        "event.civilian_targeting", "event.plover_type", "event.plover_mode",
        "event.claim", "event.attributed_to",
        # hand-offs (typed fields of Candidate) the later stages read
        "candidate.family", "candidate.triggers", "candidate.sentence_index", "candidate.nominal",
        "candidate.weapon", "candidate.weapon_span", "candidate.weapons", "candidate.aggregate",
        "candidate.aggregate_cue", "candidate.ongoing", "candidate.ongoing_cue",
        "candidate.retrospective", "candidate.retrospective_cue", "candidate.elaborates",
        "candidate.listed_places", "candidate.place_focus", "candidate.listed_count",
        "candidate.claimed_over",
    ),
)
def make_events(settings: Settings) -> Component:
    lex, tax = load_lexicon(), load_taxonomy()

    def events(ctx: Context) -> None:
        ctx.candidates.extend(extract_candidates(ctx, lex, tax))

    return events


def extract_candidates(ctx: Context, lex: Lexicon, tax: Taxonomy) -> list[Candidate]:
    """Candidates for every occurrence the article asserts, in text order."""
    retense_headlines(ctx.doc, lex, _parser)
    mend_parse(ctx.doc)
    sents = sentences(ctx.doc)
    findings = [_analyze(ctx, s, lex) for s in sents]
    _read_witnesses(ctx, sents, findings, lex)
    heads = [{m.head.token for m in f.mentions} for f in findings]
    attributions = [find_attributions(s, lex, exclude=h) for s, h in zip(sents, heads, strict=True)]
    claims = [find_claim(s, lex) for s in sents]
    made: list[Candidate] = []
    captions = caption_spans(doc_text(ctx.doc))
    for i, (sent, found) in enumerate(zip(sents, findings, strict=True)):
        if captions and in_caption(sent.start_char, captions):
            continue  # a photo caption: what a picture shows, not the news
        mentions = split_clauses(found.mentions, lex)
        own = clause_places(mentions)
        for mention in mentions:
            cand = _candidate(ctx, sent, mention, lex, tax)
            if cand is None:
                continue
            cand.parent = _parent(found, mention, made)
            if cand.parent is None and _elaborates(sent, i, mention, made, lex):
                cand.parent = last_told(made)
                cand.elaborates = True
            _attribute(ctx, cand, mention, i, attributions, findings, sents)
            _claim(ctx, cand, i, claims, findings)
            cand.sentence_index = i
            made.extend(split_by_place(cand, listed_places(mention), own.get(id(mention))))
    for i, (claim, found) in enumerate(zip(claims, findings, strict=True)):
        if claim is not None and not any(m.family == "kinetic" for m in found.mentions):
            _claim_back(ctx, claim, i, found, made, sents, lex)
    return made


def _parser() -> Language:
    """The model that parsed the article (one per process), to parse a headline again."""
    from sitroom.pipeline import load_nlp  # the runner imports this module

    return load_nlp()


def _analyze(ctx: Context, sent: Span, lex: Lexicon) -> SentenceFindings:
    """One odd sentence (a table row, a broken parse) must not cost the article its events."""
    try:
        return analyze_sentence(sent, lex)
    except Exception as exc:  # noqa: BLE001 - reported in ctx.warnings, the article goes on
        ctx.warnings.append(f"events: sentence at {sent.start_char} skipped: {exc!r}")
        return SentenceFindings([], [], [])


def _read_witnesses(ctx: Context, sents: list[Span], findings: list[SentenceFindings], lex: Lexicon) -> None:
    """A witness's quote ('"We heard explosions all night," a resident said') refers to the
    event the article tells elsewhere; where no sentence tells one of its family, the quote
    is the report's account of it and is read as an event."""
    if not any(f.witnessed for f in findings):
        return
    told = {m.family for f in findings for m in f.mentions}
    for i, found in enumerate(findings):
        if found.witnessed - told:
            try:
                findings[i] = analyze_sentence(sents[i], lex, witnesses=False)
            except Exception as exc:  # noqa: BLE001 - as _analyze: the article goes on
                ctx.warnings.append(f"events: sentence at {sents[i].start_char} skipped: {exc!r}")


def _candidate(
    ctx: Context, sent: Span, mention: Mention, lex: Lexicon, tax: Taxonomy
) -> Candidate | None:
    c = classify(mention, lex, tax)
    if not c.event_type and not c.plover_type:
        return None
    ev = Event(article_id=ctx.article.id, source=ctx.article.source)
    ev.event_type, ev.sub_event_type, ev.disorder_type = (
        c.event_type,
        c.sub_event_type,
        c.disorder_type,
    )
    ev.civilian_targeting = c.civilian_targeting
    ev.plover_type, ev.plover_mode = c.plover_type, c.plover_mode
    ev.record_kind = "event" if c.event_type else "statement"
    ev.confidence = c.confidence
    trig = mention.head.span
    if ev.event_type:
        ev.cite("event_type", ctx.evidence(trig))
        ev.cite("disorder_type", ctx.evidence(trig))
    if ev.sub_event_type:
        ev.cite("sub_event_type", ctx.evidence(c.cue))
    if ev.plover_type:
        ev.cite("plover_type", ctx.evidence(trig))
    if ev.plover_mode:
        ev.cite("plover_mode", ctx.evidence(c.cue))
    if ev.civilian_targeting and mention.patient is not None:
        ev.cite("civilian_targeting", ctx.evidence(mention.patient))
    ev.cite("notes", ctx.evidence(trimmed(sent)))
    weapon = max(mention.weapons, key=lambda w: lex.weapon_classes[w[0]].rank, default=None)
    data = {  # the events stage's own: where a strike came from and what it hit
        "origin": mention.origin,
        "target": mention.target_place,
    }
    data["classes"] = frozenset(mention.classes)  # its triggers' classes (assembly's fire_classes)
    return Candidate(
        event=ev,
        sentence=sent,
        trigger=trig,
        agent=mention.agent,
        patient=mention.patient,
        family=mention.family,
        triggers=[t.span for t in mention.members],
        nominal=all(t.nominal for t in mention.members),
        weapon=weapon[0] if weapon else "",
        weapon_span=weapon[1] if weapon else None,
        weapons=[w for w, _ in mention.weapons],
        aggregate=mention.aggregate is not None,
        aggregate_cue=mention.aggregate,
        retrospective=mention.retrospective is not None,
        retrospective_cue=mention.retrospective,
        ongoing=mention.ongoing is not None,
        ongoing_cue=mention.ongoing,
        data=data,
    )


def _names_an_actor(span: Span | None) -> bool:
    """A speaker worth naming: a person, organization or country, not 'a resolution'."""
    if span is None:
        return False
    return span.root.pos_ == "PROPN" or any(t.ent_type_ in ACTOR_ENTS for t in span)


def _has_own_date(sent: Span) -> bool:
    """A date or time of its own ('on Monday', 'in 2019'), not 'the weekly market'."""
    for ent in entities_in(sent):
        if ent.label_ in ("DATE", "TIME") and (
            any(t.like_num for t in ent)
            or any(t.lower_ in load_lexicon().cue("date_words") for t in ent)
        ):
            return True
    return False


def _elaborates(
    sent: Span, index: int, mention: Mention, made: list[Candidate], lex: Lexicon
) -> bool:
    """Details of the event told in the sentence right before, not a second occurrence:
    'The assailants arrived on motorcycles ...' (an anaphoric attacker), 'One missile struck
    the vessel' (part of the salvo just told), '... hit the convoy' (a definite target that
    points back). Never when the sentence has a date or a place of its own, or opens on
    another incident ('In a separate strike, a drone hit a car ...')."""
    if mention.family != "kinetic" or not made or last_told(made).family != "kinetic":
        return False
    if opens_incident(sent.text):
        return False
    previous = last_told(made)
    if previous.sentence_index != index - 1:
        return False  # only the sentence right after
    if _has_own_date(sent) or new_places(sent, previous.sentence):
        return False
    agent = mention.agent
    if agent is not None and _anaphoric_agent(agent, lex):
        return True
    if (agent is None or not _definite_anaphor(agent)) and place_names(sent) - place_names(
        previous.sentence
    ):  # 'In Khan Younis, an air strike ...': a name the parser took for a person
        return False
    if not _same_weapon_family(mention, previous, lex):
        return False
    if agent is not None and _weapon_agent(agent, lex):
        return True  # 'One missile struck ...', 'Both drones were shot down'
    quiet_agent = agent is None or agent.root.pos_ == "PRON"
    return quiet_agent and mention.patient is not None and _definite_anaphor(mention.patient)


def _anaphoric_agent(agent: Span, lex: Lexicon) -> bool:
    root = agent.root
    if root.pos_ == "PRON":
        return True
    definite = any(c.lower_ in event_words("definite_plural") for c in child_tokens(root) if c.dep_ == "det")
    return definite and lemma(root) in lex.cue("anaphoric_attackers")


def _weapon_agent(agent: Span, lex: Lexicon) -> bool:
    """A weapon as the subject, named by no actor ('one missile', 'one of the drones')."""
    if any(t.ent_type_ in ACTOR_ENTS for t in agent):
        return False
    root = agent.root
    if lemma(root) in event_words("partitive_words"):
        inner = [t for t in subtree_tokens(root) if t.dep_ == "pobj"]
        return bool(inner) and is_weapon_word(inner[0], lex)
    return is_weapon_word(root, lex)


def _definite_anaphor(span: Span) -> bool:
    """'the vessel', 'the base', 'that convoy': a definite common noun naming nothing new."""
    root = span.root
    if root.pos_ != "NOUN" or any(t.ent_type_ for t in span):
        return False
    return any(c.dep_ == "det" and c.lower_ in event_words("definite_reference") for c in child_tokens(root))


def _weapon_families(weapons: list[str], lex: Lexicon) -> set[str]:
    return {lex.weapon_classes[w].sub_event_type for w in weapons if w in lex.weapon_classes}


def _same_weapon_family(mention: Mention, previous: Candidate, lex: Lexicon) -> bool:
    """No weapon named, or one of the kind the earlier event used (missile ~ rocket)."""
    mine = _weapon_families([w for w, _ in mention.weapons], lex)
    theirs = _weapon_families(list(previous.weapons), lex)
    return not mine or not theirs or bool(mine & theirs)


def new_places(sent: Span, before: Span) -> bool:
    """A place named here that the earlier sentence did not name."""
    known = {e.text.lower() for e in entities_in(before) if e.label_ in PLACE_ENTS}
    return any(e.label_ in PLACE_ENTS and e.text.lower() not in known for e in entities_in(sent))


def _opens_with_quote(sent: Span) -> bool:
    return sent.text.lstrip()[:1] in {'"', "“", "'", "‘"}


def trimmed(sent: Span) -> Span:
    """The sentence without leading/trailing quotes and whitespace the segmenter left on it."""
    start, end = sent.start, sent.end
    while start < end - 1 and (sent.doc[start].is_space or sent.doc[start].is_quote):
        start += 1
    while end > start + 1 and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]


def _parent(found: SentenceFindings, mention: Mention, made: list[Candidate]) -> Candidate | None:
    """The earlier event a sentence refers back to ('followed the attack', 'the incident')."""
    if not found.references or mention.family != "kinetic":
        return None
    earlier = [c for c in made if c.family == "kinetic" and not c.aggregate and first_listed(c)]
    return earlier[-1] if earlier else None


def _attribute(
    ctx: Context,
    cand: Candidate,
    mention: Mention,
    i: int,
    attributions: list[list],
    findings: list[SentenceFindings],
    sents: list[Span],
) -> None:
    attr: Attribution | None = attribution_for(mention.head.token, attributions[i])
    if attr is None and i + 1 < len(findings):
        follows = findings[i + 1]
        if attributions[i + 1] and (
            _opens_with_quote(sents[i + 1])
            or (follows.references and not any(m.family == "kinetic" for m in follows.mentions))
        ):
            attr = attributions[i + 1][0][1]
    if attr is not None:
        cand.attribution = attr.span
        cand.event.attributed_to = attr.text
        cand.event.cite("attributed_to", ctx.evidence(attr.span))
    elif cand.parent is not None and cand.parent.event.attributed_to:
        cand.attribution = cand.parent.attribution
        cand.event.attributed_to = cand.parent.event.attributed_to
        cand.event.cite("attributed_to", cand.parent.event.evidence.get("attributed_to"))
    elif mention.family == "statement" and _names_an_actor(mention.agent):
        cand.event.attributed_to = clean_name(mention.agent.text)
        cand.event.cite("attributed_to", ctx.evidence(mention.agent))


def _claim(
    ctx: Context,
    cand: Candidate,
    i: int,
    claims: list[Claim | None],
    findings: list[SentenceFindings],
) -> None:
    claim = claims[i]  # a claim in a later sentence is _claim_back's
    if claim is None:
        return
    cand.event.claim = claim.status
    cand.event.cite("claim", ctx.evidence(claim.cue))
    if (
        claim.status == "claimed"
        and claim.claimant is not None
        and (
            unknown_perpetrator(cand.agent, load_lexicon())
            or speakers_own(cand.agent, "own_nameless_fighters")
        )
    ):
        _claimed_by(cand, claim.claimant)  # 'a car bomb exploded ... X claimed responsibility'


def _claim_back(
    ctx: Context,
    claim: Claim,
    i: int,
    found: SentenceFindings,
    made: list[Candidate],
    sents: list[Span],
    lex: Lexicon,
) -> None:
    """A later sentence claims or denies 'the attack' told before it: the claim belongs
    to that event (the nearest earlier one the reference fits), not to a new one."""
    if claim.status not in ("claimed", "denied"):
        return
    target = _referenced_event(i, found, made)
    if target is None or target.event.claim == claim.status:
        return
    if claim.status == "denied" and not _denier_is_accused(claim, target, i, sents, lex):
        return
    for cand in _with_parents(target):
        cand.event.claim = claim.status
        cand.event.cite("claim", ctx.evidence(claim.cue))
        if claim.status != "claimed" or claim.claimant is None:
            continue
        cand.event.attributed_to = clean_name(_claimant_name(claim.claimant).text)
        cand.event.cite("attributed_to", ctx.evidence(claim.claimant))
        if unknown_perpetrator(cand.agent, lex):
            _claimed_by(cand, claim.claimant)


def _claimed_by(cand: Candidate, claimant: Span) -> None:
    """The claimant acted; the doer the report named ('gunmen') stays at hand for actor1
    should no dictionary know the claimant's name."""
    if cand.agent is not None and cand.claimed_over is None:
        cand.claimed_over = cand.agent
    cand.agent = claimant


def _referenced_event(i: int, found: SentenceFindings, made: list[Candidate]) -> Candidate | None:
    """The nearest earlier event (within three sentences) that 'the attack'/'the strike'
    fits: one whose trigger words include the referring noun, else any violent one."""
    earlier = [
        c
        for c in made
        if c.family == "kinetic"
        and not c.aggregate
        and c.sentence_index is not None
        and i - 3 <= c.sentence_index < i
    ]
    if not earlier:
        return None
    nouns = {lemma(t) for t in found.references}
    for cand in reversed(earlier):
        words = {lemma(head_token(t)) for t in _words(cand)}
        if any(n.startswith(w) for n in nouns for w in words):
            return cand  # 'the shooting' → 'shot dead', 'the strike' → 'struck'
    # 'Gunmen stormed a camp ... The army said it repelled the assault ... JNIM claimed the
    # attack': a claim names a doer, so the nearest attack whose doer is untold
    lex = load_lexicon()
    return next((c for c in reversed(earlier) if unknown_perpetrator(c.agent, lex)), earlier[-1])


def _words(cand: Candidate) -> list:
    return list(cand.triggers or [cand.trigger])


def _with_parents(cand: Candidate) -> list[Candidate]:
    """The event and, for an elaboration, the events it details."""
    out = [cand]
    while out[-1].elaborates and out[-1].parent is not None:
        out.append(out[-1].parent)
    return out


def _claimant_name(claimant: Span) -> Span:
    """'Houthi military spokesman Yahya Saree' → the person named, else the phrase."""
    people = [e for e in entities_in(claimant) if e.label_ == "PERSON"]
    return people[0] if people else claimant


def _content_words(span: Span | None) -> set[str]:
    """Stems of the names in a phrase: 'Israel'/'Israeli' and 'Sudan'/'Sudanese' agree."""
    if span is None:
        return set()
    return {
        lemma(t)[:5]
        for t in span
        if (t.pos_ in ("NOUN", "PROPN") or t.ent_type_ in ACTOR_ENTS) and len(t.text) > 2
    }


def _denier_is_accused(
    claim: Claim, target: Candidate, i: int, sents: list[Span], lex: Lexicon
) -> bool:
    """A denial changes the event's status only from its alleged perpetrator: the named
    attacker, someone accused of it since, or anyone denying involvement in an attack
    whose perpetrator is unknown. 'The ministry denied reports of casualties' does not."""
    denier = _content_words(claim.claimant)
    if not denier:
        return False
    if denier & _content_words(target.agent):
        return True
    start = target.sentence_index if target.sentence_index is not None else i
    for sent in sents[start:i + 1]:
        for tok in sent:
            if lemma(tok) in _ACCUSING and tok.pos_ == "VERB":
                for obj in children(tok, "dobj"):
                    if denier & _content_words(phrase(obj)):
                        return True
    return unknown_perpetrator(target.agent, lex) and _denies_doing(claim.cue, lex)


def _denies_doing(cue: Token | Span, lex: Lexicon) -> bool:
    """'denied any involvement', 'denied carrying out the strike', 'denied responsibility'."""
    verb = head_token(cue)
    for obj in children(verb, "dobj", "xcomp", "ccomp"):
        if lemma(obj) in lex.cue("perpetration_nouns") or obj.tag_ == "VBG":
            return True
    return False
