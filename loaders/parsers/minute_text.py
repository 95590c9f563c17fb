"""Text helpers shared by the minutes readers: paragraph numbers and sentence spans.

Pure functions on the flow text of a minute (no document, no evidence).
"""

from __future__ import annotations

import re

__all__ = ["PARA", "sentences"]

# the number or letter of a paragraph inside a minute: "3. ", "(3) ", "3) ", "b) ", "(b) ", "(iv) "
PARA = r"(?:\d+\.\s*|\(\d{1,2}\)\s*|\d{1,2}\)\s*|\(?[a-z]\)\s*|\([ivx]{1,5}\)\s*)"

# a full stop after a lower-case letter (accented too: "café."), a digit, a bracket or
# an acronym, before a capital or a bracket
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9)’'\]\u00df-\u00ff])|(?<=[A-Z]{2}))\.\s+(?=[A-Z(])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences in a flow text (split at ". " before a capital)."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
