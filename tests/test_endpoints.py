"""Which endpoint a value measures (pure function over offsets)."""

import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.endpoints import assign_endpoints, clauses
from trialmine.extract.numbers import find_percentages

PHRASES = {
    "CR/CRi": ("CR/CRi", "efficacy"), "CRi": ("CRi", "efficacy"), "CR": ("CR", "efficacy"),
    "ORR": ("ORR", "efficacy"), "PR": ("PR", "efficacy"), "allo-HSCT": ("HSCT", "efficacy"),
    "alive": ("OS", "efficacy"), "SVR35": ("SVR35", "efficacy"), "nausea": ("nausea", "safety"),
    "hyponatremia": ("hyponatremia", "safety"), "males": ("male", "baseline"), "females": ("female", "baseline"),
    "adverse": ("ELN adverse risk", "baseline"), "intermediate genetic risk": ("ELN intermediate risk", "baseline"),
    "MRD negativity": ("MRD-neg", "efficacy"), "decrease in bone marrow blasts": ("BLAST-RED", "efficacy"),
    "objective response": ("ORR", "efficacy"),
}


@dataclass(frozen=True)
class M:
    start: int
    end: int
    code: str
    category: str


def mentions(text):
    pattern = "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True))
    return [M(m.start(), m.end(), *PHRASES[m.group()]) for m in re.finditer(rf"\b(?:{pattern})(?![\w/])", text)]


def assigned(text):
    pcts = find_percentages(text)
    out = assign_endpoints(text, (0, len(text)), pcts, [p.qualifier for p in pcts], mentions(text))
    return [(p.text, a.code, a.category) for p, a in zip(pcts, out)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "achieving CR in four (40.0%) patients and CRi in two (20.0%) patients for a total CR/CRi of 60.0%.",
            [("40.0%", "CR", "efficacy"), ("20.0%", "CRi", "efficacy"), ("60.0%", "CR/CRi", "efficacy")],
        ),
        (
            "five (50%) patients received allo-HSCT, six (60.0%) patients remained in CR, seven (70.0%) patients were alive",
            [("50%", "HSCT", "efficacy"), ("60.0%", "CR", "efficacy"), ("70.0%", "OS", "efficacy")],
        ),
        ("Two (20.0%) patients achieved PR, resulting in an ORR of 80.0%", [("20.0%", "PR", "efficacy"), ("80.0%", "ORR", "efficacy")]),
        ("hyponatremia (100%), nausea (40.0%)", [("100%", "hyponatremia", "safety"), ("40.0%", "nausea", "safety")]),
        ("six (60.0%) males and four (40.0%) females", [("60.0%", "male", "baseline"), ("40.0%", "female", "baseline")]),
        (
            "four (40.0%) and three (30.0%) were classified as adverse, and intermediate genetic risk, respectively",
            [("40.0%", "ELN adverse risk", "baseline"), ("30.0%", "ELN intermediate risk", "baseline")],
        ),
        ("with approximately 40% of patients achieving SVR35", [("approximately 40%", "SVR35", "efficacy")]),
        ("MRD negativity was defined as<0.1%.", [("<0.1%", "MRD-neg threshold", "other")]),
        (
            "14% of the 81 evaluable patients achieved an objective response and 31% showed ≥50% decrease in bone marrow blasts",
            [("14%", "ORR", "efficacy"), ("31%", "BLAST-RED", "efficacy"), ("≥50%", "BLAST-RED threshold", "other")],
        ),
        (
            "Four (40.0%) patients who achieved CR/CRi after one cycle then received allo-HSCT.",
            [("40.0%", "HSCT", "efficacy")],
        ),
        ("The cohort was 40% of the screened population.", [("40%", None, "other")]),
    ],
)
def test_values_go_to_the_endpoint_they_are_written_with(text, expected):
    assert assigned(text) == expected


def test_clauses_split_at_semicolons_and_after_citations():
    text = "A achieved 66.7% (Smith et al., 2021); B achieved 45% in 40 patients (Lee et al., 2020) and C achieved 47%."
    parts = [text[s:e] for s, e in clauses(text, 0, len(text))]
    assert len(parts) == 3
    assert "66.7%" in parts[0] and "45%" in parts[1] and "47%" in parts[2]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("CRORi %0123456789()/;,. abdefhlnoprstuvw≥<")), max_size=200))
def test_assignment_never_raises_and_keeps_one_answer_per_value(text):
    pcts = find_percentages(text)
    out = assign_endpoints(text, (0, len(text)), pcts, [p.qualifier for p in pcts], mentions(text))
    assert len(out) == len(pcts)
    assert all(a.category in {"efficacy", "safety", "baseline", "other"} for a in out)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_assignment_never_raises_on_arbitrary_unicode(text):
    pcts = find_percentages(text)
    out = assign_endpoints(text, (0, len(text)), pcts, [p.qualifier for p in pcts], mentions(text))
    assert len(out) == len(pcts)
