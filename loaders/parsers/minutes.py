"""Minutes of a meeting: the meeting, who attended in which capacity, and each minute.

Structure read (KCC-style minutes, also found inside later agenda packs, where
they describe that *earlier* meeting - its status is "held"):

* header "MINUTES of a meeting of the <committee> held at <venue> on <date>."
  (or "held Online on <date>"), possibly wrapped;
* attendance lists "PRESENT:", "ALSO PRESENT:", "IN ATTENDANCE:" (comma / "and"
  lists, wrapped, with "(Chairman)", "(Substitute for ...)" or a printed role in
  parentheses) up to the first minute;
* minutes "137. Title" followed by "(Item. 2)" (or "Title (Item. 6)" on one line);
  inside them: apologies, substitutes, attended virtually, declarations of
  interest, "was/were in attendance for this item", RESOLVED texts, changes of
  chair and recorded votes (read by :mod:`.minute_votes`; paragraph numbers and
  sentences by :mod:`.minute_text`).

Everything is cited with :class:`~councilgraph.loaders.sections.TextFlow`
evidence at the moment it is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import ParseContext
from ..decisions import split_numbered_title
from ..document import SourceText
from ..records import Entity, Ref
from ..sections import Section, SectionSpec, TextFlow
from ..text.dates import find_dates
from ..text.names import is_plain_name, looks_like_role, parse_name, split_name_list
from .labels import note_post_holding
from .minute_text import PARA as _PARA
from .minute_text import sentences as _sentences
from .minute_votes import MinuteVotes

__all__ = ["SPEC", "parse"]

START = re.compile(r"^\**\s*MINUTES\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+of\b", re.IGNORECASE)

_LABELS = re.compile(
    r"^(?P<label>(?:MEMBERS\s+|COUNCILLORS\s+)?PRESENT|ALSO\s+PRESENT|(?:ALSO\s+)?IN\s+ATTENDANCE|"
    r"OFFICERS(?:\s+PRESENT|\s+IN\s+ATTENDANCE)?|APOLOGIES(?:\s+FOR\s+ABSENCE)?|"
    r"(?:ALSO\s+)?PRESENT\s+VIRTUALLY|VIRTUALLY\s+PRESENT|ATTENDING\s+VIRTUALLY)"
    r"\s*(?:\((?P<mode>[A-Za-z ]+)\))?\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LABEL_PROP = {
    "PRESENT": "cg:present",
    "MEMBERS PRESENT": "cg:present",
    "COUNCILLORS PRESENT": "cg:present",
    "ALSO IN ATTENDANCE": "cg:inAttendance",
    "OFFICERS IN ATTENDANCE": "cg:inAttendance",
    "APOLOGIES FOR ABSENCE": "cg:apologies",
    "ALSO PRESENT": "cg:alsoPresent",
    "IN ATTENDANCE": "cg:inAttendance",
    "OFFICERS": "cg:inAttendance",
    "OFFICERS PRESENT": "cg:inAttendance",
    "APOLOGIES": "cg:apologies",
    "PRESENT VIRTUALLY": "cg:attendedVirtually",
    "ALSO PRESENT VIRTUALLY": "cg:attendedVirtually",
    "VIRTUALLY PRESENT": "cg:attendedVirtually",
    "ATTENDING VIRTUALLY": "cg:attendedVirtually",
}
_ITEM_HEAD = re.compile(r"^(?P<minute>\d{1,4})\.\s+(?P<title>\S.*?)\s*$")
# "20 Apologies and Substitutes" (no full stop): only taken with an "(Item N)" mark
_ITEM_HEAD_NO_DOT = re.compile(r"^(?P<minute>\d{1,4})\s+(?P<title>[A-Z(].*?)\s*$")
# an attendance label this parser does not read ("SUBSTITUTES:", "CHAIR:") ends a list
_OTHER_LABEL = re.compile(r"^[A-Z][A-Z ()/-]{3,40}:")
_ITEM_MARK = re.compile(r"\(\s*(?:Agenda\s+)?Item\.?\s*(?:No\.?\s*)?(?P<item>\d{1,3}[a-z]?|(?-i:[A-H])\d{1,2})\s*\)\s*$", re.IGNORECASE)
_BLOCK_STOP = re.compile(r"^(?:UNRESTRICTED ITEMS|EXEMPT ITEMS|RESTRICTED ITEMS|PART\s+[12I]+\b)", re.IGNORECASE)
# the minutes end where another paper of the pack starts
_END = re.compile(r"^(?:From\s*:|This page is intentionally left blank|By:\s|Decision\s+No\b)", re.IGNORECASE)

def _lookahead(source: SourceText, n: int) -> bool:
    """A minutes header is followed by an attendance list or a minute within 40 lines."""
    for m in range(n + 1, min(len(source), n + 40) + 1):
        line = source.line(m).strip().replace("**", "")
        if _LABELS.match(line) or ((_ITEM_HEAD.match(line) or _ITEM_HEAD_NO_DOT.match(line)) and any(
                _ITEM_MARK.search(source.line(k).strip().replace("**", ""))
                for k in range(m, min(len(source), m + 3) + 1))):
            return True
    return False


def parse(section: Section, ctx: ParseContext) -> None:
    MinutesReader(section, ctx).read()


SPEC = SectionSpec(kind="minutes", start=START, parse=parse, lookahead=_lookahead, priority=10)


# --------------------------------------------------------------------------- helpers


@dataclass
class _Item:
    minute: str
    item: str | None
    title: str
    head_start: int  # line numbers
    head_end: int
    body_start: int
    body_end: int


_NAME_AT_START = re.compile(
    r"^(?:" + _PARA + r")?(?:(?:In\s+relation\s+to|With\s+regard\s+to|Regarding|In\s+respect\s+of|On)\s+"
    r"(?i:agenda\s+)?(?i:item)\s+(?i:no\.?\s*)?\d{1,3}[a-z]?,\s*)?(?:Both\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir)\.?\s+(?:[A-Z]\.?\s+){0,3}"
    r"(?:[A-Z][a-zA-Z'’-]+\s+)?[A-Z][a-zA-Z'’-]+(?:,\s*(?:MBE|OBE|CBE))?)|(?:[A-Z][a-z'’-]+\s+[A-Z][a-zA-Z'’-]+))\b"
)
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Professor|Prof)\.?\s+(?:[A-Z][a-z'’-]+\s+)?(?:(?!and\b|or\b)[a-z]{2,3}\s+)?[A-Z][a-zA-Z'’]+"
    # a double-barrelled surname, possibly wrapped after its hyphen ("Mrs Ashcombe-" / "Trew")
    r"(?:-\s?[A-Z][a-zA-Z'’]+)?"
)


class MinutesReader:
    def __init__(self, section: Section, ctx: ParseContext) -> None:
        self.section = section
        self.ctx = ctx
        self.source = section.source
        self.end = section.end
        for n in range(section.start + 1, section.end + 1):
            if _END.match(self.source.line(n).strip().replace("**", "")):
                self.end = n - 1
                break
        self.meeting: Entity | None = None
        self.items: list[_Item] = []
        self.item_refs: dict[str, Ref] = {}  # minute number -> item ref
        self.item_by_number: dict[str, Ref] = {}  # agenda item number -> item ref
        self.votes = MinuteVotes(ctx, self._names_in)
        self.declared: list = []  # (PersonName, item ref or None) of every declaration read so far

    # ------------------------------------------------------------------ header

    def read(self) -> None:
        header_end = self._read_header()
        if self.meeting is None:
            return
        first_item = self._find_items(header_end + 1)
        self._read_attendance(header_end + 1, first_item - 1)
        for item in self.items:
            self._read_item(item)
        self._hints()
        self._narrative_speakers()
        self._narrative_posts()

    def _read_header(self) -> int:
        src, start = self.source, self.section.start
        # the header sentence runs to the first line ending with a full stop (max 5 lines)
        stop = start
        for n in range(start, min(self.end, start + 5) + 1):
            stop = n
            if src.line(n).rstrip().endswith(".") and find_dates(TextFlow.of(src, start, n).text):
                break
        flow = TextFlow.of(src, start, stop)
        text = flow.text
        m = re.match(r"^\**\s*MINUTES\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+held\b"
                     r"(?P<rest>.*)$", text, re.IGNORECASE)
        dates = find_dates(text)
        if not m or not dates:
            self.ctx.warn(start, "minutes header without a committee and a date; minutes not read")
            return stop
        day = dates[-1]
        committee_name = m.group("committee").strip()
        committee = self.ctx.committee_entity(committee_name, flow.evidence(m.start("committee"), m.end("committee")))
        if committee is None:
            self.ctx.warn(start, "no council known for these minutes; minutes not read")
            return stop
        header_ev = flow.evidence(0, day.end)
        meeting = self.ctx.meeting_entity(committee.ref, day.value, header_ev, status="held")
        self.meeting = meeting
        # venue: "held at <venue> on <date>" / "held Online on <date>" / "held in <venue> on"
        rest_start = m.start("rest")
        vm = re.match(r"\s+(?:at|in)\s+(?:the\s+)?(?P<venue>.+?),?\s+on\s+(?:\w+day,?\s+)?$",
                      text[rest_start:day.start])
        if vm:
            a = rest_start + vm.start("venue")
            b = rest_start + vm.end("venue")
            meeting.add("cg:venue", text[a:b].strip(" ,"), flow.evidence(a, b))
        else:
            om = re.match(r"\s+(?P<venue>online|virtually|remotely)\b", text[rest_start:day.start], re.IGNORECASE)
            if om:
                a = rest_start + om.start("venue")
                meeting.add("cg:venue", "Online", flow.evidence(a, rest_start + om.end("venue")))
            else:
                # "held on <date> at 10.00 am in the Council Chamber, County Hall."
                after = text[day.end:]
                am = re.match(r"(?:,?\s*(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?,?\s+(?:at|in)\s+(?:the\s+)?"
                              r"(?P<venue>[A-Z][^.]{3,150}?)\.?\s*$", after)
                if am:
                    a, b = day.end + am.start("venue"), day.end + am.end("venue")
                    meeting.add("cg:venue", text[a:b].strip(" ,"), flow.evidence(a, b))
        # a start time, if printed ("at 10.00 am")
        from ..text.dates import find_times

        times = find_times(text)
        if times:
            value, a, b = times[0]
            meeting.add("cg:startTime", value, flow.evidence(a, b))
        return stop

    # ------------------------------------------------------------------ minute items

    def _find_items(self, start: int) -> int:
        """Locate every minute; returns the line of the first one (or the end + 1)."""
        src = self.source
        heads: list[tuple[int, int, str, str | None, str]] = []  # (start, end, minute, item, title)
        n = start
        expected: int | None = None
        while n <= self.end:
            line = src.line(n).strip().replace("**", "")
            m = _ITEM_HEAD.match(line) or _ITEM_HEAD_NO_DOT.match(line)
            if m and (expected is None or int(m.group("minute")) == expected):
                found = self._item_head(n, m)
                if found is not None:
                    heads.append(found)
                    expected = int(m.group("minute")) + 1
                    n = found[1] + 1
                    continue
            n += 1
        if not heads:
            heads = self._unmarked_heads(start)
        for i, (a, b, minute, item, title) in enumerate(heads):
            body_end = heads[i + 1][0] - 1 if i + 1 < len(heads) else self.end
            self.items.append(_Item(minute, item, title, a, b, b + 1, body_end))
        return heads[0][0] if heads else self.end + 1

    def _unmarked_heads(self, start: int) -> list[tuple[int, int, str, str | None, str]]:
        """Minutes without "(Item. N)" marks: "N. Title" lines standing alone (blank line
        after, no full stop, at most 15 words), numbered consecutively; at least two."""
        src = self.source
        candidates = []
        for n in range(start, self.end + 1):
            line = src.line(n).strip().replace("**", "")
            m = _ITEM_HEAD.match(line)
            if not m:
                continue
            title = m.group("title").strip()
            nxt = src.line(n + 1).strip() if n + 1 <= self.end else ""
            if nxt or title.endswith((".", ":", ";", ",")) or len(title.split()) > 15 or not title[:1].isupper():
                continue
            candidates.append((n, n, m.group("minute"), None, title))
        best: list = []
        for i, first in enumerate(candidates):
            run = [first]
            for c in candidates[i + 1:]:
                if int(c[2]) == int(run[-1][2]) + 1:
                    run.append(c)
            if len(run) > len(best):
                best = run
        return best if len(best) >= 2 else []

    def _item_head(self, n: int, m: re.Match[str]) -> tuple[int, int, str, str | None, str] | None:
        """A minute heading at line ``n``: needs an "(Item. N)" mark on it or within 3 lines."""
        src = self.source
        title_lines = [m.group("title")]
        mark = _ITEM_MARK.search(m.group("title"))
        last = n
        if mark is None:
            k = n + 1
            while k <= min(self.end, n + 4):
                line = src.line(k).strip().replace("**", "")
                k += 1
                if not line:
                    continue
                mark = _ITEM_MARK.search(line)
                if mark:
                    last = k - 1
                    before = line[: mark.start()].strip()
                    if before:
                        title_lines.append(before)
                    break
                if len(title_lines) >= 3 or line.endswith("."):
                    break
                title_lines.append(line)
            if mark is None:
                return None
        else:
            title_lines = [m.group("title")[: mark.start()].strip()]
        title = " ".join(" ".join(title_lines).split()).strip(" -–")
        if not title:
            return None
        return (n, last, m.group("minute"), mark.group("item"), title)

    def _read_item(self, item: _Item) -> None:
        assert self.meeting is not None
        src = self.source
        head_flow = TextFlow.of(src, item.head_start, item.head_end)
        ev = head_flow.evidence(0, len(head_flow.text))
        key = self.meeting.key + ((item.item,) if item.item else ("minute", item.minute))
        entity = Entity("AgendaItem", key)
        entity.add("cg:minuteNumber", item.minute, ev)
        entity.add("cg:itemNumber", item.item, ev)
        entity.add("dct:title", item.title, ev)
        entity.add_source(ev)
        numbered = split_numbered_title(item.title)
        if numbered is not None:
            from ..decisions import note_decision

            decision = note_decision(self.ctx, numbered[0], ev, title=numbered[1], considered_at=self.meeting.ref)
            entity.add("cg:decision", decision.ref, ev)
        entity = self.ctx.put(entity)
        self.meeting.add("cg:agendaItem", entity.ref, ev)
        self.item_refs[item.minute] = entity.ref
        if item.item:
            self.item_by_number[item.item] = entity.ref
        if item.body_start > item.body_end:
            return
        flow = TextFlow.of(src, item.body_start, item.body_end)
        title = item.title.lower()
        self._attendance_sentences(flow, entity)
        if "apolog" in title or "substitut" in title:
            self._apologies(flow)
        self._substitutes(flow)
        if "substitute" in flow.text:
            self._substitutes_for_the_absent(flow)
        if "respectively" in flow.text:
            self._substitutes_respectively(flow)
        if "substituted by" in flow.text:
            self._substitutes_by(flow)
        self._virtual(flow)
        self._declarations(flow, entity, whole="declaration" in title and "interest" in title)
        self._resolutions(item, entity)
        self.votes.read(flow, entity)
        self._chair_changes(flow, item)

    # ------------------------------------------------------------------ attendance lists

    def _read_attendance(self, start: int, end: int) -> None:
        """The PRESENT / ALSO PRESENT / IN ATTENDANCE blocks before the first minute."""
        src = self.source
        blocks: list[tuple[str, int, int]] = []  # (label, first line, last line)
        current: list | None = None
        for n in range(start, end + 1):
            line = src.line(n).strip().replace("**", "")
            m = _LABELS.match(line)
            if m:
                if current:
                    blocks.append(tuple(current))  # type: ignore[arg-type]
                label = " ".join(m.group("label").split()).upper()
                if m.group("mode") and re.search(r"virtual|remote|online", m.group("mode"), re.IGNORECASE):
                    label += " (VIRTUALLY)"
                current = [label, n, n]
                continue
            if current is None:
                continue
            if _BLOCK_STOP.match(line) or _OTHER_LABEL.match(line):
                blocks.append(tuple(current))  # type: ignore[arg-type]
                current = None
                continue
            if line:
                current[2] = n
        if current:
            blocks.append(tuple(current))  # type: ignore[arg-type]
        for label, a, b in blocks:
            self._attendance_block(label, a, b)

    def _attendance_block(self, label: str, a: int, b: int) -> None:
        assert self.meeting is not None
        virtual_mode = label.endswith(" (VIRTUALLY)")
        prop = _LABEL_PROP.get(label.replace(" (VIRTUALLY)", ""))
        if prop is None:
            return
        also_virtual = virtual_mode or prop == "cg:attendedVirtually"
        if prop == "cg:attendedVirtually":
            # "PRESENT VIRTUALLY:" members are present, and attended virtually
            prop = "cg:alsoPresent" if label.startswith("ALSO") else "cg:present"
        flow = TextFlow.of(self.source, a, b)
        text = flow.text
        colon = text.find(":")
        body_start = colon + 1
        body = text[body_start:]
        date = self.meeting.first("cg:date")
        chairs_in_the_chair = []
        chairs_by_title = []
        items = split_name_list(body)
        if prop in ("cg:inAttendance", "cg:alsoPresent"):
            items = _officer_items(items)
        for item in items:
            if item.name is None:
                continue
            s, e = body_start + item.start, body_start + item.end
            ev = flow.evidence(s, e)
            ref = self.ctx.people.mention(item.text, ev, role=item.note,
                                          member=prop in ("cg:present", "cg:apologies"))
            if ref is None:
                continue
            self.meeting.add(prop, ref, ev)
            if also_virtual:
                self.meeting.add("cg:attendedVirtually", ref, ev)
            note = item.note or ""
            if re.search(r"\b(?:virtual(?:ly)?|remote(?:ly)?|online)\b", note, re.IGNORECASE):
                self.meeting.add("cg:attendedVirtually", ref, ev)
            if prop == "cg:present" and note:
                if re.search(r"\bin the chair\b", note, re.IGNORECASE):
                    chairs_in_the_chair.append((ref, ev))
                elif re.fullmatch(r"chair(?:man|woman|person)?", note.strip(), re.IGNORECASE):
                    chairs_by_title.append((ref, ev))
                sub = re.match(r"^substitut\w*\s+for\s+(?P<for>.+)$", note, re.IGNORECASE)
                if sub:
                    self._substitution(ref, sub.group("for"), ev)
            elif prop in ("cg:inAttendance", "cg:alsoPresent") and note and self.ctx.council is not None:
                self._post(ref, note, ev, date)
        for ref, ev in chairs_in_the_chair or chairs_by_title:
            self.meeting.add("cg:chair", ref, ev)

    def _post(self, person: Ref, role: str, ev, date) -> None:
        """The role printed with an officer's name is a post of the council, held as of the meeting."""
        from ..people import post_holding

        label = " ".join(role.replace("**", "").split()).strip(" ,.;")
        if self.ctx.council is None or not is_council_post(label):
            return
        post_holding(self.ctx.entities, self.ctx.people, self.ctx.council, person, label, ev, date)

    def _substitution(self, substitute: Ref, for_text: str, ev) -> None:
        assert self.meeting is not None
        absent = self.ctx.people.mention(for_text.strip(" ."), ev, member=True)
        if absent is None:
            return
        name = parse_name(for_text)
        key = self.meeting.key + ("substitution", re.sub(r"[^a-z0-9]+", "-", (name.surname if name else for_text).lower()))
        sub = Entity("Substitution", key)
        sub.add("cg:substitute", substitute, ev)
        sub.add("cg:substituteFor", absent, ev)
        sub.add_source(ev)
        sub = self.ctx.put(sub)
        self.meeting.add("cg:substitution", sub.ref, ev)

    # ------------------------------------------------------------------ inside minutes

    def _names_in(self, flow: TextFlow, start: int, end: int, member: bool = False) -> list[tuple[Ref, object]]:
        """Mention every name of the list ``flow.text[start:end]``."""
        out = []
        part = flow.text[start:end]
        for item in split_name_list(part):
            text, a = item.text, item.start
            if item.name is None:
                # "..., and from Mr Tolhurst": the preposition is not part of the name
                lead = re.match(r"^(?:and\s+)?(?:from|by)\s+", item.text)
                if not lead or parse_name(item.text[lead.end():]) is None:
                    continue
                text, a = item.text[lead.end():], item.start + lead.end()
            ev = flow.evidence(start + a, start + item.end)
            ref = self.ctx.people.mention(text, ev, role=item.note, member=member)
            if ref is not None:
                out.append((ref, ev))
        return out

    def _apologies(self, flow: TextFlow) -> None:
        assert self.meeting is not None
        for m in re.finditer(r"apologies(?:\s+for\s+absence)?\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?"
                             r"(?:received|given|submitted|tendered|noted|reported|sent)\s+(?:from|by|on behalf of)\s+"
                             r"(?P<names>.+?)(?:\.(?:\s|$)|$)",
                             flow.text, re.IGNORECASE):
            for ref, ev in self._names_in(flow, m.start("names"), m.end("names"), member=True):
                self.meeting.add("cg:apologies", ref, ev)
        # "Mr A and Mrs B had sent their apologies" (the sentence starts with the names),
        # "Apologies: Mr A, Mrs B." (a labelled list, every item a name)
        for s, e in _sentences(flow.text):
            sentence = flow.text[s:e]
            m = self._SENT_APOLOGIES.match(sentence) or self._LISTED_APOLOGIES.match(sentence)
            if m and all(x.name is not None for x in split_name_list(m.group("names"))):
                for ref, ev in self._names_in(flow, s + m.start("names"), s + m.end("names"), member=True):
                    self.meeting.add("cg:apologies", ref, ev)

    _SENT_APOLOGIES = re.compile(
        r"^\s*(?:" + _PARA + r")?(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^.;:]{1,200}?)\s+"
        r"(?:had\s+|have\s+|has\s+)?(?:sent|given|tendered|submitted|offered)\s+(?:his|her|their)\s+apologies"
        # for absence, not "apologies for lateness" or "for the delay"
        r"(?:\s+for\s+(?:absence|(?:this|the)\s+meeting))?(?=\s*(?:[.,;]|$))"
    )

    _LISTED_APOLOGIES = re.compile(
        r"^\s*(?:" + _PARA + r")?Apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received(?:\s+from)?)?\s*[:–-]\s*"
        r"(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^.;:]{1,300}?)\s*\.?\s*$",
        re.IGNORECASE,
    )

    _NAME = (r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir)\.?\s+(?:[A-Z]\.?\s+){0,3}(?:[A-Z][a-zA-Z'’-]+\s+)?"
             r"(?:(?!and\b|or\b)[a-z]{2,3}\s+)?[A-Z][a-zA-Z'’-]+(?:,\s*(?:MBE|OBE|CBE))?|[A-Z][a-z'’-]+\s+[A-Z][a-zA-Z'’-]+)")
    _SUB = re.compile(
        r"(?P<sub>[^.]*?)\s+(?:was|were|is)?\s*(?:(?:in\s+attendance|attending|attended|present|there)\s+)?"
        r"(?P<virt>virtually\s+|remotely\s+)?(?:as\s+(?:a\s+|the\s+)?substitute|substitut(?:ed|ing))\s+for\s+"
        r"(?P<for>(?-i:" + _NAME + r"))",
        re.IGNORECASE,
    )

    # "Mr A was present in place of Mr B" (attending is needed: "appointed in place of" is not a substitution)
    _SUB_PLACE = re.compile(
        r"(?P<sub>[^.]*?)\s+(?:was|were)?\s*(?:in\s+attendance|attending|attended|present)\s+(?:the\s+meeting\s+)?"
        r"(?P<virt>virtually\s+|remotely\s+)?in\s+place\s+of\s+(?P<for>(?-i:" + _NAME + r"))",
        re.IGNORECASE,
    )

    _SUB_BY = re.compile(
        r"(?P<for>(?-i:" + _NAME + r")),?\s+(?:who\s+)?(?:was|were|had\s+been|being)\s+substituted\s+by\s+"
        r"(?P<sub>(?-i:" + _NAME + r"))",
        re.IGNORECASE,
    )

    # "Mrs C and Mr D were present as substitutes for Mr A and Mrs B respectively"
    _SUBS_RESPECTIVELY = re.compile(
        r"^\s*(?:" + _PARA + r")?(?P<subs>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^.;:]{1,200}?)\s+"
        r"(?:were\s+)?(?:(?:in\s+attendance|attending|attended|present)\s+)?as\s+(?:the\s+)?substitutes\s+for\s+"
        r"(?P<fors>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^.;:]{1,200}?),?\s+respectively\b"
    )

    def _substitutes_respectively(self, flow: TextFlow) -> None:
        """Two lists paired in order by "respectively": every item of both a name and
        the lists of one length (else nothing is read)."""
        assert self.meeting is not None
        for s, e in _sentences(flow.text):
            m = self._SUBS_RESPECTIVELY.match(flow.text[s:e])
            if m is None:
                continue
            subs, fors = split_name_list(m.group("subs")), split_name_list(m.group("fors"))
            if len(subs) != len(fors) or len(subs) < 2 or any(x.name is None for x in subs + fors):
                continue
            ev = flow.evidence(s + m.start("subs"), s + m.end())
            for sub_item, for_item in zip(subs, fors):
                a = s + m.start("subs") + sub_item.start
                ref = self.ctx.people.mention(sub_item.text, flow.evidence(a, a + len(sub_item.text)), member=True)
                if ref is None:
                    continue
                self.meeting.add("cg:present", ref, ev)
                self._substitution(ref, for_item.text, ev)

    def _substitutes_by(self, flow: TextFlow) -> None:
        """"Mr A, who was substituted by Mr B" / "Mr A was substituted by Mr B"."""
        assert self.meeting is not None
        for m in self._SUB_BY.finditer(flow.text):
            if parse_name(m.group("sub")) is None or parse_name(m.group("for")) is None:
                continue
            ev = flow.evidence(m.start(), m.end())
            sub = self.ctx.people.mention(m.group("sub"), flow.evidence(m.start("sub"), m.end("sub")), member=True)
            if sub is None:
                continue
            self.meeting.add("cg:present", sub, ev)
            self._substitution(sub, m.group("for"), ev)

    def _substitutes(self, flow: TextFlow) -> None:
        """"X was in attendance as substitute for Y" - several per sentence allowed
        ("Mr A was present as a substitute for Mr X and Mrs B for ... ")."""
        assert self.meeting is not None
        for s, e in _sentences(flow.text):
            sentence = flow.text[s:e]
            low = sentence.lower()
            pattern = self._SUB if "substitut" in low else self._SUB_PLACE if "in place of" in low else None
            if pattern is None:
                continue
            pos = 0
            while (m := pattern.search(sentence, pos)) is not None:
                pos = m.end()
                raw = m.group("sub")
                sub_text = re.sub(r"^(?:" + _PARA + r"|and\s+|,\s*)+", "", raw.strip(), flags=re.IGNORECASE)
                lead = raw.find(sub_text)
                if not sub_text or parse_name(sub_text) is None:
                    continue
                a = s + m.start("sub") + max(0, lead)
                ev = flow.evidence(a, s + m.end())
                sub = self.ctx.people.mention(sub_text, ev, member=True)
                if sub is None:
                    continue
                self.meeting.add("cg:present", sub, ev)
                if m.group("virt"):
                    self.meeting.add("cg:attendedVirtually", sub, ev)
                self._substitution(sub, m.group("for"), ev)

    # "Mrs B attended as his substitute" / "Mrs B was present as a substitute for her": the
    # absent member is the one person an apology just named
    _SUB_PRONOUN = re.compile(
        r"(?P<sub>(?-i:" + _NAME + r"))\s+(?:was|were|is)?\s*(?:(?:in\s+attendance|attending|attended|present|there)\s+)?"
        r"(?P<virt>virtually\s+|remotely\s+)?(?:as\s+(?P<poss>his|her)\s+substitute\b"
        r"|as\s+(?:a\s+|the\s+)?substitute\s+for\s+(?P<obj>him|her)\b)",
        re.IGNORECASE,
    )

    def _substitutes_for_the_absent(self, flow: TextFlow) -> None:
        """A substitute for "him"/"her" ("Apologies were received from Mr A; Mrs B attended
        as his substitute"): taken only when the words from the start of the sentence
        before name exactly one member, in an apology, of the pronoun's gender class."""
        from ..text.names import gender_class, genders_compatible

        spans = _sentences(flow.text)
        for i, (s, e) in enumerate(spans):
            for m in self._SUB_PRONOUN.finditer(flow.text, s, e):
                window_start = spans[i - 1][0] if i > 0 else s
                window = flow.text[window_start:m.start()]
                if "apolog" not in window.lower():
                    continue
                named = {}
                for nm in _TITLED.finditer(window):
                    name = parse_name(nm.group(0))
                    if name is not None:
                        named.setdefault(name.surname.lower(), (name, window_start + nm.start(), nm.group(0)))
                sub_name = parse_name(m.group("sub"))
                if sub_name is None:
                    continue
                named.pop(sub_name.surname.lower(), None)
                if len(named) != 1:
                    continue  # nobody, or several: whom the pronoun means is not clear
                (absent, a, absent_text), = named.values()
                pronoun = (m.group("poss") or m.group("obj")).lower()
                if not genders_compatible(gender_class(absent.title), "m" if pronoun in ("his", "him") else "f"):
                    continue
                ev = flow.evidence(a, m.end())
                ref = self.ctx.people.mention(m.group("sub"), flow.evidence(m.start("sub"), m.end("sub")), member=True)
                if ref is None:
                    continue
                self.meeting.add("cg:present", ref, ev)
                if m.group("virt"):
                    self.meeting.add("cg:attendedVirtually", ref, ev)
                self._substitution(ref, absent_text, ev)

    #: "Ms D, who was attending virtually, was not able to vote": only the name before "who"
    _VIRTUAL_WHO = re.compile(
        r"(?P<name>(?-i:\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)),\s+who\s+(?:was|were)\s+"
        r"(?:in\s+attendance|present|attending|participating)\s+(?:virtually|remotely|online)",
        re.IGNORECASE,
    )
    _VIRTUAL = re.compile(
        r"(?P<names>[^.()]*?)\s+(?<!who\s)(?:was|were)\s+(?:in\s+attendance|present|attending)\s+(?:virtually|remotely|online)"
        r"|(?P<names2>[^.()]*?)\s+(?:attended|joined|participated\s+in)\s+(?:the\s+meeting\s+)?(?:virtually|remotely|online"
        r"|(?:via|by)\s+(?:Microsoft\s+Teams|Teams|video(?:\s+|-)?(?:link|conference|call)))",
        re.IGNORECASE,
    )

    _VIRTUAL_LIST = re.compile(
        r"(?:attended|attending|present|participated|joined)\s+(?:the\s+meeting\s+)?(?:virtually|remotely|online)\s*:\s*"
        r"(?P<names>[^.]+)", re.IGNORECASE)

    def _virtual(self, flow: TextFlow) -> None:
        assert self.meeting is not None
        for m in self._VIRTUAL_LIST.finditer(flow.text):
            for ref, ev in self._names_in(flow, m.start("names"), m.end("names")):
                self.meeting.add("cg:attendedVirtually", ref, ev)
        for s, e in _sentences(flow.text):
            sentence = flow.text[s:e]
            low = sentence.lower()
            if "substitute" in low or "in place of" in low or not (
                    "virtual" in low or "remote" in low or "online" in low or "teams" in low or "video" in low):
                continue
            who = self._VIRTUAL_WHO.search(sentence)
            if who:
                for ref, ev in self._names_in(flow, s + who.start("name"), s + who.end("name")):
                    self.meeting.add("cg:attendedVirtually", ref, ev)
                continue
            m = self._VIRTUAL.search(sentence)
            if not m or self._VIRTUAL_LIST.search(sentence):
                continue
            group = "names" if m.group("names") is not None else "names2"
            names = m.group(group)
            stripped = re.sub(r"^(?:" + _PARA + r")", "", names)
            a = s + m.start(group) + (len(names) - len(stripped))
            for ref, ev in self._names_in(flow, a, s + m.end(group)):
                self.meeting.add("cg:attendedVirtually", ref, ev)

    _FOR_ITEM = re.compile(
        r"(?P<who>[^.]*?)\s+(?:(?:was|were)\s+(?:in\s+attendance|present)|attended|joined\s+the\s+meeting|remained|stayed)\s+for\s+(?:this|the)\s+item"
        r"|in\s+attendance\s+for\s+(?:this|the)\s+item\s+(?:was|were)\s*:?\s*(?P<who2>[^.]+)",
        re.IGNORECASE,
    )

    def _attendance_sentences(self, flow: TextFlow, item: Entity) -> None:
        """"Xan Broker, Senior Commissioner, and Marie Hackshall, ... were in attendance for this item."""
        assert self.meeting is not None
        date = self.meeting.first("cg:date")
        for s, e in _sentences(flow.text):
            low = flow.text[s:e].lower()
            if "item" not in low or not any(w in low for w in ("attendance", "present", "attended", "joined", "remained", "stayed")):
                continue
            m = self._FOR_ITEM.search(flow.text[s:e])
            if not m:
                continue
            group = "who" if m.group("who") is not None else "who2"
            who_start = s + m.start(group)
            who = flow.text[who_start: s + m.end(group)]
            lead = re.match(r"^(?:" + _PARA + r"|also\s+)+", who, re.IGNORECASE)
            if lead:
                who_start += lead.end()
                who = who[lead.end():]
            for name_text, role, a, b in _people_with_roles(who):
                ev = flow.evidence(who_start + a, who_start + b)
                ref = self.ctx.people.mention(name_text, ev, role=role)
                if ref is None:
                    continue
                self.ctx.people.facts(ref).add("cg:attendedItem", item.ref, ev)
                if role and self.ctx.council is not None:
                    self._post(ref, role, ev, date)

    _DECLARE = re.compile(r"\b(?:declared|declare[sd]?|noted|said|stated|advised|informed|made|registered|reported)\b", re.IGNORECASE)
    _NO_DECL = re.compile(r"\bno\s+(?:declarations?|interests?)\b|\bnone\b", re.IGNORECASE)

    def _declarations(self, flow: TextFlow, item: Entity, whole: bool) -> None:
        """Declarations: in the "Declarations of Interest" minute every sentence that
        starts with a member's name; elsewhere sentences "X declared an interest"."""
        assert self.meeting is not None
        current: list | None = None
        count = 0
        decls: list[list] = []
        for s, e in _sentences(flow.text):
            sentence = flow.text[s:e]
            if whole and self._NO_DECL.search(sentence) and not _NAME_AT_START.match(sentence):
                current = None
                continue
            m = _NAME_AT_START.match(sentence)
            if m and parse_name(m.group("name")) is not None and (
                    (whole and self._DECLARE.search(sentence)) or re.search(r"\bdeclared?\b.*\binterest", sentence, re.IGNORECASE)
                    # a list of declarations: "Mrs D: Other Significant Interest in Item 7 as ..."
                    or (whole and re.match(r"\s*[:–-]\s+\S", sentence[m.end("name"):])
                        and re.search(r"\binterest\b", sentence, re.IGNORECASE))):
                current = [m.group("name"), s + m.start("name"), s, e]
                decls.append(current)
                continue
            if whole and current is not None and sentence[:1].islower() or (
                    whole and current is not None and re.match(r"^(?:She|He|They|This|It)\b", sentence)):
                current[3] = e
            else:
                current = None
        # "Mr A declared ... in item 5 and Mrs B declared ... in item 6": one per clause;
        # "Mr A and Mrs B each declared an interest ...": one declaration per member named
        decls = [piece for d in decls for piece in self._declaring_clauses(flow.text, d)]
        decls = [d for first in decls for d in [first, *self._co_declarants(flow.text, first)]]
        for name_text, name_start, s, e in decls:
            name = parse_name(name_text)
            after = flow.text[name_start + len(name_text):e]
            if name is not None and self._HAVING_DECLARED.match(after) and self._declared_before(name):
                # "Mrs B, having declared an interest, left the room": the declaration
                # recorded earlier in these minutes, not a second one
                continue
            if not whole and name is not None:
                im = re.search(r"\b(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?|(?-i:[A-H])\d{1,2})\b", flow.text[s:e], re.IGNORECASE)
                about = self.item_by_number.get(im.group(1), item.ref) if im else item.ref
                if self._declared_before(name, about):
                    # "Mr A declared an interest in this item" restating the declaration made
                    # about it under "Declarations of Interest": the same declaration
                    continue
            ev = flow.evidence(s, e)
            ref = self.ctx.people.mention(name_text, flow.evidence(name_start, name_start + len(name_text)))
            if ref is None:
                continue
            count += 1
            text = flow.text[s:e].strip()
            text = re.sub(r"^(?:" + _PARA + r")", "", text)
            key = self.meeting.key + ("declaration", str(count) if whole else f"{item.key[-1]}-{count}")
            decl = Entity("InterestDeclaration", key)
            decl.add("cg:declarant", ref, ev)
            decl.add("cg:text", text, ev)
            decl.add_source(ev)
            about = None
            im = re.search(r"\b(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?|(?-i:[A-H])\d{1,2})\b", text, re.IGNORECASE)
            if im and im.group(1) in self.item_by_number:
                about = self.item_by_number[im.group(1)]
            elif im and whole:
                # an item of this meeting not minuted here: record its number only
                stub = Entity("AgendaItem", self.meeting.key + (im.group(1),))
                stub.add("cg:itemNumber", im.group(1), ev)
                stub.add_source(ev)
                about = self.ctx.put(stub).ref
                self.meeting.add("cg:agendaItem", about, ev)
            elif whole and (mm := re.search(r"\bminute\s+(?:no\.?\s*)?(\d{1,4})\b", text, re.IGNORECASE)):
                # "... an interest in Minute 65": a minute of these minutes, by its number
                about = self._minute_ref(mm.group(1), ev)
            elif not whole:
                about = item.ref
            if about is not None:
                decl.add("cg:aboutItem", about, ev)
            decl = self.ctx.put(decl)
            self.meeting.add("cg:declaration", decl.ref, ev)
            if name is not None:
                self.declared.append((name, about))

    _CO_NAME = (r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\.?\s+(?:[A-Z]\.?\s+){0,3}"
                r"(?:[A-Z][a-zA-Z'’-]+\s+)?[A-Z][a-zA-Z'’-]+")
    _CO_DECLARANTS = re.compile(
        r"(?P<others>(?:\s*,\s*" + _CO_NAME + r")*\s*,?\s+and\s+" + _CO_NAME + r")"
        r"\s+(?:each\s+|both\s+|all\s+)?(?:declared|declare[sd]?|made)\b")

    _FURTHER_DECLARANT = re.compile(
        r"(?:\s*[;,]\s*(?:and\s+|while\s+|whilst\s+)?|\s+(?:and|while|whilst)\s+)(?P<name>" + _CO_NAME + r")"
        r"\s+(?:also\s+)?(?:declared|made\s+a\s+declaration)\b"
    )

    def _declaring_clauses(self, text: str, decl: list) -> list[list]:
        """A declaration sentence cut where another member's own declaring clause begins
        ("Mr A declared an interest in item 5 and Mrs B declared an interest in item 6",
        "...; Mrs B declared ..."): each clause as ``[name, start, clause start, clause
        end]``, so each declaration has its own text and item."""
        name_text, name_start, s, e = decl
        out = []
        # past the first member's own verb: "Mr A and Mrs B declared" is one clause
        verb = re.compile(r"\b(?:declared|declares?|made)\b").search(text, name_start + len(name_text), e)
        if verb is None:
            return [decl]
        pos = verb.end()
        current = [name_text, name_start, s, e]
        while (m := self._FURTHER_DECLARANT.search(text, pos, e)) is not None:
            if parse_name(m.group("name")) is None:
                pos = m.end()
                continue
            current[3] = m.start()
            out.append(current)
            current = [m.group("name"), m.start("name"), m.start("name"), e]
            pos = m.end("name")
        out.append(current)
        return out

    def _co_declarants(self, text: str, first: list) -> list[list]:
        """The other members of a declaration sentence that names several before its verb
        ("Mr A and Mrs B each declared ...", "Mr A, Ms C and Mrs B declared ..."): each
        as ``[name, start, sentence start, sentence end]``; none when the names are not
        followed straight away by the verb, or when the sentence pairs them with items
        "respectively"."""
        name_text, name_start, s, e = first
        m = self._CO_DECLARANTS.match(text, name_start + len(name_text), e)
        if m is None or re.search(r"\brespectively\b", text[s:e], re.IGNORECASE):
            return []  # "... in items 5 and 6 respectively": which item is whose is not read
        out = []
        for nm in re.finditer(self._CO_NAME, m.group("others")):
            if parse_name(nm.group(0)) is not None:
                out.append([nm.group(0), m.start("others") + nm.start(), s, e])
        return out

    def _minute_ref(self, minute: str, ev) -> Ref | None:
        """The agenda item of these minutes numbered ``minute`` (None if there is none)."""
        assert self.meeting is not None
        found = next((x for x in self.items if x.minute == minute), None)
        if found is None:
            return None
        key = self.meeting.key + ((found.item,) if found.item else ("minute", found.minute))
        stub = Entity("AgendaItem", key)
        stub.add("cg:minuteNumber", found.minute, ev)
        stub.add_source(ev)
        return self.ctx.put(stub).ref

    _HAVING_DECLARED = re.compile(r"^\s*,?\s*having\s+(?:\w+\s+){0,2}declared\b", re.IGNORECASE)

    def _declared_before(self, name, about: Ref | None = None) -> bool:
        """Has a declaration by this person (same surname, compatible title and
        initials) - about the item ``about``, when given - already been read from these minutes?"""
        from ..text.names import genders_compatible

        for other, other_about in self.declared:
            if about is not None and other_about != about:
                continue
            if other.surname.lower() != name.surname.lower() or not genders_compatible(other.gender, name.gender):
                continue
            if other.first_initial and name.first_initial and other.first_initial != name.first_initial:
                continue
            return True
        return False

    def _resolutions(self, item: _Item, entity: Entity) -> None:
        """Each RESOLVED text with its lettered list and "be endorsed." tail.

        Line-based (PDF text has no blank lines): after the RESOLVED line, lines are
        added while the text so far has not ended a sentence, or the next line starts
        "be ..." / "subject to"; a line starting with a member's name or a numbered
        paragraph always ends it.
        """
        from ..text.layout import is_page_marker

        src = self.source
        lines = [(n, " ".join(src.line(n).replace("**", "").split())) for n in range(item.body_start, item.body_end + 1)]
        lines = [(n, t) for n, t in lines if t and not is_page_marker(t)]
        i = 0
        while i < len(lines):
            n, t = lines[i]
            m = re.search(r"\bRESOLVED\b", t)
            if not m:
                i += 1
                continue
            taken = [(n, t)]
            acc = t[m.start():]
            j = i + 1
            while j < len(lines):
                nt = lines[j][1]
                if re.match(r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+[A-Z]|^\d+\.\s|^[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:said|asked|noted)\b", nt) \
                        or re.search(r"\bRESOLVED\b", nt):
                    break
                ended = bool(re.search(r"[.!?][’'\")]*$", acc))
                if ended and not re.match(r"^(?:be\s|subject\s+to\b)", nt):
                    break
                taken.append(lines[j])
                acc = f"{acc} {nt}"
                j += 1
            flow = TextFlow(src, [(k, src.line(k)) for k, _ in taken])
            start = flow.text.find("RESOLVED")
            lead = re.search(r"\bIt\s+was\s+$", flow.text[:start])
            if lead:
                start = lead.start()  # "It was RESOLVED that ...": the resolution as printed
            ev = flow.evidence(start, len(flow.text))
            entity.add("cg:resolution", flow.text[start:].strip(), ev)
            i = j

    _CHAIR = re.compile(
        r"(?P<who>[^.]*?)\s+(?:(?:took|assumed|was\s+in|resumed)\s+the\s+chair\b(?!\s+(?:of|at)\s+(?!the\s+meeting))"
        # "presided" / "chaired the meeting" - of this meeting, not "presided over the Board"
        r"|presided(?=\s*(?:[.,;]|$|(?:over|for)\s+(?:the|this)\s+(?:meeting|item|remainder|rest)\b))"
        r"|chaired\s+(?:the\s+(?:remainder|rest)\s+of\s+the\s+meeting|the\s+(?:meeting|item)\b(?!\s+of\b)|this\s+item))",
        re.IGNORECASE)
    # a chair for a later meeting is not a chair of this one
    _LATER_MEETING = re.compile(r"^\s*(?:at|for|of)\s+(?:the\s+|a\s+)?(?:next|future|following|subsequent|later)\b",
                                re.IGNORECASE)

    # "... and agreed that Mr B take the chair" / "RESOLVED that Mr B be elected to the chair";
    # "Mr B was elected to the chair (for the meeting)" / "... elected Chairman for the meeting"
    _CHAIR_AGREED = re.compile(
        r"\b(?:agreed|resolved)\s+that\s+(?P<who>(?-i:" + _NAME + r"))\s+(?:should\s+)?"
        r"(?:take|be\s+(?:elected|appointed)\s+to(?:\s+take)?)\s+the\s+chair\b",
        re.IGNORECASE,
    )
    _CHAIR_ELECTED = re.compile(
        r"(?P<who>(?-i:" + _NAME + r"))\s+(?:was|is)\s+(?:duly\s+|then\s+)?(?:elected|appointed)\s+"
        r"(?:to\s+(?:take\s+)?the\s+chair\b|(?:as\s+)?(?:the\s+)?Chair(?:man|woman|person)?\s+for\s+"
        r"(?:the\s+(?:remainder\s+of\s+the\s+)?meeting|this\s+(?:meeting|item)|the\s+item)\b)",
        re.IGNORECASE,
    )
    # a line of its own: "Mr B in the Chair" / "(Mr B in the Chair)"
    _IN_THE_CHAIR_LINE = re.compile(
        r"^\(?\s*(?P<who>(?-i:" + _NAME + r"))\s+(?:\((?:Vice[-\s]?)?Chair\w*\)\s+)?in\s+the\s+chair\s*\)?\.?$",
        re.IGNORECASE,
    )

    def _chair_changes(self, flow: TextFlow, item: _Item) -> None:
        """A change of chair during the meeting: "Mr B took (assumed, resumed) the chair",
        "... agreed that Mr B take the chair", "Mr B was elected to the chair" and the
        line "Mr B in the Chair". A proposal alone, or a chair who is not named, is not read."""
        assert self.meeting is not None
        for n in range(item.body_start, item.body_end + 1):
            line = TextFlow.of(self.source, n, n)
            m = self._IN_THE_CHAIR_LINE.match(line.text)
            if m and parse_name(m.group("who")) is not None:
                self._chair(m.group("who"), line.evidence(m.start("who"), m.end()))
        for s, e in _sentences(flow.text):
            low = flow.text[s:e].lower()
            if "chair" not in low and "presid" not in low:
                continue
            for pattern in (self._CHAIR_AGREED, self._CHAIR_ELECTED):
                for m in pattern.finditer(flow.text, s, e):
                    if parse_name(m.group("who")) is not None and not re.search(
                            r"\bnot\s+(?:\w+\s+)?$", flow.text[s:m.start()]) \
                            and not self._LATER_MEETING.match(flow.text[m.end():e]):
                        self._chair(m.group("who"), flow.evidence(m.start("who"), m.end()))
            m = self._CHAIR.search(flow.text[s:e])
            if not m or self._LATER_MEETING.match(flow.text[s + m.end():e]) or re.search(
                    r",\s*who\b|\bnot\s+(?:\w+\s+)?$", m.group("who"), re.IGNORECASE):
                continue  # "Mr A, who took the chair of the Board, ..." / "did not take ..."
            raw = re.sub(r"\s*\((?:Vice-?\s?)?Chair\w*\)\s*$", "", m.group("who"), flags=re.IGNORECASE)
            # "In the absence of the Chairman, Mr X took the chair" / "The Vice-Chairman, Mr X, took ..."
            candidates = [re.sub(r"^(?:" + _PARA + r")", "", c.strip()) for c in raw.split(",")]
            # "The Vice-Chairman (Mr X) took the chair": the name in brackets
            candidates = [bm.group(1).strip() if (bm := re.search(r"\(([^()]+)\)$", c)) else c for c in candidates]
            who = next((c for c in reversed(candidates) if c and parse_name(c) is not None), None)
            if who is None:
                continue
            a = flow.text.find(who, s)
            self._chair(who, flow.evidence(a, s + m.end()))

    def _chair(self, who: str, ev) -> None:
        assert self.meeting is not None
        ref = self.ctx.people.mention(who, ev, member=True)
        if ref is not None:
            self.meeting.add("cg:chair", ref, ev)

    _POST_WORDS = r"(?:Cabinet Member|Corporate Director|Director|Leader|Deputy Leader|Chief Executive|Head|General Counsel)"
    _POST_THEN_NAME = re.compile(
        r"\bThe\s+(?P<post>(?:[A-Z][\w-]*\s+){0,3}" + _POST_WORDS + r"\b[^.;()]*?),\s+"
        r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][a-z'’-]+\s+)?[A-Z][\w'’-]+)\s*,"
    )
    _NAME_THEN_POST = re.compile(
        r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+)\s+"
        r"\((?P<post>(?:[A-Z][\w-]*\s+){0,3}" + _POST_WORDS + r"\b[^()]*)\)"
    )

    def _narrative_posts(self) -> None:
        """"The Cabinet Member for ..., Mrs Clair Bell," / "Graham Gibbens (Cabinet Member for ...)":
        post holdings as of the meeting date."""
        if self.meeting is None or self.ctx.council is None:
            return
        flow = TextFlow.of(self.source, self.section.start, self.end)
        day = self.meeting.first("cg:date")
        for pattern in (self._POST_THEN_NAME, self._NAME_THEN_POST):
            for m in pattern.finditer(flow.text):
                if parse_name(m.group("name")) is None:
                    continue
                ev = flow.evidence(m.start(), m.end())
                ref = self.ctx.people.mention(m.group("name"), flow.evidence(m.start("name"), m.end("name")))
                if ref is not None:
                    note_post_holding(self.ctx, ref, m.group("post"), day, ev)

    _NARRATIVE = re.compile(
        r"(?<![\w.’'-])(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][a-zA-Z'’]+(?:-\s?[A-Z][a-z'’]+)?)"
        r"(?![\w’'-])(?:\s+(?:then|also|further|had))?\s+"
        r"(?:asked|said|noted|commented|queried|questioned|enquired|raised|expressed|welcomed|suggested|"
        r"requested|proposed|seconded|moved|responded|replied|explained|stated|added|thanked|"
        r"highlighted|confirmed|introduced|presented|reported|advised|sought)\b"
    )

    def _narrative_speakers(self) -> None:
        """A member or officer named only in the narrative of a minute, titled and by
        surname ("Mr Angell asked whether ..."): a person mention (resolved to the
        listed person of that surname when there is one; dropped with a warning when
        several fit). Only the speaking form counts, inside the minutes' items;
        anonymised forms ("Mr X") are never names."""
        for item in self.items:
            if item.body_start > item.body_end:
                continue
            flow = TextFlow.of(self.source, item.body_start, item.body_end)
            for m in self._NARRATIVE.finditer(flow.text):
                name = parse_name(m.group("name"))
                if name is None or not is_plain_name(name):
                    continue
                try:
                    ev = flow.evidence(m.start("name"), m.end("name"))
                except ValueError:
                    continue
                self.ctx.people.mention(m.group("name"), ev)

    def _hints(self) -> None:
        """Every "Title Surname" phrase of the minutes: printed forms of listed people."""
        flow = TextFlow.of(self.source, self.section.start, self.end)
        for m in _TITLED.finditer(flow.text):
            end = m.end()
            if flow.text[end:end + 2] in ("’s", "'s") or flow.text[end - 2:end] in ("’s", "'s"):
                end -= 2 if flow.text[end - 2:end] in ("’s", "'s") else 0
            try:
                ev = flow.evidence(m.start(), end)
            except ValueError:
                continue
            self.ctx.people.hint(flow.text[m.start():end], ev)
        # untitled full names speaking ("Mark Albiston noted ..."): hints that need a
        # titled surname reference elsewhere to count as a person
        for m in _SPEAKER.finditer(flow.text):
            try:
                ev = flow.evidence(m.start("name"), m.end("name"))
            except ValueError:
                continue
            self.ctx.people.hint(m.group("name"), ev)


_POST_WORD = re.compile(
    r"\b(?:Director|Manager|Officer|Commissioner|Head|Lead|Adviser|Advisor|Partner|Member|Leader|Counsel|"
    r"Executive|Clerk|Secretary|Analyst|Consultant|Co-?ordinator|Specialist|Practitioner|Accountant|"
    r"Principal|Controller|Auditor|Solicitor|Lawyer|Engineer|Worker|Administrator|Strategist|Designer)s?\b"
)
# a role held in another body ("Chair of the Kent and Medway Safeguarding Adults Board",
# "Deputy Director, NHS Kent and Medway") is not a post of the council
_OTHER_BODY = re.compile(
    r"\b(?:NHS|ICB|CCG|ICS|Trust|Healthwatch|Board|University|College|Ltd|Limited|plc|CIC|Police|"
    r"Fire\s+and\s+Rescue|Borough|City\s+Council|Parish|Association|Foundation|Charity)\b"
)
_NOT_A_TITLE = re.compile(r"\b(?:is|was|were|will|has|had|who|which|attended|presented|for\s+this\s+item)\b", re.IGNORECASE)


def is_council_post(label: str) -> bool:
    """Is a role printed beside an officer's name a post of the council ("Corporate
    Director Adult Social Care and Health", "Senior Commissioner")? Not a fragment of
    text (lower-case start, a verb, over 14 words), not a role in another body, and it
    names a kind of post."""
    if not label or len(label) > 150 or not label[:1].isupper() or len(label.split()) > 14:
        return False
    if _NOT_A_TITLE.search(label) or _OTHER_BODY.search(label):
        return False
    return bool(_POST_WORD.search(label))


def _officer_items(items: list) -> list:
    """Officer lists printed without parentheses: "Richard Smith - Corporate Director",
    "Richard Smith, Corporate Director of ..., Simon Mitchell, Senior Commissioner":
    a role is attached to the name before it as its note."""
    from ..text.names import ListedName

    out: list = []
    for item in items:
        dash = re.match(r"^(?P<name>[^–—-]+?)\s+[–—-]\s+(?P<role>.+)$", item.text) if item.note is None else None
        if item.name is None and dash and parse_name(dash.group("name")) is not None:
            name = dash.group("name").strip()
            out.append(ListedName(name, dash.group("role").strip(), item.start, item.end, parse_name(name)))
            continue
        is_role = looks_like_role(item.text) and item.note is None
        if (item.name is None or is_role) and out and out[-1].name is not None and out[-1].note is None and is_role:
            prev = out[-1]
            out[-1] = ListedName(prev.text, item.text, prev.start, item.end, prev.name)
            continue
        out.append(item)
    return out


_SPEAKER = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\d\.\s)|(?<=\)\s))(?P<name>[A-Z][a-z'’-]+\s+(?:(?:de|van|von|le)\s+)?[A-Z][a-zA-Z'’-]+)\s+"
    r"(?:then\s+|also\s+|further\s+)?(?:said|noted|introduced|added|explained|responded|confirmed|stated|gave|"
    r"presented|provided|updated|thanked|advised|replied|highlighted|reported)\b"
)

_ROLE_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _people_with_roles(text: str) -> list[tuple[str, str | None, int, int]]:
    """(name, role, start, end) from "Xan Broker, Senior Commissioner, and Marie Hackshall,
    System Programme Lead – ..." or "Ms A (Role) and Ms B (Role)"; spans cover name and role."""
    if "(" in text:
        out = []
        for item in split_name_list(text):
            if item.name is not None:
                out.append((item.text, item.note, item.start, item.end))
        return out
    # comma form: segments alternate name, role: "Name, Role, and Name, Role"
    segments = []  # (start, end, separator before it)
    pos, sep = 0, ""
    for m in _ROLE_SPLIT.finditer(text):
        segments.append((pos, m.start(), sep))
        pos, sep = m.end(), m.group(0)
    segments.append((pos, len(text), sep))
    out = []
    current = None
    last_was_name = False
    for a, b, sep in segments:
        seg = text[a:b].strip()
        if not seg:
            continue
        lead = text[a:b].find(seg)
        a2, b2 = a + lead, a + lead + len(seg)
        titled = bool(re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Sir)\.?\s", seg))
        # right after a name comes its role; " and " inside a role continues it
        role_position = current is not None and (last_was_name or "," not in sep)
        is_name = parse_name(seg) is not None and not looks_like_role(seg) and (titled or not role_position)
        if is_name:
            if current:
                out.append(tuple(current[:4]))
            current = [seg, None, a2, b2, None]
            last_was_name = True
        elif current is not None:
            if current[4] is None:
                current[4] = a2
            current[1] = text[current[4]:b2]
            current[3] = b2
            last_was_name = False
    if current:
        out.append(tuple(current[:4]))
    return out  # type: ignore[return-value]
