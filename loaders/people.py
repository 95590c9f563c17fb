"""Who is who in one document: person mentions in, stable ``cg:Person`` records out.

Parsers never mint person keys themselves. They call
``ctx.people.mention(printed, evidence)`` for every name they read and get a
*provisional* :class:`~councilgraph.loaders.records.Ref` back, which they use in
statements straight away (``meeting.add("cg:present", ref, ev)``). After every
section is parsed, :meth:`PeopleRegistry.finalize` (called by
:func:`councilgraph.loaders.extract.extract_document`) decides which mentions are
the same person, builds one ``cg:Person`` per person and rewrites every
provisional reference in the document's records.

The person key (and so the IRI) rule
====================================

``key = ("<first initial>-<surname>", "<gender class>")`` →
``data:person/c-bell/f``, ``data:person/j-meade/m``, ``data:person/j-meade/f``.

* *surname*: the last name word plus lower-case particles ("de Gruchy"), slugged;
  within one document near-identical spellings ("Broker"/"Brooker",
  "Streatfield"/"Streatfeild", rapidfuzz ratio ≥ 85, both ≥ 5 letters, same first
  letter, no contradicting initials) are one surname, spelled as most often printed.
* *first initial*: of the first given name, whether printed as an initial or in
  full ("Mrs C Bell" = "Mrs Clair Bell" = "Clair Bell"; "Ben" = "Benjamin").
  A person printed only by surname everywhere in the document gets no initial
  ("data:person/webb/m").
* *gender class*: "m" (Mr, Sir, Lord), "f" (Mrs, Ms, Miss, Dame, Lady) or "x"
  (Dr, Cllr, no title). This is what tells "Mr J Meade" from "Ms J Meade" and
  "Mr P Cole" from "Mrs P T Cole". A name printed without a gendered title takes
  the gender class of the unique same-initial, same-surname person printed with
  one in the same document ("Richard Smith" + "Mr Richard Smith" → m), or of a
  titled surname-only reference that resolves to it ("Akua Agyepong" +
  "Ms Agyepong" → f). A person never printed with a gendered title in the
  document takes the class of a common, unambiguous given name ("Dan Watkins" →
  m; :func:`~councilgraph.loaders.text.names.forename_gender`), else stays "x".
  The class is only an identity component of the key, never published as a fact.

The key depends only on what one document prints, so the same person gets the
same IRI in whatever order documents are loaded, provided each document prints
the title and an initial somewhere (the usual case: member lists print both).

Resolution inside a document
----------------------------
1. Mentions with an initial group by (surname, initial, gender); ungendered
   groups join the unique gendered group with the same surname and initial.
2. Surname-only mentions ("Mrs Bell", "Ms Meade") join the unique group with the
   same surname and a compatible title, preferring members of the meeting
   (present / apologies / membership lists) when there are several; when still
   ambiguous they are dropped with a warning (a wrong person is worse than none).
3. *Hints* (``hint()``: "Title Surname" phrases read from minute narrative) only
   attach to people already listed and only add printed forms and titles - except
   a titled full name ("Mr Roger Gough", "Dr Jeanelle de Gruchy"), which is a
   person in its own right, and an untitled full name speaking in the minutes
   ("Mark Albiston noted ...") when a titled surname reference ("Mr Albiston")
   corroborates it.

Not people: names that :func:`~councilgraph.loaders.text.names.parse_name`
rejects - a bare first name ("Peter"), an anonymised "Mr X", honours ("MBE").

Labels: ``rdfs:label`` is the fullest form ("Clair Bell" when a forename is
printed, else the title-and-initials form "Mr A M Ridgers"); every other printed
form is a ``skos:altLabel``; every title printed is a ``foaf:title``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from .records import Entity, EntitySet, Evidence, Ref, Statement
from .text.names import (
    PersonName,
    forename_gender,
    genders_compatible,
    is_plain_name,
    parse_name,
)

__all__ = ["Mention", "PeopleRegistry", "is_provisional", "person_key", "post_holding", "post_key"]

_PROVISIONAL = "~mention"


def is_provisional(ref: object) -> bool:
    return isinstance(ref, Ref) and ref.schema == "Person" and ref.key[:1] == (_PROVISIONAL,)


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def person_key(surname: str, initial: str, gender: str) -> tuple[str, str]:
    """The identity key of a person (see module docstring)."""
    s = _slug(surname)
    return (f"{initial.lower()}-{s}" if initial else s, gender)


@dataclass
class Mention:
    """One printed form of a person, with every place it was read."""

    printed: str
    name: PersonName
    ref: Ref
    evidence: list[Evidence] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    member: bool = False
    hint: bool = False
    count: int = 0


class PeopleRegistry:
    """Person mentions of one document, resolved by :meth:`finalize`."""

    def __init__(self) -> None:
        self._mentions: dict[str, Mention] = {}
        self._facts: dict[Ref, Entity] = {}
        self.warnings: list[str] = []

    # ------------------------------------------------------------------ API for parsers

    def mention(self, printed: str, evidence: Evidence | None, role: str | None = None,
                member: bool = False) -> Ref | None:
        """Register a printed name; returns a provisional person ref, or ``None`` if not a person.

        ``member``: the name is listed as a member of the meeting or committee
        (present, apologies, membership) - surname-only references prefer members.
        ``role``: the role printed with the name, if any (kept for resolution).
        """
        return self._add(printed, evidence, role, member, hint=False)

    #: alias used by the reports engineer's ``labels.note_person``
    person = mention

    def facts(self, ref: Ref) -> Entity:
        """A record for facts *about* a mentioned person (``cg:party``, ``cg:attendedItem``,
        ``org:holds``); folded into the final ``cg:Person`` by :meth:`finalize`."""
        if not is_provisional(ref):
            raise ValueError(f"{ref} is not a person ref returned by mention()")
        return self._facts.setdefault(ref, Entity("Person", ref.key))

    def hint(self, printed: str, evidence: Evidence | None) -> None:
        """A "Title Surname" phrase from narrative text: only ever attaches to a listed person."""
        self._add(printed, evidence, None, False, hint=True)

    def _add(self, printed: str, evidence: Evidence | None, role: str | None, member: bool, hint: bool) -> Ref | None:
        name = parse_name(printed)
        if name is None:
            return None
        norm = name.display
        m = self._mentions.get(norm)
        if m is None:
            m = Mention(norm, name, Ref("Person", (_PROVISIONAL, norm)), hint=hint)
            self._mentions[norm] = m
        elif not hint:
            m.hint = False
        m.count += 1
        m.member = m.member or member
        if role and role not in m.roles:
            m.roles.append(role)
        if evidence is not None and evidence not in m.evidence:
            m.evidence.append(evidence)
        return m.ref

    # ------------------------------------------------------------------ resolution

    def _canonical_surnames(self) -> dict[str, str]:
        counts: Counter[str] = Counter()
        initials: dict[str, set[str]] = {}
        listed: set[str] = set()
        for m in self._mentions.values():
            s = m.name.surname
            # a listed name with a given name outweighs narrative references
            counts[s] += m.count + (1 if m.name.first_initial and not m.hint else 0)
            if m.name.first_initial and not m.hint:
                listed.add(s)
            if m.name.first_initial:
                initials.setdefault(s, set()).add(m.name.first_initial)
        names = sorted(counts, key=lambda s: (-counts[s], s not in listed, s))
        canon: dict[str, str] = {}
        for s in names:
            if s in canon:
                continue
            canon[s] = s
            for other in names:
                if other in canon or len(s) < 5 or len(other) < 5 or s[0].lower() != other[0].lower():
                    continue
                if fuzz.ratio(s.lower(), other.lower()) < 85:
                    continue
                a, b = initials.get(s, set()), initials.get(other, set())
                if a and b and not (a & b):
                    continue
                canon[other] = s
        return canon

    def finalize(self, entities: EntitySet, warn=None, source=None) -> dict[Ref, Ref]:
        """Resolve mentions into people, put the ``cg:Person`` records into ``entities``
        and rewrite every provisional reference; returns the provisional → final map."""
        canon = self._canonical_surnames()
        groups: dict[tuple[str, str, str], list[Mention]] = {}
        full = [m for m in self._mentions.values() if m.name.first_initial]
        bare = [m for m in self._mentions.values() if not m.name.first_initial]

        # 1. mentions with an initial, by (surname, initial, gender); hints only attach
        for m in sorted(full, key=lambda m: (m.hint, m.name.gender == "x", m.printed)):
            s, i, g = canon[m.name.surname], m.name.first_initial, m.name.gender
            if g == "x":
                gendered = [k for k in groups if k[0] == s and k[1] == i and k[2] != "x"]
                if len(gendered) == 1:
                    groups[gendered[0]].append(m)
                    continue
                if len(gendered) > 1:
                    self._warn(warn, m, "name printed without title matches people of both genders; kept apart")
            if m.hint and (s, i, g) not in groups:
                # a hint may give a title to an untitled listed person ("Mr Richard Smith")
                untitled = (s, i, "x")
                if g != "x" and untitled in groups and any(not x.hint for x in groups[untitled]):
                    groups[(s, i, g)] = groups.pop(untitled) + [m]
                    continue
                if m.name.forenames and is_plain_name(m.name) and (
                        m.name.title or any(b.name.title and canon[b.name.surname] == s for b in bare)):
                    # "Mr Roger Gough", "Dr Jeanelle de Gruchy": a titled full name is a person;
                    # so is "Mark Albiston noted ..." when "Mr Albiston" is printed too
                    m.hint = False
                    groups.setdefault((s, i, g), []).append(m)
                continue
            groups.setdefault((s, i, g), []).append(m)
        # ungendered groups formed before a gendered one appeared
        for key in [k for k in groups if k[2] == "x"]:
            gendered = [k for k in groups if k[0] == key[0] and k[1] == key[1] and k[2] != "x"]
            if len(gendered) == 1:
                groups[gendered[0]].extend(groups.pop(key))

        # 2. surname-only mentions
        for m in sorted(bare, key=lambda m: (m.hint, m.printed)):
            s, g = canon[m.name.surname], m.name.gender
            candidates = [k for k in groups if k[0] == s and genders_compatible(k[2], g)
                          and any(not x.hint for x in groups[k])]
            if len(candidates) > 1:
                members = [k for k in candidates if any(x.member for x in groups[k])]
                if len(members) >= 1:
                    candidates = members
                if len(candidates) > 1 and g != "x":
                    same = [k for k in candidates if k[2] == g]
                    candidates = same if len(same) == 1 else candidates
            if len(candidates) == 1:
                key = candidates[0]
                if key[2] == "x" and g != "x" and (key[0], key[1], g) not in groups:
                    # "Akua Agyepong" + "Ms Agyepong": the title gives the person's gender class
                    groups[(key[0], key[1], g)] = groups.pop(key)
                    key = (key[0], key[1], g)
                groups[key].append(m)
            elif not candidates and not m.hint:
                groups.setdefault((s, "", g), []).append(m)
            elif len(candidates) > 1 and not m.hint:
                self._warn(warn, m, f"ambiguous surname reference ({len(candidates)} people); not recorded")

        # untitled everywhere in this document: a common given name gives the gender class,
        # so that "Dan Watkins" here and "Mr Dan Watkins" elsewhere are one IRI
        for key in sorted(k for k in groups if k[2] == "x" and k[1]):
            forenames = {x.name.forenames[0] for x in groups[key] if x.name.forenames}
            genders = {forename_gender(f) for f in forenames}
            if len(genders) == 1 and (g := genders.pop()) != "x" and (key[0], key[1], g) not in groups:
                groups[(key[0], key[1], g)] = groups.pop(key)

        # 3. build the people and the ref map
        mapping: dict[Ref, Ref] = {}
        for (s, i, g), mentions in sorted(groups.items()):
            if all(x.hint for x in mentions):
                continue
            person = self._person(s, i, g, mentions, source)
            entities.put(person)
            for x in mentions:
                mapping[x.ref] = person.ref
        _rewrite(entities, mapping)
        for ref, facts in self._facts.items():
            target = mapping.get(ref)
            final = entities.get(target) if target else None
            if final is None:
                continue
            for prop, statements in facts.properties.items():
                for st in statements:
                    value = mapping.get(st.value) if is_provisional(st.value) else st.value
                    if value is not None:
                        final.add(prop, value, *st.evidence)
        return mapping

    def _warn(self, warn, m: Mention, message: str) -> None:
        line = m.evidence[0].start_line if m.evidence else 0
        text = f"{m.printed!r}: {message}"
        self.warnings.append(text)
        if warn is not None:
            warn(line, text)

    @staticmethod
    def _person(surname: str, initial: str, gender: str, mentions: list[Mention], source=None) -> Entity:
        person = Entity("Person", person_key(surname, initial, gender))
        best = max(mentions, key=lambda x: (x.name.richness(), x.name.surname == surname, not x.hint, x.count, x.printed))
        label = best.name.full if best.name.forenames else best.name.display
        label_ev = best.evidence[:1]
        if best.name.surname != surname and best.name.forenames and source is not None:
            # "Xan Broker" listed, "Xan Brooker" printed elsewhere: label with the usual spelling
            fixed = f"{' '.join(best.name.forenames)} {surname}"
            found = source.find(fixed)
            if found is not None:
                label, label_ev = fixed, [found]
        person.add("rdfs:label", label, *label_ev)
        for x in sorted(mentions, key=lambda x: x.printed):
            if x.printed != label:
                person.add("skos:altLabel", x.printed, *x.evidence[:3])
            if x.name.title:
                person.add("foaf:title", x.name.title, *x.evidence[:1])
            person.add_source(*x.evidence)
        return person


def _rewrite(entities: EntitySet, mapping: dict[Ref, Ref]) -> None:
    """Replace provisional person refs in every statement; drop statements whose
    person could not be resolved (a wrong person is worse than none)."""
    for e in entities:
        for prop, statements in list(e.properties.items()):
            kept: list[Statement] = []
            for st in statements:
                if is_provisional(st.value):
                    target = mapping.get(st.value)
                    if target is None:
                        continue
                    st = Statement(target, st.evidence, st.lang)
                for i, other in enumerate(kept):
                    if other.value == st.value and type(other.value) is type(st.value):
                        kept[i] = Statement(other.value, tuple(dict.fromkeys(other.evidence + st.evidence)), other.lang)
                        break
                else:
                    kept.append(st)
            if kept:
                e.properties[prop] = kept
            else:
                del e.properties[prop]


# ---------------------------------------------------------------------- posts


def post_key(council_key: tuple[str, ...], label: str) -> tuple[str, ...]:
    """Key of a post of a council: "Corporate Director, Adult Social Care" = "Corporate Director Adult
    Social Care" = "Corporate Director of Adult Social Care"."""
    text = re.sub(r"^(Interim|Acting)\s+", "", " ".join(label.split()), flags=re.IGNORECASE)
    text = re.sub(r"^((?:Corporate |Assistant |Deputy )?Director|Head),?\s+(?!of\b|for\b)", r"\1 of ", text, flags=re.IGNORECASE)
    return (*council_key, _slug(text))


def post_holding(entities: EntitySet, people: PeopleRegistry, council: Ref, person: Ref, label: str,
                 evidence: Evidence, as_of: date | None) -> Entity:
    """Record that ``person`` holds the post printed as ``label`` (as of ``as_of``).

    Creates the ``cg:Post`` (keyed by council and normalised label), a dated
    ``cg:PostHolding`` and the undated ``org:holds`` shortcut, all with ``evidence``.
    The holding's key uses the post and the provisional/final person key and date.
    """
    label = " ".join(label.split()).strip(" ,.;")
    post = Entity("Post", post_key(council.key, label))
    post.add("rdfs:label", label, evidence)
    post.add("org:postIn", council, evidence)
    post.add_source(evidence)
    entities.put(post)
    holding = Entity("PostHolding", (*post.key, _slug(" ".join(person.key[1:] if is_provisional(person) else person.key)),
                                     as_of.isoformat() if as_of else "undated"))
    holding.add("cg:post", post.ref, evidence)
    holding.add("cg:holder", person, evidence)
    holding.add("cg:asOf", as_of, evidence)
    holding.add_source(evidence)
    entities.put(holding)
    people.facts(person).add("org:holds", post.ref, evidence)
    return holding
