"""Numbered decisions: one normalised number, one IRI, wherever the number is printed.

Owned by the reports engineer; shared with the extraction lead. NOTE TO THE
LEAD: please use these helpers in the front-sheet and minutes parsers so that a
decision printed as "22/0081" in one place and "22/00081" in another is one
``cg:Decision`` (key ``("22/00081",)`` → ``data:decision/22-00081``):

* :func:`normalise_decision_number` - "22/0081" → "22/00081"; ``None`` if not one.
* :func:`decision_ref` - the :class:`Ref` of a decision by (any printed) number.
* :func:`split_numbered_title` - "22/00081 - Integrated Community Equipment
  Service" → ("22/00081", "Integrated Community Equipment Service"); use on
  agenda items and minute headings.
* :func:`note_decision` - put a Decision with its number, title, status and
  meeting into the context, with evidence.
* :func:`is_endorsement` - does a RESOLVED text endorse "the decision to be
  taken by ..."? (then ``note_decision(..., status="endorsed",
  endorsed_at=meeting)``).
* :func:`scan_decision_mentions` - every decision number in a run of lines
  (background documents, "in line with decision 23/00022"), each a Decision
  with evidence; call it on any section body you own.
* :func:`read_cited_decisions` - what a report's sentences say about an earlier
  decision they cite (a key decision, taken, endorsed by the committee on a date);
  :func:`read_key_statements` - "This was a key decision" under a decision's heading.

Keys are the normalised number only, so the IRI does not depend on where or in
which order the number was read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from .records import Entity, Evidence, Ref

if TYPE_CHECKING:  # pragma: no cover
    from .context import ParseContext
    from .document import SourceText

__all__ = [
    "DECISION_NUMBER",
    "is_outside_cycle",
    "normalise_decision_number",
    "decision_ref",
    "find_decision_numbers",
    "split_numbered_title",
    "note_decision",
    "note_key_decision",
    "is_endorsement",
    "scan_decision_mentions",
    "read_cited_decisions",
    "read_key_statements",
    "read_own_key_statement",
    "DECISION_STATUSES",
]

#: "23/00074", "22/0081": two-digit year, slash, a zero-led serial of 4-5 digits.
#: Dates ("14/05/2019", "1/12/21") and years ("2023/2024") are excluded by the
#: guards on either side.
DECISION_NUMBER = re.compile(r"(?<![\d/£$.,])(\d{2})\s?/\s?(0\d{3,4})(?![\d/])")

DECISION_STATUSES = ("proposed", "endorsed", "taken")

# "22/00081 - Title", "22/00019 – Kara Contract Extension", "22/00081: Title"
_NUMBERED_TITLE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\d{1,3}\.?\s+)?(?:Decision\s*(?:No\.?|Number)?\s*[-:–]?\s*)?"
    r"(?P<num>\d{2}\s?/\s?0\d{3,4})\s*[-–—:]\s*(?P<title>\S.*?)\s*$"
)
# trailing page references on agenda lines: "(Pages 17 - 32)", "(Page 5)"
_PAGES = re.compile(r"\s*\(Pages?\s+\d+(?:\s*-\s*\d+)?\)?\s*$", re.I)


def normalise_decision_number(text: str) -> str | None:
    """The "YY/NNNNN" form of the first decision number in ``text``, or ``None``.

    >>> normalise_decision_number("Decision no: 22/0081")
    '22/00081'
    """
    m = DECISION_NUMBER.search(text or "")
    if not m:
        return None
    return f"{m.group(1)}/{int(m.group(2)):05d}"


_NUMBER_HEAD = re.compile(r"(?<![\d/£$.,])(\d{2})\s?/\s*$")
_NUMBER_TAIL = re.compile(r"^\s*(0\d{3,4})(?![\d/])")


def number_on_lines(source: "SourceText", start: int, end: int) -> tuple[str, int, int] | None:
    """The first decision number printed on lines ``start``..``end``: (normalised,
    first line, last line). A number broken after its slash ("23/" then "00058" on
    the next non-blank line) is joined."""
    for n in range(start, end + 1):
        line = source.line(n).replace("*", "")
        m = DECISION_NUMBER.search(line)
        if m:
            return f"{m.group(1)}/{int(m.group(2)):05d}", n, n
        head = _NUMBER_HEAD.search(line)
        if head:
            k = n + 1
            while k <= end and not source.line(k).strip():
                k += 1
            tail = _NUMBER_TAIL.match(source.line(k).replace("*", "")) if k <= end else None
            if tail:
                return f"{head.group(1)}/{int(tail.group(1)):05d}", n, k
    return None


def decision_ref(number: str) -> Ref:
    """The reference of the decision printed as ``number`` (any layout)."""
    norm = normalise_decision_number(number)
    if norm is None:
        raise ValueError(f"not a decision number: {number!r}")
    return Ref("Decision", (norm,))


def find_decision_numbers(text: str) -> list[tuple[str, str]]:
    """Every (printed, normalised) decision number in ``text``, in order."""
    if not text or "/" not in text:
        return []  # every decision number has a "/"
    return [(m.group(0), f"{m.group(1)}/{int(m.group(2)):05d}") for m in DECISION_NUMBER.finditer(text)]


def split_numbered_title(text: str) -> tuple[str, str] | None:
    """("22/00081", "Title") from "22/00081 - Title" (agenda and minute headings).

    A leading item number ("7 ", "87. ") and a trailing "(Pages 17 - 32)" are
    dropped. Returns ``None`` when the text is not of that shape.
    """
    m = _NUMBERED_TITLE.match(text or "")
    if not m:
        return None
    title = _PAGES.sub("", m.group("title")).strip(" -–—")
    title = re.sub(r"\*+", "", title).strip()
    # a programme table's last column run into the title: "23/00112 - Charging Policy Key decision"
    title = _KEY_COLUMN_TAIL.sub("", title).strip()
    if not title or not re.search(r"[A-Za-z]", title):
        return None
    return normalise_decision_number(m.group("num")), title  # type: ignore[return-value]


def note_decision(
    ctx: "ParseContext",
    number: str,
    evidence: Evidence,
    *,
    title: str | None = None,
    title_evidence: Evidence | None = None,
    status: str | None = None,
    considered_at: Ref | None = None,
    endorsed_at: Ref | None = None,
) -> Entity:
    """Put the decision numbered ``number`` into ``ctx`` (merged with what is known).

    ``evidence`` must quote the printed number. The status is one of
    :data:`DECISION_STATUSES`; ``endorsed_at`` implies status "endorsed".
    """
    ref = decision_ref(number)
    if status is not None and status not in DECISION_STATUSES:
        raise ValueError(f"unknown decision status {status!r}")
    existing = ctx.entities.get(ref)
    e = Entity("Decision", ref.key)
    e.add_source(evidence)
    e.add("cg:decisionNumber", ref.key[0], evidence)
    if title:
        title = " ".join(title.replace("**", "").split())
        old = [str(t) for t in existing.values("dct:title")] if existing is not None else []
        if not old:
            e.add("dct:title", title, title_evidence or evidence)
        elif all(t.isupper() for t in old) and not title.isupper():
            # one title per decision: a mixed-case form replaces an ALL CAPS one
            existing.properties["dct:title"] = []
            e.add("dct:title", title, title_evidence or evidence)
    if endorsed_at is not None:
        e.add("cg:endorsedAt", endorsed_at, evidence)
        status = status or "endorsed"
    if status:
        e.add("cg:status", status, evidence)
    if considered_at is not None:
        e.add("cg:consideredAt", considered_at, evidence)
    return ctx.put(e)


def note_key_decision(ctx: "ParseContext", decision: Entity, value: bool, evidence: Evidence) -> None:
    """Record whether ``decision`` (a stored Decision) is a key decision. A decision has
    one answer: when the document says both (a sheet "Key decision: No", a report "Yes"),
    neither is kept - a wrong answer is worse than none - and the clash is reported."""
    clashes = ctx.__dict__.setdefault("_key_decision_clashes", set())
    if decision.ref in clashes:
        return
    if any(bool(v) != value for v in decision.values("cg:keyDecision")):
        clashes.add(decision.ref)
        decision.properties.pop("cg:keyDecision", None)
        ctx.warn(evidence.start_line, f"decision {decision.key[0]}: stated both a key decision and not one - left unknown")
        return
    decision.add("cg:keyDecision", value, evidence)


_ENDORSE = re.compile(
    r"\bdecision\b.{0,40}?\bto be taken by\b.*?\bbe\s+endorsed\b|\bproposed\s+decision\b.{0,300}?\bbe\s+(?:endorsed|supported)\b|"
    r"\b(?:endorsed?|support(?:s|ed)?)\s+the\s+(?:proposed\s+)?decision\b",
    re.I | re.S,
)
#: the committee did not endorse: "did not endorse", "not be endorsed", "declined to endorse"
_NOT_ENDORSED = re.compile(
    r"\b(?:not|n[o’']t)\s+(?:to\s+)?(?:be\s+)?(?:endorse|support)|\b(?:declined?|refused?)\s+to\s+(?:endorse|support)",
    re.I,
)


def is_endorsement(resolution_text: str) -> bool:
    """Does a RESOLVED text record the committee endorsing a proposed decision?

    True for "RESOLVED that the decision to be taken by the Cabinet Member ...
    to: (a) ... be endorsed.", "RESOLVED that the proposed decision to extend the X
    contract be endorsed.", "... endorsed the proposed decision" and "supports the
    proposed decision"; never when the text says the committee did not ("did not endorse",
    "declined to support").
    """
    text = resolution_text or ""
    return bool(_ENDORSE.search(text)) and not _NOT_ENDORSED.search(text)


def scan_decision_mentions(
    ctx: "ParseContext",
    source: "SourceText",
    start: int,
    end: int,
    *,
    skip_lines: Iterable[int] = (),
) -> list[Entity]:
    """A Decision (number + evidence) for every decision number on lines ``start``..``end``.

    Where the number heads a "NN/NNNNN - Title" line (background documents,
    decision lists) the title is recorded too; a title that runs on to the
    next line is joined while that line continues the sentence. Numbers on
    ``skip_lines`` are left alone (the caller has read them with more
    context).
    """
    skip = set(skip_lines)
    found: list[Entity] = []
    for n in range(start, end + 1):
        if n in skip:
            continue
        line = source.line(n)
        for printed, number in find_decision_numbers(line):
            ev = source.evidence(n, n, printed)
            title, title_ev = _title_after(source, n, end, printed)
            if title is None:
                title, title_ev = _title_in_prose(source, n, end, printed)
            found.append(note_decision(ctx, number, ev, title=title, title_evidence=title_ev))
    return found


_KEY_COLUMN_TAIL = re.compile(r"\s+(?:Key|Non[- ]key)\s+decision\s*$", re.I)
_CONNECTOR_END = re.compile(r"\b(?:the|of|and|for|to|in|on|with|a|an|at|by|from|or|&)$|[-–—,]$", re.I)


def _title_after(source: "SourceText", n: int, end: int, printed: str) -> tuple[str | None, Evidence | None]:
    """The title of a "NN/NNNNN - Title" line that starts at the number.

    Also "Decision - NN/NNNNN - Title", "Key Decision NN/NNNNN - Title" (a background
    document) and "‘NN/NNNNN - Title’". A title that
    is visibly unfinished (ends on "of", "the", "and" ... or the next line
    starts in lower case) continues on the next non-blank line.
    """
    line = source.line(n).strip()
    m = re.match(
        r"^(?:[-*•]\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:Decision\s*[-–:]\s*|Key\s+Decision\s*(?:No\.?|Number)?\s*[-–:]?\s*)?[‘'\"“]?"
        + re.escape(printed)
        + r"\s*[-–—:]\s*(?P<t>\S.*)$",
        line,
    )
    if not m and "|" in line:
        # a cell of a table with "|" between its cells: "| 12 March 2025 | 24/00131 - Charging Policy |"
        cell = re.search(r"(?:^|\|)\s*" + re.escape(printed) + r"\s*[-–—:]\s*(?P<t>[^|]*[A-Za-z][^|]*?)\s*(?:\||$)", line)
        if cell:
            title = re.sub(r"\*+", "", cell.group("t")).strip()
            return title, source.evidence(n, n, cell.group("t").strip())
    if not m:
        # a quoted reference inside a sentence: "...; ‘17/00053 - Direction of future provision ...’"
        m = re.search(r"[‘“]" + re.escape(printed) + r"\s*[-–—:]\s*(?P<t>[^’”]+[’”]?.*)$", line)
    if not m:
        # an emphasised title inside a sentence: "decisions 21/00105 - *Technology Enabled Care Build and Test* - and"
        em = re.search(re.escape(printed) + r"\s*[-–—:]\s*(?:\*{1,2}|_)(?P<t>[^*_]{3,150}?)(?:\*{1,2}|_)", line)
        if em:
            return em.group("t").strip(), source.evidence(n, n, em.group(0))
    if not m:
        return None, None
    # a table row: the title is the first column (also where the PDF flattened the columns to
    # one space: "1 23/00112 - Adult Social Care Charging Policy Key decision")
    title = re.split(r"\t|\s{3,}", m.group("t").strip())[0].strip()
    title = _KEY_COLUMN_TAIL.sub("", title).strip() or title
    last = n
    if "’" in title or "”" in title:
        title = re.split(r"[’”]", title)[0]
        closed = True
    else:
        closed = bool(re.search(r"\.\s*$|\)\s*$", title)) and title.count("(") <= title.count(")")
    if not closed:
        nxt_n = n + 1
        while nxt_n <= min(end, n + 3) and not source.line(nxt_n).strip():
            nxt_n += 1
        if nxt_n <= end:
            nxt = source.line(nxt_n).strip()
            if (
                nxt
                and not DECISION_NUMBER.search(nxt)
                and not re.match(r"^(?:https?://|www\.)", nxt)
                and "@" not in nxt
                and len(nxt) < 100
                and (_CONNECTOR_END.search(title) or re.match(r"^[a-z]", nxt) or title.count("(") > title.count(")"))
            ):
                cont = re.split(r"\s*-?\s*https?://", nxt)[0]
                if "’" in cont or "”" in cont:
                    cont = re.split(r"[’”]", cont)[0]
                title = f"{title} {cont}".strip()
                last = nxt_n
    title = re.sub(r"\s*\((?:[a-z0-9-]+\.)+(?:uk|com|org)\)", "", title)
    title = _PAGES.sub("", title)
    title = re.sub(r"\*+", "", title)
    title = re.sub(r"\s+Page \d+\s*$", "", title)
    title = title.strip().rstrip(":").strip().strip("‘’'\"“”").strip(" -–—")
    if not re.search(r"[A-Za-z]{3}", title):
        return None, None
    return title, source.evidence(n, last)


# words a decision title may hold besides capitalised ones and numbers
_TITLE_SMALL = frozenset(
    "of and for the in to with on a an at by from or & into under within across d/deaf".split()
)
# where a title printed inside a sentence stops: " - at paragraph", " and 22/00076",
# the end of the sentence, a semicolon, a bracketed aside
_PROSE_TITLE_END = re.compile(
    r"\s+[-–—]\s+(?=[a-z(])|\s+and\s+(?=(?:decision\s+)?\d{2}\s?/\s?0\d{3})|,?\s+(?:and|which|that|was|were|had|has|have|is|are|be)\s+(?=[a-z])"
    r"|,\s+(?=[a-z])|[.;](?:\s|$)|:(?=\s+[a-z]|\s*$)|\s*\(|\s*[’”]|$"
)


def _title_in_prose(source: "SourceText", n: int, end: int, printed: str) -> tuple[str | None, Evidence | None]:
    """The title of a decision named inside a sentence.

    "the key decision – 22/00073 – Everyday Life Activities ... – Dynamic Purchasing
    System - at paragraph 77" and "the decisions – 22/00075 Kent Homeless Connect
    Service Termination of the Service and 22/00076 ...": the words after the number
    up to a dash before a lower-case word, " and <another number>", or the end of the
    sentence. Taken only when every word is capitalised, a number or a small
    connecting word, from 2 to 25 words: otherwise ``None`` (the sentence goes on in
    prose: "decision 23/00022 which was taken in May").
    """
    found = _prose_title_within(source, n, min(end, n + 4), printed, seen_end=False)
    if found[0] is None:
        # a table cell or a list entry: the title may end where its paragraph does
        last = n
        while last < min(end, n + 4) and source.line(last + 1).strip():
            last += 1
        if last < min(end, n + 4):
            found = _prose_title_within(source, n, last, printed, seen_end=True)
    return found


def _prose_title_within(
    source: "SourceText", n: int, last: int, printed: str, *, seen_end: bool
) -> tuple[str | None, Evidence | None]:
    """:func:`_title_in_prose` over lines ``n``..``last``; ``seen_end``: the text after
    ``last`` is known not to continue the title (a blank line follows)."""
    from .sections import TextFlow

    flow = TextFlow.of(source, n, last)
    text = flow.text
    at = text.find(printed)
    if at < 0 or flow.line_at(at) != n:
        return None, None
    start = at + len(printed)
    lead = re.match(r"\s*[-–—:]?\s*[‘“]?", text[start:])
    start += lead.end() if lead else 0
    stop = _PROSE_TITLE_END.search(text, start)
    if stop is None or stop.start() <= start:
        return None, None
    if not seen_end and stop.end() == len(text) and flow.line_at(len(text) - 1) == last:
        return None, None  # ran off the window: the end is not seen
    title = text[start: stop.start()].strip(" ,-–—")
    head, colon, _ = title.partition(":")
    if colon and len(head.split()) < 2:
        title = head  # "Classification: ..." - a label, not a title's "Services: Commencement of ..."
    words = [w.strip(",‘’“”'\"") for w in title.split()]
    words = [w for w in words if w and w not in ("-", "–", "—")]
    if not 2 <= len(words) <= 25:
        return None, None
    for w in words:
        if w.lower() in _TITLE_SMALL and w != words[0] and w != words[-1]:
            continue
        if not (w[:1].isupper() or w[:1].isdigit()):
            return None, None
    if words[0].lower() in ("the", "a", "an") or DECISION_NUMBER.search(title):
        return None, None
    return title, flow.evidence(start, start + len(title))


# --- what a report says about an earlier decision it cites ----------------------------

_MONTH_OR_YEAR = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"(?:19|20)\d\d)")
#: when a decision was taken, just before the number: "taken in April 2022 (", "taken on
#: 3 May 2021 -"; not "to be taken", "not taken", "taken to the Committee"
_TAKEN_BY = r"(?:by\s+the\s+(?:Cabinet\s+Member|Leader|Cabinet(?!\s+Committee))(?:\s+for(?:\s+[A-Z&][\w&'’-]*|\s+and){1,8})?\s+)?"
_TAKEN_WHEN = (r"(?<!be )(?<!not )(?<!been )\btaken\s+" + _TAKEN_BY
               + r"(?:in|on)\s+(?:(?!\b(?:and|but|or|decision|which|will)\b)[^.;:()]){0,20}?"
               + _MONTH_OR_YEAR + r"[^.;:()]{0,8}?\s*[(–—-]?\s*$")
#: "key decision" right before the number ("(Key Decision 18/00052)", "key decision no. 21/00071",
#: "key decision – 22/00073") or with only when it was taken between ("the key decision to
#: re-procure taken in April 2022 (22/00031)"); never "not a key decision"
_KEY_BEFORE = re.compile(
    r"(?<!not a )(?<!not )(?<!non-)\bkey\s+decision(?:\s+(?:no\.?|number|ref(?:erence)?))?\s*[(–—:-]?\s*$|"
    r"(?<!not a )(?<!not )(?<!non-)\bkey\s+decision\b(?:(?!\bdecisions?\b)[^.;:()]){0,40}?" + _TAKEN_WHEN,
    re.I,
)
_TAKEN_BEFORE = re.compile(_TAKEN_WHEN, re.I)
#: "the Cabinet Member agreed (decision 22/00029)", "the Leader took decision 21/00011", "took
#: the decision (21/00011)", "the Leader approved the extension in March 2021 (decision
#: 21/00011)"; the words between the maker and the verb are not a committee's, a future or
#: a request, nor are those between the verb and a bracketed number
_MAKER_VERB_BEFORE = re.compile(
    r"\b(?:Cabinet\s+Member|Leader|Cabinet(?!\s+Committee))\b"
    r"(?:(?!\b(?:Committee|not|will|would|may|might|could|should|asked|to)\b)[^.;:()]){0,60}?\s"
    r"(?:agreed|approved|decided|took|signed)\s+(?:(?:\(\s*)?(?:the\s+)?(?:key\s+)?(?:decision\s*)?(?:\(\s*)?"
    r"|(?:(?!\b(?:Committee|not|will|would|proposed?|decisions?|and|but|or)\b)[^.;:()]){1,100}?\(\s*(?:key\s+)?decision\s*)$",
    re.I,
)
#: a contract or course already acted on, with the decision that did it in brackets right
#: after or "by"/"under"/"following" it: "the service was awarded to X after a competitive
#: process (decision 23/00410)", "the contracts were extended in 2021 (Key Decision
#: 21/00411)", "the extension was approved by the Cabinet Member (decision N)", "was extended
#: by decision N"; not "is to be awarded", "will be awarded", "was awarded ... and this
#: report proposes ... (decision N)", "was agreed by the Committee"
_ACTED_ON_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:awarded|let|extended|varied|re-?let|re-?procured|commissioned|approved|agreed)\b"
    r"(?:(?!\b(?:and|but|or|will|would|proposed?|proposes|propose|recommend\w*|decisions?|Committee|this\s+report)\b)[^.;:()]){0,100}?"
    r"(?:\(\s*|\b(?:by|under|following)\s+(?:the\s+)?)(?:[Kk]ey\s+)?[Dd]ecision\s*(?:[Nn]o\.?\s*)?$",
    re.I,
)
#: "Following the decision of the Cabinet Member in May 2017 (17/00047)", "the Leader's decision
#: (21/00011)": a decision its maker made; not "the proposed decision of", nor one "to be taken"
_DECISION_OF_MAKER_BEFORE = re.compile(
    r"(?<!proposed )(?<!draft )\bdecision\s+(?:of|by|made\s+by|taken\s+by)\s+the\s+(?:Cabinet\s+Member|Leader|Cabinet(?!\s+Committee))"
    r"(?:\s+for(?:\s+[A-Z&][\w&'’-]*|\s+and){1,8})?"
    r"(?:\s+(?:in|on)\s+(?:(?!\b(?:and|but|or|decision|which|will)\b)[^.;:()]){0,20}?" + _MONTH_OR_YEAR + r")?\s*[(–—-]\s*(?:decision\s+)?$"
    r"|\b(?:Cabinet\s+Member|Leader)['’]s\s+decision\s*[(–—-]\s*$",
    re.I,
)
#: "22/00029 was taken", "(22/00029) was taken on", "22/00029, taken on 3 March 2022,", "22/00029
#: taken by the Cabinet Member"; not "was taken to the Committee", "to be taken"
_TAKEN_AFTER = re.compile(
    r"^\)?,?\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:taken|signed)\b(?!\s+(?:to|forward|into|back|through|as|for)\b)"
    r"|(?:which\s+was\s+)?taken\s+(?:on\s+\d|in\s+" + _MONTH_OR_YEAR
    + r"|by\s+the\s+(?:Cabinet\s+Member|Leader|Cabinet(?!\s+Committee))\b))",
    re.I,
)
#: who endorsed: "the Committee", "this Cabinet Committee" (the report's), or a committee by
#: name ("the Adult Social Care Cabinet Committee"), checked against the report's
_ENDORSER = (r"(?P<who>(?:[Tt]he|[Tt]his)\s+(?:Cabinet\s+)?Committee|(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,8}"
             r"(?:Cabinet\s+)?Committee)")
#: "18/00049 was endorsed by this Committee on ...", "(18/00049) had been endorsed by the Cabinet Committee"
_ENDORSED_AFTER = re.compile(
    r"^\)?,?\s+(?:was|were|had\s+been|has\s+been)\s+endorsed\s+by\s+" + _ENDORSER + r"\b"
)
#: "the Committee endorsed decision 18/00049", "this Cabinet Committee endorsed the proposed decision (",
#: "the Committee endorsed the proposed decision to re-let the service at its meeting on 6 July 2022 (decision "
_ENDORSED_BEFORE = re.compile(
    r"\b" + _ENDORSER + r"\s+(?:had\s+)?endorsed\s+(?:the\s+)?(?:proposed\s+)?(?:[Kk]ey\s+)?"
    r"[Dd]ecision(?:\s*[(–—-]?|\b(?:(?!\b(?:and|but|or|decisions?)\b)[^.;:()]){1,100}?[(–—-]\s*(?:[Dd]ecision\s+)?)\s*$"
)


#: the end of a sentence: a full stop or semicolon before a capital, a bracket, a numbered
#: paragraph ("... rates. 1.2 In March ...") or the end of the text
_SENTENCE_END = re.compile(r"[.;](?=\s+(?:[A-Z(‘“]|\d+(?:\.\d+)+\s)|\s*$)")


def _sentence_of(source: "SourceText", n: int, printed: str, first: int, last: int):
    """The sentence holding the number printed on line ``n``: (flow, sentence start,
    number offset, sentence end) within the paragraph around ``n`` (bounded by blank
    lines, at most four lines either side, inside ``first``..``last``); None if not found."""
    from .sections import TextFlow

    a = n
    while a > max(first, n - 4) and source.line(a - 1).strip():
        a -= 1
    b = n
    while b < min(last, n + 4) and source.line(b + 1).strip():
        b += 1
    flow = TextFlow.of(source, a, b)
    text = flow.text
    at = -1
    for m in re.finditer(re.escape(printed), text):
        if flow.line_at(m.start()) == n:
            at = m.start()
            break
    if at < 0:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text[:at])]
    start = ends[-1] if ends else 0
    stop = _SENTENCE_END.search(text[at + len(printed):])
    end = at + len(printed) + stop.end() if stop else len(text)
    return flow, start, at, end


def _span_evidence(flow, start: int, end: int) -> Evidence:
    """Evidence quoting ``flow.text[start:end]``; where the printed lines differ from the
    flow's text (markdown emphasis "**22/00034**"), the whole lines it spans."""
    try:
        return flow.evidence(start, end)
    except ValueError:
        return flow.source.evidence(flow.line_at(start), flow.line_at(max(start, end - 1)))


def read_cited_decisions(
    ctx: "ParseContext",
    source: "SourceText",
    start: int,
    end: int,
    meeting: Ref | None = None,
    *,
    skip_lines: Iterable[int] = (),
) -> None:
    """What the text of a report says about the earlier decisions it cites, each in the
    sentence that prints the number, with that sentence as evidence:

    * a key decision: "(Key Decision 18/00052)", "the key decision to re-procure taken in
      April 2022 (22/00031)" (not "not a key decision");
    * taken: "taken in April 2022 (22/00031)", "the Cabinet Member agreed (decision
      22/00029)", "22/00029 was taken on ..." (not "to be taken"), "the service was
      awarded to X after a competitive process (decision 23/00410)" (a contract acted on,
      the decision in brackets right after);
    * endorsed at a meeting: "On 27 September 2018 the Committee endorsed decision
      18/00049", "decision 18/00049 was endorsed by this Committee on 27 September 2018" -
      the earlier meeting of the committee of ``meeting`` (the meeting the report goes to)
      on the one date the sentence prints.

    Numbers on ``skip_lines`` are left alone (a sheet's own number). A number merely cited ("under decision 22/00061", "an earlier change (decision
    20/00313) added ...") gets nothing: only the words above make a fact.
    """
    skip = set(skip_lines)
    for n in range(start, end + 1):
        if n in skip:
            continue
        line = source.line(n)
        for printed, number in find_decision_numbers(line):
            found = _sentence_of(source, n, printed, start, end)
            if found is None:
                continue
            flow, s, at, e = found
            before = flow.text[s:at]
            after = flow.text[at + len(printed):e]
            if DECISION_NUMBER.search(before[-60:]):
                continue  # a list of numbers: which one the words are about is not clear
            ev = _span_evidence(flow, s, e)
            if _KEY_BEFORE.search(before):
                note_key_decision(ctx, note_decision(ctx, number, ev), True, ev)
            if (_TAKEN_BEFORE.search(before) or _MAKER_VERB_BEFORE.search(before) or _TAKEN_AFTER.match(after)
                    or _ACTED_ON_BEFORE.search(before) or _DECISION_OF_MAKER_BEFORE.search(before)):
                note_decision(ctx, number, ev, status="taken")
            endorsed = _ENDORSED_BEFORE.search(before) or _ENDORSED_AFTER.match(after)
            if meeting is not None and endorsed and _is_report_committee(ctx, meeting, endorsed.group("who")):
                earlier = _earlier_meeting(ctx, meeting, flow.text[s:e], ev)
                if earlier is not None:
                    note_decision(ctx, number, ev, endorsed_at=earlier)


def _is_report_committee(ctx: "ParseContext", meeting: Ref, who: str) -> bool:
    """Is the endorsing committee, as the sentence names it, the committee of the report's
    meeting: "the Committee", "this Cabinet Committee" or the committee's own name?"""
    words = " ".join(who.split()).lower()
    if re.fullmatch(r"(?:the|this) (?:cabinet )?committee", words):
        return True
    entity = ctx.entities.get(Ref("Committee", meeting.key[:-1]))
    labels = [str(v) for v in entity.values("rdfs:label")] if entity is not None else []
    plain = re.sub(r"^the ", "", words)
    return any(" ".join(label.split()).lower().removeprefix("the ") == plain for label in labels)


def _earlier_meeting(ctx: "ParseContext", meeting: Ref, sentence: str, evidence: Evidence) -> Ref | None:
    """The meeting of the committee of ``meeting`` (a committee, not the Cabinet or the
    Council) on the one full date ``sentence`` prints, when that is before ``meeting``."""
    from datetime import date

    from .text.dates import find_dates

    committee = Ref("Committee", meeting.key[:-1])
    entity = ctx.entities.get(committee)
    label = str(entity.first("rdfs:label") or "") if entity is not None else ""
    days = {d.value for d in find_dates(sentence)}
    if "committee" not in label.lower() or len(days) != 1:
        return None
    day = days.pop()
    try:
        if day >= date.fromisoformat(meeting.key[-1]):
            return None  # not an earlier meeting
    except ValueError:
        return None
    return ctx.meeting_entity(committee, day, evidence).ref


#: "This was a key decision as ...", "It was not a key decision."
_KEY_STATEMENT = re.compile(r"\b(?:This|It|The\s+decision)\s+(?:was|is)\s+(?P<not>not\s+)?a\s+key\s+decision\b", re.I)
#: a heading that starts with a decision number: "2.1 24/00006 – Mental Health ..."
_NUMBER_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<num>\d{2}\s?/\s?0\d{3,4})\s*[-–—:]\s*\S")


def read_key_statements(ctx: "ParseContext", source: "SourceText", start: int, end: int) -> None:
    """In a list of decisions each under its own numbered heading ("2.1 24/00006 – Title",
    as in a report of decisions taken outside the meeting cycle), "This was a key
    decision ..." / "It was not a key decision" makes the decision of the heading above
    it a key decision or not. A decision's part ends at the next such heading or at a
    section heading ("3. Recommendation")."""
    from .sections import TextFlow

    heads = [n for n in range(start, end + 1) if _NUMBER_HEADING.match(source.line(n))]
    for i, h in enumerate(heads):
        last = heads[i + 1] - 1 if i + 1 < len(heads) else end
        for k in range(h + 1, last + 1):
            if _SECTION_HEADING.match(source.line(k)):
                last = k - 1
                break
        if last <= h:
            continue
        decision = ctx.entities.get(decision_ref(_NUMBER_HEADING.match(source.line(h)).group("num")))
        if decision is None:
            continue
        flow = TextFlow.of(source, h + 1, last)
        for m in _KEY_STATEMENT.finditer(flow.text):
            note_key_decision(ctx, decision, m.group("not") is None, _span_evidence(flow, m.start(), m.end()))


#: a report speaking of the decision it proposes: "This is a key decision as ...", "The
#: proposed decision is not a key decision"
_OWN_KEY_STATEMENT = re.compile(
    r"\b(?:This|It|The\s+(?:proposed\s+)?decision)\s+is\s+(?P<not>not\s+)?a\s+key\s+decision\b", re.I
)


def read_own_key_statement(ctx: "ParseContext", source: "SourceText", start: int, end: int, decision: Ref) -> None:
    """"This is a key decision ..." / "The proposed decision is not a key decision" in the
    body of a report that proposes ``decision``: whether it is a key decision, when the
    report says so one way only (present tense: "This was a key decision" is about a
    decision already taken)."""
    from .sections import TextFlow

    flow = TextFlow.of(source, start, end)
    found = [(m, m.group("not") is None) for m in _OWN_KEY_STATEMENT.finditer(flow.text)]
    values = {v for _, v in found}
    entity = ctx.entities.get(decision)
    if entity is None or len(values) != 1:
        return
    m, value = found[0]
    note_key_decision(ctx, entity, value, _span_evidence(flow, m.start(), m.end()))


#: a section heading of a report: "3. Recommendation", "4 Report Author"
_SECTION_HEADING = re.compile(r"^\s*\d{1,2}\.?\s+[A-Z][A-Za-z ,&()'-]{2,60}$")


_OUTSIDE_CYCLE = re.compile(r"\bdecisions?\s+taken\s+outside\b|\boutside\s+(?:of\s+)?the\s+.*meeting\s+cycle\b", re.I)


def is_outside_cycle(title: str) -> bool:
    """Is a report's subject or a minute's title about "decisions taken outside the meeting cycle"?"""
    return bool(_OUTSIDE_CYCLE.search(title or ""))


def complete_decisions(ctx: "ParseContext") -> None:
    """Document-wide decision facts, once every section is parsed (idempotent).

    Runs once per document through :func:`complete_once`: from ``extract.finalize``
    (before the people step), so a minutes-only pack gets it too, and earlier from
    the report and record-of-decision parsers, which read what it found.

    * every decision number printed anywhere in the document becomes a
      Decision with evidence (agenda lines, minute text, background documents);
    * a minuted item about a decision whose RESOLVED text endorses "the
      decision to be taken by ..." makes the decision "endorsed" at that
      meeting (cg:endorsedAt), and the contracts the resolution acts on are
      read from it;
    * a minuted item on "decisions taken outside the meeting cycle" marks the
      decisions its resolution lists as "taken", considered at that meeting.
    """
    from .parsers.contracts import contracts_from_minutes_items, contracts_from_resolution
    from .parsers.organisations import scan_described_organisations, scan_named_providers, scan_organisations

    src = ctx.source
    scan_decision_mentions(ctx, src, 1, len(src))
    scan_organisations(ctx, 1, len(src))
    scan_named_providers(ctx, 1, len(src))
    scan_described_organisations(ctx, 1, len(src))
    for meeting in list(ctx.entities.of("Meeting")):
        _taken_in_outside_cycle_minutes(ctx, meeting)
        for item_ref in meeting.values("cg:agendaItem"):
            item = ctx.entities.get(item_ref) if isinstance(item_ref, Ref) else None
            if item is None:
                continue
            title = str(item.first("dct:title") or "")
            for st in item.properties.get("cg:resolution", []):
                if not st.evidence:
                    continue
                ev = st.evidence[0]
                text = str(st.value)
                if is_outside_cycle(title):
                    for printed, number in find_decision_numbers(text):
                        found = source_evidence(src, ev, printed)
                        if found is not None:
                            note_decision(ctx, number, found, status="taken", considered_at=meeting.ref)
                    continue
                decision = item.first("cg:decision")
                if isinstance(decision, Ref) and is_endorsement(text):
                    note_decision(ctx, decision.key[0], ev, endorsed_at=meeting.ref, considered_at=meeting.ref)
                    note_maker_post(ctx, decision, text, ev)
                    contracts_from_resolution(ctx, decision, ev)
                elif decision is None and is_endorsement(text):
                    day = meeting.first("cg:date")
                    contracts_from_resolution(ctx, None, ev, item, day.isoformat() if day else None)
    contracts_from_minutes_items(ctx)


#: "the decision to be taken by the Cabinet Member for Adult Social Care and Public Health to ...":
#: the post a minuted endorsement names as the decision's maker
_TAKEN_BY_POST = re.compile(
    r"\b(?:be\s+)?(?:taken|made)\s+by\s+(?:the\s+)?(?P<post>(?:Deputy\s+)?Cabinet\s+Member\s+for\s+[A-Z][^,;:()]*?|Leader\s+of\s+the\s+Council|"
    r"Corporate\s+Director\s+(?:of\s+|for\s+)?[A-Z][^,;:()]*?)(?=\s+(?:to|on|as|be|that|in\s+accordance|\()\b|[,;:(]|\s*$)"
)
#: "On 5 February 2021 the Cabinet Member for Adult Social Care and Public Health took the decision ...":
#: the post a taken decision's paragraph names as its maker
_POST_TOOK = re.compile(
    r"\b[Tt]he\s+(?P<post>(?:Deputy\s+)?Cabinet\s+Member\s+for\s+[A-Z][^,;:()]*?|Leader\s+of\s+the\s+Council|"
    r"Corporate\s+Director\s+(?:of\s+|for\s+)?[A-Z][^,;:()]*?)\s+(?:took|agreed|approved|made|decided|signed|authorised)\b"
)


def note_maker_post(ctx: "ParseContext", decision: Ref, text: str, within: Evidence, taken: bool = False) -> None:
    """Remember the post a minuted endorsement ("the decision to be taken by the Cabinet Member for
    X to ...") or a taken decision's paragraph ("the Cabinet Member for X took the decision ...")
    names as the decision's maker; :func:`decision_makers_from_text` records it once every section
    is read, only for a decision no record-of-decision sheet gave a maker. One post only."""
    pattern = _POST_TOOK if taken else _TAKEN_BY_POST
    posts = {" ".join(m.group("post").split()): m for m in pattern.finditer(" ".join(text.split()))}
    if len(posts) != 1:
        return
    post, m = next(iter(posts.items()))
    ev = ctx.source.find(post, within.start_line, within.end_line)
    if ev is not None:
        ctx.__dict__.setdefault("_maker_posts", {}).setdefault(decision, set()).add((post, ev))


def decision_makers_from_text(ctx: "ParseContext") -> None:
    """cg:decisionMaker (a cg:Post) of each decision whose maker only the text names (see
    :func:`note_maker_post`): when the document names exactly one post for it and no sheet named
    a maker."""
    from .parsers.labels import note_post

    for ref, found in ctx.__dict__.get("_maker_posts", {}).items():
        decision = ctx.entities.get(ref)
        if decision is None or decision.values("cg:decisionMaker") or len({p.lower() for p, _ in found}) != 1:
            continue
        post, ev = sorted(found, key=lambda f: f[1].start_line)[0]
        post_ref = note_post(ctx, post, ev)
        if post_ref is not None:
            decision.add("cg:decisionMaker", post_ref, ev)


def _taken_in_outside_cycle_minutes(ctx: "ParseContext", meeting: Entity) -> None:
    """A minuted item on "decisions taken outside the meeting cycle" whose text (not only its
    resolution) names "decision 22/00029 - Title": that decision was taken, reported to this
    meeting. The item's text runs from its heading to the next item's (within its minutes)."""
    src = ctx.source
    items = []
    for item_ref in meeting.values("cg:agendaItem"):
        item = ctx.entities.get(item_ref) if isinstance(item_ref, Ref) else None
        lines = [ev.start_line for st in item.properties.get("cg:minuteNumber", []) for ev in st.evidence] if item else []
        if lines:
            items.append((min(lines), item))
    items.sort(key=lambda t: t[0])
    for k, (first, item) in enumerate(items):
        if not is_outside_cycle(str(item.first("dct:title") or "")):
            continue
        last = items[k + 1][0] - 1 if k + 1 < len(items) else min(len(src), first + 60)
        last = min(last, ctx.section_end(first) or last)
        for n in range(first + 1, last + 1):
            for printed, number in find_decision_numbers(src.line(n)):
                note_decision(ctx, number, src.evidence(n, n, printed), status="taken", considered_at=meeting.ref)


def source_evidence(src: "SourceText", within: Evidence, quote: str) -> Evidence | None:
    """Evidence for ``quote`` inside the lines of ``within``."""
    return src.find(quote, within.start_line, within.end_line)


def complete_once(ctx: "ParseContext") -> None:
    """Run :func:`complete_decisions` once per document context."""
    if getattr(ctx, "_decisions_completed", False):
        return
    setattr(ctx, "_decisions_completed", True)
    complete_decisions(ctx)
