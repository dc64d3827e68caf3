"""Confidence bounds go to the estimate's ci_low/ci_high and are no values of their own
(trialmine.extract.link `_attach_bare_intervals`, trialmine.extract.measures `bare_interval`)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trialmine.extract.link import extract_rows
from trialmine.extract.measures import bare_interval
from trialmine.ingest.text import text_document
from trialmine.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def results(nlp, text):
    document = text_document("t", text, "test")
    rows = extract_rows(document, nlp(document.text))
    return [(r["text"], r.get("ci_low"), r.get("ci_high")) for r in rows if r["kind"] == "result"]


def test_bounds_separated_by_a_comma_need_the_value_between_them():
    text = "−0.67% (−0.84, −0.50) and 1.91 (0.63, 1.75)"
    assert bare_interval(text, 6, -0.67)[:2] == (-0.84, -0.50)
    assert bare_interval(text, 6) is None  # no value to check them against
    assert bare_interval(text, text.index(" (0.63"), 1.91) is None  # 1.91 is outside: no interval
    assert bare_interval("25 months (21–31) ", 9)[:2] == (21, 31)


def test_percentages_in_brackets_of_a_labelled_sentence_are_bounds(nlp):
    text = "The ORRs (95% CIs) were 27.7% (15.6% to 42.6%) in the dovitinib arm and 10.0% (3.3% to 21.8%) in the placebo arm."
    assert results(nlp, text) == [("27.7%", 15.6, 42.6), ("10.0%", 3.3, 21.8)]


def test_a_mean_difference_with_no_unit_takes_its_interval(nlp):
    text = "There was a mean (95% confidence intervals) difference of 6.0 (-10.5, 22.7) in percentage of days (P = 0.48)."
    assert results(nlp, text) == [("6.0", -10.5, 22.7)]


def test_a_bracket_without_a_label_is_no_interval_of_a_percentage(nlp):
    # nothing says these are intervals: "(43–53)" might be a range of anything
    text = "The response rate was 48% (43–53%) in the pembrolizumab arm."
    assert all(low is None for _, low, _ in results(nlp, text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    label=st.sampled_from(["(95% CI)", "(95% CIs)", "(95% confidence interval)", "(95% confidence intervals)", "(90% confidence interval [CI])"]),
    value=st.integers(20, 80),
    below=st.integers(1, 15),
    above=st.integers(1, 15),
    joiner=st.sampled_from([" to ", "–", ", "]),
)
def test_a_labelled_interval_is_the_estimate_s_and_no_value(nlp, label, value, below, above, joiner):
    text = f"The response rates {label} were {value}% ({value - below}%{joiner}{value + above}%) with drug A."
    if joiner == ", ":
        text = text.replace(f"{value - below}%, ", f"{value - below}, ")
    assert results(nlp, text) == [(f"{value}%", value - below, value + above)]


@pytest.mark.parametrize(
    "text",
    [
        "The ORRs (95% CIs) were 27.7% (15.6% to 42.6%) in the dovitinib arm.",
        "More referrals were made in the screening arm (relative risk 1.51, confidence interval 95% 1.03–2.22).",
        "Infection was rarer with enema (RR 0.66 CI 95%: 0.43 to 1.03).",
        "The CI was set at 95%.",
    ],
)
def test_the_level_of_an_interval_is_no_value(nlp, text):
    assert all(t not in ("95%",) for t, _, _ in results(nlp, text))


def test_a_percentage_after_an_interval_label_that_is_no_level_stays_a_value(nlp):
    # only 90, 95 and 99% are levels
    assert any(t == "42%" for t, _, _ in results(nlp, "The response rate (95% CI) was 42%."))
