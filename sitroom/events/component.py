"""Component `events`: one Candidate per real-world occurrence a sentence asserts."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.events.attribution import (
    Attribution,
    Claim,
    attribution_for,
    clean_name,
    find_attributions,
    find_claim,
)
from sitroom.events.classify import classify
from sitroom.events.detect import (
    ACTOR_ENTS,
    Mention,
    SentenceFindings,
    analyze_sentence,
)
from sitroom.events.lexicon import Lexicon, load_lexicon
from sitroom.events.parsing import is_weapon_word, lemma
from sitroom.events.taxonomy import Taxonomy, load_taxonomy
from sitroom.model import Event
from sitroom.pipeline import Candidate, Component, Context, Settings, component


@component("events")
def make_events(settings: Settings) -> Component:
    lex, tax = load_lexicon(), load_taxonomy()

    def events(ctx: Context) -> None:
        ctx.candidates.extend(extract_candidates(ctx, lex, tax))

    return events


def extract_candidates(ctx: Context, lex: Lexicon, tax: Taxonomy) -> list[Candidate]:
    """Candidates for every occurrence the article asserts, in text order."""
    sents = list(ctx.doc.sents)
    findings = [_analyze(ctx, s, lex) for s in sents]
    heads = [{m.head.token for m in f.mentions} for f in findings]
    attributions = [find_attributions(s, lex, exclude=h) for s, h in zip(sents, heads, strict=True)]
    claims = [find_claim(s, lex) for s in sents]
    ctx.data.setdefault("events_rejected", []).extend(
        (t.span.text, t.reason) for f in findings for t in f.rejected
    )
    made: list[Candidate] = []
    for i, (sent, found) in enumerate(zip(sents, findings, strict=True)):
        for mention in found.mentions:
            cand = _candidate(ctx, sent, mention, lex, tax)
            if cand is None:
                continue
            cand.parent = _parent(found, mention, made)
            if cand.parent is None and _elaborates(sent, i, mention, made, lex):
                cand.parent = made[-1]
                cand.data["elaborates"] = True
            _attribute(ctx, cand, mention, i, attributions, findings, sents)
            _claim(ctx, cand, i, claims, findings)
            cand.data["sentence_index"] = i
            made.append(cand)
    return made


def _analyze(ctx: Context, sent: Span, lex: Lexicon) -> SentenceFindings:
    """One odd sentence (a table row, a broken parse) must not cost the article its events."""
    try:
        return analyze_sentence(sent, lex)
    except Exception as exc:  # noqa: BLE001 - reported in ctx.warnings, the article goes on
        ctx.warnings.append(f"events: sentence at {sent.start_char} skipped: {exc!r}")
        return SentenceFindings([], [], [])


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
    data = {
        "family": mention.family,
        "classes": mention.classes,
        "trigger_class": mention.head.cls,
        "nominal": all(t.nominal for t in mention.members),
        "negated": False,
        "hypothetical": False,
        "weapon": weapon[0] if weapon else "",
        "weapon_span": weapon[1] if weapon else None,
        "weapons": [w for w, _ in mention.weapons],
        "origin": mention.origin,
        "target": mention.target_place,
        "aggregate": mention.aggregate is not None,
        "aggregate_cue": mention.aggregate,
        "retrospective": mention.retrospective is not None,
        "retrospective_cue": mention.retrospective,
        "triggers": [t.span for t in mention.members],
    }
    return Candidate(
        event=ev,
        sentence=sent,
        trigger=trig,
        agent=mention.agent,
        patient=mention.patient,
        data=data,
    )


def _names_an_actor(span: Span | None) -> bool:
    """A speaker worth naming: a person, organization or country, not 'a resolution'."""
    if span is None:
        return False
    return span.root.pos_ == "PROPN" or any(t.ent_type_ in ACTOR_ENTS for t in span)


def _has_own_date(sent: Span) -> bool:
    """A date or time of its own ('on Monday', 'in 2019'), not 'the weekly market'."""
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME") and (
            any(t.like_num for t in ent)
            or any(t.lower_ in load_lexicon().cue("date_words") for t in ent)
        ):
            return True
    return False


def _elaborates(
    sent: Span, index: int, mention: Mention, made: list[Candidate], lex: Lexicon
) -> bool:
    """'The assailants arrived on motorcycles and opened fire ...' right after an attack is
    told: an anaphoric attacker, no date of its own: details of the same occurrence."""
    if mention.family != "kinetic" or not made or made[-1].data["family"] != "kinetic":
        return False
    if made[-1].data.get("sentence_index") != index - 1:
        return False  # only the sentence right after
    if _has_own_date(sent):
        return False
    agent = mention.agent
    if agent is None:
        return False
    root = agent.root
    if root.pos_ == "PRON":
        return True
    definite = any(c.lower_ in ("the", "these", "those") for c in root.children if c.dep_ == "det")
    return definite and lemma(root) in lex.cue("anaphoric_attackers")


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
    earlier = [c for c in made if c.data["family"] == "kinetic" and not c.data["aggregate"]]
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
        cand.data["attribution_source"] = attr.source
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
    claim = claims[i]
    if claim is None and i + 1 < len(findings) and cand.data["family"] == "kinetic":
        follows = findings[i + 1]
        nxt = claims[i + 1]
        quiet = not any(m.family == "kinetic" for m in follows.mentions)
        if nxt is not None and nxt.status in ("claimed", "denied") and quiet:
            claim = nxt
    if claim is None:
        return
    cand.event.claim = claim.status
    cand.event.cite("claim", ctx.evidence(claim.cue))
    if claim.status == "claimed" and claim.claimant is not None:
        cand.data["claimant"] = claim.claimant
        if cand.agent is None or is_weapon_word(cand.agent.root, load_lexicon()):
            cand.agent = claim.claimant  # 'a car bomb exploded ... X claimed responsibility'
