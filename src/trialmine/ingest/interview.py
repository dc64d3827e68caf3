"""Speaker turns in interview transcripts ("Dr. Minghui Duan: ...")."""

from __future__ import annotations

import re

from trialmine.ingest.document import Segment

# A line that opens with a short name (1-6 words of letters, dots, apostrophes, hyphens), a colon
# and a space. Digits, slashes and brackets are not allowed, which rules out "1) MRD (MFC):".
_LABEL = re.compile(
    r"^(?P<name>[^\W\d_][\w.'\u2019-]*(?: [^\W\d_][\w.'\u2019-]*){0,5})[ \t]*:(?=[ \t]|$)",
    re.MULTILINE,
)

# Labels that open paper/abstract sections, not speaker turns.
SECTION_HEADINGS = frozenset(
    """abstract aim aims background conclusion conclusions context design discussion findings
    funding importance interpretation introduction keywords method methods note notes objective
    objectives outcomes participants purpose references result results setting summary
    abbreviations acknowledgements acknowledgments interventions limitations significance
    source sources table figure""".split()
) | frozenset(
    {
        "key words", "patients and methods", "materials and methods", "methods and materials",
        "case presentation", "case report", "trial registration", "trial registration number",
        "clinical trial registration", "main outcome measures", "conflict of interest",
        "conflicts of interest", "competing interests", "author contributions",
        "data availability", "ethics statement", "study design", "background and objective",
        "electronic supplementary material", "supplementary material",
    }
)


def _is_speaker(name: str) -> bool:
    return name[0].isupper() and name.lower().rstrip(".") not in SECTION_HEADINGS


def find_speaker_turns(text: str) -> list[Segment]:
    """Segments `speaker:<name>` for each turn, plus `section:intro` for text before the first.

    A turn runs from its label line to the start of the next turn, trailing whitespace trimmed.
    Returns [] when the text has no speaker labels.
    """
    starts = [(m.start(), m.group("name")) for m in _LABEL.finditer(text) if _is_speaker(m.group("name"))]
    if not starts:
        return []
    segments: list[Segment] = []
    intro = text[: starts[0][0]]
    if intro.strip():
        lead = len(intro) - len(intro.lstrip())
        segments.append(Segment(lead, len(intro.rstrip()), "section:intro"))
    bounds = [s for s, _ in starts[1:]] + [len(text)]
    for (start, name), end in zip(starts, bounds):
        end = start + len(text[start:end].rstrip())
        segments.append(Segment(start, end, f"speaker:{name}"))
    return segments


def is_interview(turns: list[Segment]) -> bool:
    """A dialogue: at least two turns by at least two different speakers."""
    speakers = [s.label for s in turns if s.label.startswith("speaker:")]
    return len(speakers) >= 2 and len(set(speakers)) >= 2
