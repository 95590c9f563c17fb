"""Person names as printed in committee papers.

Two jobs, both pure functions on strings (no document, no evidence):

* :func:`parse_name` reads one printed name ("Mr R G Streatfeild, MBE",
  "Mrs Clair Bell", "Xan Brooker", "Ms Meade") into a :class:`PersonName`
  (title, forenames, initials, surname, honours) or returns ``None`` when the
  text is not a person's name ("MBE", "Conservative Vacancy", "Mr X", "Peter").
* :func:`split_name_list` cuts a printed list ("Mr A (Chairman), Mrs B, MBE,
  Mr C and Ms D") into :class:`ListedName` items, keeping the parenthesised
  role of each ("(Chairman)", "(Corporate Director of ...)") and never
  splitting inside parentheses; an honour after a comma stays with its name.

:func:`gender_class` maps a title to ``"m"``, ``"f"`` or ``"x"`` (unknown):
it is how "Mr J Meade" and "Ms J Meade" are told apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "HONOURS",
    "TITLES",
    "ListedName",
    "PersonName",
    "forename_gender",
    "gender_class",
    "genders_compatible",
    "is_plain_name",
    "looks_like_role",
    "parse_name",
    "split_name_list",
]

#: honorifics, as printed, to their canonical spelling
TITLES: dict[str, str] = {
    "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx", "dr": "Dr",
    "cllr": "Cllr", "councillor": "Cllr", "sir": "Sir", "dame": "Dame", "lord": "Lord",
    "lady": "Lady", "prof": "Prof", "professor": "Prof", "rev": "Rev", "revd": "Rev",
}
_MALE = {"Mr", "Sir", "Lord"}
_FEMALE = {"Mrs", "Ms", "Miss", "Dame", "Lady"}

#: post-nominal letters: never a person, they belong to the name before them
HONOURS = frozenset({
    "MBE", "OBE", "CBE", "KBE", "DBE", "BEM", "JP", "DL", "QC", "KC", "MP", "MEP",
    "FRCP", "FRCS", "PHD", "MA", "BA", "MSC", "BSC", "CC", "QPM", "RN",
})

#: lower-case surname particles ("Jeanelle de Gruchy", "van der Berg")
_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "st", "st.", "del", "dos", "bin", "al"}

#: words that are never part of a person's name (roles, places, groups, fillers)
_NOT_NAME_WORDS = {
    "the", "a", "an", "of", "for", "and", "to", "in", "on", "with", "by", "at", "from",
    "council", "county", "committee", "cabinet", "member", "members", "vacancy", "chairman",
    "chair", "vice-chairman", "chairwoman", "officer", "officers", "director", "head",
    "manager", "commissioner", "services", "service", "team", "kent", "group", "party",
    "conservative", "labour", "liberal", "democrat", "green", "independent", "reform",
    "nhs", "trust", "board", "partnership", "health", "care", "social", "adult", "adults",
    "leader", "deputy", "corporate", "strategic", "senior", "interim", "assistant", "lead",
    "programme", "project", "partner", "finance", "business", "democratic", "general",
    "counsel", "chief", "executive", "minutes", "item", "items", "apologies", "present",
    "substitute", "substitutes", "meeting", "page", "pages", "agenda", "report", "it", "was",
    "were", "mental", "public", "policy", "support", "clerk", "secretary", "adviser", "advisor",
    "consultant", "analyst", "coordinator", "co-ordinator", "specialist", "principal",
    "representative", "governor", "speaker", "mayor", "portfolio", "outcome", "unit",
    "delivery", "operations", "research", "scrutiny", "engagement", "stakeholder", "sensory",
    "disabilities", "commissioning", "integrated", "performance", "digital", "quality",
    "customer", "customers", "experience", "complaints", "relationship", "relationships", "relations",
    "communications", "partnerships", "safeguarding", "strategy", "planning", "housing", "education",
    "children", "families", "learning", "disability", "system", "systems", "data", "legal", "audit",
    "risk", "resources", "property", "infrastructure", "transport", "environment", "economy", "growth",
    "development", "improvement", "transformation", "procurement", "contracts", "income", "payroll",
    "governance", "assurance", "compliance", "information", "technology", "advocacy", "wellbeing",
    "madam", "chairperson", "vice-chair", "president",
}

#: words never a surname even after a title or forename ("Mrs Vacancy", "Kent Council")
_NEVER_SURNAME = {
    "the", "a", "an", "of", "for", "and", "to", "in", "on", "with", "by", "at", "from", "council",
    "county", "committee", "cabinet", "member", "members", "vacancy", "services", "service", "team",
    "group", "party", "trust", "board", "nhs", "meeting", "minutes", "item", "items", "agenda", "report",
    "page", "pages", "apologies", "present", "substitute", "substitutes", "chairman", "director",
    "officer", "officers", "manager", "commissioner", "it", "was", "were", "kent", "unit", "programme",
    # forms of address, not surnames ("Madam Chair", "Mr Chair", "Mr Speaker", "Mr Mayor")
    "chair", "chairwoman", "chairperson", "vice-chair", "speaker", "mayor", "president", "madam",
    # words of a recorded vote printed in columns ("Mr Holt" / "Against (1)")
    "against", "abstain", "abstained", "abstention", "abstentions", "resolved",
}

#: words that make a comma-separated segment a role rather than a name
_ROLE_WORDS = {
    "commissioner", "director", "officer", "manager", "lead", "head", "adviser", "advisor",
    "partner", "member", "leader", "counsel", "assistant", "chief", "executive", "programme",
    "project", "team", "service", "services", "consultant", "analyst", "coordinator",
    "co-ordinator", "specialist", "principal", "representative", "chairman", "chair",
    "vice-chairman", "secretary", "clerk", "cabinet", "council", "nhs", "portfolio",
    "strategic", "senior", "interim", "deputy", "corporate", "democratic", "business",
    "finance", "commissioning", "health", "care", "social", "research", "policy",
    "engagement", "delivery", "operations", "unit", "board", "trust", "practitioner",
    "worker", "nurse", "doctor", "surgeon", "engineer", "accountant",
}

_TOKEN = re.compile(r"[^\s]+")
_WRAPPED_HYPHEN = re.compile(r"(?<=[a-z])-\s+(?=[A-Z][a-z])")
_INITIALS_GLUED = re.compile(r"^(?:[A-Z]\.){1,4}$|^[A-Z]{1,3}$")


def gender_class(title: str | None) -> str:
    """"m" for Mr/Sir/Lord, "f" for Mrs/Ms/Miss/Dame/Lady, "x" otherwise (Dr, Cllr, none)."""
    if title in _MALE:
        return "m"
    if title in _FEMALE:
        return "f"
    return "x"


# Common UK given names whose gender class is near-certain, used ONLY to give an untitled
# person the same identity key in every document (the title, where printed, always wins;
# names used by either sex - Chris, Sam, Jo, Alex, Jamie, Robin ... - are left out).
_MALE_NAMES = frozenset({
    "adam", "adrian", "alan", "alastair", "alexander", "alistair", "andrew", "andy", "anthony",
    "antony", "barry", "ben", "benjamin", "bernard", "bill", "brian", "bruce", "carl", "charles",
    "charlie", "christopher", "clive", "colin", "craig", "dan", "daniel", "darren", "david", "dean",
    "derek", "dirk", "dominic", "donald", "douglas", "duncan", "edward", "eric", "frank", "gary",
    "gavin", "geoffrey", "george", "gordon", "graham", "greg", "gregory", "harry", "henry", "ian",
    "jack", "jake", "james", "jason", "jeff", "jeffrey", "jeremy", "jim", "jimmy", "joe", "john",
    "jonathan", "joseph", "julian", "keith", "kenneth", "kevin", "lee", "leon", "liam", "luke",
    "malcolm", "mark", "martin", "matt", "matthew", "michael", "mike", "neil", "nicholas", "nick",
    "nigel", "oliver", "patrick", "paul", "peter", "philip", "phil", "richard", "rob", "robert",
    "roger", "ross", "roy", "russell", "ryan", "scott", "sean", "simon", "stephen", "steve",
    "steven", "stuart", "thomas", "tim", "timothy", "tom", "tony", "trevor", "victor", "vincent",
    "wayne", "william",
})
_FEMALE_NAMES = frozenset({
    "abigail", "akua", "alice", "alison", "amanda", "amy", "andrea", "angela", "ann", "anna",
    "anne", "annette", "barbara", "beryl", "carol", "caroline", "catherine", "cath", "cathy",
    "charlotte", "christine", "claire", "clair", "clare", "deborah", "debra", "denise", "diane",
    "donna", "dorothy", "eleanor", "elizabeth", "emily", "emma", "fiona", "gemma", "gillian",
    "hannah", "hayley", "heather", "helen", "helena", "irene", "jacqueline", "jane", "janet",
    "janice", "jennifer", "jenni", "jenny", "jessica", "joan", "joanne", "judith", "julia", "julie",
    "karen", "kate", "katherine", "kathryn", "katy", "kelly", "laura", "lesley", "linda", "lisa",
    "lorraine", "louise", "lucy", "lynn", "margaret", "maria", "marie", "maureen", "mel", "melanie",
    "michelle", "nicola", "nicole", "pamela", "pascale", "patricia", "paula", "penny", "rachael",
    "rachel", "rebecca", "ruth", "samantha", "sandra", "sarah", "sharon", "shirley", "sophie",
    "stephanie", "sue", "susan", "tracey", "tracy", "valerie", "vanessa", "victoria", "wendy",
    "yvonne",
})


def forename_gender(forename: str | None) -> str:
    """"m"/"f" for a common given name whose gender class is near-certain, else "x"."""
    if not forename:
        return "x"
    key = forename.lower()
    return "m" if key in _MALE_NAMES else "f" if key in _FEMALE_NAMES else "x"


def genders_compatible(a: str, b: str) -> bool:
    """Two gender classes can be the same person unless one is "m" and the other "f"."""
    return a == b or "x" in (a, b)


@dataclass(frozen=True)
class PersonName:
    """A parsed person name; ``printed`` is the text it was read from (white space normalised)."""

    printed: str
    surname: str
    title: str | None = None
    forenames: tuple[str, ...] = ()
    initials: str = ""  #: initials of all given names, e.g. "RG" for "Mr R G Streatfeild"
    honours: tuple[str, ...] = ()

    @property
    def gender(self) -> str:
        return gender_class(self.title)

    @property
    def first_initial(self) -> str:
        """Initial of the first given name ("" when only the surname is printed)."""
        return self.initials[:1]

    @property
    def has_given_name(self) -> bool:
        return bool(self.initials)

    @property
    def full(self) -> str:
        """The name without title and honours: "Clair Bell", "A M Ridgers"."""
        given = " ".join(self.forenames) if self.forenames else " ".join(self.initials)
        return f"{given} {self.surname}".strip()

    @property
    def display(self) -> str:
        """The name without honours, with title when printed: "Mr R G Streatfeild"."""
        return f"{self.title} {self.full}" if self.title else self.full

    def richness(self) -> tuple[int, int, int]:
        """Sort key: a fuller form sorts higher (forenames, then initials, then title)."""
        return (len(self.forenames), len(self.initials), 1 if self.title else 0)


def _is_name_word(tok: str, stop: set[str] | frozenset[str] = frozenset()) -> bool:
    if tok.lower() in (stop or _NOT_NAME_WORDS):
        return False
    # Capitalised word, allowing hyphens and apostrophes (Parfitt-Reid, O'Brien, McKenzie)
    return bool(re.fullmatch(r"[A-Z][a-zA-Z'’]*(?:-[A-Z][a-zA-Z'’]*)*", tok)) and any(c.islower() for c in tok)


def is_plain_name(name: PersonName) -> bool:
    """True when no word of the name is also a role / organisation word ("Mr Smith
    Corporate" is not plain): the test for names read from running text."""
    words = list(name.forenames) + name.surname.split()
    return all(w.lower() not in _NOT_NAME_WORDS for w in words)


def _strip_honours(tokens: list[str]) -> tuple[list[str], tuple[str, ...]]:
    honours: list[str] = []
    while tokens and tokens[-1].strip(",.").upper() in HONOURS and tokens[-1].strip(",.").isupper():
        honours.insert(0, tokens.pop().strip(",."))
    return tokens, tuple(honours)


#: titles that never stand inside one person's name (a surname may be "Lord")
_TITLE_INSIDE = {"mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "prof", "professor", "rev", "revd"}


@lru_cache(maxsize=16384)
def parse_name(text: str) -> PersonName | None:
    """Parse one printed person name, or ``None`` when it is not one (pure, and the result
    is immutable, so remembered: the same names are parsed by many readers).

    Accepted shapes: ``[Title] [Initials|Forenames]* Surname [, HONOURS]``.
    A bare single word is only a name with a title ("Mr Shonk"); a title
    with a one-letter surname ("Mr X") is an anonymised person, not a name.
    """
    if not text:
        return None
    printed = " ".join(text.replace("\u00a0", " ").split()).strip(" ,.;:*")
    # a double-barrelled surname wrapped after its hyphen: "Fenwick-" / "Dale"
    printed = _WRAPPED_HYPHEN.sub("-", printed)
    if not printed or len(printed) > 60:
        return None
    tokens = [t.strip(",") for t in _TOKEN.findall(printed)]
    tokens = [t for t in tokens if t]
    title = None
    if tokens and tokens[0].rstrip(".").lower() in TITLES:
        title = TITLES[tokens[0].rstrip(".").lower()]
        tokens = tokens[1:]
    tokens, honours = _strip_honours(tokens)
    if not tokens or len(tokens) > 6:
        return None
    if any(t.rstrip(".").lower() in _TITLE_INSIDE for t in tokens[:-1]):
        return None  # "Mr Lambourne-Wright Dr Pashley": two people run together, not one name
    # surname: last token, plus preceding lower-case particles ("de Gruchy")
    surname_tokens = [tokens.pop()]
    while tokens and tokens[-1].lower() in _PARTICLES and len(tokens) >= 1:
        surname_tokens.insert(0, tokens.pop())
    surname = " ".join(surname_tokens)
    core = surname_tokens[-1]
    # a surname that is also a common word ("Cath Head", "Mr A Green") needs a title or a
    # forename that is itself a name word
    lenient = bool(title) or bool(tokens) and all(_is_name_word(t) or _INITIALS_GLUED.match(t) for t in tokens)
    if not _is_name_word(core, _NEVER_SURNAME if lenient else _NOT_NAME_WORDS) or len(core) < 2:
        return None
    forenames: list[str] = []
    initials = ""
    for tok in tokens:
        bare = tok.replace(".", "")
        if _INITIALS_GLUED.match(tok) and bare.isupper() and bare.isalpha():
            if forenames:  # "Clair B Bell" - a middle initial after a forename
                initials += bare
                continue
            initials += bare
        elif _is_name_word(tok):
            if initials and not forenames:
                return None  # "A Clair Bell": initials before a forename - not a shape we trust
            forenames.append(tok)
            initials += tok[0]
        else:
            return None
    if not title and not forenames:
        # "Bell" or "C Bell" alone: too little to be sure it is a person
        return None
    return PersonName(printed=" ".join(_TOKEN.findall(printed)), surname=surname, title=title,
                      forenames=tuple(forenames), initials=initials, honours=honours)


@dataclass(frozen=True)
class ListedName:
    """One item of a printed list: the name text, the parenthesised note after it, and
    the item's character span in the list text (``start``..``end``, end exclusive)."""

    text: str
    note: str | None
    start: int
    end: int
    name: PersonName | None = field(default=None, compare=False)

    @property
    def printed(self) -> str:
        """The item as printed, note included."""
        return f"{self.text} ({self.note})" if self.note else self.text


_AND = re.compile(r"\s+and\s+|\s*&\s*")


def _top_level_split(text: str) -> list[tuple[int, int]]:
    """Spans of comma / " and " separated parts, never inside parentheses."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if c in ",;":
                spans.append((start, i))
                start = i + 1
            else:
                m = _AND.match(text, i)
                if m and m.start() == i and (i == 0 or text[i] in " &"):
                    spans.append((start, i))
                    start = m.end()
                    i = m.end()
                    continue
        i += 1
    spans.append((start, len(text)))
    return spans


def split_name_list(text: str) -> list[ListedName]:
    """Split a printed list of names into items.

    "Mr R G Streatfeild, MBE, Mr R J Thomas" → two items (the honour stays with
    its name); "Richard Smith (Corporate Director of Adult Social Care and
    Health), Michael Thomas-Sam (Strategic Business Adviser, Social Care)" →
    two items with their notes; items that are not names (e.g. "Conservative
    Vacancy") are returned with ``name=None`` so callers can skip them.
    """
    items: list[ListedName] = []
    for a, b in _top_level_split(text):
        raw = text[a:b]
        stripped = raw.strip(" .\t\n")
        if not stripped:
            continue
        lead = a + (len(raw) - len(raw.lstrip(" .\t\n")))
        end = lead + len(stripped)
        note = None
        name_text = stripped
        m = re.match(r"^(?P<name>[^()]*?)\s*\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?P<rest>.*)$", stripped, re.DOTALL)
        if m:
            name_text = m.group("name").strip()
            note = " ".join(m.group("note").split())
            rest = m.group("rest").strip(" ,")
            if rest and rest.upper() in HONOURS:
                name_text = f"{name_text}, {rest}"
        if name_text.upper() in HONOURS and items:
            # "Mr R G Streatfeild, MBE," / "Mrs T Dean, MBE (Substitute for ...)": the honour
            # (and any note after it) belongs to the name before it
            prev = items[-1]
            merged = f"{prev.text}, {name_text}"
            items[-1] = ListedName(merged, note or prev.note, prev.start, end, parse_name(merged))
            continue
        name_text = " ".join(name_text.split())
        items.append(ListedName(name_text, note, lead, end, parse_name(name_text)))
    return items


def looks_like_role(text: str) -> bool:
    """True when a comma-separated segment reads as a job title ("Senior Commissioner")."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return any(w.lower() in _ROLE_WORDS for w in words)
