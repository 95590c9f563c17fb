"""Agenda front sheet: the meeting it is for, the committee's membership, the agenda.

Structure read::

    AGENDA
    <COMMITTEE NAME>
    <weekday, date> at <time>   [Ask for: ...]
    <venue lines>               [Telephone: ...]
    Membership (N)
    <Party> (n): Mr A (Chairman), Mrs B (Vice-Chairman), ... and Conservative Vacancy
    ...
    UNRESTRICTED ITEMS
    <n> [<YY/NNNNN> - ]<title> [(Pages a - b)]
        <description>
    EXEMPT ITEMS ...

The meeting is "scheduled"; memberships are ``cg:Membership`` records of the
committee (``org:role`` Chairman / Vice-Chairman / Member) and of the party
group, ``cg:asOf`` the meeting date; each member gets ``cg:party``. Date, time and
venue lines may come *before* the "AGENDA" line (a cover page) - the parser
also looks at the few lines above it.
"""

from __future__ import annotations

import re

from ..context import ParseContext, display_name, slug
from ..decisions import note_decision, split_numbered_title
from ..records import Entity
from ..sections import Section, SectionSpec, TextFlow
from ..text.dates import find_dates, find_times, parse_time
from ..text.layout import is_page_marker
from ..text.names import split_name_list

__all__ = ["SPEC", "parse"]

START = re.compile(r"^[#*\s]*AGENDA[*\s]*$")

_MEMBERSHIP = re.compile(r"^Membership\s*(?:\(\d+\))?\s*:?\s*$", re.IGNORECASE)
_PARTY_HEAD = re.compile(r"^(?P<party>[A-Z][A-Za-z&' ,-]*?)\s*\((?P<n>\d+)\)\s*:?\s*(?P<rest>.*)$", re.DOTALL)
_SECTION_STOP = re.compile(
    r"^(?:Webcasting Notice|Please note|UNRESTRICTED ITEMS|EXEMPT ITEMS|Tea/Coffee|Ask for|Telephone|AGENDA)\b", re.IGNORECASE)
_ITEMS_START = re.compile(r"^(?:UNRESTRICTED|EXEMPT|RESTRICTED)\s+ITEMS\b|^PART\s+(?:1|2|I|II)\b", re.IGNORECASE)
_ITEM = re.compile(r"^(?:[-*•]\s*)?(?P<num>(?P<letter>[A-H])?(?P<n>\d{1,2})[a-z]?)\.?\s+(?P<title>[A-Z0-9“\"'(].*)$")
_PAGES = re.compile(r"\(\s*Pages?\s+(?P<pages>\d+(?:\s*-\s*\d+)?)\s*\)", re.IGNORECASE)
_AGENDA_END = re.compile(r"^(?:Please note that any background|General Counsel|Monitoring Officer)\b", re.IGNORECASE)
_COMMITTEE_WORD = re.compile(r"\b(?:COMMITTEE|CABINET|COUNCIL|BOARD|PANEL|FORUM|SUB-COMMITTEE)\b", re.IGNORECASE)
_CUT_VENUE = re.compile(r"\s*(?:Ask for|Telephone|Tel\.?|Contact|Email)\s*:.*$", re.IGNORECASE)


def _lookahead(source, n: int) -> bool:
    """An AGENDA line is a front sheet when a committee name and a date follow soon."""
    text = " ".join(source.line(k) for k in range(n, min(len(source), n + 12) + 1))
    return bool(find_dates(text)) and bool(_COMMITTEE_WORD.search(text))


def parse(section: Section, ctx: ParseContext) -> None:
    FrontSheetReader(section, ctx).read()


SPEC = SectionSpec(kind="front_sheet", start=START, parse=parse, lookahead=_lookahead, priority=20)


def _clean(line: str) -> str:
    return " ".join(line.replace("**", "").replace("#", "").split())


class FrontSheetReader:
    def __init__(self, section: Section, ctx: ParseContext) -> None:
        self.section = section
        self.ctx = ctx
        self.source = section.source
        self.meeting: Entity | None = None

    def read(self) -> None:
        src, start, end = self.source, self.section.start, self.section.end
        lines = [(n, _clean(src.line(n))) for n in range(start + 1, end + 1)]
        lines = [(n, t) for n, t in lines if t and not is_page_marker(t)]
        # committee: the first capitalised heading naming a committee
        committee = None
        idx = 0
        for i, (n, t) in enumerate(lines[:6]):
            if not t.isupper() or find_dates(t):
                continue
            # a heading wrapped over consecutive capitalised lines
            # ("GROWTH, ECONOMIC DEVELOPMENT AND COMMUNITIES CABINET" / "COMMITTEE")
            j = i
            while j + 1 < len(lines) and lines[j + 1][0] == lines[j][0] + 1 and lines[j + 1][1].isupper() \
                    and not find_dates(lines[j + 1][1]) and not START.match(lines[j + 1][1]) and j - i < 2:
                j += 1
            heading = " ".join(x for _, x in lines[i:j + 1])
            if _COMMITTEE_WORD.search(heading):
                committee = self.ctx.committee_entity(heading, src.evidence(n, lines[j][0], heading))
                idx = j + 1
                break
        if committee is None:
            self.ctx.warn(start, "agenda without a committee heading; front sheet not read")
            return
        # date (and time) on the next lines
        date_line = None
        for i in range(idx, min(len(lines), idx + 4)):
            n, t = lines[i]
            found = find_dates(t)
            if found:
                date_line = i
                break
        if date_line is None:
            self.ctx.warn(start, "agenda without a meeting date; front sheet not read")
            return
        n, t = lines[date_line]
        d = find_dates(t)[0]
        meeting = self.ctx.meeting_entity(committee.ref, d.value, src.evidence(n, n, d.printed), status="scheduled")
        self.meeting = meeting
        self.ctx.meeting = self.ctx.meeting or meeting.ref
        times = find_times(t)
        venue_from = date_line
        if times:
            value, a, b = times[0]
            meeting.add("cg:startTime", value, src.evidence(n, n, t[a:b]))
        elif date_line + 1 < len(lines) and lines[date_line + 1][0] == n + 1:
            # "Wednesday, 22nd September, 2021, at 10.00" / "am": a time wrapped onto the next line
            n2, t2 = lines[date_line + 1]
            joined = f"{t} {t2}"
            wrapped = [(v, a, b) for v, a, b in find_times(joined) if a < len(t) < b]
            if wrapped:
                value, a, b = wrapped[0]
                meeting.add("cg:startTime", value, src.evidence(n, n2, joined[a:b]))
                venue_from = date_line + 1 if not joined[b:].strip(" ,") else date_line
        self._venue(lines, venue_from, t[d.end:] if venue_from == date_line else "")
        self._contact(lines)
        self._membership(lines)
        self._agenda(lines)
        self._signatory(lines)

    # ------------------------------------------------------------------ venue

    def _venue(self, lines, date_line: int, rest_of_date_line: str) -> None:
        """Venue: the lines after the date line up to a blank/contact line; "Ask for:" parts cut."""
        assert self.meeting is not None
        src = self.source
        parts: list[tuple[int, str]] = []
        n0 = lines[date_line][0]
        prev = n0
        following = lines[date_line + 1: date_line + 4]
        # "Ask for:" / "Emma West" / "Telephone: ..." printed between the date and the venue
        k = 0
        while k < len(following) and re.match(r"^(?:Ask for|Telephone)\b", following[k][1], re.IGNORECASE):
            bare = re.fullmatch(r"(?:Ask for|Telephone)\s*:?\s*", following[k][1], re.IGNORECASE)
            k += 2 if bare else 1
        if k:
            following = lines[date_line + 1 + k: date_line + 4 + k]
            prev = following[0][0] - 1 if following else prev
        for n, t in following:
            if n != prev + 1 and parts:
                break  # a blank line ends the venue
            prev = n
            if _MEMBERSHIP.match(t) or re.match(r"^(?:Ask for|Telephone|Tea/Coffee)\b", t, re.IGNORECASE):
                break
            if not parts and parse_time(t) is not None:
                # a cover page prints the time on its own line: "2.00 pm"
                if self.meeting.first("cg:startTime") is None:
                    self.meeting.add("cg:startTime", parse_time(t), src.evidence(n, n))
                prev = n
                continue
            piece = _CUT_VENUE.sub("", t).strip()
            if not piece:
                break
            parts.append((n, piece))
            if piece != t and not piece.endswith(","):
                break  # a contact column cut off a venue that does not go on
        if not parts:
            return
        venue = " ".join(p for _, p in parts).strip(" ,")
        if re.search(r"\d{4,}|@", venue):
            return
        try:
            evs = [src.evidence(parts[0][0], parts[-1][0], venue)]
        except ValueError:
            # a contact column between the venue's lines: quote each line's part
            evs = [src.evidence(n, n, piece) for n, piece in parts]
        self.meeting.add("cg:venue", venue, *evs)

    # ------------------------------------------------------------------ people on the sheet

    def _contact(self, lines) -> None:
        """"Ask for: Emma West" - the clerk named as the contact for the meeting."""
        src = self.source
        for n, t in lines[:12]:
            m = re.search(r"Ask for:\s*(?P<name>.+?)(?:\s+Telephone:.*)?$", t, re.IGNORECASE)
            if m:
                name = m.group("name").strip()
                found = src.find(name, n, n)
                if found is not None:
                    self.ctx.people.mention(name, found)
                return

    def _signatory(self, lines) -> None:
        """The signature block after the agenda: a name line, then the post line
        ("Benjamin Watts" / "General Counsel") - a post holding as of the meeting date."""
        from ..text.names import parse_name
        from .labels import looks_like_post, note_post_holding

        assert self.meeting is not None
        src = self.source
        start = next((i for i, (_, t) in enumerate(lines) if re.match(r"^EXEMPT\s+ITEMS\b", t, re.IGNORECASE)), None)
        if start is None:
            return
        for (n, t), (n2, t2) in zip(lines[start:], lines[start + 1:]):
            if n2 != n + 1 or parse_name(t) is None or not looks_like_post(t2) or len(t2) > 80:
                continue
            ref = self.ctx.people.mention(t, src.evidence(n, n, t))
            if ref is not None:
                note_post_holding(self.ctx, ref, t2, self.meeting.first("cg:date"), src.evidence(n, n2))
            return

    # ------------------------------------------------------------------ membership

    def _membership(self, lines) -> None:
        assert self.meeting is not None
        src = self.source
        start = next((i for i, (_, t) in enumerate(lines) if _MEMBERSHIP.match(t)), None)
        if start is None:
            return
        # one paragraph per party: a new one starts at a "Party (n):" line, or at a short
        # line that wraps a party name onto it ("Green and" / "Independent (1): ...");
        # blank lines are not relied on (PDF text has none)
        block: list[tuple[int, str]] = []
        for n, t in lines[start + 1:]:
            if _SECTION_STOP.match(t) or _ITEMS_START.match(t):
                break
            if block and _is_prose(_clean(t)):
                break  # a notice after the lists ("In response to ..., members attending ...")
            block.append((n, src.line(n).strip()))
        paragraphs: list[list[tuple[int, str]]] = []
        prefix_open = False  # the last paragraph is only a wrapped party-name prefix so far
        for i, (n, raw) in enumerate(block):
            text = _clean(raw)
            nxt = _clean(block[i + 1][1]) if i + 1 < len(block) else ""
            blank_before = i > 0 and any(not src.line(k).strip() for k in range(block[i - 1][0] + 1, n))
            starts = bool(_PARTY_HEAD.match(text)) or (
                bool(_PARTY_HEAD.match(nxt)) and "(" not in text and len(text.split()) <= 4
                and not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\b", text)
                and (re.search(r"(?:\band|&)$", text) is not None or blank_before or not paragraphs))
            if (starts and not prefix_open) or not paragraphs:
                paragraphs.append([(n, raw)])
                prefix_open = not _PARTY_HEAD.match(text)
            else:
                paragraphs[-1].append((n, raw))
                prefix_open = False
        day = self.meeting.first("cg:date")
        for para in paragraphs:
            flow = TextFlow(src, para)
            m = _PARTY_HEAD.match(flow.text)
            if not m or not m.group("rest").strip():
                continue
            party_name = " ".join(m.group("party").split())
            if len(party_name) > 60 or not re.search(r"[a-z]", party_name):
                continue
            party_ev = flow.evidence(m.start("party"), m.end("party"))
            party = Entity("PoliticalParty", (slug(party_name),))
            party.add("rdfs:label", display_name(party_name), party_ev)
            party.add_source(party_ev)
            party = self.ctx.put(party)
            offset = m.start("rest")
            for item in split_name_list(m.group("rest")):
                if item.name is None:
                    continue
                ev = flow.evidence(offset + item.start, offset + item.end)
                ref = self.ctx.people.mention(item.text, ev, role=item.note, member=True)
                if ref is None:
                    continue
                role = _role(item.note)
                ms = Entity("Membership", (*self.meeting.key, slug(item.text)))
                ms.add("org:member", ref, ev)
                ms.add("org:organization", self.meeting.first("cg:committee"), ev)
                ms.add("org:role", role, ev)
                ms.add("cg:asOf", day, ev)
                ms.add_source(ev)
                self.ctx.put(ms)
                pm = Entity("Membership", (*party.key, slug(item.text), day.isoformat()))
                pm.add("org:member", ref, ev)
                pm.add("org:organization", party.ref, ev)
                pm.add("org:role", "Member", ev)
                pm.add("cg:asOf", day, ev)
                pm.add_source(ev)
                self.ctx.put(pm)
                self.ctx.people.facts(ref).add("cg:party", party.ref, ev)

    # ------------------------------------------------------------------ agenda items

    def _agenda(self, lines) -> None:
        assert self.meeting is not None
        src = self.source
        start = next((i for i, (_, t) in enumerate(lines) if _ITEMS_START.match(t)), None)
        if start is None:
            return
        expected = None
        i = start + 1
        while i < len(lines):
            n, t = lines[i]
            if _AGENDA_END.match(t):
                break
            m = _ITEM.match(t)
            if not m or _ITEMS_START.match(t):
                i += 1
                continue
            # numbered 1, 2, 3 ... or by part: A1, A2, B1, B2 ... (a new letter restarts at 1)
            letter, number = m.group("letter") or "", int(m.group("n"))
            if expected is not None and (letter, number) != expected and not (
                    letter and letter > expected[0] and number == 1):
                i += 1
                continue
            if expected is None and number > 3:
                i += 1
                continue
            # title lines: continue while a "(Pages" bracket is open or the next line carries it
            title_lines = [(n, t)]
            j = i + 1
            while j < len(lines) and len(title_lines) < 3:
                joined = " ".join(x for _, x in title_lines)
                nn, nt = lines[j]
                open_bracket = joined.count("(") > joined.count(")")
                if open_bracket or ("(Page" in nt and "(Page" not in joined and not re.match(r"^To\s", nt)
                                    and not _ITEM.match(nt)):
                    title_lines.append((nn, nt))
                    j += 1
                    continue
                break
            flow = TextFlow(src, [(a, src.line(a)) for a, _ in title_lines])
            text = flow.text
            head = re.match(r"^(?:[-*•]\s*)?[A-H]?\d{1,2}[a-z]?\.?\s+", text)
            title_start = head.end() if head else 0
            pages = _PAGES.search(text)
            title_end = pages.start() if pages else len(text)
            title = text[title_start:title_end].strip()
            if not title:
                i = j
                continue
            ev = flow.evidence(0, len(text))
            item = Entity("AgendaItem", (*self.meeting.key, m.group("num")))
            item.add("cg:itemNumber", m.group("num"), ev)
            item.add("dct:title", title, flow.evidence(title_start, title_end))
            if pages:
                item.add("cg:pages", " ".join(pages.group("pages").split()), flow.evidence(pages.start(), pages.end()))
            item.add_source(ev)
            numbered = split_numbered_title(title)
            if numbered is not None:
                decision = note_decision(self.ctx, numbered[0], ev, title=numbered[1], status="proposed",
                                         considered_at=self.meeting.ref)
                item.add("cg:decision", decision.ref, ev)
            item = self.ctx.put(item)
            self.meeting.add("cg:agendaItem", item.ref, ev)
            expected = (letter, number + 1)
            i = j


def _is_prose(text: str) -> bool:
    """A line of running text, not part of a membership list: five words or more, three
    of them in lower case other than "and" (a list of untitled names has none), no
    member's title, no "Party (n):" head (the notice that may follow the lists)."""
    words = text.split()
    lower = [w for w in words if w[:1].islower() and w not in ("and", "&")]
    return (len(words) >= 5 and len(lower) >= 3 and not _PARTY_HEAD.match(text)
            and re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\b\.?\s+[A-Z]", text) is None)


def _role(note: str | None) -> str:
    """"Chairman", "Vice-Chairman" or "Member" from a printed "(...)" note."""
    if not note:
        return "Member"
    # "(Vice-" / "Chairman)" wrapped over two lines reads "Vice- Chairman"
    text = re.sub(r"\s*-\s*|\s+", "-", note.strip().lower())
    if re.fullmatch(r"vice-?chair-?(?:man|woman|person)?", text):
        return "Vice-Chairman"
    if re.fullmatch(r"chair-?(?:man|woman|person)?", text):
        return "Chairman"
    return "Member"
