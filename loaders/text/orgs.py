"""Names of organisations: canonical form, aliases and kind.

* :func:`canonical_org_name` tidies a printed name (white space, markdown,
  possessives, a leading "the") and resolves known aliases, so "KMPT",
  "Kent and Medway Partnership Trust" and "Kent and Medway NHS and Social Care
  Partnership Trust" are one organisation.
* :class:`AliasTable` learns "Full Name (ABBR)" definitions from a document
  and merges them with a small seed table of well-known bodies.
* :func:`org_kind` types a name from its shape: "Company" (Ltd, Limited, plc,
  LLP, CIC), "NHSBody" (NHS, ICB, CCG, NHS trusts, hospitals), "PublicBody"
  (councils, government departments, police, fire and rescue, agencies),
  "Charity" (registered-charity shapes: Trust, Foundation, Society, Mind, Age UK
  ...), else None.
* :data:`KNOWN_BODIES` is a small gazetteer of bodies that work with adult
  social care in Kent and Medway and nationally (the local NHS trusts, national
  charities and care-technology companies) whose names do not say what they are
  ("Mencap", "Porchlight", "Careium"); :func:`find_known_bodies` finds them in a
  text (case-sensitive, whole words) and :func:`org_kind` types them.
* :func:`is_body_shape` accepts a few untyped name shapes that are bodies all
  the same ("Kent Housing Group", "Health Care Research Group").
* :func:`org_key` is the stable identity key (slug of the canonical name).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "canonical_org_name",
    "org_kind",
    "org_key",
    "AliasTable",
    "SEED_ALIASES",
    "KNOWN_BODIES",
    "looks_like_org_name",
    "find_known_bodies",
    "is_known_body_printed",
    "is_body_shape",
    "has_own_word",
    "COMMON_WORDS",
    "local_branch",
]

#: printed form (case-insensitive) → canonical name. Only unambiguous,
#: nationally or locally fixed names belong here; document-defined
#: abbreviations are learnt by :class:`AliasTable`.
SEED_ALIASES: dict[str, str] = {
    "kmpt": "Kent and Medway NHS and Social Care Partnership Trust",
    "kent and medway partnership trust": "Kent and Medway NHS and Social Care Partnership Trust",
    "kent & medway nhs and social care partnership trust": "Kent and Medway NHS and Social Care Partnership Trust",
    "dluhc": "Department for Levelling Up, Housing and Communities",
    "department of levelling up housing and communities": "Department for Levelling Up, Housing and Communities",
    "department of levelling up, housing and communities": "Department for Levelling Up, Housing and Communities",
    "department for levelling up housing and communities": "Department for Levelling Up, Housing and Communities",
    "dhsc": "Department of Health and Social Care",
    "dept. of health and social care": "Department of Health and Social Care",
    "department of health social care": "Department of Health and Social Care",
    "department of health & social care": "Department of Health and Social Care",
    "k&m ccg": "Kent and Medway Clinical Commissioning Group",
    "k & m ccg": "Kent and Medway Clinical Commissioning Group",
    "kent and medway ccg": "Kent and Medway Clinical Commissioning Group",
    "kent and medway icb": "NHS Kent and Medway Integrated Care Board",
    "kent and medway integrated care board": "NHS Kent and Medway Integrated Care Board",
    # the ICB's own name since 2022 ("NHS Kent and Medway (the Integrated Care Board)")
    "nhs kent and medway": "NHS Kent and Medway Integrated Care Board",
    "nhs kent & medway": "NHS Kent and Medway Integrated Care Board",
    "k&m icb": "NHS Kent and Medway Integrated Care Board",
    "lga": "Local Government Association",
    "nhs kent and medway clinical commissioning group": "Kent and Medway Clinical Commissioning Group",
    "office of national statistics": "Office for National Statistics",
    "ons": "Office for National Statistics",
    "kchft": "Kent Community Health NHS Foundation Trust",
    "kent community health foundation trust": "Kent Community Health NHS Foundation Trust",
    "kent community healthcare foundation trust": "Kent Community Health NHS Foundation Trust",
    "nhs kent community health foundation trust": "Kent Community Health NHS Foundation Trust",
    "cqc": "Care Quality Commission",
    # the NHS trusts of Kent and Medway, as papers print them
    "maidstone and tunbridge wells trust": "Maidstone and Tunbridge Wells NHS Trust",
    "maidstone & tunbridge wells trust": "Maidstone and Tunbridge Wells NHS Trust",
    "maidstone and tunbridge wells nhs trust": "Maidstone and Tunbridge Wells NHS Trust",
    "dartford and gravesham trust": "Dartford and Gravesham NHS Trust",
    "dartford & gravesham nhs trust": "Dartford and Gravesham NHS Trust",
    "medway foundation trust": "Medway NHS Foundation Trust",
    "medway nhs foundation trust": "Medway NHS Foundation Trust",
    "ekhuft": "East Kent Hospitals University NHS Foundation Trust",
    "east kent hospital university foundation trust": "East Kent Hospitals University NHS Foundation Trust",
    "east kent hospitals university foundation trust": "East Kent Hospitals University NHS Foundation Trust",
    "east kent hospitals university nhs foundation trust": "East Kent Hospitals University NHS Foundation Trust",
    "nhs east kent hospitals university foundation trust": "East Kent Hospitals University NHS Foundation Trust",
    "secamb": "South East Coast Ambulance Service NHS Foundation Trust",
    "south east coast ambulance service": "South East Coast Ambulance Service NHS Foundation Trust",
    "cgl": "Change Grow Live",
    "change, grow live": "Change Grow Live",
    "department of work & pensions": "Department for Work and Pensions",
    "department of work and pensions": "Department for Work and Pensions",
    "department for work & pensions": "Department for Work and Pensions",
    "dwp": "Department for Work and Pensions",
    "nrs": "NRS Healthcare",
    "adass": "Association of Directors of Adult Social Services",
    "scie": "Social Care Institute for Excellence",
    "nice": "National Institute for Health and Care Excellence",
    "ukhsa": "UK Health Security Agency",
    "phe": "Public Health England",
    "opcc": "Office of the Police and Crime Commissioner",
    "lgsco": "Local Government and Social Care Ombudsman",
    "mtw": "Maidstone and Tunbridge Wells NHS Trust",
    "mtw nhs trust": "Maidstone and Tunbridge Wells NHS Trust",
    "dgt": "Dartford and Gravesham NHS Trust",
    "office of police and crime commissioner": "Office of the Police and Crime Commissioner",
}

#: canonical name → (kind or None, printed forms). Names that do not say what
#: the body is, so shape rules cannot find them. Printed forms are matched
#: case-sensitively as whole words; a word that is also ordinary English
#: ("Mind", "Scope", "Sense", "Oasis") is deliberately left out.
KNOWN_BODIES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "Mencap": ("Charity", ("Mencap", "Royal Mencap Society")),
    "Porchlight": ("Charity", ("Porchlight",)),
    "Shaw Trust": ("Charity", ("Shaw Trust",)),
    "Change Grow Live": ("Charity", ("Change Grow Live", "Change, Grow Live", "Change Grow Live (CGL)")),
    "Turning Point": ("Charity", ("Turning Point",)),
    "Age UK": ("Charity", ("Age UK",)),
    "Carers UK": ("Charity", ("Carers UK",)),
    "Barnardo's": ("Charity", ("Barnardo's", "Barnardo’s", "Barnardos")),
    "Citizens Advice": ("Charity", ("Citizens Advice", "Citizens Advice Bureau")),
    "Rethink Mental Illness": ("Charity", ("Rethink Mental Illness",)),
    "British Red Cross": ("Charity", ("British Red Cross",)),
    "Salvation Army": ("Charity", ("Salvation Army",)),
    "Leonard Cheshire": ("Charity", ("Leonard Cheshire",)),
    "Macmillan Cancer Support": ("Charity", ("Macmillan Cancer Support",)),
    "Marie Curie": ("Charity", ("Marie Curie",)),
    "Samaritans": ("Charity", ("Samaritans",)),
    "Victim Support": ("Charity", ("Victim Support",)),
    "Alzheimer's Society": ("Charity", ("Alzheimer's Society", "Alzheimer’s Society", "Alzheimers Society")),
    "Healthwatch Kent": (None, ("Healthwatch Kent",)),
    "Crossroads Care Kent": ("Charity", ("Crossroads Care Kent",)),
    "Look Ahead Care and Support": ("Charity", ("Look Ahead Care and Support", "Look Ahead")),
    "Clarion Housing Group": (None, ("Clarion Housing Group", "Clarion")),
    "Imago Community": ("Charity", ("Imago Community",)),
    "Advocacy for All": ("Charity", ("Advocacy for All",)),
    "Careium": ("Company", ("Careium",)),
    # public buying organisations whose frameworks councils call off from, and national services
    "Crown Commercial Service": ("PublicBody", ("Crown Commercial Service",)),
    "Eastern Shires Purchasing Organisation": ("PublicBody", ("Eastern Shires Purchasing Organisation", "ESPO")),
    "YPO": ("PublicBody", ("YPO", "Yorkshire Purchasing Organisation")),
    "North East Procurement Organisation": ("PublicBody", ("North East Procurement Organisation", "NEPO")),
    "HM Prison and Probation Service": ("PublicBody", ("HM Prison and Probation Service", "HMPPS", "Her Majesty's Prison and Probation Service")),
    "Jobcentre Plus": ("PublicBody", ("Jobcentre Plus",)),
    "National Probation Service": ("PublicBody", ("National Probation Service",)),
    "Kent Police": ("PublicBody", ("Kent Police",)),
    "Medway Community Healthcare": ("Company", ("Medway Community Healthcare",)),
    "Tunstall Healthcare": ("Company", ("Tunstall Healthcare",)),
    "NRS Healthcare": ("Company", ("NRS Healthcare",)),
    "Medequip": ("Company", ("Medequip",)),
    "Millbrook Healthcare": ("Company", ("Millbrook Healthcare",)),
    "Skills for Care": ("Charity", ("Skills for Care",)),
    "Social Care Institute for Excellence": ("Charity", ("Social Care Institute for Excellence",)),
    "Think Local Act Personal": (None, ("Think Local Act Personal",)),
    "National Institute for Health and Care Excellence": ("PublicBody", ("National Institute for Health and Care Excellence",)),
    "Ofsted": ("PublicBody", ("Ofsted",)),
    "Homes England": ("PublicBody", ("Homes England",)),
    "Public Health England": ("PublicBody", ("Public Health England",)),
    "UK Health Security Agency": ("PublicBody", ("UK Health Security Agency",)),
    "Healthwatch England": (None, ("Healthwatch England",)),
    "Healthwatch Medway": (None, ("Healthwatch Medway",)),
    "Association of Directors of Adult Social Services": (None, ("Association of Directors of Adult Social Services",)),
    "Maidstone and Tunbridge Wells NHS Trust": ("NHSBody", ("Maidstone and Tunbridge Wells NHS Trust",)),
    "Dartford and Gravesham NHS Trust": ("NHSBody", ("Dartford and Gravesham NHS Trust",)),
    "Medway NHS Foundation Trust": ("NHSBody", ("Medway NHS Foundation Trust",)),
    "NHS Kent and Medway Integrated Care Board": ("NHSBody", ("NHS Kent and Medway", "NHS Kent & Medway")),
    "Invicta Law": ("Company", ("Invicta Law",)),
    "Social Work England": ("PublicBody", ("Social Work England",)),
    "Health Education England": ("PublicBody", ("Health Education England",)),
    "County Councils Network": (None, ("County Councils Network",)),
    "Carers Trust": ("Charity", ("Carers Trust",)),
    # the distributor of National Lottery good-cause money (a non-departmental public body)
    "National Lottery Community Fund": ("PublicBody", ("National Lottery Community Fund", "The National Lottery Community Fund")),
    "Involve Kent": ("Charity", ("Involve Kent",)),
    "Royal National Institute of Blind People": ("Charity", ("Royal National Institute of Blind People",)),
}

#: printed forms that begin other bodies' names ("NHS Kent and Medway Clinical Commissioning
#: Group" is not the ICB): found only where no capitalised word follows
_STANDALONE_ONLY = {"NHS Kent and Medway", "NHS Kent & Medway"}
_CAPITAL_FOLLOWS = re.compile(r"[ \t]+[A-Z]")
#: "Involve Kent Ltd" is the company's own name, read by its shape
_COMPANY_FOLLOWS = re.compile(r"[ \t]+(?:Ltd|Limited|CIC|LLP|PLC|plc)(?![\w])")

#: the capitalised word right before a gazetteer name, which makes it part of a longer name
_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w&'’-])([A-Z][\w'’-]*)[ \t]+$")
#: capitalised words that start a sentence or a phrase, not a name
_NOT_A_NAME_WORD = {
    "The", "A", "An", "And", "Or", "With", "By", "From", "To", "For", "Of", "In", "On", "At", "Both", "Including",
    "Contact", "Via", "Ask", "Also", "As", "Through", "Between", "Where", "When", "While", "Partners", "Partner",
    "Including", "Inc", "Provider", "Providers", "Organisation", "Organisations", "Members", "Member", "Our", "Their",
    "Its", "This", "That", "These", "Those", "Each", "All", "Following", "Under", "Within", "Without", "If", "But",
    "Dear", "Cc", "CC", "Mr", "Mrs", "Ms", "Dr", "Cllr", "Chair", "Chairman", "Appendix", "Table", "Page",
}
_KNOWN_PRINTED = re.compile(
    "(?=[" + re.escape("".join(sorted({p[0] for _, ps in KNOWN_BODIES.values() for p in ps}))) + "])"
    r"(?<![\w&'’-])(?:"
    + "|".join(re.escape(p) for p in sorted({p for _, ps in KNOWN_BODIES.values() for p in ps}, key=len, reverse=True))
    + r")(?![\w&-]|['’](?!s\b))"  # "Healthwatch Kent's volunteers"
)
_KNOWN_BY_PRINTED = {p.lower(): name for name, (_, ps) in KNOWN_BODIES.items() for p in ps}
_KNOWN_KIND = {name.lower(): kind for name, (kind, _) in KNOWN_BODIES.items()}

_COMPANY = re.compile(r"\b(?:Ltd|Limited|PLC|plc|LLP|L\.L\.P\.|CIC|C\.I\.C\.|Inc|Incorporated|Group Ltd|Co\.)\.?$|\bLtd\b|\bLimited\b|\bCIC\b", re.I)
_NHS = re.compile(
    r"\bNHS\b|\bFoundation Trust\b|\bCommunity Health\b|\bHealth(?:care)? (?:\w+ )?Trust\b|\bIntegrated Care Board\b|\bICB\b|\bClinical Commissioning Group\b|\bCCG\b|\bHospitals?\b|"
    r"\bNHS Foundation Trust\b|\bPartnership Trust\b|\bHealthcare Trust\b|\bAmbulance Service\b|\bHealth Authority\b",
    re.I,
)
_PUBLIC = re.compile(
    r"\b(?:County|Borough|District|City|Town|Parish|Metropolitan|Unitary)\s+Council\b|^\w[\w\s&'-]*\bCouncil$|"
    r"\bDepartment (?:of|for)\b|\bMinistry of\b|\bHome Office\b|\bCabinet Office\b|\bTreasury\b|\bPolice\b|"
    r"\bFire and Rescue\b|\bAgency\b|\bCommission\b|\bOmbudsman\b|\bLocal Government Association\b|"
    r"\bOffice for\b|\bOffice of\b|\bGovernment\b|\bCommissioner\b",
    re.I,
)
_CHARITY = re.compile(
    r"\bCharity\b|\bCharitable\b|\bFoundation\b|\bSociety\b|\bAssociation\b|\bTrust\b|\bMind\b|\bAge UK\b|\bCarers?\b|"
    r"\bUniversity\b|\bMencap\b|\bScope\b|\bBarnardo|\bSamaritans\b|\bRoyal National\b|\bAlliance\b|\bHospice\b|\bVoluntary\b|\bCommunity Action\b",
    re.I,
)

_ORG_WORDS = re.compile(
    r"\b(?:Ltd|Limited|plc|LLP|CIC|CCG|ICB|Trust|Foundation|Society|Association|Council|NHS|Board|Group|Department|Ministry|"
    r"Agency|Commission|Police|Fire and Rescue|University|College|Partnership|Alliance|Charity|Hospice|Mind|Care|Centre|"
    r"Services|Service|Company|Network|Forum|Institute|Authority|Office|Kent|Age UK|Mencap)\b"
)


_MARKUP = re.compile(r"[*_`]+")
_SPACES = re.compile(r"\s+")
_CAPITAL_THE = re.compile(r"^The\s+[A-Z]")
_LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
_POSSESSIVE_END = re.compile(r"'s$")
_NHS_FT_END = re.compile(r"\bNHS FT$")


@lru_cache(maxsize=16384)
def _clean(name: str) -> str:
    """A printed name tidied (pure, so cached: the same names are tidied again and again)."""
    name = unicodedata.normalize("NFKC", name)
    name = _MARKUP.sub("", name)
    name = name.replace("’", "'")
    name = _SPACES.sub(" ", name).strip(" ,;:.-–—'\"()")
    # "the" is not part of a name ("the Shaw Trust"), unless printed "The" before a name that
    # does not say what kind of body it is ("The Advocacy People")
    if not (_CAPITAL_THE.match(name) and not _ORG_WORDS.search(name[4:]) and len(name.split()) >= 3):
        name = _LEADING_THE.sub("", name)
    name = _POSSESSIVE_END.sub("", name)
    name = _NHS_FT_END.sub("NHS Foundation Trust", name)  # "East Kent Hospitals University NHS FT"
    return name


class AliasTable:
    """Aliases known for one document (seed table + "Full Name (ABBR)" definitions)."""

    _DEFINITION = re.compile(
        r"(?P<full>(?:[A-Z][\w&'’.-]*|and|of|for|the|in|on)(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for|the|in|on|&)){1,12})\s+\((?P<abbr>[A-Z][A-Za-z&]{1,8}(?:\s?[A-Z&]{1,6})?)\)"
    )

    def __init__(self) -> None:
        self._table: dict[str, str] = dict(SEED_ALIASES)

    def learn(self, text: str) -> list[tuple[str, str]]:
        """Learn "Full Name (ABBR)" pairs from ``text``; returns the pairs learnt.

        The abbreviation must match the initials of the full name's capitalised
        words (so "Live Well Kent (LWK)" is learnt, "Kent (2019)" is not).
        """
        learnt = []
        for m in _definitions(self._DEFINITION, text or ""):
            full, abbr = m.group("full"), m.group("abbr")
            full = re.sub(r"^(?:(?:and|of|for|the|in|on)\s+)+", "", full)
            # cut the full name back to the words the initials cover
            words = full.split()
            letters = re.sub(r"[^A-Z]", "", abbr.upper())
            best = None
            for i in range(len(words)):
                cand = words[i:]
                initials = "".join(w[0].upper() for w in cand if w[0].isupper() or w == "&")
                if initials.replace("&", "") == letters and cand[0][0].isupper():
                    best = " ".join(cand)
                    break
            if best is None:
                continue
            key = abbr.lower()
            canonical = self.resolve(best)
            if key not in self._table:
                self._table[key] = canonical
                learnt.append((abbr, canonical))
        return learnt

    _NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for|&)){0,8}"
    #: "Acme Advocacy Partnership, which changed its name to Acme Advocacy Ltd", "Acme Advocacy Ltd
    #: (formerly Acme Advocacy Partnership Ltd)": one body under its new name
    _RENAMED = [
        re.compile(r"(?P<old>" + _NAME + r"),?\s+which\s+(?:has\s+)?changed\s+its\s+name\s+to\s+(?P<new>" + _NAME + r")"),
        re.compile(r"(?P<new>" + _NAME + r")\s+\((?:formerly|previously)\s+(?:known\s+as\s+)?(?P<old>" + _NAME + r")\)"),
        re.compile(r"\(formerly\s+(?:known\s+as\s+)?(?P<old>" + _NAME + r")\)"),
    ]

    def learn_renamings(self, text: str) -> list[tuple[str, str]]:
        """Learn a body's former names from ``text`` ("X, which changed its name to Y";
        "Y (formerly X)"; "(formerly X)" after a sentence that renamed the body to Y): the
        former name resolves to the new one. Only names that say they are companies or
        charities (a renamed council or NHS body is a different body)."""
        learnt = []
        text = text or ""
        matches = []
        if "changed its name" in text:
            matches.extend(self._RENAMED[0].finditer(text))
        for said in re.finditer(r"\((?:formerly|previously)\s", text):
            # (a name before "(formerly": looked for in the 150 characters before, not over the whole text)
            lo = max(0, said.start() - 150)
            for p in self._RENAMED[1:]:
                m = next((m for m in p.finditer(text, lo, said.end() + 150) if m.end() > said.start()), None)
                if m is not None:
                    matches.append(m)
                    break
        last_new, last_end = None, -1
        for m in sorted(matches, key=lambda m: m.start()):
            groups = m.groupdict()
            # a bare "(formerly X)" follows the sentence that renamed the body, or names no one
            new = groups.get("new") or (last_new if 0 <= m.start() - last_end < 120 else None)
            old = groups["old"]
            if not new:
                continue
            new = self.resolve(re.sub(r"\s+(?:in|on|from|at)$", "", new))
            old = _clean(old)
            if org_kind(new) not in ("Company", "Charity") or old.lower() == new.lower():
                continue
            if groups.get("new") and m.re is self._RENAMED[0]:
                last_new, last_end = new, m.end()
            forms = {old}
            if _COMPANY.search(new) and not _COMPANY.search(old):
                forms |= {old + " Ltd", old + " Limited"}  # "Acme Advocacy Partnership" was "... Ltd" too
            for form in forms:
                if form.lower() not in self._table:
                    self._table[form.lower()] = new
                    learnt.append((form, new))
        return learnt

    def resolve(self, name: str) -> str:
        """The canonical form of ``name`` (alias resolved, tidied)."""
        clean = _clean(name)
        known = _KNOWN_BY_PRINTED.get(clean.lower())
        return self._table.get(clean.lower(), known or clean)

    def aliases_of(self, canonical: str) -> list[str]:
        return [k for k, v in self._table.items() if v == canonical]


_DEFAULT = AliasTable()

#: the end of every match of ``AliasTable._DEFINITION``: white space, then an abbreviation in brackets
_ABBREVIATION_IN_BRACKETS = re.compile(r"\s\((?:[A-Z][A-Za-z&]{1,8}(?:\s?[A-Z&]{1,6})?)\)")
#: a definition's full name is at most 13 words, so at most 13 runs of white space lie between
#: its start and its bracket
_DEFINITION_RUNS = 13


def _definitions(pattern: re.Pattern[str], text: str):
    """The matches of ``pattern`` (``AliasTable._DEFINITION``) in ``text``, as ``finditer``
    finds them, but searched for only just before the brackets that can end one.

    A match ends at the first "(" after its start (no word of a name holds a bracket) and
    spans at most ``_DEFINITION_RUNS`` runs of white space, so for each bracket the search
    starts after the previous "(" and after the run of white space one further back."""
    pos = 0
    for bracket in _ABBREVIATION_IN_BRACKETS.finditer(text):
        opening = bracket.start() + 1
        floor = max(pos, text.rfind("(", 0, opening) + 1)
        m = pattern.search(text, _after_runs(text, opening, floor, _DEFINITION_RUNS + 1), bracket.end())
        if m is not None:
            yield m
            pos = m.end()


def _after_runs(text: str, end: int, floor: int, runs: int) -> int:
    """The index just after the ``runs``-th run of white space counted back from ``end``
    (not before ``floor``; ``floor`` if there are fewer runs)."""
    i = end
    while i > floor:
        if text[i - 1].isspace():
            runs -= 1
            if runs == 0:
                return i
            while i > floor and text[i - 1].isspace():
                i -= 1
        else:
            i -= 1
    return floor


def canonical_org_name(name: str, aliases: AliasTable | None = None) -> str:
    """Tidy ``name`` and resolve it through ``aliases`` (default: the seed table)."""
    return (aliases or _DEFAULT).resolve(name)


@lru_cache(maxsize=16384)
def org_kind(name: str) -> str | None:
    """The cg: class local name for the kind of body ``name`` denotes, or None (pure - the
    seed alias table is never changed - so remembered: the same names are asked again and again)."""
    n = canonical_org_name(name)
    if n.lower() in _KNOWN_KIND:
        return _KNOWN_KIND[n.lower()]
    if _COMPANY.search(n):
        return "Company"
    if _NHS.search(n):
        return "NHSBody"
    if _PUBLIC.search(n):
        return "PublicBody"
    if _CHARITY.search(n):
        return "Charity"
    return None


@lru_cache(maxsize=16384)
def org_key(name: str) -> tuple[str]:
    """Identity key: the slug of the canonical name (pure, so remembered)."""
    canonical = canonical_org_name(name)
    ascii_name = unicodedata.normalize("NFKD", canonical).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower().replace("&", " and ")).strip("-")
    if not slug:
        raise ValueError(f"cannot key organisation name {name!r}")
    return (slug,)


@lru_cache(maxsize=16384)
def looks_like_org_name(name: str) -> bool:
    """A cheap shape check: capitalised words with an organisation-like word (pure, remembered)."""
    n = _clean(name)
    if len(n) < 3 or len(n) > 120 or not n[0].isupper():
        return False
    return bool(_ORG_WORDS.search(n) or re.fullmatch(r"[A-Z]{2,6}", n))


_PRINTED_FORMS = frozenset(p for _, ps in KNOWN_BODIES.values() for p in ps)


def is_known_body_printed(text: str) -> bool:
    """Is ``text``, whole, a gazetteer body as printed ("Healthwatch Kent")? The same as
    :func:`find_known_bodies` reading one body from its first to its last character."""
    return text in _PRINTED_FORMS


def find_known_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, printed, canonical) for each gazetteer body named in ``text`` (a new list
    each call; the reading itself is remembered: every line is asked about several times)."""
    return list(_known_bodies_in(text or ""))


@lru_cache(maxsize=8192)
def _known_bodies_in(text: str) -> tuple[tuple[int, int, str, str], ...]:
    out = []
    for m in _KNOWN_PRINTED.finditer(text):
        if (m.group(0) in _STANDALONE_ONLY and _CAPITAL_FOLLOWS.match(text, m.end())) or _COMPANY_FOLLOWS.match(text, m.end()):
            continue
        before = _CAPITAL_BEFORE.search(text, 0, m.start())
        if before and before.group(1) not in _NOT_A_NAME_WORD:
            continue  # "Weald and Downs Carers Trust" is a body of its own, not the Carers Trust
        out.append((m.start(), m.end(), m.group(0), _KNOWN_BY_PRINTED[m.group(0).lower()]))
    return tuple(out)


#: words before "Group" that make it a body ("Kent Housing Group"), not a
#: meeting of people ("Steering Group", "Focus Group", "Tactical Groups")
_BODY_GROUP = re.compile(
    r"^(?:[A-Z][\w&'’-]*\s+){0,4}(?:Housing|Research|Healthcare|Homes|Hospitals?|Medical)\s+Group$"
)


#: community and research bodies named by what they are ("Sheppey Men's Shed", "Faversham Good
#: Neighbours", "Medway Carers' Centre", "West Kent Health and Care Partnership", "Personal Social
#: Services Research Unit", "Kent Surrey Sussex Academic Health Science Network")
_BODY_TAIL = re.compile(
    r"^(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){1,6}(?:Men['’]s\s+Sheds?|Good\s+Neighbours|Carers['’]?\s+Centre|"
    r"Health\s+and\s+Care\s+Partnership|Research\s+Unit|(?:Academic\s+)?Health\s+Science\s+Network|(?:Homes|Housing)\s+Partnership)$"
)


#: national bodies whose local branches are bodies of their own, named after their area
#: ("Age UK Kent", "Citizens Advice in North and West Kent", "Mencap Kent Family Forum")
_HAS_LOCAL_BRANCHES = {"Age UK", "Mencap", "Citizens Advice", "Samaritans", "Crossroads Care"}
#: the words of a Kent or Medway area's name, and of what a branch calls itself
_AREA_WORDS = {
    "Kent", "Medway", "Thanet", "Swale", "Sheppey", "Dover", "Deal", "Canterbury", "Ashford", "Maidstone",
    "Tonbridge", "Malling", "Tunbridge", "Wells", "Sevenoaks", "Dartford", "Gravesham", "Gravesend", "Folkestone",
    "Hythe", "Romney", "Marsh", "Faversham", "Whitstable", "Herne", "Bay", "Margate", "Ramsgate", "Broadstairs",
    "Sittingbourne", "Swanley", "Edenbridge", "Cranbrook", "Tenterden", "Chatham", "Gillingham", "Rochester",
    "Strood", "Weald", "Sandwich", "North", "South", "East", "West", "Mid", "Central", "Coast",
}
_BRANCH_WORDS = {"Family", "Forum", "Branch", "Network", "Group"}
_LOCAL_BRANCH = re.compile(
    r"(?P<more>[ \t]+(?:in[ \t]+)?[A-Z][\w'’-]*(?:(?:[ \t]+(?:and|&))?[ \t]+[A-Z][\w'’-]*){0,5})(?![\w'’-])"
)


_PLACE_AFTER = re.compile(
    r"[ \t]+(?P<place>[A-Z][\w'’-]*(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*|[ \t]+[A-Z][\w'’-]*)?)(?![\w'’-])(?![ \t]+[A-Z&])"
)
_AND_A_NAME = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")
_DIRECTIONS = {"North", "South", "East", "West", "Mid", "Central", "Coast"}


def place_after(text: str, end: int) -> str | None:
    """The Kent or Medway place printed right after a name that ends at ``text[end]``, when
    the place ends the name ("Dementia Action Alliance Kent,", "... Alliance Swale and
    Sheppey" at a line end), or None (no place, or more capitalised words follow)."""
    m = _PLACE_AFTER.match(text, end)
    if m is None or _AND_A_NAME.match(text, m.end()):
        return None  # "... Forum Thanet and Medway Council": the place may begin the next name
    words = [w for w in m.group("place").split() if w not in ("and", "&")]
    if not all(w in _AREA_WORDS for w in words) or all(w in _DIRECTIONS for w in words):
        return None
    return m.group("place")


def local_branch(text: str, start: int, end: int, canonical: str) -> str | None:
    """The local body a national name printed at ``text[start:end]`` begins ("Age UK" in
    "Age UK Kent and the ..." → "Age UK Kent"), or None. The words after the name must name a
    Kent or Medway area (and may end with "Family Forum", "Branch" ...)."""
    if canonical not in _HAS_LOCAL_BRANCHES:
        return None
    m = _LOCAL_BRANCH.match(text, end)
    if m is None:
        return None
    words = [w for w in m.group("more").split() if w not in ("in", "and", "&")]
    # the longest run of area words, then branch words ("Kent Family Forum")
    keep = 0
    while keep < len(words) and words[keep] in _AREA_WORDS:
        keep += 1
    if keep == 0 or not any(w in _AREA_WORDS - {"North", "South", "East", "West", "Mid", "Central", "Coast"} for w in words[:keep]):
        return None
    while keep < len(words) and words[keep] in _BRANCH_WORDS:
        keep += 1
    # cut the printed text after the kept words
    printed = text[start:end]
    rest = m.group("more")
    count = 0
    for wm in re.finditer(r"\S+", rest):
        if wm.group(0) in ("in", "and", "&"):
            continue
        count += 1
        if count == keep:
            return printed + rest[: wm.end()]
    return None


#: voluntary and community groups named by what they are, after a name of their own ("Upfield
#: Friendship Circle", "Larkford MS Support Group", "Kent Advocacy Voices", "Brayminster Self
#: Advocates", "Swale Carers' Forum"): bodies only when a word of the name is not a common
#: word ("Peer Support Group", "Carers' Forum" name nothing)
_COMMUNITY_TAIL = re.compile(
    r"^(?P<head>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){1,5})(?:Friendship\s+Circle|Circle|Support\s+Group|"
    r"Voices|Connectors|Self\s+Advocates|Carers['’]?\s+(?:Forum|Network))$"
)
#: words any list of people, services or groups is made of: a name of these words alone names nothing
COMMON_WORDS = frozenset({
    "people", "people's", "peoples", "person", "persons", "carers", "carers'", "carer", "users", "users'", "user",
    "service", "services", "older", "young", "younger", "adult", "adults", "children", "children's", "families",
    "family", "parent", "parents", "staff", "providers", "provider", "members", "residents", "group", "groups",
    "team", "teams", "partners", "partner", "sector", "voluntary", "community", "communities", "health", "social",
    "care", "mental", "learning", "disability", "disabilities", "disabled", "physical", "sensory", "local",
    "district", "borough", "county", "council", "councils", "nhs", "public", "housing", "organisations", "forum",
    "network", "partnership", "advocacy", "support", "experts", "experience", "voice", "voices", "club", "circle",
    "together", "association", "alliance", "society", "trust", "centre", "project", "hub", "action", "friends",
    "home", "homes", "day", "lunch", "peer", "self", "advocates", "provider's", "user-led", "led", "independent",
    "living", "wellbeing", "network's", "forum's", "primary", "secondary", "national", "regional", "area",
    "east", "west", "north", "south", "central", "new", "the", "all", "other", "various", "including",
    "friendship", "connectors", "dementia", "autism", "stroke", "cancer", "memory", "bereavement", "our", "your",
    "my", "their", "this", "that", "these", "those", "each", "every", "any", "some", "a", "an", "and", "of", "&",
})


def has_own_word(words: list[str]) -> bool:
    """Has a name a word of its own (a place, a coined word), not only common words?"""
    return any(w.lower().replace("’", "'") not in COMMON_WORDS for w in words)


def is_known_body(name: str) -> bool:
    """Is ``name`` (canonical) a body of the gazetteer?"""
    return _clean(name).lower() in _KNOWN_KIND


@lru_cache(maxsize=16384)
def is_body_shape(name: str) -> bool:
    """Is ``name`` an organisation by its shape although its kind is unknown? (Pure, remembered.)"""
    n = _clean(name)
    community = _COMMUNITY_TAIL.match(n)
    if community and has_own_word(community.group("head").split()):
        return True
    return bool(_BODY_GROUP.match(n) or _BODY_TAIL.match(n)) or n.lower() in _KNOWN_KIND
