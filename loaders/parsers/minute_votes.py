"""Votes recorded in a minute: who voted for, against or abstained, and the counts printed.

Read from the body of one minute (a :class:`~councilgraph.loaders.sections.TextFlow`):

* recorded-vote lists "For (8): Mr A, Mr B ... Against (3) ... Abstain (1) ...", also laid
  out in columns, in capitals, or without counts ("For: Mr A, Mr B. Against: Mr C.",
  both sides and every name needed); the counts are kept beside the names (both are
  printed facts); a list that does not add up to its count keeps only its count;
* named positions in sentences: "Mr A asked for his abstention (his vote against) to be
  recorded", "... asked that it be recorded that he had voted against", "Mr A and Mrs B
  voted against and Mr C abstained", "The following Members voted against: ...";
* counts in sentences: "8 for, 3 against and 1 abstention", "5 Members voting for and 2
  against", "carried by 6 votes to 2", "For: 8, Against: 3", "(For 8, Against 3)".

"RESOLVED unanimously" / "nem. con." is not a vote: no count is printed and no vote need
have been taken (the wording stays in the resolution text). A correction of an earlier
meeting's record ("the minutes be corrected to show he voted against") is not a vote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import ParseContext
from ..records import Entity
from ..sections import TextFlow
from ..text.names import is_plain_name, parse_name, split_name_list
from .minute_text import PARA as _PARA
from .minute_text import sentences as _sentences

__all__ = ["MinuteVotes"]


class MinuteVotes:
    """Reads the votes of minutes; ``names_in(flow, start, end, member)`` mentions the
    people of a printed name list and returns their (person ref, evidence)."""

    def __init__(self, ctx: ParseContext, names_in: Callable[..., list]) -> None:
        self.ctx = ctx
        self.names_in = names_in

    # "Ms A asked for her abstention (her vote against) to be recorded"
    _ABSTAIN = re.compile(
        r"(?P<names>[^.]*?)\s+(?:asked|requested)\s+(?:for|that)\s+(?:his|her|their)\s+"
        r"(?P<kind>abstentions?|votes?\s+against|votes?\s+for|opposition|dissent)\b[^.]*?\b(?:be|to\s+be)\s+(?:noted|recorded)",
        re.IGNORECASE,
    )
    # a further clause of a sentence read by _VOTED: "..., and Mr C abstained" / "whilst Mrs D voted for"
    _VOTED_CLAUSE = re.compile(
        r"(?:[,;]\s*(?:and\s+|while\s+|whilst\s+)?|\s(?:and|while|whilst)\s+)"
        r"(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^.;:,]{1,120}?)\s+"
        r"(?P<how>voted\s+against|voted\s+in\s+favour|voted\s+for|abstained)\b"
    )
    # "The following Members voted against the recommendation: Mr A, Mrs B and Mr C."
    _VOTED_LIST = re.compile(
        r"^\s*(?:" + _PARA + r")?(?:The\s+following\s+)?(?:Members?|Councillors?)\s+(?:who\s+)?"
        r"(?P<how>voted\s+against|voted\s+in\s+favour|voted\s+for|abstained)"
        r"(?:\s+(?:of\s+)?the\s+(?:motion|recommendations?|amendment|proposal|proposed\s+decision))?"
        r"(?:\s+(?:were|was))?\s*:\s*(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s[^.;:]{1,300}?)\s*\.?\s*$"
    )
    # "Mr A asked that it be recorded that he had voted against the recommendation"
    _RECORDED_THAT = re.compile(
        r"(?P<names>[^.]*?)\s+(?:asked|requested)\s+(?:that\s+it\s+be|for\s+it\s+to\s+be)\s+(?:recorded|noted|minuted)\s+"
        r"that\s+(?:he|she|they)\s+(?:had\s+)?(?P<kind>voted\s+against|voted\s+for|voted\s+in\s+favour|abstained)\b",
        re.IGNORECASE,
    )
    # "Mr A asked for his vote against the recommendation to be recorded", "Mrs B also asked that her
    # vote against be recorded"
    _VOTE_RECORDED = re.compile(
        r"(?P<names>(?-i:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))\s+(?:[^.]*?\s+)?"
        r"(?:also\s+)?(?:asked|requested)\s+(?:for|that)\s+(?:his|her|their)\s+(?:vote|votes)\s+"
        r"(?P<kind>against|for|in\s+favour)\b[^.;]{0,60}?\b(?:to\s+)?be\s+(?:recorded|noted|minuted)\b",
        re.IGNORECASE,
    )
    # "8 for, 3 against and 1 abstention" / "6 in favour, 2 against, with 1 abstention" /
    # "5 Members voting for and 2 against" / "5 voting in favour, 2 voting against and 1 abstaining"
    _VOTERS = r"(?:(?:Members?|Councillors?)\s+)?(?:voting\s+)?"
    _COUNTS = re.compile(
        r"(?P<for>\d+)\s+(?:votes?\s+)?" + _VOTERS + r"(?:for|in\s+favour)\W+(?:and\s+)?(?P<against>\d+)\s+(?:votes?\s+)?"
        + _VOTERS + r"against"
        r"(?:\W+(?:and\s+|with\s+)?(?P<abstain>\d+)\s+(?:(?:Members?|Councillors?)\s+)?(?:abstentions?|abstained|abstaining))?",
        re.IGNORECASE,
    )

    # a sentence that starts with the voters: "Mr A and Mrs B voted against (the recommendation)."
    _VOTED = re.compile(
        r"^\s*(?:" + _PARA + r")?(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s[^.;:]{1,200}?)\s+"
        r"(?P<how>voted\s+against|voted\s+in\s+favour|voted\s+for|abstained)\b"
    )
    # "For: 8, Against: 3, Abstentions: 1" / "(For 8, Against 3, Abstentions 1)"
    _LABELLED_COUNTS = re.compile(
        r"\bFor\s*[:–-]?\s*(?P<for>\d+)[,;.]?\s+Against\s*[:–-]?\s*(?P<against>\d+)"
        r"(?:[,;.]?\s+(?:and\s+)?(?:Abstain(?:ed)?|Abstentions?)\s*[:–-]?\s*(?P<abstain>\d+))?"
    )
    # "carried by 6 votes to 2 (with 1 abstention)"
    _VOTES_TO = re.compile(r"\bby\s+(?P<for>\d+)\s+votes?\s+to\s+(?P<against>\d+)(?:[,\s]+with\s+(?P<abstain>\d+)\s+abstentions?)?", re.IGNORECASE)
    # "For (8): ...", "AGAINST (3)", or without counts "For: Mr A, Mr B. Against: Mr C."
    _ROLL = re.compile(r"\b(?P<pos>For|FOR|Against|AGAINST|Abstain(?:ed|ing)?|ABSTAIN(?:ED|ING)?|Abstentions?|ABSTENTIONS?)"
                       r"\s*(?:\((?P<n>\d+)\)\s*:?|:)\s*")

    def read(self, flow: TextFlow, item: Entity) -> None:
        """The votes of one minute (``flow``: its body; ``item``: its agenda-item record)."""
        vote: Entity | None = None

        def get_vote(ev) -> Entity:
            nonlocal vote
            if vote is None:
                vote = Entity("Vote", item.key + ("vote",))
                vote.add("cg:aboutItem", item.ref, ev)
                vote.add_source(ev)
                vote = self.ctx.put(vote)
                item.add("cg:vote", vote.ref, ev)
            return vote

        # recorded votes printed as lists: "For (8): Mr A, Mr B ... Against (3): ..."
        heads = list(self._ROLL.finditer(flow.text))
        for k, h in enumerate(heads):
            stop = heads[k + 1].start() if k + 1 < len(heads) else min(len(flow.text), h.end() + 2000)
            dot = re.search(r"\.\s", flow.text[h.end():stop])
            stop = h.end() + dot.start() if dot else stop
            pos = h.group("pos").lower()
            prop, count_prop = (("cg:votedFor", "cg:forCount") if pos == "for" else
                                ("cg:votedAgainst", "cg:againstCount") if pos == "against" else
                                ("cg:abstained", "cg:abstainCount"))
            ev = flow.evidence(h.start(), h.end())
            names = _vote_names(flow.text[h.end():stop])
            kinds = {x.group("pos")[:3].lower() for x in heads}
            if h.group("n") is None:
                # "For: Mr A, Mr B": a list without a count needs its names and both sides printed
                if not names or not ({"for", "aga"} <= kinds):
                    continue
                count = len(names)
            else:
                count = int(h.group("n"))
                if not names and count > 0 and not ({"for", "aga"} <= kinds):
                    continue  # a number in brackets, not a vote list
            if names and len(names) != count:
                names = []  # a list that does not add up to its count is not read name by name

            v = get_vote(ev)
            if h.group("n") is not None:
                v.add(count_prop, count, ev)
            for listed in names:
                lev = flow.evidence(h.end() + listed.start, h.end() + listed.end)
                ref = self.ctx.people.mention(listed.text, lev, member=True)
                if ref is not None:
                    v.add(prop, ref, lev)
        for s, e in _sentences(flow.text):
            sentence = flow.text[s:e]
            if re.search(r"minutes\s+(?:to\s+)?be\s+(?:corrected|amended)|rather than", sentence, re.IGNORECASE):
                continue  # a correction of an earlier meeting's record, not a vote here
            low = sentence.lower()
            voting = "abstain" in low or "abstention" in low or "vote" in low or "opposition" in low or "dissent" in low
            found = [m for m in (self._ABSTAIN.search(sentence), self._RECORDED_THAT.search(sentence),
                                 self._VOTE_RECORDED.search(sentence)) if m] if voting else []
            for m in found:
                # (the first reading whose names are people: "Mr A said ... and asked for his vote
                # against ... to be recorded" names Mr A only through the last pattern)
                kind = m.group("kind").lower()
                prop = "cg:abstained" if kind.startswith(("abstain", "abstention")) else (
                    "cg:votedAgainst" if re.search(r"against|opposition|dissent", kind) else "cg:votedFor")
                names = re.split(r"[:;]", m.group("names"))[-1]
                stripped = re.sub(r"^(?:" + _PARA + r")", "", names.lstrip())
                a = s + m.end("names") - len(stripped)
                people = self.names_in(flow, a, s + m.end("names"), member=True)
                if people:
                    v = get_vote(flow.evidence(s, e))
                    for ref, _ in people:
                        v.add(prop, ref, flow.evidence(s, e))
                    break
            if found:
                continue
            # "RESOLVED unanimously" / "nem. con." print no count and need not follow a vote:
            # not a vote (the wording stays in the resolution text)
            vm = self._VOTED.match(sentence) or self._VOTED_LIST.match(sentence)
            if vm and "minutes" not in low:
                lead = len(sentence) - len(sentence.lstrip())
                names_text = vm.group("names")
                listed = [x for x in split_name_list(names_text)]
                if listed and all(x.name is not None for x in listed):
                    ev = flow.evidence(s, e)
                    prop = "cg:votedAgainst" if vm.group("how").lower().endswith("against") else (
                        "cg:abstained" if vm.group("how").lower().startswith("abstain") else "cg:votedFor")
                    people = self.names_in(flow, s + lead + vm.start("names"), s + lead + vm.end("names"), member=True)
                    positions = [(ref, prop) for ref, _ in people]
                    # "... voted against and Mr C abstained": further clauses of the same sentence
                    for cm in self._VOTED_CLAUSE.finditer(sentence, vm.end()):
                        if all(x.name is not None for x in split_name_list(cm.group("names"))):
                            how = cm.group("how").lower()
                            clause_prop = "cg:votedAgainst" if how.endswith("against") else (
                                "cg:abstained" if how.startswith("abstain") else "cg:votedFor")
                            more = self.names_in(flow, s + cm.start("names"), s + cm.end("names"), member=True)
                            positions += [(ref, clause_prop) for ref, _ in more]
                    for ref, position in positions:
                        get_vote(ev).add(position, ref, ev)
                    continue
            if not re.search(r"\d", sentence):
                continue
            m = self._COUNTS.search(sentence) or self._VOTES_TO.search(sentence) or self._LABELLED_COUNTS.search(sentence)
            if m:
                ev = flow.evidence(s + m.start(), s + m.end())
                v = get_vote(ev)
                v.add("cg:forCount", int(m.group("for")), ev)
                v.add("cg:againstCount", int(m.group("against")), ev)
                if m.group("abstain"):
                    v.add("cg:abstainCount", int(m.group("abstain")), ev)


_NAME_THEN_SENTENCE = re.compile(
    r"^(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][a-zA-Z'’-]+)\s+"
    r"(?:The|This|It|That|There|RESOLVED|Members?|[A-Z][a-z]+\s+(?:was|were|is|are|had|has|then|asked|said)"
    # the outcome printed under the lists: "Carried", "Recommendation carried", "Motion lost"
    r"|(?:(?:Recommendation|Motion|Amendment|Proposal|Proposition|Substantive\s+motion)\s+(?:was\s+)?)?"
    r"(?i:carried|lost|defeated|agreed|fell|not\s+carried))\b"
)
_TITLE_START = re.compile(r"\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir)\.?\s+[A-Z])")


def _vote_names(text: str) -> list:
    """The names of a recorded-vote list: "Mr A, Mrs B and Ms C" or, laid out in a
    column, "Mr A Mrs B Ms C" (one per line; split before each title). The list ends
    at the first item that is not a name."""
    from ..text.names import ListedName

    names = []
    for listed in split_name_list(text):
        if listed.name is not None:
            names.append(listed)
            continue
        # the last name of the list, then the next sentence: "Mr Fairbrass The motion was lost"
        tail = _NAME_THEN_SENTENCE.match(listed.text)
        if tail and parse_name(tail.group("name")) is not None and " " not in listed.text[:tail.end("name")].split(None, 1)[0]:
            nm = tail.group("name")
            if all(parse_name(p) is not None for p in _TITLE_START.split(nm)) and len(_TITLE_START.split(nm)) == 1:
                names.append(ListedName(nm, None, listed.start, listed.start + len(nm), parse_name(nm)))
                break
        # a column: "Mrs P Lane Mr Holt" - every piece must be a name
        pieces, pos = [], listed.start
        chunk = text[listed.start:listed.end]
        for part in _TITLE_START.split(chunk):
            a = text.find(part, pos)
            pieces.append((part, a))
            pos = a + len(part)
        parsed = [(p, a, parse_name(p)) for p, a in pieces]
        if len(parsed) > 1 and all(n is not None and is_plain_name(n) for _, _, n in parsed):
            names.extend(ListedName(p, None, a, a + len(p), n) for p, a, n in parsed)
            continue
        break
    return names
