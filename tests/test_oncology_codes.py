"""The code an oncology result gets: plural abbreviations of the vocabulary, and adverse events
marked by a CTCAE grade (GUIDELINES 4.4: safety keeps the adverse-event term as its code, without
its grade; the outcome phrase keeps the grade)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.link import extract_rows
from trialmine.ingest.document import Document
from trialmine.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def _results(nlp, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    document = Document("onc", "text", text, "onc.txt")
    rows = extract_rows(document, nlp(text))
    return {r["text"]: (r["endpoint"], r["endpoint_text"], r["category"]) for r in rows if r["kind"] == "result"}


def test_the_plural_of_orr_is_orr(nlp) -> None:
    rows = _results(nlp, "For 82 patients randomised to weekly and 3-weekly docetaxel, ORRs were 81% and 71%, respectively (p = 0.30).")
    assert rows["81%"] == ("ORR", "ORRs", "efficacy")
    assert rows["71%"] == ("ORR", "ORRs", "efficacy")


def test_a_clinically_assessed_response_keeps_its_code(nlp) -> None:
    rows = _results(nlp, "Clinical complete response occurred in 20% and 7% for XEC and FEC, respectively.")
    assert rows["20%"] == ("CR", "Clinical complete response", "efficacy")
    assert _results(nlp, "A clinical partial response was seen in 45% of patients.")["45%"][0] == "PR"


@pytest.mark.parametrize(
    "text, value, expected",
    [
        # a graded disease opening the outcome phrase
        ("Grade 3 hemoptysis occurred in 2 patients (5%).", "5%", ("hemoptysis", "Grade 3 hemoptysis", "safety")),
        ("Three patients (12%) developed grade 3 hypophosphatemia.", "12%", ("hypophosphatemia", "grade 3 hypophosphatemia", "safety")),
        # a count's object read on over its grade: a disease, or a change
        ("One patient had grade 4 bone marrow suppression after 1 cycle of PE and thus switched to the FEC regimen.", "One",
         ("bone marrow suppression", "grade 4 bone marrow suppression", "safety")),
        ("One patient had grade 3 transaminase elevation, which recovered after cessation of the drug.", "One",
         ("transaminase elevation", "grade 3 transaminase elevation", "safety")),
    ],
)
def test_a_graded_term_is_an_adverse_event_coded_without_its_grade(nlp, text: str, value: str, expected) -> None:
    assert _results(nlp, text)[value] == expected


@pytest.mark.parametrize(
    "text, value",
    [
        # a tumour's histological grade is no adverse-event grade
        ("More than half were grade 3 tumours (45%).", "45%"),
        # a grade of something that is neither a disease nor a change names no event
        ("Eight patients had grade 2 lipase.", "Eight"),
    ],
)
def test_a_grade_of_anything_else_marks_no_adverse_event(nlp, text: str, value: str) -> None:
    endpoint, _, category = _results(nlp, text)[value]
    assert (endpoint, category) != ("tumour", "safety")
    assert category != "safety"


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["grade 3", "Grade 3", "grade III", "grade 3/4", "grades 3-4", "grade ≥3", "CTCAE grade 3", "grade 3 or 4"]),
    st.sampled_from(["hemoptysis", "hypophosphatemia", "neutropenia"]),
)
def test_however_the_grade_is_written_the_code_is_the_term(nlp, grade: str, term: str) -> None:
    text = f"{grade[0].upper()}{grade[1:]} {term} occurred in 12% of patients."
    endpoint, outcome, category = _results(nlp, text)["12%"]
    assert (endpoint, category) == (term, "safety")
    if term != "neutropenia":  # a vocabulary term's phrase is written by the endpoint rules' own grade pattern
        assert outcome.lower().startswith(grade.lower())
