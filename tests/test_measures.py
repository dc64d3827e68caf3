"""Tests for trialmine.extract.measures: quantities, effect measures, CIs, P values, timepoints."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.measures import (
    baseline_before,
    sample_size_count,
    statistical_level,
    count_after,
    find_compared_counts,
    find_counts_in_patients,
    find_confidence_intervals,
    find_effect_measures,
    find_p_values,
    find_quantities,
    find_timepoints,
    parse_measures,
)
from trialmine.extract import measures as measures_module
from trialmine.extract import numbers as numbers_module
from trialmine.extract.numbers import find_patient_counts, find_percentages

number = st.floats(min_value=0.01, max_value=999, allow_nan=False).map(lambda x: round(x, 2))

# ---------------------------------------------------------------------------------------------
# quantities
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("median OS was 14.7 months (HR 0.66)", [("14.7 months", 14.7, "months")]),
        ("median PFS 10.1 versus 10.3 months", [("10.1", 10.1, "months"), ("10.3 months", 10.3, "months")]),
        ("median DoR of 8.2 vs. 6.1 mo", [("8.2", 8.2, "months"), ("6.1 mo", 6.1, "months")]),
        ("12.5 and 9.0 weeks, respectively", [("12.5", 12.5, "weeks"), ("9.0 weeks", 9.0, "weeks")]),
        ("time was 5.7 ± 2.9 min", [("5.7 ± 2.9 min", 5.7, "minutes")]),
        ("heart rate (80+/-8.6 vs. 80+/-10.6 bpm)", [("80+/-8.6", 80.0, "bpm"), ("80+/-10.6 bpm", 80.0, "bpm")]),
        ("a total of 732+/-2685.4 beats", [("732+/-2685.4", 732.0, None)]),
        ("1 year", [("1 year", 1.0, "years")]),
        ("ORR: 64.3 vs. 33.3%", [("64.3", 64.3, "%")]),
        ("17 versus 23% for A and B", [("17", 17.0, "%")]),
        ("(HR 0.66, 95% CI 0.49-0.89)", []),
        ("40%", []),
    ],
)
def test_quantities(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", ["median OS was not reached", "SVR35 in 40% of patients", "IDH2 mutation", "grade 3 events", ""])
def test_no_quantity(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # changes, "from X to Y", with a unit or none
        ("LVEF increased from 0.26 to 0.31 (P = 0.009)", [("0.26", 0.26, None), ("0.31", 0.31, None)]),
        ("score decreased from 24.3 to 18.1", [("24.3", 24.3, None), ("18.1", 18.1, None)]),
        ("LVM increased from 172 to 220 g", [("172", 172.0, "g"), ("220 g", 220.0, "g")]),
        ("cost fell from 7184 dollars to 4151 dollars", [("7184 dollars", 7184.0, "dollars"), ("4151 dollars", 4151.0, "dollars")]),
        # means without a unit, compared; mean (SD); median [IQR]
        ("mean HbA1c 7.2 vs 7.9", [("7.2", 7.2, None), ("7.9", 7.9, None)]),
        ("resistance (0.53 versus 0.38, P < .02)", [("0.53", 0.53, None), ("0.38", 0.38, None)]),
        ("vWf (154 (29) v 144 (31) IU/dl, p < 0.001)", [("154", 154.0, "iu/dl"), ("144", 144.0, "iu/dl")]),
        ("volume (74 [45, 126] vs 26 [12, 70] mL; p = 0.002)", [("74", 74.0, "ml"), ("26", 26.0, "ml")]),
        ("change −1.2 ± 0.4", [("−1.2 ± 0.4", -1.2, None)]),
        ("mean difference 3.4 points", [("3.4 points", 3.4, "points")]),
    ],
)
def test_values_without_a_time_unit(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["aged 18 to 65 years", "grade 3 vs 4 toxicity", "in 2001 vs 2005", "stage II vs III", "[4 (3.8%) vs 13 (11.9%)]", "between 5 and 10 mg/dl"],
)
def test_ranges_labels_years_and_counts_are_not_compared_values(text):
    assert not [q for q in find_quantities(text) if q.compared]


def test_values_of_one_unit_a_comparator_apart_are_compared():
    text = "volume was 0.0 ml in the EPA group versus 14.3 +/- 3.4 ml in the GCA group"
    assert [(q.text, q.compared) for q in find_quantities(text)] == [("0.0 ml", True), ("14.3 +/- 3.4 ml", True)]
    (alone,) = find_quantities("a PTV of 1302 ml")
    assert not alone.compared and not alone.spread
    (sd,) = [q for q in find_quantities("36.6 [0.3] degrees C") if q.value == 36.6]
    assert sd.spread


@settings(max_examples=150, deadline=None)
@given(number, number, st.sampled_from(["", " mmhg", " points", " kg"]))
def test_a_change_from_x_to_y_gives_both_values_in_order(a, b, u):
    text = f"the outcome changed from {a:g} to {b:g}{u} (P = 0.01)"
    found = find_quantities(text)
    assert [q.value for q in found] == [pytest.approx(float(f"{a:g}")), pytest.approx(float(f"{b:g}"))]
    assert all(q.compared for q in found)


@settings(max_examples=150, deadline=None)
@given(number, number, st.sampled_from([" versus ", " vs. ", " vs ", " compared with "]))
def test_bare_values_compared_are_each_found(a, b, join):
    found = find_quantities(f"mean score ({a:g}{join}{b:g}, P < 0.05)")
    assert [q.value for q in found] == [pytest.approx(float(f"{a:g}")), pytest.approx(float(f"{b:g}"))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a value written with its own interval is an estimate, with a unit or none (the interval named before)
        ("change in weight −5.7 (−7.8 to −2.8); −2.8 (−3.8 to −1.9) kg", [("−2.8", -2.8, "kg")]),
        ("an estimated mean (95% CI) change in weight −5.7 (−7.8 to −2.8)", [("−5.7", -5.7, None)]),
        ("D-dimer was higher (3095 [890–10000] μg/l; n = 29)", [("3095", 3095.0, "μg/l")]),
        ("dose of propofol (median [range]; 20 [0–50])", [("20", 20.0, None)]),
        # each of a change's values with its own interval: a change, not a range
        ("LDL-C (3.49 (2.94 to 4.15) to 1.32 (1.02 to 1.69) mmol/L)", [("3.49", 3.49, "mmol/l"), ("1.32", 1.32, "mmol/l")]),
    ],
)
def test_a_value_with_its_own_interval_is_an_estimate(text, expected):
    found = find_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == expected
    assert all(q.compared for q in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("compliance score for Mobile-Solo (Mean [SD] 0.30 [0.39]) and Mobile-Team (Mean [SD] 0.49 [0.35]) conditions",
         [("0.30", 0.30, None), ("0.49", 0.49, None)]),
        ("more improvements (mean [SD] -0.14 [0.09]) than participants in Mobile conditions", [("-0.14", -0.14, None)]),
        ("the machine was used for mean(SD) 20.1(13.0) days", [("20.1", 20.1, "days")]),
    ],
)
def test_a_value_after_its_statistic_and_spread_named_in_brackets(text, expected):
    found = find_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == expected
    assert all(q.compared for q in found if q.unit is None)  # a value with its unit is read as before


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'mcg' is µg written in letters: a concentration, not a dose
        ("serum lutein (69.3 mcg/l; 95% CI 40.3–119) than the formula group (11.3 mcg/l; 95% CI 8.1–15.8)",
         [("69.3 mcg/l", 69.3, "mcg/l"), ("11.3 mcg/l", 11.3, "mcg/l")]),
        ("NH3: 39.0±8.8 vs. 55.4±19.6 mcg/dl", [("39.0±8.8", 39.0, "mcg/dl"), ("55.4±19.6 mcg/dl", 55.4, "mcg/dl")]),
    ],
)
def test_a_concentration_in_micrograms_written_mcg_is_a_value(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("rate was 6.29/1,000 days in the A group vs 16.28/1,000 days in the B group",
         [("6.29/1,000 days", 6.29, "/1,000 days"), ("16.28/1,000 days", 16.28, "/1,000 days")]),
        ("VAP rates were 14.03 and 6.48 per 1000 ventilator days (P = 0.08)",
         [("14.03", 14.03, "per 1000 ventilator days"), ("6.48 per 1000 ventilator days", 6.48, "per 1000 ventilator days")]),
        ("incidence was 4·6 per 100 woman-years (95% CI 3·9–5·4)", [("4·6 per 100 woman-years", 4.6, "per 100 woman-years")]),
    ],
)
def test_a_rate_of_events_per_population_time_is_a_result(text, expected):
    found = find_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == expected
    assert all(q.compared for q in found)


@settings(max_examples=100, deadline=None)
@given(number, number, st.sampled_from(["pg/ml", "ng/ml", "mg/l", "mmol/l", "beats/min"]), st.sampled_from(["\u2212", "-"]))
def test_a_unit_written_with_a_negative_exponent_is_its_slash_form(a, b, unit, minus):
    amount, per = unit.split("/")
    found = find_quantities(f"levels fell from {a:g} to {b:g} {amount} {per}{minus}1 (P = 0.01)")
    assert [(q.value, q.unit, q.compared) for q in found] == [(pytest.approx(float(f"{a:g}")), unit, True), (pytest.approx(float(f"{b:g}")), unit, True)]


@pytest.mark.parametrize(
    "text",
    [
        "the NNTs (with 95% CI) for pain relief were 3.2 (2.4 to 4.5) at six hours",  # a number needed to treat
        "APACHE II score 18 (5–37) with a residual volume",  # no interval or statistic named before it
        "Methods: median age 55 (19–84), APACHE II score 18 (5–37)",  # the design part of an abstract
        "aged 18 to 65 years",
    ],
)
def test_a_number_before_an_interval_is_no_estimate_unless_its_statistic_is_named(text):
    assert not [q for q in find_quantities(text) if q.compared]


@settings(max_examples=150, deadline=None)
@given(number, number, number, st.sampled_from(["median [IQR]", "mean (95% CI)", "median (range)"]), st.sampled_from(["–", " to ", "-"]))
def test_a_value_and_its_interval_give_the_value_once(v, low, high, label, dash):
    low, high = sorted((low, high))
    text = f"the {label} score was {v:g} ({low:g}{dash}{high:g}) in the A group"
    found = find_quantities(text)
    assert [q.value for q in found] == [pytest.approx(float(f"{v:g}"))]
    assert found[0].compared


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the mean values of TSB in the A group were 13.72 (1.56), 9.5 (0.56) and in the control group 15.30 (1.44).",
         [13.72, 9.5]),  # "group 15.30" reads as a label, as "group 1" does
        ("The mean (standard deviation) proportion of days was 0·94(0·20) and 0·92(0·19) for A and B regimens, respectively.",
         [0.94, 0.92]),
        ("Mean scores were 3.2 (1.1) in the A group versus 4.5 (0.9) in the B group.", [3.2, 4.5]),
    ],
)
def test_a_value_with_its_standard_deviation_in_brackets_after_a_named_mean(text, expected):
    found = find_quantities(text)
    assert [q.value for q in found] == [pytest.approx(v) for v in expected]
    assert all(q.compared and q.unit is None for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "The score was 13.72 (1.56) in the A group.",  # no mean or SD named before it
        "baseline mean (SD): age 53.6 (6) years, FINDRISC 13.9 (3.1), BMI 33.5 (5.9) kg/m2",  # baseline figures
        "The mean rank was 12 (3) in table 2 (4).",  # no decimal: a label or a count
        "Methods: mean values were 13.7 (1.5) and 9.5 (0.5), respectively.",  # the design part of an abstract
        "the mean pain score was 3.2 (1.1) mg",  # a unit after the bracket: a dose, no unitless value
    ],
)
def test_a_number_with_a_bracketed_spread_is_no_value_without_a_named_mean(text):
    assert not [q for q in find_quantities(text) if q.unit is None]


@settings(max_examples=100, deadline=None)
@given(number, number, number, number, st.sampled_from(["mean", "mean (SD)", "mean (standard deviation)"]))
def test_means_with_their_spreads_give_each_mean_once(m1, sd1, m2, sd2, label):
    text = f"The {label} scores were {m1:.2f} ({sd1:.2f}) in the A group and {m2:.2f} ({sd2:.2f}) in the B group."
    assert [q.value for q in find_quantities(text)] == [pytest.approx(round(m1, 2)), pytest.approx(round(m2, 2))]


def test_mean_sd_is_a_spread():
    (q,) = find_quantities("5.7 ± 2.9 min")
    assert q.spread and q.is_time
    (r,) = find_quantities("14.7 months")
    assert not r.spread


# ---------------------------------------------------------------------------------------------
# effect measures, confidence intervals, P values
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(HR 0.66, 95% CI 0.49-0.89)", [("0.66", 0.66, "HR")]),
        ("hazard ratio, 0.66", [("0.66", 0.66, "HR")]),
        ("hazard ratio [HR] 0.72", [("0.72", 0.72, "HR")]),
        ("hazard ratio for death in the once daily group 1·18", [("1·18", 1.18, "HR")]),
        ("OR = 1.8", [("1.8", 1.8, "OR")]),
        ("odds ratio 2.1", [("2.1", 2.1, "OR")]),
        ("relative risk 0.8", [("0.8", 0.8, "RR")]),
        ("RR 0.32 (95% CI 0.11 - 0.96)", [("0.32", 0.32, "RR")]),
        ("CR or 2 patients", []),
        ("HR 40%", []),
        ("HR 80 bpm", []),
    ],
)
def test_effect_measures(text, expected):
    assert [(e.text, e.value, e.unit) for e in find_effect_measures(text)] == expected


@pytest.mark.parametrize(
    "text, low, high, level",
    [
        ("95% CI 0.49-0.89", 0.49, 0.89, 95.0),
        ("(95% CI, 30 to 60)", 30.0, 60.0, 95.0),
        ("[95% CI: 0.5–0.9]", 0.5, 0.9, 95.0),
        ("95% confidence interval [CI], 0.49 to 0.89", 0.49, 0.89, 95.0),
        ("95% CI −3·2% to 13·7%", -3.2, 13.7, 95.0),
        ("(95% CI 24–34 months)", 24.0, 34.0, 95.0),
        ("90% CI 1.2, 3.4", 1.2, 3.4, 90.0),
        ("CI 0.1-0.5", 0.1, 0.5, None),
    ],
)
def test_confidence_intervals(text, low, high, level):
    (ci,) = find_confidence_intervals(text)
    assert (ci.low, ci.high, ci.level) == (pytest.approx(low), pytest.approx(high), level)
    assert text[ci.start : ci.end] == ci.text


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("P < .001", 0.001, "<"),
        ("p=0.03", 0.03, "="),
        ("P = 0.003", 0.003, "="),
        ("(P ≤ 0.05)", 0.05, "≤"),
        ("P value of 0.02", 0.02, "="),
        ("p-value < 0.01", 0.01, "<"),
        ("p=0·14", 0.14, "="),
        ("P >= 0.2", 0.2, "≥"),
    ],
)
def test_p_values(text, value, qualifier):
    (p,) = find_p_values(text)
    assert (p.value, p.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize("text", ["PFS 0.5", "p53 mutation", "P = 2.5", "HIF-P = .3x", "CP = 1"])
def test_not_p_values(text):
    assert find_p_values(text) == []


# ---------------------------------------------------------------------------------------------
# timepoints, counts
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2-year OS was 80%", ["2 years"]),
        ("5-year DFS", ["5 years"]),
        ("1-year survival", ["1 year"]),
        ("one-year survival", ["1 year"]),
        ("ORR at 12 weeks", ["12 weeks"]),
        ("response at week 24", ["24 weeks"]),
        ("after 6 months of therapy", ["6 months"]),
        ("relapsed within 12 months", []),
        ("1-, 3-, and 5-year OS", ["1 year", "3 years", "5 years"]),
        ("2- and 5-year DFS", ["2 years", "5 years"]),
        ("14.7 months", []),
        ("the overall 5 year survival was 93%", ["5 years"]),
        ("One year data showed that 29% ...", ["1 year"]),
        ("On day 1, the complete response rate was 45%", ["1 day"]),
        ("a 10 year old boy", []),
        ("treated for 2 years", []),
        ("LV ejection fraction at 2 hours (26 ± 1 versus 31 ± 2%)", ["2 hours"]),
        ("ST-segment resolution at 120 minutes was 80%", ["120 minutes"]),
        ("After 24 h, headache intensity was 3.8", ["24 hours"]),
        ("proinsulin at 60 min was similar", ["60 minutes"]),
        ("after 1 hour", ["1 hour"]),
        ("administered by 15 min infusion", []),
        ("a 24-hour urine collection", []),
        ("infused over 2 h", []),
        ("that 2 hours", []),
        ("recurrent angina at 3 and 6 months after PCI", ["3 months", "6 months"]),
        ("at 1, 3 and 5 years", ["1 year", "3 years", "5 years"]),
        ("at 6 or 12 weeks", ["6 weeks", "12 weeks"]),
        ("after 24 and 48 hours", ["24 hours", "48 hours"]),
        ("between 3 and 6 months", []),
    ],
)
def test_timepoints(text, expected):
    assert [t.normalised for t in find_timepoints(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3 of 8 patients responded", [("3", 3, 8)]),
        ("responses in 12/40 patients", [("12", 12, 40)]),
        ("CR in 3 out of 8", [("3", 3, 8)]),
        ("in 3 of 8", [("3", 3, 8)]),
        ("3 of 8 cycles were given", []),
        ("grade 3/4 neutropenia", []),
    ],
)
def test_patient_counts_with_denominators(text, expected):
    assert [(c.text, c.n, c.n_total) for c in find_patient_counts(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [(" (7/417)", (7, 417)), (" (n = 5)", (5, None)), (" (11 of 30)", (11, 30)), (" (30/11)", None), (" (95% CI", None),
     (" (1 in 329 patients)", (1, 329)), (" (6 of 334 evaluable patients)", (6, 334))],
)
def test_count_after_a_percentage(text, expected):
    assert count_after(text, 0) == expected


# ---------------------------------------------------------------------------------------------
# parse_measures and properties
# ---------------------------------------------------------------------------------------------


def test_parse_measures_reads_a_result_sentence_once():
    text = "Median OS was 14.7 months (HR 0.66, 95% CI 0.49-0.89; P = 0.003); 2-year OS was 40% in 12/30 patients."
    m = parse_measures(text)
    assert [q.text for q in m.quantities] == ["14.7 months"]
    assert [e.value for e in m.effects] == [0.66]
    assert [(c.low, c.high) for c in m.intervals] == [(0.49, 0.89)]
    assert [p.value for p in m.p_values] == [0.003]
    assert [t.normalised for t in m.timepoints] == ["2 years"]
    assert [p.text for p in m.percentages if not p.is_ci_level] == ["40%"]
    assert [(c.n, c.n_total) for c in m.counts] == [(12, 30)]
    assert m.counts == tuple(find_patient_counts(text, find_percentages(text)))


unit = st.sampled_from(["months", "weeks", "days", "years"])


@settings(max_examples=150, deadline=None)
@given(st.lists(number, min_size=1, max_size=4), unit)
def test_a_list_of_numbers_shares_its_unit(values, u):
    text = "median " + " versus ".join(f"{v:g}" for v in values) + f" {u}"
    found = find_quantities(text)
    assert [q.value for q in found] == [pytest.approx(float(f"{v:g}")) for v in values]
    assert {q.unit for q in found} == {u}
    assert found[-1].text.endswith(u)


@settings(max_examples=150, deadline=None)
@given(number, number, st.sampled_from(["-", "–", " to ", ", "]), st.sampled_from(["95% CI ", "(95% CI, ", "[95% CI: ", "95% confidence interval "]))
def test_interval_bounds_are_ordered(a, b, sep, lead):
    text = f"{lead}{a:g}{sep}{b:g}"
    (ci,) = find_confidence_intervals(text)
    assert ci.low <= ci.high
    assert sorted([ci.low, ci.high]) == pytest.approx(sorted([float(f"{a:g}"), float(f"{b:g}")]))


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["year", "month", "week", "day"]))
def test_timepoints_normalise_to_plural_units(n, u):
    (t,) = find_timepoints(f"the {n}-{u} rate")
    assert t.normalised == (f"1 {u}" if n == 1 else f"{n} {u}s")


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["at", "after", "At", "After"]),
       st.sampled_from([("hours", "hours"), ("hour", "hours"), ("h", "hours"), ("hrs", "hours"), ("minutes", "minutes"), ("min", "minutes")]))
def test_a_landmark_in_hours_or_minutes_is_a_timepoint_whatever_its_spelling(n, preposition, unit):
    written, normalised = unit
    (t,) = find_timepoints(f"LVEF {preposition} {n} {written} was 31%")
    assert t.normalised == (f"1 {normalised[:-1]}" if n == 1 else f"{n} {normalised}")
    assert find_timepoints(f"LVEF over {n} {written} was 31%") == []


_PIECES = st.sampled_from(
    ["in the A group", " vs ", " and ", "from", " by ", "deaths", "was successful in", "change of", "effect size",
     "HR", " 0.66", "95% CI", " ", ",", "-", "–", "to", "P", "<", "=", ".001", "months", "median", "±", "(", ")", "[", "]",
     "2-year", "at", "week", "12", "of", "/", "patients", "·", "−", "x", "10", "OR", "hazard ratio", "mo", "%"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_parsers_never_raise_and_spans_point_into_the_text(text):
    m = parse_measures(text)
    for items in (m.quantities, m.effects, m.intervals, m.p_values, m.timepoints, m.compared_counts):
        for item in items:
            assert text[item.start : item.end] == item.text
    for p in m.p_values:
        assert 0.0 <= p.value <= 1.0


# ---------------------------------------------------------------------------------------------
# result rows of every kind of value, through the real pipeline
# ---------------------------------------------------------------------------------------------

from trialmine.extract.link import extract_rows  # noqa: E402
from trialmine.ingest.text import text_document  # noqa: E402
from trialmine.nlp.pipeline import build_pipeline  # noqa: E402
from trialmine.store.schema import to_evidence_frame  # noqa: E402

FIELDS = ("text", "endpoint", "value", "value_unit", "ci_low", "ci_high", "p_value", "p_qualifier", "timepoint", "n", "n_total")


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def rows(nlp, text):
    document = text_document("t", text, "test")
    found = [r for r in extract_rows(document, nlp(document.text)) if r["kind"] == "result"]
    to_evidence_frame(found)  # every row meets the evidence contract
    return [tuple(r.get(f) for f in FIELDS) for r in found]


def test_median_with_hazard_ratio_interval_and_p_value(nlp):
    text = "Median overall survival was 14.7 months with azacitidine (HR 0.66, 95% CI 0.49-0.89; P = 0.003)."
    assert rows(nlp, text) == [
        ("14.7 months", "OS", 14.7, "months", None, None, 0.003, "=", None, None, None),
        ("0.66", "OS", 0.66, "HR", 0.49, 0.89, 0.003, "=", None, None, None),
    ]


def test_two_medians_share_their_unit_and_their_p_value(nlp):
    assert rows(nlp, "Median PFS was 10.1 versus 10.3 months (P < .001).") == [
        ("10.1", "PFS", 10.1, "months", None, None, 0.001, "<", None, None, None),
        ("10.3 months", "PFS", 10.3, "months", None, None, 0.001, "<", None, None, None),
    ]


def test_median_not_reached_and_follow_up_are_no_results(nlp):
    assert rows(nlp, "After a median follow-up of 36 months, median OS was not reached.") == []


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("patients aged ", True),
        ("a median follow-up of ", True),
        ("median age 62 (range ", True),
        ("After a median follow-up of 42 months, median PFS was ", False),
        ("At a median follow-up of 45 months (IQR 35–58), median overall survival was ", False),
        ("longer in the A group (24.6 ± 1.7 [range 7–28] months) than in the B group (", True),
        # the word and its figure in a bracket closed before the value: the text before the bracket decides
        ("change was −0·5 (IQR −1·5 to 1·1) in the A group and ", False),
        ("overall survival (median follow-up 42 months) was ", False),
        ("median age (range 45–80) was ", True),
        # the word names the value's statistic in a bracket right before it
        ("(primary outcome; median [IQR]: ", False),
        ("median follow-up (IQR) ", True),
        ("median overall survival was ", False),
        ("The average age of the A group was 67.1 (SD, ±8.7) years and ", True),
        # the statistic's name in a bracket without a figure, its outcome after the bracket
        ("Median (inter quartile range) duration of diarrhoea was shorter in the A group [", False),
        ("The median (Inter Quartile Range) score on the DLQI was ", False),
        ("median age (range) was ", True),
    ],
)
def test_a_follow_up_or_range_with_its_own_figure_leaves_the_next_value_a_result(before, expected):
    assert baseline_before(before) is expected


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("Results: Among 200 eligible patients, 101 were randomized to arm A and 99 to arm B.", "101", True),
        ("Methods: Forty patients with relapsed lymphoma underwent transplantation.", "Forty", True),
        ("BACKGROUND A trial. Twelve patients died.", "Twelve", True),
        ("Methods: We did a trial. Results: Three patients died.", "Three", False),
        ("RESULTS Three patients died.", "Three", False),
        ("Twelve patients who were enrolled late achieved CR.", "Twelve", False),
        ("Five patients relapsed after transplantation.", "Five", False),
    ],
)
def test_counts_of_design_verbs_or_design_sections_are_sample_sizes(text, count, expected):
    end = text.index(count) + len(count)
    assert sample_size_count(text, end, len(text)) is expected


def test_a_sample_size_is_no_count_result(nlp):
    assert rows(nlp, "Results: Among 200 eligible patients, 101 were randomized to arm A and 99 to arm B.") == []
    assert rows(nlp, "Methods: Forty patients with relapsed lymphoma underwent autologous transplantation.") == []
    assert [r[0] for r in rows(nlp, "Results: Forty patients underwent autologous transplantation.")] == ["Forty"]


def test_medians_after_the_follow_up_clause_are_results(nlp):
    text = "After a median follow-up of 40 months, median PFS was 9.1 and 11.4 months (P = 0.6) for arms A and B, respectively."
    assert [r[:4] for r in rows(nlp, text)] == [("9.1", "PFS", 9.1, "months"), ("11.4 months", "PFS", 11.4, "months")]
    text = "At a median follow-up of 30 months (IQR 20–41), median OS was 22 months in group A versus 19 months in group B."
    assert [r[:4] for r in rows(nlp, text)] == [("22 months", "OS", 22.0, "months"), ("19 months", "OS", 19.0, "months")]


def test_a_time_of_an_outcome_not_measured_as_a_time_is_no_result(nlp):
    assert rows(nlp, "The median time to MRD negativity was 12 days.") == []


def test_percentages_get_their_timepoint_interval_and_p_value(nlp):
    text = "The 2-year OS was 56% (95% CI 50-62) versus 51% (P = 0.14)."
    assert rows(nlp, text) == [
        ("56%", "OS", 56.0, "%", 50.0, 62.0, 0.14, "=", "2 years", None, None),
        ("51%", "OS", 51.0, "%", None, None, 0.14, "=", "2 years", None, None),
    ]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(2, 99), min_size=2, max_size=4, unique=True), st.sampled_from(["months", "weeks", "years", "hours"]))
def test_a_list_of_landmarks_after_a_preposition_shares_its_unit(values, unit):
    listed = ", ".join(str(v) for v in values[:-1]) + f" and {values[-1]} {unit}"
    assert [t.normalised for t in find_timepoints(f"Pain at {listed} was lower")] == [f"{v} {unit}" for v in values]


def test_values_of_a_landmark_list_take_the_landmarks_in_order(nlp):
    text = "Recurrent angina at 3 and 6 months was 7.1% and 11.0% (P = 0.01)."
    assert [(r[0], r[8]) for r in rows(nlp, text)] == [("7.1%", "3 months"), ("11.0%", "6 months")]
    assert [r[0] for r in rows(nlp, "TSB was significantly decreased after 24 and 48 hours in the clofibrate group (P<0.001).")] == []


def test_values_after_a_landmark_in_hours_take_it(nlp):
    text = "CCM therapy increased LV ejection fraction at 2 hours (26 ± 1 versus 31 ± 2%, P = .001)."
    assert [(r[0], r[8]) for r in rows(nlp, text)] == [("26 ± 1", "2 hours"), ("31 ± 2%", "2 hours")]


def test_a_p_value_closes_only_its_own_comparison(nlp):
    text = "ORR was 45% vs 20% (P = 0.01) and CR was 30% vs 10% (P = 0.2)."
    assert [(r[0], r[6]) for r in rows(nlp, text)] == [("45%", 0.01), ("20%", 0.01), ("30%", 0.2), ("10%", 0.2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Complete response was seen in 3 of 8 patients.", [("3", "CR", None, "n", 3, 8)]),
        ("CR was achieved in 12/40 patients.", [("12", "CR", None, "n", 12, 40)]),
        ("Major bleeding occurred in 1.7% (7/417) of patients.", [("1.7%", "bleeding", 1.7, "%", 7, 417)]),
    ],
)
def test_counts_with_denominators(nlp, text, expected):
    assert [(r[0], r[1], r[2], r[3], r[9], r[10]) for r in rows(nlp, text)] == expected


def test_ci_levels_and_interval_bounds_are_never_results(nlp):
    found = rows(nlp, "The ORR was 40% (95% CI, 30%-50%).")
    assert [(r[0], r[4], r[5]) for r in found] == [("40%", 30.0, 50.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Median door-to-balloon time was 82 (55, 100) minutes in group A.", [("82", 82.0, "minutes")]),
        ("Mean hospital stay was 2.2 ± 1.2 days.", [("2.2 ± 1.2 days", 2.2, "days")]),
        ("The median time of neutrophil recovery was 35 days (range, 21–47).", []),
        ("The median age was 46 years (range 33–56 years).", []),
    ],
)
def test_times_are_results_only_for_outcomes_measured_as_a_time(nlp, text, expected):
    assert [(r[0], r[2], r[3]) for r in rows(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Relapse was similar (hazard ratio (HR) 0.93 (0.77–1.14), P=0.5).", [("0.93", 0.77, 1.14)]),
        (
            "The median PFS (95% CI) was 5.5 (3.8–14.0) months vs 4.1 (3.5–10.7) months.",
            [("5.5", 3.8, 14.0), ("4.1", 3.5, 10.7)],
        ),
        (
            "3-year overall survival was 50·3% (95% CI 45·5–54·9) in group A and 48·1% (43·2–52·7) in group B.",
            [("50·3%", 45.5, 54.9), ("48·1%", 43.2, 52.7)],
        ),
        ("Overall survival was 40% (30-50) in group A.", [("40%", None, None)]),  # no label: not an interval
    ],
)
def test_unlabelled_intervals_after_effect_measures_or_in_labelled_sentences(nlp, text, expected):
    assert [(r[0], r[4], r[5]) for r in rows(nlp, text)] == expected


def test_values_with_their_own_intervals_are_result_rows(nlp):
    text = (
        "Median change in MELD was −0·5 (IQR −1·5 to 1·1) in the standard care group and −0·4 (−1·7 to 0·5) in the G-CSF group. "
        "Simvastatin reduced LDL cholesterol (3.49 (2.94 to 4.15) to 1.32 (1.02 to 1.69) mmol/L)."
    )
    assert [(r[0], r[2], r[3]) for r in rows(nlp, text)] == [
        ("−0·5", -0.5, None), ("−0·4", -0.4, None), ("3.49", 3.49, "mmol/l"), ("1.32", 1.32, "mmol/l"),
    ]


def test_a_list_of_landmarks_goes_to_the_values_in_order(nlp):
    text = "The 1-, 3-, and 5-year overall survival rates were 88.9%, 82.4%, and 74.8% for arm A and 91.8%, 90.2%, and 82.1% for arm B."
    assert [r[8] for r in rows(nlp, text)] == ["1 year", "3 years", "5 years"] * 2


# ---------------------------------------------------------------------------------------------
# counts compared between arms
# ---------------------------------------------------------------------------------------------


def _counts(text):
    return [(c.text, text[c.noun[0] : c.noun[1]] if c.noun else None, text[c.arm[0] : c.arm[1]].strip() if c.arm else None) for c in find_compared_counts(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "with 3 complications in the IBMC group, compared with 4 complications in the PMMC group (P =.29)",
            [("3", "complications", "in the IBMC group"), ("4", "complications", "in the PMMC group")],
        ),
        (
            "There were a total of three deaths in the therapy group and eight deaths in the control group.",
            [("three", "deaths", "in the therapy group"), ("eight", "deaths", "in the control group")],
        ),
        ("with 1 occurring in the A group, compared with 3 in the B group.", [("1", None, "in the A group"), ("3", None, "in the B group")]),
        ("with 677 readmissions vs 824 for the usual care group", [("677", "readmissions", None), ("824", None, "for the usual care group")]),
        ("120 relapses were seen (50 in the surgery alone group and 70 in the surgery plus chemotherapy group)",
         [("120", "relapses", None), ("50", "relapses", "in the surgery alone group"),
          ("70", "relapses", "in the surgery plus chemotherapy group")]),
    ],
)
def test_compared_counts(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the total is parsed here when it counts an outcome noun, by the patient-count parser when it counts people
        ("In all, 41 infections occurred (19 in the A group and 22 in the B group).",
         [("41", True, "infections"), ("19", False, "infections"), ("22", False, "infections")]),
        ("Nine patients died of sepsis (two in the A arm and seven in the B arm).",
         [("two", False, "died of sepsis"), ("seven", False, "died of sepsis")]),
        # parts that do not add up to the number before the bracket do not break it down
        ("In 2010, 45 infections occurred (19 in the A group and 22 in the B group).",
         [("19", False, None), ("22", False, None)]),
        # people without a predicate are a sample size
        ("We followed 579 trial participants (291 in the A group and 288 in the B group).",
         [("291", False, None), ("288", False, None)]),
        # the total is the count right before the bracket, not a grade before it
        ("Grade 3 anemia was recorded in three patients (one in the A arm and two in the B arm).",
         [("one", False, None), ("two", False, None)]),
    ],
)
def test_counts_per_arm_that_break_down_a_total_count_its_outcome(text, expected):
    found = find_compared_counts(text)
    assert [(c.text, c.total, text[c.noun[0] : c.noun[1]] if c.noun else None) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma alone lists the parts of the total written before their bracket
        ("Grade 3 anemia was recorded in 3 patients (2 in FLOX arm, one in 3-weeks arm).", ["2", "one"]),
        ("Relapses occurred in 9 patients (4 in the A group, 3 in the B group, 2 in the C group).", ["4", "3", "2"]),
        # not when they do not add up to it, nor without a total
        ("Results: One hundred fourteen patients (59 in the control group, 54 in the experimental group) underwent decompression.", []),
        ("Results: Of the 37 pharmacies in the intervention group, 17 pharmacies (50%) provided advice", []),
    ],
)
def test_counts_listed_by_a_comma_are_parts_of_a_total_only(text, expected):
    assert [c.text for c in find_compared_counts(text) if c.arm] == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6))
def test_a_comma_breakdown_reads_alike_in_words_and_digits(a, b):
    words = "one two three four five six seven eight nine ten eleven twelve".split()
    found = []
    for spell in (str, lambda k: words[k - 1]):
        text = f"Grade 3 anemia was recorded in {spell(a + b)} patients ({spell(a)} in the A arm, {spell(b)} in the B arm)."
        found.append([(c.n, text[c.arm[0] : c.arm[1]]) for c in find_compared_counts(text) if c.arm])
    assert found[0] == found[1] == [(a, " in the A arm"), (b, " in the B arm")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of zero written as a word, compared with another arm's
        ("There were no new fractures in the intervention group but four in the control group.",
         [(0, "new fractures", "in the intervention group"), (4, None, "in the control group")]),
        # an arm's count compared with another's across the words of its clause
        ("Complete healing was seen in three patients in group HT as compared to none in group CT.",
         [(3, None, "in group"), (0, None, "in group")]),
        ("One patient in group HT required amputation as compared to five patients in group CT.",
         [(1, None, "in group"), (5, None, "in group")]),
        # no arm with the first count, a clause ended before the second, or no zero count at all: nothing compared
        ("There were no complications associated to the intervention.", []),
        ("No cracks were observed in the control group.", []),
        ("Two patients withdrew, but four in the control group completed the study.", []),
    ],
)
def test_counts_compared_across_their_clause_and_counts_of_zero(text, expected):
    found = find_compared_counts(text)
    assert [(c.n, text[c.noun[0] : c.noun[1]] if c.noun else None, text[c.arm[0] : c.arm[1]].strip() if c.arm else None) for c in found] == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 12), st.integers(0, 12), st.sampled_from(["but", "compared with", "as compared to", "whereas"]))
def test_a_count_of_zero_reads_as_the_digit_zero(a, b, join):
    words = "none one two three four five six seven eight nine ten eleven twelve".split()
    found = []
    for spell in (str, lambda k: words[k]):
        text = f"Healing was seen in {spell(a)} patients in the A group {join} {spell(b)} in the B group."
        found.append([c.n for c in find_compared_counts(text)])
    assert found[0] == found[1] == [a, b]


def test_events_compared_without_their_arms_are_compared_counts():
    text = "Serious events included leaks (30 events in the A group vs 69 in the B group), and infections (42 events vs 53)."
    assert [c.text for c in find_compared_counts(text)] == ["30", "69", "42", "53"]
    assert find_compared_counts("grades (3 vs 4)") == []


def test_counts_per_arm_of_a_total_are_rows_of_its_outcome(nlp):
    text = "At the final analysis, 100 deaths were recorded (45 in the placebo group and 55 in the control group)."
    assert [(r[0], r[1], r[9]) for r in rows(nlp, text)] == [("100", "death", 100), ("45", "death", 45), ("55", "death", 55)]


@pytest.mark.parametrize(
    "text",
    [
        "63 were randomly assigned to receive transfusions and 67 to receive standard care.",
        "12 in the A arm and 14 in the B arm were evaluable.",
        "There were 50 patients in each group.",
        "median OS 12 months in the A arm vs 10 months in the B arm",
        "leak rates (23 [10%] of 233 in the A group vs 52 [24%] of 220 in the B group)",
        "3 complications and 4 infections",
        "Overall, 63 patients were included in the A group and 67 in the B group.",
        "Four patients (one in the A group and three in the B group) were not included in the analyses.",
        "A total of 46 patients were treated, including 27 patients in the A group and 19 patients in the B group.",
    ],
)
def test_sample_sizes_times_denominators_and_armless_lists_are_not_compared_counts(text):
    assert find_compared_counts(text) == []


def test_a_list_after_included_is_of_results_not_sample_sizes():
    text = "Serious adverse events included anastomotic leaks (30 events in the A group vs 69 in the B group)."
    assert [c.n for c in find_compared_counts(text)] == [30, 69]


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 5000), st.integers(0, 5000), st.sampled_from([" and ", ", compared with ", " vs ", " versus ", ", whereas "]))
def test_each_count_of_a_comparison_is_found_once_in_order(a, b, join):
    text = f"There were {a} deaths in the placebo group{join}{b} deaths in the active group."
    assert [c.n for c in find_compared_counts(text)] == [a, b]


def _results(nlp, text, fields=("text", "endpoint_text", "value", "value_unit", "n", "arm")):
    document = text_document("t", text, "test")
    found = [r for r in extract_rows(document, nlp(document.text)) if r["kind"] == "result"]
    to_evidence_frame(found)
    return [tuple(r.get(f) for f in fields) for r in found]


def test_a_change_without_a_unit_is_a_result_where_the_sentence_reports_statistics(nlp):
    text = "In the metoprolol group left ventricular ejection fraction increased from 0.26 to 0.31 (P = 0.009)."
    assert [r[:4] for r in _results(nlp, text)] == [
        ("0.26", "left ventricular ejection fraction", 0.26, None),
        ("0.31", "left ventricular ejection fraction", 0.31, None),
    ]
    assert _results(nlp, "After two cycles, the SUV value of the gastric area went down from 12.1 to 7.1.") == []


def test_counts_per_arm_listed_by_a_comma_are_rows_of_the_total_outcome(nlp):
    text = "Grade 3 anemia was recorded in 3 patients (2 in the A arm, one in the B arm)."
    assert [r[:5] for r in _results(nlp, text)] == [
        ("3", "Grade 3 anemia", None, "n", 3), ("2", "Grade 3 anemia", None, "n", 2), ("one", "Grade 3 anemia", None, "n", 1)
    ]


def test_counts_of_patients_compared_between_groups_keep_the_outcome_before_them(nlp):
    # each count is a count of patients and a count compared between arms: both are rows, of the clause's outcome
    text = "Following surgery, blood transfusion was given to one patient in the A group and two patients in the B group."
    assert [r[:5] for r in _results(nlp, text)] == [("one", "blood transfusion", None, "n", 1), ("two", "blood transfusion", None, "n", 2)]
    # without an outcome they are a sample
    assert _results(nlp, "Fifteen patients in the A group and thirteen patients in the B group completed two scans.") == []
    # a count of people names no outcome: "children" is what is counted, not what happened to them
    assert [r[1] for r in _results(nlp, "Ten and 38 children in the A and B groups, respectively, were lost.")] != ["children"]


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12))
def test_counts_of_patients_compared_between_groups_read_alike_in_words_and_digits(nlp, a, b):
    words = "one two three four five six seven eight nine ten eleven twelve".split()
    template = "Hyperemesis occurred in {} patients in the A group and {} patients in the B group."
    in_digits = _results(nlp, template.format(a, b), fields=("endpoint_text", "n", "value_unit"))
    in_words = _results(nlp, template.format(words[a - 1], words[b - 1]), fields=("endpoint_text", "n", "value_unit"))
    assert in_digits == in_words == [("Hyperemesis", a, "n"), ("Hyperemesis", b, "n")]


def test_counts_compared_between_groups_are_count_results(nlp):
    text = "There were a total of three deaths in the therapy group and eight deaths in the control group."
    assert [r[:5] for r in _results(nlp, text)] == [("three", "deaths", None, "n", 3), ("eight", "deaths", None, "n", 8)]
    assert _results(nlp, "Overall, 63 were randomly assigned to receive transfusions and 67 to receive standard care.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Repeat SEPS was successful in 25 of these 96 patients.", [("25", "successful")]),
        ("In group II, heparin treatment was successful in six patients in 3-32 days.", [("six", "successful")]),
        ("Grade 3 neutropenia was observed in five patients.", [("five", None)]),
        ("Surgery was performed in 20 patients.", []),
        ("Patients were in 4 centres.", []),
    ],
)
def test_counts_written_after_their_outcome(text, expected):
    found = find_counts_in_patients(text)
    assert [(c.text, text[c.noun[0] : c.noun[1]] if c.noun else None) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the mean difference was -0.3 (95% CI -0.5 to -0.1)", [("-0.3", None)]),  # an estimate with its CI
        ("Drug X increased the mean cost per patient by 1108, which", [("1108", None)]),  # a change by a value
        ("HbA1c decreased by 1.2 mmol/l", [("1.2 mmol/l", "mmol/l")]),
        ("the score was 10.2 in the drug group and 16.7 in the placebo group", [("10.2", None), ("16.7", None)]),
        ("median score 12 (IQR 8–16)", [("12", None)]),  # a value with its spread
        ("HbA1c 7.2 (SD 1.1)", [("7.2", None)]),
        ("HR 0.66 (95% CI 0.49-0.89)", []),  # the effect measure's parser reads it
        ("randomised 45 in the A group", []),  # an integer before an arm is a count, not a mean
    ],
)
def test_single_values_that_are_estimates_by_how_they_are_written(text, expected):
    found = find_quantities(text)
    assert [(q.text, q.unit) for q in found] == expected
    assert all(q.compared for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "the score was 1.95 ± 1.12 in the A group versus 0.69 ± 1.64 in the B group (P = 0.001)",
        "injections were 0.6 ± 0.6 for the case group and 2.0 ± 0.8 for the controls",
    ],
)
def test_the_spread_after_a_mean_is_no_value_of_its_own(text):
    assert [q.text for q in find_quantities(text)] == [m for m in re.findall(r"[0-9.]+ ± [0-9.]+", text)]


@pytest.mark.parametrize(
    "text",
    ["grade 3–4 pneumonitis (4 [3%] of 250 vs 6 [2%] of 246; P = 0.70)", "more difficulties (46 (35%) v 30 (21%); p = 0.015)"],
)
def test_denominators_and_counts_of_percentages_are_no_compared_values(text):
    assert find_quantities(text) == []


def test_standardised_effect_sizes_are_effect_measures():
    assert [(e.text, e.unit) for e in find_effect_measures("an effect size of 0.45 (95% CI 0.1-0.8)")] == [("0.45", "SMD")]
    assert [(e.text, e.unit) for e in find_effect_measures("Cohen's d = 0.62")] == [("0.62", "SMD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an effect on the change of serum urate (β = −1.3, p = 0.04)", [("−1.3", -1.3, "beta")]),
        ("the regression coefficient was 0.35 (P = 0.01)", [("0.35", 0.35, "beta")]),
        ("(X Beta: −0.4, p<0.001)", [("−0.4", -0.4, "beta")]),
        ("beta 2 microglobulin 3.5 mg/l", []),
        ("(odds ratio in the drug A group, 0.87; 95% CI 0.71 to 1.07)", [("0.87", 0.87, "OR")]),
    ],
)
def test_regression_coefficients_and_ratios_named_for_an_arm(text, expected):
    assert [(e.text, e.value, e.unit) for e in find_effect_measures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a significant (p = 0.03) twofold increase in heart rate variability", [("twofold", 2.0, "fold")]),
        ("a 2.5-fold higher serum concentration", [("2.5-fold", 2.5, "fold")]),
        ("response was defined as a ≥ 4-fold increase in titre", []),
        ("a threefold risk", []),
    ],
)
def test_fold_changes_are_values(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected



def test_changes_after_a_change_noun_and_percentage_points(nlp):
    assert [(q.text, q.unit) for q in find_quantities("a mean change of −0.5 (P = 0.02)")] == [("−0.5", None)]
    assert [(q.text, q.unit) for q in find_quantities("between-group difference, −0.40 percentage points")] == [
        ("−0.40 percentage points", "percentage points")
    ]
    # a sample-size sentence states an assumed difference, not a result
    text = "A sample size of 142 patients is needed to demonstrate a difference of 8 points in global health status."
    assert _results(nlp, text) == []


def test_a_value_of_the_same_unit_in_a_contrasted_clause_keeps_the_outcome(nlp):
    text = (
        "Median LVM increased significantly from 172 to 220 g (p = 0.03) in the treated group, while an insignificant "
        "decrease was observed in the placebo group from 281 to 200 g (p = 0.3)."
    )
    assert [r[:2] for r in _results(nlp, text)] == [("172", "LVM"), ("220 g", "LVM"), ("281", "LVM"), ("200 g", "LVM")]


# ---------------------------------------------------------------------------------------------
# the guards that skip a scan are exact: wherever the scan finds something, the guard does too
# ---------------------------------------------------------------------------------------------
_GUARDED_SCANS = [
    (measures_module._CI_RE, measures_module._CI_LABEL_RE),
    (numbers_module._WORD_PCT_RE, numbers_module._PERCENT_WORD_RE),
]
_GUARD_PIECES = st.sampled_from(
    ["95", "%", " ", "\t", "\u00a0", "CI", "ci", "Ci", "C.I.", "c.i.", "CrI", "cri", "C", "c", "I", "i", "\u0130", "\u0131",
     "r", "R", ".", ",", ":", "(", "[", "]", ")", "0.49", "-", "–", " to ", "confidence", "CONFIDENCE", "Credible", "interval",
     "Interval", "limit", "x", "Twenty", "sixty-nine", "one hundred", "per", "PER", "cent", "Cent", "percent", "Percent",
     "about", "more than", "s", "2", "\u2212", "months", "Spec", "ific"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_GUARD_PIECES, max_size=30).map("".join))
def test_a_scan_is_skipped_only_where_it_finds_nothing(text):
    for scan, guard in _GUARDED_SCANS:
        if scan.search(text):
            assert guard.search(text), (scan.pattern[:40], text)


_FIRST_CHAR_GUARDED = [
    numbers_module._PCT_RE, measures_module._QTY_LIST_RE, measures_module._BARE_LIST_RE, measures_module._SPREAD_RE,
    measures_module._FOLD_RE, measures_module._EFFECT_RE, measures_module._COEFFICIENT_RE,
    measures_module._TIMEPOINT_LIST_RE, measures_module._COUNT_ITEM_RE, measures_module._IN_PATIENTS_RE,
    measures_module._TIMEPOINT_RE, measures_module._BARE_ESTIMATE_RE, numbers_module._COUNT_CAND_RE, numbers_module._DEN_RE,
]
# the guard `starts_with` puts first: "(?-i:(?=[...]))", "(?-i:(?=[...])(?<![A-Za-z]))", or two of them as alternatives
_GUARD = r"\(\?-i:\(\?=\[[^\]]*\]\)(?:\(\?<!\[A-Za-z\]\))?\)"
_GUARD_RE = re.compile(rf"^\s*(?:\(\?:{_GUARD}\|{_GUARD}\)|{_GUARD})")
_NUMBER_PIECES = st.sampled_from(
    ["1", "2", "12", "0.5", "1,000", "·", "-", "−", "+", "±", " ", "\t", ",", ".", "(", ")", "[", "]", "/", "%", "percent",
     "a", "x", "S", "\u017f", "\u0130", "\u212a", "Two", "twenty", "Three", "ten", "hundred", "one", "-fold", " fold", " increase",
     " higher", "-year", " year", " month", "-week", "day", " and ", ", ", " or ", " vs ", " versus ", " to ", "from ",
     "about", "Approximately ", "more than ", "≥", "<", "~", "=", "HR", "hr", "Hazard ratio", " odds ratio", "Cohen's d",
     "β", "Beta", " coefficient", " of ", " was ", " were ", "observed", " in ", "patients", " deaths", " in the A group",
     " mmHg", " months", "SMD", "aOR", " kg", "was", "W", "Were", "Of", "IN", "(n = ", "N=", "among", "From ", "change",
     "Difference", "by ", "at ", "At", "week", "On ", "day ", "After ", "eleven", "(SD 1.1)", "(95% CI", " IQR", "\u00e9", "\u0131n"]
)


@pytest.mark.parametrize("guarded", _FIRST_CHAR_GUARDED, ids=lambda r: r.pattern[:60])
def test_each_first_character_guard_is_found(guarded):
    assert _GUARD_RE.match(guarded.pattern)


_PERCENT_SIGN = re.compile(rf"{numbers_module._WS}?(?:%|\uff05|(?:percent|per{numbers_module._WS}?cent)(?![A-Za-z]))", re.I)
_LANDMARK_UNIT = re.compile("|".join(measures_module._LANDMARK_UNITS), re.I)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(_NUMBER_PIECES, st.sampled_from(["\uff05", "PER", "Cent", "YEAR", "Month", "wEEk", "\u212a", "Da", "y"])), max_size=30).map("".join))
def test_the_searches_for_a_sign_or_unit_find_one_where_the_plain_alternations_do(text):
    assert bool(numbers_module._PSIGN_RE.search(text)) == bool(_PERCENT_SIGN.search(text))
    assert bool(measures_module._LANDMARK_UNIT_RE.search(text)) == bool(_LANDMARK_UNIT.search(text))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_NUMBER_PIECES, max_size=30).map("".join))
def test_a_first_character_guard_leaves_the_matches_as_they_were(text):
    for guarded in _FIRST_CHAR_GUARDED:
        unguarded = re.compile(_GUARD_RE.sub("", guarded.pattern, count=1), guarded.flags)
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [
            (m.span(), m.groups()) for m in unguarded.finditer(text)
        ], (guarded.pattern[:60], text)


# ---------------------------------------------------------------------------------------------
# value shapes of non-oncology trials (issue 8): publishers' spaces, ranges, minus signs, ages
# ---------------------------------------------------------------------------------------------

_SPACES = ["\u00a0", "\u2009", "\u200a", "\u2005", "\u2008", "\u202f", " "]


@pytest.mark.parametrize("space", _SPACES)
def test_any_horizontal_space_joins_a_value_to_its_unit_and_a_p_value(space):
    text = f"in both arms (−37.6 and −38.2{space}mmHg) versus (−31.5{space}mmHg), P{space}<{space}0.001"
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(-37.6, "mmhg"), (-38.2, "mmhg"), (-31.5, "mmhg")]
    (p,) = find_p_values(text)
    assert (p.value, p.qualifier) == (0.001, "<")
    (pct,) = find_percentages(f"reduced by 32{space}%")
    assert pct.value == 32


def test_a_line_break_is_not_a_space_between_a_value_and_its_unit():
    assert find_quantities("was 12.1\nkg") == []


@pytest.mark.parametrize(
    "text",
    ["LTOT (2–4\u2005L/min) through nasal cannula", "a range of 0.5 - 1.2 mg/dl", "values of 100–500 mm2", "sizes 1.0–5.0 cm"],
)
def test_the_upper_bound_of_a_range_is_no_value(text):
    assert find_quantities(text) == []


def test_an_en_dash_after_a_space_is_a_minus_sign():
    (q,) = find_quantities("a mean difference of –54 mL (95% CI –256 to 152)")
    assert (q.text, q.value, q.unit) == ("–54 mL", -54.0, "ml")
    (ci,) = find_confidence_intervals("a mean difference of –54 mL (95% CI –256 to 152)")
    assert (ci.low, ci.high) == (-256.0, 152.0)


@pytest.mark.parametrize("text", ["patients (59.3 ± 12.4 years old; n = 27)", "16 healthy men (23 ± 1 years of age)"])
def test_an_age_is_no_value(text):
    assert find_quantities(text) == []


@settings(max_examples=200, deadline=None)
@given(number, number, st.sampled_from(["±", " ± ", "\u200a±\u200a", "+/-", " +/- "]),
       st.sampled_from(["", " kg", " mmHg", " mmol/mol", " points", " minutes"]), st.sampled_from(["", "−", "-", "+"]))
def test_a_mean_with_its_spread_gives_the_mean_and_never_the_spread(mean, sd, pm, unit, sign):
    text = f"HbA1c changed by (P < 0.01) {sign}{mean:g}{pm}{sd:g}{unit} in the A group"
    found = find_quantities(text)
    expected = float(f"{mean:g}") * (-1 if sign in "−-" and sign else 1)
    assert [q.value for q in found] == [pytest.approx(expected)]
    assert found[0].spread


@pytest.mark.parametrize(
    "text, values, spread",
    [
        ("Results: VO2 max rose more with A than placebo at 8 weeks (4.91 and 1.42, respectively).", [4.91, 1.42], False),
        ("Results: The mean (SD) difference of groups A and B was 15.98 (3.18) and 7.79 (2.52), respectively.", [15.98, 7.79], True),
        ("Results: sensitivity was 0.51 (95% confidence interval: 0.43; 0.59), 0.33 (0.26; 0.41), and 0.29 (0.22; 0.37), respectively.", [0.51, 0.33, 0.29], False),
        ("Results: BMIZ decreased by -0.13 (95% CI -0.19 to -0.06) and -0.10 (95% CI -0.16 to -0.03), respectively.", [-0.13, -0.10], False),
        ("Results: ratings were 86.3 (5.4%), 89.9 (6.1%), and 7.5 (2.2 AU), respectively.", [86.3, 89.9, 7.5], False),
    ],
)
def test_values_listed_with_respectively_are_each_found(text, values, spread):
    found = [q for q in find_quantities(text) if q.unit is None]
    assert [q.value for q in found] == pytest.approx(values)
    assert all(q.compared for q in found)
    assert found[0].spread == spread


@pytest.mark.parametrize(
    "text",
    [
        "Results: differences were not significant (p-values: 0.34, 0.23, and 0.32, respectively).",
        "Results: no difference between the groups with P = 0.74, 0.32, and 0.49, respectively.",
        "Results: detected in vehicles (86% and 84% in years 1 and 4, respectively).",
        "Methods: Two cohorts of beneficiaries (n = 1,665 and 504, respectively) were followed.",
        "Methods: admitted between January and September 2006 and 2007, respectively, were included.",
        "Methods: teeth were stored at a pH of 3.8, 4.8, 5.8, and 6.8, respectively.",
        "Results: improved in 9 (25.7%), and 31 (83.8%) patients respectively (p < 0.001).",
    ],
)
def test_p_values_labels_years_sample_sizes_design_and_counts_listed_with_respectively_are_no_values(text):
    assert find_quantities(text) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(number, min_size=2, max_size=4), st.sampled_from(["", " (SD 1.2)", " ± 0.4"]))
def test_a_respectively_list_gives_each_value_in_order_and_no_spread(values, spread):
    written = [f"{v:g}{spread}" for v in values]
    text = f"Results: the mean score was {', '.join(written[:-1])} and {written[-1]}, respectively (P < 0.05)."
    found = find_quantities(text)
    assert [q.value for q in found] == pytest.approx([float(f"{v:g}") for v in values])


@pytest.mark.parametrize(
    "text, expected, interval",
    [
        ("more than usual care (mean difference per patient £115.32 (95% CI £83.49 to £146.63; p<0.001))", [("£115.32", 115.32, "£")], (83.49, 146.63)),
        ("no differences in costs (£95, 95% CI -£1410 to £1599) between the arms", [("£95", 95.0, "£")], (-1410.0, 1599.0)),
        ("the difference was −US$ 120 (95% CI −US$ 200 to −US$ 40)", [("−US$ 120", -120.0, "us$")], (-200.0, -40.0)),
        ("the Booklet reduced costs by 196€ per year", [("196€", 196.0, "€")], None),
    ],
)
def test_an_amount_of_money_has_its_currency_as_unit_and_its_interval(text, expected, interval):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected
    assert [(c.low, c.high) for c in find_confidence_intervals(text)] == ([interval] if interval else [])


def test_a_bound_written_with_a_plus_sign():
    (ci,) = find_confidence_intervals("declined more in CVVH recipients (-0.8, 95% CI -2.1, +0.5)")
    assert (ci.low, ci.high) == (-2.1, 0.5)


@pytest.mark.parametrize(
    "text, value",
    [("after supplementation it was 2.6 times lower than in controls", 2.6), ("was three times higher than in healthy subjects", 3.0), ("a 2.5-fold increase", 2.5)],
)
def test_a_fold_change_written_with_times_or_fold(text, value):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, "fold")


@pytest.mark.parametrize("text", ["tablets were taken 3 times daily", "repeated 3 times a day", "were 1.5 to 2.0 times more likely", "a ≥ 4-fold increase"])
def test_a_frequency_or_a_range_of_folds_is_no_fold_change(text):
    assert find_quantities(text) == []


def test_seconds_written_s_are_a_unit():
    found = find_quantities("intubation time (16.33±10.8 vs. 43.04±19.8 s, respectively) (p<0.001)")
    assert [(q.value, q.unit) for q in found] == [(16.33, "s"), (43.04, "s")]


@pytest.mark.parametrize(
    "text",
    [
        "took more time to heal (mean: 53 vs. 35.7 days, P = 0.002)",
        "the average duration of surgery was 71 minutes, when compared to 60 minutes in group B",
        "duration of diarrhoea was shorter with LGG [60 (54-72) h vs. 78 (72-90) h; P<0.001]",
    ],
)
def test_times_of_the_arms_compared_by_a_comparator_are_versus(text):
    found = find_quantities(text)
    assert len(found) == 2 and all(q.is_time and q.versus for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "safety of 12 versus 48 months of dual antiplatelet therapy",
        "received A for the first 24 weeks and then placebo for the following 24 weeks, while the others",
        "blunted the response 120 and 240 min after consumption compared with the control meal",
        "survival times of 22, 16 and 8 months",
        "from 9.5 days to 2.5 days",
    ],
)
def test_durations_of_treatments_landmarks_and_lists_are_not_versus(text):
    assert not any(q.versus for q in find_quantities(text))


def test_the_thousands_of_a_number_are_no_value():
    # "1,000 days" is the population time of a rate, not a time of its own: the values are the rates
    found = find_quantities("the rate was 6.29/1,000 days in A vs 16.28/1,000 days in B")
    assert [(q.value, q.unit) for q in found] == [(6.29, "/1,000 days"), (16.28, "/1,000 days")]


@pytest.mark.parametrize(
    "text",
    ["no difference between early and delayed pramipexole (−0·4 points, 95% CI −2·2 to 1·4, p=0·65)", "MTPM differed by 0.01 mm (95% CI –0.13 to 0.15)"],
)
def test_a_value_with_a_unit_and_its_interval_is_an_estimate(text):
    (q,) = find_quantities(text)
    assert q.compared


# ---------------------------------------------------------------------------------------------
# a value restated in another unit; statistical design levels (issue 8)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # HbA1c in % and again in mmol/mol: the bracket restates the value before it
        ("HbA1c changed by −0.99 ± 0.06% (−10.82 ± 0.66 mmol/mol) and −0.71 ± 0.07% (−7.76 ± 0.77 mmol/mol), respectively", []),
        ("HbA1c = 6.9 ± 0.9% [52.3 ± 10.3 mmol/mol]", []),
        ("HbA1c was 56.4 ± 13.3 mmol/mol (7.4 ± 1.2%)", ["56.4 ± 13.3 mmol/mol"]),
        # a bracket that holds more than a value is no restatement
        ("median PFS 5.5 (3.8–14.0) months vs 5.5 (3.5–10.7) months", ["5.5", "5.5"]),
    ],
)
def test_a_value_restated_in_another_unit_is_no_value_of_its_own(text, expected):
    assert [q.text for q in find_quantities(text)] == expected


@given(number, number, st.sampled_from(["%", " mmol/mol", " mg/dl", " kg"]), st.sampled_from([" mmol/mol", " mmol/l", " g", " mmhg"]),
       st.sampled_from(["(", "["]), st.booleans())  # fmt: skip
def test_a_bracket_that_restates_the_value_before_in_another_unit_gives_no_quantity(a, b, outer, inner, bracket, spread):
    if outer.strip() == inner.strip():
        return
    sd = " ± 0.5" if spread else ""
    close = ")" if bracket == "(" else "]"
    text = f"The level was {a}{sd}{outer} {bracket}{b}{sd}{inner}{close} at week 24."
    restated = text.index(bracket) + 1
    assert not [q for q in find_quantities(text) if q.start >= restated]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("A sample size of 142 patients is needed for an 80% power and a 5% significance level.", [True, True]),
        ("With a power of 90% and alpha = 5%, 200 patients are needed.", [True, True]),
        ("a 5% two-sided significance level and 10% dropout", [True, False]),
        ("with 80% power at a 5% type I error rate", [True, True]),
        ("The ORR was 40% in 120 patients; peak power was 12% higher.", [False, False]),
    ],
)
def test_statistical_design_levels(text, levels):
    assert [statistical_level(text, p.start, p.end) for p in find_percentages(text)] == levels


@given(st.integers(1, 99), st.sampled_from(["power", "significance level", "type I error", "statistical power"]), st.booleans())
def test_a_percentage_named_a_statistical_level_is_one_written_before_or_after_the_name(p, name, before):
    text = f"The trial has {name} of {p}% overall." if before else f"The trial has {p}% {name} overall."
    (pct,) = find_percentages(text)
    assert statistical_level(text, pct.start, pct.end)


def test_a_statistical_level_takes_no_denominator_from_the_sample_size(nlp):
    found = rows(nlp, "A sample size of 142 patients is needed to detect a difference of 8 points, for an 80% power and a 5% significance level.")
    assert [(r[0], r[10]) for r in found if r[3] == "%"] == [("80%", None), ("5%", None)]
    assert [(r[0], r[10]) for r in rows(nlp, "The response rate was 40% in 120 patients.")] == [("40%", 120)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an increase in MVPA (mean 3.8 min/day, 95% CI 1.5 to 6.1)", [("3.8 min/day", "min/day")]),
        ("increased their physical activity by 918 steps/day", [("918 steps/day", "steps/day")]),
        ("mean CD4+ count change-from-baseline: +170 vs +183 cells/mm3", [("+170", "cells/mm3"), ("+183 cells/mm3", "cells/mm3")]),
        # a drug's amount per day is a dose, hours per day as often a treatment's intensity
        ("lutein supplementation (10 mg/d for 12 wk)", [("12 wk", "weeks")]),
        ("Long-Term Oxygen Therapy 24 vs 15 h/day", []),
        # the size a rate is counted over; the power of ten of scientific notation
        ("The resulting ICER was $111 per 1000 steps/day", []),
        ("mean cost per 1 mm Hg systolic BP point reduced", []),
        ("neutrophils (29.7 X 10(3) cells/mL and 25.4 X 10(3) cells/mL, respectively)", []),
    ],
)
def test_rates_per_time_and_counts_per_volume_are_units(text, expected):
    assert [(q.text, q.unit) for q in find_quantities(text)] == expected


@given(number, st.sampled_from(["min/day", "steps/day", "kcal/d", "cigarettes/day", "cells/mm3", "copies/ml"]))
def test_a_rate_unit_is_read_whole_and_a_number_after_per_is_no_value(v, unit):
    assert [(q.value, q.unit) for q in find_quantities(f"The mean was {v} {unit} at week 12.")] == [(v, unit)]
    assert find_quantities(f"The cost was reported per {v} {unit}.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stroop: LT (Mean = 3.88) vs. WL (Mean = 1.22), adjusted p = 0.013", [("3.88", 3.88), ("1.22", 1.22)]),
        ("CCx (median = 2·987) had a lower AUC than LFO (median = 5·647, P = 0·043)", [("2·987", 2.987), ("5·647", 5.647)]),
        ("(mean = 0.22, standard deviation = 0.14, mean = 0.17; standard deviation = 0.12)", [("0.22", 0.22), ("0.17", 0.17)]),
        # with its unit the value is a quantity of that unit; the spread named after it is none
        ("(median: 6 days)", [("6 days", 6.0)]),
    ],
)
def test_a_value_after_its_statistic_and_an_equals_sign_is_an_estimate(text, expected):
    found = find_quantities(text)
    assert [(q.text, q.value) for q in found] == expected
    assert all(q.compared for q in found if q.unit is None)


@given(st.sampled_from(["Mean", "mean", "median", "Median"]), st.sampled_from(["=", ":", " = "]), number)
def test_any_mean_or_median_written_with_a_sign_is_one_value(name, sign, v):
    (q,) = find_quantities(f"The A group ({name}{sign}{v}) improved.")
    assert (q.value, q.unit, q.compared) == (v, None, True)


def test_a_denominator_that_contradicts_the_count_is_no_n_total(nlp):
    # the "(n=41)" after a percentage is its count, not its denominator
    assert [(r[0], r[9], r[10]) for r in rows(nlp, "Results: 31% (n=41) of all eligible survivors consented to participate.")] == [("31%", 41, None)]
    found = rows(nlp, "Primary haemostasis was not obtained in 7 patients (6.5%): in 4 patients in the A group and in 3 patients in the B group.")
    assert ("6.5%", 7, None) in [(r[0], r[9], r[10]) for r in found]


def test_a_population_denominator_is_no_n_total_of_values_of_different_arms(nlp):
    text = ("Results: Among 249 evaluated patients with melanoma, the durable response rate was higher with talimogene "
            "laherparepvec compared with GM-CSF (25.2% versus 1.2%; P<0.0001).")  # fmt: skip
    assert [(r[0], r[10]) for r in rows(nlp, text)] == [("25.2%", None), ("1.2%", None)]
    assert [(r[0], r[10]) for r in rows(nlp, "Among 81 evaluable patients, the response rate was 14%.")] == [("14%", 81)]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 400), st.integers(1, 400))
def test_a_denominator_is_the_n_total_of_a_count_it_agrees_with(nlp, n, extra):
    total = n + extra
    pct = round(100 * n / total, 1)
    found = rows(nlp, f"Among {total} evaluable patients, {n} ({pct}%) had a response.")
    assert [(r[0], r[9], r[10]) for r in found if r[3] == "%"] == [(f"{pct}%", n, total)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("costs were greater than nurses (£36 versus £18 respectively per patient, p<0.001)", [("£36", 36.0, "£"), ("£18", 18.0, "£")]),
        ("were £202 per patient for nurses versus £178 for lay-trainers", [("£202", 202.0, "£"), ("£178", 178.0, "£")]),
        ("costs per procedure were EUR 45 for the intervention compared to EUR 58.3 for the standard procedure",
         [("EUR 45", 45.0, "eur"), ("EUR 58.3", 58.3, "eur")]),  # fmt: skip
        # an amount stated as a cost is a value (of its arm, or of the whole sample)
        ("The intervention cost $340 per participant.", [("$340", 340.0, "$")]),
        ("cost of assessment was $68/individual assessed, and cost of delivery was $101/session", [("$68", 68.0, "$"), ("$101", 101.0, "$")]),
        ("The mean expenditure on the products was USD6.43; 30.4% spent more", [("USD6.43", 6.43, "usd")]),
        # an amount compared with none and stated as no cost is no value: a price, an incentive, a threshold
        ("a US$2 bill with the promise of US$20 for completing follow-up surveys", []),
        # a cost that compares the arms or is a decision threshold is no value of an arm
        ("a 0.17 QALY gain at an incremental cost of £4191 relative to laser", []),
        ("The difference in total costs was $102 greater per participant compared to usual care.", []),
        ("The resulting ICER was $111 per 1000 steps/day.", []),
        ("a 64% probability of being cost-effective at a threshold of £30 000 per QALY", []),
    ],
)
def test_amounts_of_money_compared_with_each_other_or_stated_as_costs_are_values(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@given(number, number, st.sampled_from(["£", "€", "$", "EUR ", "US$"]), st.sampled_from([" versus ", " vs ", " compared with "]))
def test_two_amounts_of_one_currency_compared_are_two_values(a, b, cur, join):
    found = find_quantities(f"The mean cost was {cur}{a} per patient{join}{cur}{b} in the control group.")
    assert [(q.value, q.unit, q.compared) for q in found] == [(a, cur.strip().casefold(), True), (b, cur.strip().casefold(), True)]
