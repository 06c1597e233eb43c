"""The actor dictionary and resolver: text → ACLED-style Actor, or None rather than a guess.

Resolution order, per phrase: (1) a known name or alias, matched on normalized words, longest
first; (2) a nationality + head noun ("Syrian army", "Israeli warplanes", "an American base" →
that state's forces); (3) a generic head ("security forces", "gunmen", "civilians") named with
the event's country; (4) a strict fuzzy match on names, when nothing else matched and the phrase
looks like a proper name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sitroom.actors.entries import (
    Entry,
    Head,
    Mention,
    State,
    in_period,
    inside_name,
    umbrella_first,
)
from sitroom.actors.indexing import DictionaryIndex
from sitroom.actors.memo import by_longest, first_words, fuzzy_hit, key_reach, remember_mentions
from sitroom.actors.missions import contingent
from sitroom.actors.text import Word, disguise, former, modifies_other, norm_set, norms, words
from sitroom.lang import active_pack, pack_words
from sitroom.model import Actor

_FOUND_CACHE = 2048  # texts whose countries are remembered (a few articles' sentences)
_NONE_IN_CACHE = 4096  # texts `none_in` remembers (an article has a few stretches and phrases)
_FUZZY_MAX_WORDS = 10  # fuzzy matching is for short names, not whole sentences
_DESCRIPTIONS = pack_words("actors/words", "descriptions")  # words for fighters, not who
_MAX_GAP = 2  # unknown words allowed between a nationality and its head noun
_LEADING = pack_words("actors/words", "leading_words")
#: Words for a nationality's forces themselves ("Turkish Gendarmerie forces"): after a force's
#: head they name the nationality's army, as before; any other thing is the force's own.
_FORCE_WORDS = pack_words("actors/words", "force_words")
_INNER_WORDS = pack_words("actors/words", "name_inner_words")  # 'West Papua National Liberation Army'
_CALENDAR = pack_words("actors/words", "calendar_words")
_OWNER_MARKS = ("'s", "’s", "s'", "s’")
_MILITARY = "military"  # the class whose unnamed forces `forces_unnamed` reassigns
_CIVILIANS = "civilians"
_GOVERNMENT = "Government"  # the prefix of a state's government, not its forces


class ActorDictionary(DictionaryIndex):
    """Named actors, states and generic classes, indexed for word-level matching."""

    # ------------------------------------------------------------------ public API
    def all(self, when: date | None = None) -> list[Actor]:
        """Every named actor, with its display name on `when` (today by default)."""
        return [self.entry_actor(e, when=when) for e in self.entries.values()]

    def table(self, when: date | None = None) -> list[dict[str, Any]]:
        """Rows for a listing (`sitroom actors`; see `sitroom.actors.listing`)."""
        from sitroom.actors.listing import table

        return table(self, when)

    def resolve(
        self,
        text: str,
        country: str | None = None,
        when: date | None = None,
        allow_bare_state: bool = True,
    ) -> Actor | None:
        """The first actor named in `text`, or None. `country` is the event's country."""
        for mention in self.mentions(text, country, when, allow_bare_state):
            if mention.actor is not None:
                return mention.actor
        return None

    @remember_mentions
    def mentions(
        self,
        text: str,
        country: str | None = None,
        when: date | None = None,
        allow_bare_state: bool = True,
        fuzzy: bool = True,
    ) -> list[Mention]:
        """All actors named in a phrase, left to right (unresolved generics have actor=None;
        ``fuzzy=False``: exact names only, for callers that scan many short stretches)."""
        ws = words(text)
        taken = [False] * len(ws)
        found = self._named(ws, taken, country, when)
        if self._countries or self._heads or (country and self.own_state):  # not names only
            found += self._national(ws, taken, when, allow_bare_state, country)
            found += self._generic(ws, taken, country, when)
        found = [m for m in found if m.generic or not inside_compound(text, m.start, m.end)]
        if not found and fuzzy and len(ws) <= _FUZZY_MAX_WORDS:
            found = self._fuzzy(ws, country, when)
        if any(not m.generic for m in found):  # "militants of Kataib Sayyid al-Shuhada"
            found = [m for m in found if m.generic not in _DESCRIPTIONS]
        found.sort(key=lambda m: m.start)
        found = umbrella_first(text, found)
        for m in found:
            m.text = text[m.start : m.end]
            if m.actor is not None and country:
                m.actor = contingent(self, self.localize(m.actor, country), country, when)
        return found

    def none_in(self, text: str) -> bool:
        """True when ``mentions(text, fuzzy=False)`` (no event country) is certainly empty:
        no name, head noun or country's name of the dictionary has all its words among
        the text's (a set of their forms: no `Word` made, no scan). A nationality alone
        names no one ("Kenyan" needs a head noun: "Kenyan police"). False when the text
        may hold one. Remembered per text (and pack), as `mentions` is."""
        if self._local.get(""):
            return False
        needed, seen = self._needed()
        asked = (text, active_pack())
        found = seen.get(asked)
        if found is None:
            if len(seen) >= _NONE_IN_CACHE:
                seen.clear()
            forms = norm_set(text)
            found = seen[asked] = not any(forms.issuperset(k) for w in needed.keys() & forms for k in needed[w])
        return found

    def needed_words(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The keys one of which a text must hold for a mention (`none_in`), by their longest
        word (made once; again when an index has grown)."""
        return self._needed()[0]

    def _needed(self) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[tuple, bool]]:
        """`needed_words` and the answers of `none_in` so far (both made afresh when an
        index has grown)."""
        sizes = (len(self._names), len(self._heads), len(self._countries))
        held = self.__dict__.get("_needed_words")
        if held is None or held[0] != sizes:
            countries = (k for k, (_, _, demonym) in self._countries.items() if not demonym)
            needed = by_longest([*self._names, *self._heads, *countries])
            held = self.__dict__["_needed_words"] = (sizes, needed, {})
        return held[1], held[2]

    def military_names(self) -> list[str]:
        """Names that stand for a state's armed forces ("IDF", "Pentagon")."""
        return list(self._military_names)

    def state(self, country: str) -> State | None:
        return self.states.get(country)

    def country_of(self, text: str) -> str | None:
        """The country a name, capital or nationality word stands for ("Iraqi" → "Iraq")."""
        ws = words(text)
        for i in range(len(ws)):
            hit = self._country_at(ws, i)
            if hit:
                return hit[0]
        return None

    def countries_in(self, text: str, demonyms: bool = True) -> list[tuple[str, int, int]]:
        """Every country named in `text`: (country, start, end), by name or also nationality.
        Remembered per text: stages ask again for each event of a sentence or article."""
        found = self.__dict__.setdefault("_countries_found", {})
        if (text, demonyms) not in found:
            if len(found) >= _FOUND_CACHE:
                found.clear()
            found[(text, demonyms)] = tuple(self._scan_countries(text, demonyms))
        return list(found[(text, demonyms)])

    def _scan_countries(self, text: str, demonyms: bool) -> list[tuple[str, int, int]]:
        ws = words(text)
        out: list[tuple[str, int, int]] = []
        firsts = first_words(self._countries)
        keys = norms(ws)
        i = 0
        while i < len(ws):
            if keys[i] not in firsts:  # most words start no country's name
                i += 1
                continue
            hit = self._country_at(ws, i)
            if hit and (demonyms or not hit[2]):
                out.append((hit[0], ws[i].start, ws[i + hit[1] - 1].end))
                i += hit[1]
            else:
                i += 1
        return out

    def entry_actor(
        self, entry: Entry, country: str | None = None, when: date | None = None
    ) -> Actor:
        """An entry's Actor as named on `when` in `country` (branch, unit, period)."""
        name, inter, kind = entry.name, entry.inter, entry.kind
        if entry.unit:
            state = self.states.get(entry.unit[0])
            if state:
                name = f"{state.force(entry.unit[2], when)} {entry.unit[1]}"
        branches = dict(entry.by_country)
        if country and country in branches:
            name = branches[country]
        for period in entry.periods:
            if in_period(period, when):
                name = period.get("name", name)
                inter = int(period.get("inter", inter))
                kind = period.get("kind", kind)
        return Actor(
            name=name,
            inter=inter,
            country=entry.country or (country if country in branches else ""),
            affiliations=[self._affiliation_name(a, country, when) for a in entry.affiliations],
            aliases=list(entry.aliases),
            kind=kind,
        )

    def state_actor(self, cls: str, country: str, when: date | None = None) -> Actor | None:
        """The military, police or government of a country, or None if its regimes are unknown."""
        state = self.states.get(country)
        if state is None or not state.regimes:
            return None
        spec = self.classes.get(cls)
        name = state.force(spec.prefix if spec and spec.prefix else "Military Forces", when)
        if spec and spec.unit:
            name = f"{name} {spec.unit}"
        return Actor(name=name, inter=1, country=country, kind="state")

    def generic_actor(self, cls: str, country: str | None, when: date | None = None) -> Actor | None:
        """A generic class named for a country ("Civilians (Sudan)"), None without a country."""
        if not country or cls not in self.classes:
            return None
        spec = self.classes[cls]
        if spec.is_state:
            return self.state_actor(cls, country, when)
        return Actor(
            name=spec.template.replace("{country}", country),
            inter=spec.inter,
            country=country,
            kind=cls,
        )

    def localize(self, actor: Actor, event_country: str) -> Actor:
        """ACLED codes a state's forces acting outside their country as external (inter 8)."""
        if actor.kind == "state" and actor.country and actor.country != event_country:
            return replace(actor, inter=8)
        return actor

    def inter_for(self, name: str, event_country: str, when: date | None = None) -> int | None:
        """The inter code of a canonical actor name in an event's country (for finalize)."""
        actor = self.resolve(name, when=when, allow_bare_state=False)
        if actor is None:
            return None
        return self.localize(actor, event_country).inter

    # ------------------------------------------------------------------ matching passes
    def _named(
        self, ws: list[Word], taken: list[bool], country: str | None, when: date | None
    ) -> list[Mention]:
        """Known names, longest first; the event country's local aliases before global ones."""
        local = self._local.get(country or "", {})
        out: list[Mention] = []
        keys = norms(ws)  # (a word no name starts with is passed over without a call)
        for names in (local, self._names):
            firsts, i = (first_words(names) if names else frozenset()), 0
            while names and i < len(ws):
                hit = self._longest(ws, i, names, self._max_name, taken) if keys[i] in firsts else None
                if hit is None or modifies_other(ws, i, i + hit[1], self.blockers) or self._tail_of_name(ws, i):
                    i += 1
                    continue
                name, length = hit
                actor = self._target_actor(name.target, country, when)
                out.append(Mention(actor, ws[i].start, ws[i + length - 1].end, ""))
                taken[i : i + length] = [True] * length
                i += length
        return out

    def _tail_of_name(self, ws: list[Word], i: int) -> bool:
        """'the West Papua National Liberation Army': a known name opening with a word other
        names build on (`name_inner_words`), run on from a capitalised word of no country,
        nationality, day or month, is the tail of another group's name ('Colombia's
        National Liberation Army', 'In Arauca, National Liberation Army ...' are the ELN)."""
        if i == 0 or ws[i].norm not in _INNER_WORDS:
            return False
        prev = ws[i - 1]
        owner = prev.orig[-2:] in _OWNER_MARKS  # "Assad's National Defence Forces"
        if owner or not prev.is_capitalized or prev.norm in _CALENDAR or ws[i].start != prev.end + 1:
            return False
        for k in range(max(0, i - 3), i):
            hit = self._country_at(ws, k)
            if hit is not None and k + hit[1] == i:
                return False
        return True

    def _national(
        self,
        ws: list[Word],
        taken: list[bool],
        when: date | None,
        allow_bare: bool,
        country: str | None = None,
    ) -> list[Mention]:
        out: list[Mention] = []
        i, size = 0, len(ws)  # (a word no country key starts with is passed over: most)
        keys, starts = norms(ws), first_words(self._countries)
        while i < size:
            hit = None if taken[i] or keys[i] not in starts else self._country_at(ws, i)
            if hit is None and not taken[i] and country and ws[i].norm in self.own_state:
                hit = (country, 1, True)  # "regime positions": the event country's forces
            if hit is None or modifies_other(ws, i, i + hit[1], self.blockers):
                i += 1
                continue
            nation, length, demonym = hit
            if demonym and country in self._shared.get(tuple(keys[i : i + length]), ()):
                nation = country  # a nationality two states share: the event's own
            j, last, head, gap = i + length, i + length - 1, None, 0
            while j < size and not taken[j] and (keys[j] not in starts or self._country_at(ws, j) is None):
                found = self._longest(ws, j, self._heads, self._max_head, taken)
                if found:
                    said = " ".join(keys[j : j + found[1]])
                    thing = found[0].nationality_only and said not in _FORCE_WORDS
                    keep = thing or self._armed_person(head, found[0]) if head is not None else False
                    if head is None or not keep or self._governments_forces(head, found[0]):
                        head = found[0]  # "a Kenyan police vehicle": the police's, not the army's
                    last, j = j + found[1] - 1, j + found[1]
                elif ws[j].norm in self.modifiers:
                    j += 1
                elif head is None and gap < _MAX_GAP and ws[j].norm not in self.blockers:
                    gap, j = gap + 1, j + 1  # "a Russian observation post"
                else:
                    break
            if head is None:
                only_name = not demonym and all(
                    w.norm in _LEADING for k, w in enumerate(ws) if not i <= k < i + length
                )
                if allow_bare and only_name:
                    actor = self.state_actor("military", nation, when)
                    out.append(Mention(actor, ws[i].start, ws[last].end, "", "military", nation))
                    taken[i : i + length] = [True] * length
                i += length
                continue
            out.append(self._head_mention(ws, i, last, head, nation, country, when))
            taken[i : last + 1] = [True] * (last + 1 - i)
            i = last + 1
        return out

    def _generic(
        self, ws: list[Word], taken: list[bool], country: str | None, when: date | None
    ) -> list[Mention]:
        out: list[Mention] = []
        i, size = 0, len(ws)
        keys, heads = norms(ws), first_words(self._heads)  # (as `_national`)
        while i < size:
            found = self._longest(ws, i, self._heads, self._max_head, taken) if keys[i] in heads else None
            if found is None or found[0].nationality_only or inside_name(ws, i, i + found[1]) or former(ws, i, found[0].cls):
                i += 1
                continue
            head, last = found[0], i + found[1] - 1
            j = last + 1
            while j < len(ws) and not taken[j]:  # "army soldiers", "security forces personnel"
                more = self._longest(ws, j, self._heads, self._max_head, taken)
                if more is None:
                    break
                if (not more[0].nationality_only and not self._armed_person(head, more[0])) or self._governments_forces(
                    head, more[0]
                ):
                    head = more[0]  # "police checkpoint" stays police, "army men" the army
                last, j = j + more[1] - 1, j + more[1]
            if disguise(ws, i, last + 1):  # 'gunmen dressed as police officers'
                i = last + 1
                continue
            nation = self._of_country(ws, last + 1)
            out.append(self._head_mention(ws, i, last, head, nation, country, when))
            taken[i : last + 1] = [True] * (last + 1 - i)
            i = last + 1
        return out

    def _armed_person(self, head: Head, more: Head) -> bool:
        """ "army men", "police men": a word for people after an armed force's head names
        its members, not civilians (a state's government stays apart: "government employees")."""
        force = self.classes[head.cls]
        return more.cls == _CIVILIANS and force.inter <= 4 and not (force.is_state and force.prefix == _GOVERNMENT)

    def _governments_forces(self, head: Head, more: Head) -> bool:
        """ "Syrian government air strikes", "government warplanes", "government troops": a
        government's weapons and men are its armed forces, as ACLED codes them, not the
        government itself (its ministries and officials stay the government's)."""
        return self.classes[head.cls].prefix == _GOVERNMENT and more.cls == _MILITARY

    def _fuzzy(self, ws: list[Word], country: str | None, when: date | None) -> list[Mention]:
        best: tuple[float, int, int, str] | None = None
        for size in range(1, 5):
            for i in range(len(ws) - size + 1):
                window = ws[i : i + size]
                if not any(w.is_capitalized for w in window):
                    continue
                query = " ".join(w.norm for w in window)
                if len(query) < (6 if size == 1 else 8):
                    continue
                hit = fuzzy_hit(query, self._fuzzy_keys, self.__dict__.setdefault("_fuzzy_hits", {}))
                if hit and (best is None or (size, hit[1]) > (best[2] - best[1] + 1, best[0])):
                    best = (hit[1], i, i + size - 1, hit[0])
        if best is None:
            return []
        name = self._names[tuple(best[3].split())]
        actor = self._target_actor(name.target, country, when)
        return [Mention(actor, ws[best[1]].start, ws[best[2]].end, "")]

    # ------------------------------------------------------------------ helpers
    def _head_mention(
        self,
        ws: list[Word],
        first: int,
        last: int,
        head: Head,
        nation: str | None,
        country: str | None,
        when: date | None,
    ) -> Mention:
        cls = self.classes[head.cls]
        use = nation if (nation and cls.nationality_wins) else (country or nation)
        if not nation and head.cls == _MILITARY and use in self.forces_unnamed:
            use = self.forces_unnamed[use]  # 'soldiers raided a camp near Jenin': Israel's
        actor = self.generic_actor(head.cls, use, when)
        assoc = [head.assoc.replace("{country}", use)] if head.assoc and use else []
        return Mention(actor, ws[first].start, ws[last].end, "", head.cls, nation or "", assoc)

    def _target_actor(self, target: str, country: str | None, when: date | None) -> Actor | None:
        kind, _, name = target.partition(":")
        if kind == "state":
            return self.state_actor("military", name, when)
        return self.entry_actor(self.entries[name], country, when)

    def _affiliation_name(self, name: str, country: str | None, when: date | None) -> str:
        entry = self.entries.get(name)
        return self.entry_actor(entry, country, when).name if entry else name

    def _longest(
        self,
        ws: list[Word],
        i: int,
        index: dict[tuple[str, ...], Any],
        max_len: int,
        taken: list[bool],
    ) -> tuple[Any, int] | None:
        keys = norms(ws)
        # (0: no key starts with this word, most words; else no key from it is longer)
        reach = key_reach(index).get(keys[i], 0) if i < len(keys) else 0
        for length in range(min(max_len, len(ws) - i, reach), 0, -1):
            if any(taken[i : i + length]):
                continue
            value = index.get(keys[i : i + length])
            if value is None:
                continue
            if getattr(value, "acronym", False) and not all(w.is_upper for w in ws[i : i + length]):
                continue
            return value, length
        return None

    def _country_at(self, ws: list[Word], i: int) -> tuple[str, int, bool] | None:
        keys = norms(ws)
        if i < len(keys) and keys[i] not in first_words(self._countries):
            return None
        for length in range(min(self._max_country, len(ws) - i), 0, -1):
            value = self._countries.get(keys[i : i + length])  # (name, acronym, demonym)
            if value and not (value[1] and not all(w.is_upper for w in ws[i : i + length])):
                return value[0], length, value[2]  # an acronym only in capitals
        return None

    def _of_country(self, ws: list[Word], j: int) -> str | None:
        """ "forces of the Syrian regime", "soldiers of Iraq" → the country after "of"."""
        if j >= len(ws) or ws[j].norm != "of":
            return None
        k = j + 2 if j + 1 < len(ws) and ws[j + 1].norm == "the" else j + 1
        hit = self._country_at(ws, k) if k < len(ws) else None
        return hit[0] if hit else None


def inside_compound(text: str, start: int, end: int) -> bool:
    """A name written between hyphens is a piece of a longer word, no actor of its own: the
    "AU" of a "PORT-AU-PRINCE" dateline is not the African Union ("an AU force" still is)."""
    return start > 0 and text[start - 1] == "-" and text[end : end + 1] == "-"
