"""Lines the conformance tests want printed after the run (pass counts, skips, failures).

Kept in its own module so the tests and the conftest hook share one list whatever
name pytest imports the conftest under.
"""

REPORT: list[str] = []
