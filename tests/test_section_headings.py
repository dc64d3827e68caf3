"""The last section heading before a position, from one scan of the text: the same heading the scan
of the text cut at that position finds (measures.in_design_section asks this at every count)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.measures import _SECTION_RE, MEASURE_RULES, _last_section_heading, in_design_section

HEADINGS = MEASURE_RULES["design_sections"] + MEASURE_RULES["result_sections"]
# headings, their parts and what may follow one: a colon, spaces, a capital, a digit, a line break
PIECES = [*HEADINGS, ":", " ", "  ", "\t", "\n", "A", "0", "x", "and", " AND ", "ods", " METHODS", "Patients ", "PATIENTS AND "]


def scanned_to(text: str, pos: int) -> re.Match | None:
    last = None
    for last in _SECTION_RE.finditer(text, 0, pos):
        pass
    return last


def span_and_heading(match: re.Match | None) -> tuple | None:
    return None if match is None else (match.span(), match.group("h"))


@given(st.lists(st.sampled_from(PIECES), max_size=25))
@settings(max_examples=300, deadline=None)
def test_the_last_heading_is_the_cut_texts_last_heading_at_every_position(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pos in range(len(text) + 1):
        assert span_and_heading(_last_section_heading(text, pos)) == span_and_heading(scanned_to(text, pos))


def test_a_heading_cut_short_by_the_position_is_the_shorter_heading_or_none() -> None:
    text = "Background: x. PATIENTS AND METHODS: 30 patients"
    cut = text.index("METHODS") + 3  # inside "METHODS": "PATIENTS AND MET" is no heading, "PATIENTS A" is
    assert _last_section_heading(text, cut).group("h") == "PATIENTS"
    assert _last_section_heading(text, text.index("PATIENTS")).group("h") == "Background"
    assert _last_section_heading(text, len(text)).group("h") == "PATIENTS AND METHODS"
    assert _last_section_heading(text, 5) is None


def test_design_and_result_sections_of_a_long_text() -> None:
    unit = "Methods: 40 patients were enrolled. Results: 12 patients responded.\n\n"
    text = unit * 2_000
    for copy in (0, 999, 1_999):
        base = copy * len(unit)
        assert in_design_section(text, base + unit.index("40"))
        assert not in_design_section(text, base + unit.index("12"))
