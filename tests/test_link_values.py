"""Values the linker keeps as results (trialmine.extract.link): counts of events, counts of people
listed before their outcome, and values with a unit reported on their own; and those it leaves out
(design figures, thresholds)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.link import _respectively_listed, extract_rows
from trialmine.extract.measures import parse_measures
from trialmine.ingest.text import text_document
from trialmine.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def results(nlp, text, fields=("text", "endpoint_text", "value_unit", "n")):
    document = text_document("t", text, "test")
    return [tuple(r.get(f) for f in fields) for r in extract_rows(document, nlp(document.text)) if r["kind"] == "result"]


def test_a_count_of_cases_counts_the_outcome_after_its_of_and_a_later_count_of_cases_the_same(nlp):
    text = "Results: 7 cases of wound infection were seen in the drain group, and 2 cases were seen in the no-drain group."
    found = results(nlp, text)
    assert [(t, n) for t, _, _, n in found] == [("7", 7), ("2", 2)]
    assert found[0][1] == found[1][1] and "infection" in found[0][1]


def test_one_case_of_an_event_is_a_result(nlp):
    text = "Results: The sedation group reported only one case of transient apnoea with no need of intubation."
    assert results(nlp, text) == [("one", "transient apnoea", "n", 1)]


def test_cases_included_in_the_methods_are_the_sample_not_a_result(nlp):
    assert results(nlp, "Methods: The study included 35 cases of primary pelvic obstruction with a mean age of 29.5 years.") == []


def test_counts_of_people_listed_before_their_outcome_share_it(nlp):
    text = "Results: 2 patients in the placebo group and 5 patients in the yoga group had a wound infection."
    found = results(nlp, text)
    assert [(t, n) for t, _, _, n in found] == [("2", 2), ("5", 5)]
    assert found[0][1] == found[1][1] is not None


def test_counts_of_people_with_no_outcome_stay_a_sample(nlp):
    assert results(nlp, "Results: Fifteen patients in group A and thirteen patients in group B were analysed.") == []


def test_a_level_in_a_bracket_after_what_was_measured_is_a_result(nlp):
    text = "Results: The plasma levels of free resveratrol were low (4.15 ng/mL)."
    assert [(t, u) for t, _, u, _ in results(nlp, text)] == [("4.15 ng/mL", "ng/ml")]


def test_a_signed_change_in_a_bracket_is_a_result(nlp):
    text = "Results: Liraglutide was associated with improved body weight (−2.8 kg) and waist circumference (−1.9 cm)."
    assert [(t, u) for t, _, u, _ in results(nlp, text)] == [("−2.8 kg", "kg"), ("−1.9 cm", "cm")]


@pytest.mark.parametrize(
    "text",
    [
        "Results: Patients with serum creatinine (> 1.5 mg/dl) were excluded.",
        "Results: LDL-C in the A group fell close to the threshold (35.0 mg/dl) for atherosclerosis.",
        "Methods: Participants ate a very low-calorie diet (800 kcal/day) for 8 weeks.",
        "Results: The group received lignocaine (9 ml) with normal saline (1 ml).",
        "Results: Serum ALT levels at baseline (24.1 IU/L) were within the normal range.",
    ],
)
def test_thresholds_design_figures_and_volumes_given_are_no_results(nlp, text):
    assert results(nlp, text) == []


def test_values_of_one_unit_closed_by_respectively_are_results(nlp):
    text = "Results: Total and LDL cholesterol decreased by 0.42 mmol/l and 0.35 mmol/l (each p < 0.05), respectively."
    assert [t for t, _, _, _ in results(nlp, text)] == ["0.42 mmol/l", "0.35 mmol/l"]


def test_unitless_values_are_results_where_the_sentence_names_a_confidence_interval(nlp):
    text = "Results: The sensitivity of the indicator was 0.62 (95% confidence interval: 0.55; 0.70), 0.41 (0.33; 0.49), and 0.37 (0.30; 0.45), respectively."
    assert [t for t, _, _, _ in results(nlp, text)] == ["0.62", "0.41", "0.37"]


UNITS = ["ng/ml", "mmol/l", "IU/L", "mg/dl", "kg", "mmHg"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.decimals(min_value=0, max_value=999, places=1).map(str), min_size=2, max_size=4),
    st.sampled_from(UNITS),
    st.sampled_from(["meals", "doses", "visits"]),
)
def test_a_list_of_one_unit_is_a_respectively_list_only_when_nothing_but_values_stand_before_it(values, unit, noun):
    """Every value of "a U, b U and c U, respectively" is listed; none of "a U and b U <noun>, respectively"."""
    items = [f"{v} {unit}" for v in values]
    listed = f"decreased by {', '.join(items[:-1])} and {items[-1]}, respectively."
    other = f"were {', '.join(items[:-1])} and {items[-1]} {noun}, respectively."
    for text, expected in ((listed, True), (other, False)):
        quantities = [q for q in parse_measures(text).quantities if q.unit]
        assert quantities, text
        assert all(_respectively_listed(text, q, len(text)) is expected for q in quantities), text
