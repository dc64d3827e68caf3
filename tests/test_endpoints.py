"""Which endpoint a value measures (pure function over offsets)."""

import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.endpoints import _SEVERITY_BEFORE, _grade_range, assign_endpoints, clauses
from trialmine.extract.numbers import find_percentages

PHRASES = {
    "CR/CRi": ("CR/CRi", "efficacy"), "CRi": ("CRi", "efficacy"), "CR": ("CR", "efficacy"),
    "ORR": ("ORR", "efficacy"), "PR": ("PR", "efficacy"), "allo-HSCT": ("HSCT", "efficacy"),
    "alive": ("OS", "efficacy"), "SVR35": ("SVR35", "efficacy"), "nausea": ("nausea", "safety"),
    "hyponatremia": ("hyponatremia", "safety"), "males": ("male", "baseline"), "females": ("female", "baseline"),
    "adverse": ("ELN adverse risk", "baseline"), "intermediate genetic risk": ("ELN intermediate risk", "baseline"),
    "MRD negativity": ("MRD-neg", "efficacy"), "decrease in bone marrow blasts": ("BLAST-RED", "efficacy"),
    "objective response": ("ORR", "efficacy"), "men": ("male", "baseline"), "women": ("female", "baseline"),
    "mutation": ("mutation", "baseline"),
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


@settings(max_examples=100, deadline=None)
@given(
    scope=st.sampled_from(["in", "among", "for", "in the", "in patients with EGFR", "among those with KRAS"]),
    groups=st.sampled_from([("men", "women"), ("women", "men"), ("mutation", "women")]),
    values=st.tuples(st.integers(1, 99), st.integers(1, 99)),
)
def test_a_subgroup_a_value_was_measured_in_is_not_its_outcome(scope, groups, values):
    """'The ORR was 40% in men and 30% in women': a baseline mention after 'in'/'among'/'for'
    names the subgroup, so each value keeps the outcome named before it."""
    text = f"The ORR was {values[0]}% {scope} {groups[0]} and {values[1]}% {scope} {groups[1]}."
    assert [code for _, code, _ in assigned(text)] == ["ORR", "ORR"]


def test_a_baseline_share_written_with_its_group_is_still_that_group():
    assert assigned("Of 201 patients (61% women), the ORR was 40%.") == [("61%", "female", "baseline"), ("40%", "ORR", "efficacy")]


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@settings(max_examples=200, deadline=None)
@given(
    low=st.integers(1, 4), span=st.integers(0, 3), roman=st.booleans(),
    shape=st.sampled_from(["grade {a}/{b}", "grades {a}-{b}", "grade {a}\u2013{b}", "Grade {a} or {b}", "grade {a} to {b}", "{a}/{b} grade"]),
)
def test_a_grade_range_reads_the_same_however_it_is_written(low, span, roman, shape):
    high = min(4, low + span)
    a, b = (ROMAN[low], ROMAN[high]) if roman else (low, high)
    written = shape.format(a=a, b=b) + " "
    severity = _SEVERITY_BEFORE.search("treatment-related " + written)
    assert severity is not None and _grade_range(severity.group()) == f"{low}-{high}"


def test_an_open_grade_range_or_a_severity_word_gives_no_grades():
    assert _grade_range("grade 3 or higher ") is None and _grade_range("severe ") is None


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


# -- open-vocabulary outcomes: the phrase a value measures -------------------------------------

from trialmine.extract.endpoints import endpoint_text, outcome_phrase  # noqa: E402
from trialmine.extract.link import extract_rows  # noqa: E402
from trialmine.ingest.text import text_document  # noqa: E402
from trialmine.nlp.pipeline import build_pipeline  # noqa: E402


def phrase(text):
    pct = find_percentages(text)[0]
    return endpoint_text(text, outcome_phrase(text, (0, len(text)), pct))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Major bleeding was 2.1% in the warfarin group.", "Major bleeding"),
        ("The incidence of deep vein thrombosis was 0.3% overall.", "incidence of deep vein thrombosis"),
        ("Mortality was not significantly different in group A compared with group B (10% vs. 6%).", "Mortality"),
        ("The predischarge angiogram showed TIMI 3 flow in 96% of patients.", "TIMI 3 flow"),
        ("Therapy increased LV ejection fraction at 2 hours (26% vs 31%).", "LV ejection fraction"),
        ("Patients on drug showed a higher frequency of grade 2 fatigue (60.0% vs 39.0%).", "frequency of grade 2 fatigue"),
        ("Twenty-two recipients (10.4%) had proximal venous thrombosis (P > 0.2).", "proximal venous thrombosis"),
        ("Procedural success: 91.8% in group A.", "Procedural success"),
        ("The 2-year event rate was 12%.", "event"),
        ("In the cohort, 40% were enrolled early and 30% late.", None),
    ],
)
def test_outcome_phrase_without_a_vocabulary_term(text, expected):
    assert phrase(text) == expected


@pytest.mark.parametrize(
    ("span_text", "expected"),
    [("the median overall survival", "overall survival"), ("2-year OS", "OS"), ("response rates", "response"), ("CR/CRi rate", "CR/CRi")],
)
def test_endpoint_text_drops_articles_statistics_timepoints_and_rates(span_text, expected):
    assert endpoint_text(span_text, (0, len(span_text))) == expected


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def result_rows(nlp, text):
    document = text_document("t", text, "test")
    return [r for r in extract_rows(document, nlp(document.text)) if r["kind"] == "result"]


@pytest.mark.parametrize(
    ("text", "value_text", "code", "outcome"),
    [
        ("The 5-year distant metastasis-free survival rates were 82.5% and 70.1%.", "82.5%", "DMFS", "distant metastasis-free survival"),
        ("Local recurrence-free survival was 90% at 3 years.", "90%", "LRFS", "Local recurrence-free survival"),
        ("Metastasis-free survival was 60%.", "60%", None, "Metastasis-free survival"),
        ("Regimen-related toxicity occurred in 12% of patients.", "12%", "toxicity", "Regimen-related toxicity"),
        ("R0 resection was achieved in 85% of patients.", "85%", "R0", "R0 resection"),
        ("Four patients (40%) achieved CR/CRu.", "40%", "CR/CRu", "CR/CRu"),
        ("Progressive disease was observed in 20% of patients.", "20%", "PD", "Progressive disease"),
        ("The durable response rate was 25%.", "25%", None, "durable response"),
        ("Stable disease (SD) was the best response in 12 patients; SD lasted beyond 6 months in 30%.", "30%", "SD", "SD"),
        ("Major molecular response was reached by 45% of patients.", "45%", "MMR", "Major molecular response"),
        ("The study showed a durable response rate of 16.3%.", "16.3%", None, "durable response"),
        ("Hematologic improvement: 40% of patients.", "40%", None, "Hematologic improvement"),
        ("Twelve patients (30%) achieved transfusion independence.", "30%", "TI", "transfusion independence"),
        ("Grade 3 events were infection (12%), mucositis (8%) and photosensitivity (5%).", "5%", None, "photosensitivity"),
        ("A complete resection was possible in 70% of patients.", "70%", "R0", "complete resection"),
        ("A second allogeneic HCT was performed in 12% of patients.", "12%", "HSCT", "allogeneic HCT"),
        ("Complete responses were seen in 30% and partial responses in 25%.", "30%", "CR", "Complete responses"),
        ("Complete responses were seen in 30% and partial responses in 25%.", "25%", "PR", "partial responses"),
    ],
)
def test_open_vocabulary_outcomes_keep_their_text_and_get_a_code_only_when_known(nlp, text, value_text, code, outcome):
    (row,) = [r for r in result_rows(nlp, text) if r["text"] == value_text]
    assert (row["endpoint"], row["endpoint_text"]) == (code, outcome)


@pytest.mark.parametrize(
    ("text", "value_text", "code", "outcome"),
    [
        ("The relapse free survival (RFS) was 81%; 69% for arm A and 93% for arm B.", "93%", "RFS", "relapse free survival (RFS)"),
        ("Median overall survival (OS) was 9.5 months vs. 6.9 months (P = 0.4).", "9.5 months", "OS", "overall survival (OS)"),
        ("The OS was 60% at 2 years.", "60%", "OS", "OS"),
        ("There was no difference in grade 3–4 oesophagitis between the groups (19% vs 21%).", "19%", "esophagitis",
         "grade 3–4 oesophagitis"),
        ("Severe neutropenia occurred in 12%.", "12%", "neutropenia", "Severe neutropenia"),
        ("Cumulative incidences of relapse/progression were 22% and 50%.", "22%", "relapse", "Cumulative incidences of relapse/progression"),
        ("KRAS mutations were identified in 36.3% of tumors (28.8% in codon 12, 7.4% in codon 13).", "7.4%", "mutation:KRAS",
         "KRAS mutations"),
        ("A TP53 mutation was found in 12% of patients.", "12%", "mutation:TP53", "TP53 mutation"),
        ("Treatment-related 3/4 grade adverse events occurred in 28% and 17% of patients.", "17%", "grade 3-4 adverse events",
         "3/4 grade adverse events"),
        ("Grade 2 to 4 adverse events were more common with A (32%).", "32%", "grade 2-4 adverse events", "Grade 2 to 4 adverse events"),
        ("Severe hematological toxicity occurred in 14% of patients.", "14%", "hematological toxicity", "Severe hematological toxicity"),
    ],
)
def test_a_mention_is_written_with_its_short_form_grade_and_slashed_outcome(nlp, text, value_text, code, outcome):
    (row,) = [r for r in result_rows(nlp, text) if r["text"] == value_text]
    assert (row["endpoint"], row["endpoint_text"]) == (code, outcome)


@pytest.mark.parametrize(
    ("text", "value_text", "code", "outcome"),
    [
        ("Adverse events were dysphonia (68%), hypertension (61%), hand–foot syndrome (64%) and diarrhea (56%).", "64%",
         "hand-foot syndrome", "hand–foot syndrome"),
        ("Grade 3 events were infection (12%), mucositis (8%) and hand-foot syndrome (5%).", "5%", "hand-foot syndrome",
         "hand-foot syndrome"),
        ("Drug-related adverse events occurred in 64% and 27% of patients receiving docetaxel and pemetrexed, respectively.", "27%",
         "adverse events", "Drug-related adverse events"),
        ("Treatment-related adverse events occurred in 13% of patients.", "13%", "adverse events",
         "Treatment-related adverse events"),
        # common chemotherapy toxicities (CTCAE terms) are in the vocabulary, spelling variants included
        ("The most common grade 3 toxicities were leucopenia (22%) and alopecia (41%).", "22%", "leukopenia", "leucopenia"),
        ("Infusion reactions occurred in 5% of patients and dyspnoea in 9%.", "5%", "infusion-related reactions",
         "Infusion reactions"),
        # the singular names the same outcome; its first word alone is no ELN risk group
        ("The proportion of patients reporting any adverse effect was 8% with A and 6% with placebo.", "8%", "adverse events",
         "adverse effect"),
        ("25% of patients had at least one adverse event.", "25%", "adverse events", "adverse event"),
    ],
)
def test_an_adverse_event_is_coded_as_its_term_without_its_relatedness(nlp, text, value_text, code, outcome):
    (row,) = [r for r in result_rows(nlp, text) if r["text"] == value_text]
    assert (row["endpoint"], row["endpoint_text"]) == (code, outcome)


def test_a_list_item_naming_a_group_keeps_the_outcome_of_the_values_before_it(nlp):
    text = "Drug A reduced airway resistance in patients (0.53 versus 0.38, P < .02) and controls (0.21 versus 0.19, P < .005)."
    assert {r["endpoint_text"] for r in result_rows(nlp, text)} == {"airway resistance"}
    text = "Grade 3 events were nausea (12% vs 8%), and fatigue (10% vs 5%)."
    assert [r["endpoint"] for r in result_rows(nlp, text)] == ["nausea", "nausea", "fatigue", "fatigue"]


def test_the_difference_between_compared_values_measures_their_outcome(nlp):
    text = ("Two-year overall survival was 56% (95% CI 50–62) in the A group and 51% (45–57) in the B group "
            "(absolute difference between the treatment groups 5.3% [95% CI −3.2% to 13.7%]).")
    assert [(r["text"], r["endpoint"]) for r in result_rows(nlp, text)] == [("56%", "OS"), ("51%", "OS"), ("5.3%", "OS")]


def test_a_design_assumption_is_a_threshold_not_a_result(nlp):
    text = "A 10% higher overall survival at 2 years in the A group was considered clinically significant."
    assert [(r["endpoint"], r["category"]) for r in result_rows(nlp, text)] == [("OS threshold", "other")]
    text = "The trial was powered to detect an improvement in progression-free survival from 40% to 55%."
    assert {r["endpoint"] for r in result_rows(nlp, text)} == {"PFS threshold"}
    # a sensitivity analysis that assumes something reports results
    text = "If we assumed that non-completers had not responded, response rates were 70% versus 38%."
    assert {r["endpoint"] for r in result_rows(nlp, text)} == {"ORR"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Median OS was 30 vs 25 months (hazard ratio for death in the B group 1.18 [95% CI 0.95–1.45]).", "OS"),
        ("The hazard ratio for death, 0.75 (95% CI 0.6-0.9).", "OS"),
        ("The hazard ratio for death or progression was 0.62.", "death"),
        ("The odds ratio for death was 0.80.", "death"),
    ],
)
def test_a_hazard_ratio_for_death_compares_overall_survival(nlp, text, code):
    (row,) = [r for r in result_rows(nlp, text) if r["value_unit"] in {"HR", "OR"}]
    assert row["endpoint"] == code


def test_a_vocabulary_phrase_inside_an_unknown_outcome_does_not_lend_its_code(nlp):
    rows = result_rows(nlp, "Distant metastasis-free survival rates were 82.5%, and overall survival was 90%.")
    assert [(r["text"], r["endpoint"]) for r in rows] == [("82.5%", "DMFS"), ("90%", "OS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 'respectively' with the values compared in pairs: one pair per endpoint
            "Grade 3 nausea and fatigue were more frequent with the combination (14% vs 2%, 9% vs 3%, respectively).",
            [("14%", "nausea"), ("2%", "nausea"), ("9%", "fatigue"), ("3%", "fatigue")],
        ),
        (  # values compared inside brackets measure the outcome before the brackets, not the one after
            "Median PFS was not improved with maintenance (3.2 months versus 3.6 months, P = 0.75), as well as the median OS (14.2 months).",
            [("3.2 months", "PFS"), ("3.6 months", "PFS"), ("14.2 months", "OS")],
        ),
        (  # an outcome that is the subject of a later value is not the outcome of the values before it
            "The 2-year local failure rates were 20% and 35% with the two schedules, and the 2-year survival rates were 80% and 70%.",
            [("20%", None), ("35%", None), ("80%", "OS"), ("70%", "OS")],
        ),
        (  # an interval in brackets between two listed values does not break their chain
            "The median PFS was 5.9 months (95% CI, 4.5-7.3) in the capecitabine plus simvastatin group and 7.0 months (95% CI, 5.4-8.6) "
            "in the capecitabine plus placebo group.",
            [("5.9 months", "PFS"), ("7.0 months", "PFS")],
        ),
    ],
)
def test_values_of_compared_groups_keep_their_endpoint(nlp, text, expected):
    rows = sorted(result_rows(nlp, text), key=lambda r: r["start"])
    assert [(r["text"], r["endpoint"]) for r in rows if r["value_unit"] != "HR"] == expected


def test_a_count_in_brackets_after_a_percentage_is_its_n_not_a_result(nlp):
    rows = result_rows(nlp, "The incidence of grade 2 rash was 22.3% (4 of 18 patients) with the new schedule.")
    assert [(r["text"], r["n"], r["n_total"]) for r in rows] == [("22.3%", 4, 18)]


def test_a_short_form_the_document_defines_as_something_else_is_not_the_vocabularys_outcome(nlp):
    other = nlp("Patients were referred to cardiac rehabilitation (CR) after surgery. In total, 62% attended CR sessions.")
    assert [m.code for m in other._.endpoint_mentions if m.text == "CR"] == []
    same = nlp("Complete remission (CR) was the primary endpoint. CR was achieved by 62% of patients.")
    assert {m.code for m in same._.endpoint_mentions if m.text == "CR"} == {"CR"}


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("mean HbA1c 7.2 vs 7.9 (P = 0.01)", "7.2", "HbA1c"),
        ("patients reached an HbA1c of 7.2 (P = 0.01)", "7.2", "HbA1c"),
        ("In the LEV group, 13 patients (87%) were seizure-free.", "87%", "seizure-free"),
        ("therapy was associated with a 50% increase in total heart rate variability", "50%", "heart rate variability"),
        ("Additionally, anxiety (HADS score ≥ 11, 75% to 56%, P < 0.01)", "75%", "anxiety"),
        ("RESULTS In the metoprolol group left ventricular ejection fraction increased from 0.26 to 0.31", "0.26",
         "left ventricular ejection fraction"),
        # a share of people before its predicate, across the other arm's share
        ("80.5% of patients who received drug A and 71.0% of those who received drug B were cured.", "80.5%", "cured"),
        ("80.5% of patients who received drug A and 71.0% of those who received drug B were cured.", "71.0%", "cured"),
        ("Forty percent of patients receiving A and 37% receiving B discontinued treatment early.", "Forty percent",
         "discontinued treatment early"),
        ("12% (9/75) of the patients had undergone repeat surgery, as compared with 30% of controls.", "12%", "repeat surgery"),
        ("In the A group 13% and in the B group 79% (95% CI 72–85%) of the patients were H. pylori positive.", "79%",
         "H. pylori positive"),
        ("Overall, 79% of all climbers exhibited retinal hemorrhages during the expedition.", "79%", "retinal hemorrhages"),
        # a predicate adjective before the bracket is no label: the subject is the outcome
        ("Patient adherence was similarly high in both groups (91% vs. 93%; p = 0.70).", "91%", "Patient adherence"),
        ("The incidence of oral candidiasis was low (0-4%).", "0-4%", "incidence of oral candidiasis"),
        # "for" opens an arm only before a group's name
        ("Compliance for quality-of-life questionnaires was 80%.", "80%", "Compliance for quality-of-life questionnaires"),
        ("Mortality for the placebo group was 12%.", "12%", "Mortality"),
        ("Five (4%) patients reported altering their doses in the A group.", "4%", "altering their doses"),
        ("Only 17 (40%) patients saw an improvement of their symptoms.", "40%", "improvement of their symptoms"),
        ("In 12 (30%) patients, the disease progressed within a year.", "30%", "disease progressed within a year"),
        # what was completed or stopped keeps its verb; a list of counts ends the object
        ("Of 30 patients, 20 (67%) completed the study and only one (3%) withdrew.", "67%", "completed the study"),
        ("Overall, 70% of participants used the device at least three times a week.", "70%", "used the device"),
        ("Overall, 62% of participants completed the programme as per protocol and had high satisfaction.", "62%",
         "completed the programme as per protocol"),
    ],
)
def test_outcome_phrase_of_general_result_shapes(text, value, expected):
    from trialmine.extract.endpoints import endpoint_text, outcome_phrase

    start = text.index(value)
    span = outcome_phrase(text, (0, len(text)), _Span(start, start + len(value)))
    assert endpoint_text(text, span) == expected


@pytest.mark.parametrize(
    ("text", "value", "not_expected"),
    [
        ("Azacitidine was effective in up to 60% of patients in a trial and has been licensed for use.", "60%", "licensed"),
        ("Overall, 45% of patients were randomly assigned to the A arm.", "45%", "assigned"),
        ("About 30% of the patients were similar in both groups.", "30%", "similar"),
        ("Results: Thirty percent in group 1 got relief from pain.", "Thirty percent", "Results"),
        ("UDVA was achieved in 96% of eyes undergoing A and 92% of eyes undergoing B, whereas 20/15 was achieved in 73%.", "92%",
         "achieved"),
        ("We examined 57 (40%) survivors with self-reported sleep disturbance.", "40%", "sleep disturbance"),
    ],
)
def test_a_share_that_is_no_subject_or_has_a_design_predicate_takes_no_outcome_from_it(text, value, not_expected):
    from trialmine.extract.endpoints import endpoint_text, outcome_phrase

    start = text.index(value)
    found = endpoint_text(text, outcome_phrase(text, (0, len(text)), _Span(start, start + len(value)))) or ""
    assert not_expected not in found


def test_an_arm_or_drug_is_never_the_outcome_phrase():
    from trialmine.extract.endpoints import outcome_phrase

    text = "Losartan was better tolerated than captopril (17 versus 23%)."
    start = text.index("17")
    assert outcome_phrase(text, (0, len(text)), _Span(start, start + 2), [(0, 8), (35, 44)]) is None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def test_a_label_stops_at_its_change_verb():
    from trialmine.extract.endpoints import endpoint_text, outcome_phrase

    text = "HbA1c decreased significantly more in the A group (−1.2 vs −0.4, P = 0.01)"
    start = text.index("−1.2")
    assert endpoint_text(text, outcome_phrase(text, (0, len(text)), _Span(start, start + 4))) == "HbA1c"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("the treated patients had larger improvement in exercise time from 2-3 weeks to 3 years (1.5 minutes vs 0.6 minutes)",
         "1.5", "improvement in exercise time"),
        ("and greater infarct volume (74 [45, 126] vs 26 [12, 70] mL; p = 0.002)", "74", "infarct volume"),
    ],
)
def test_a_label_loses_its_comparative_and_its_time(text, value, expected):
    from trialmine.extract.endpoints import endpoint_text, outcome_phrase

    start = text.index(value)
    assert endpoint_text(text, outcome_phrase(text, (0, len(text)), _Span(start, start + len(value)))) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("The hazard ratio for sustainable return to work was 0.74 (95% CI 0.48-1.32).", "0.74", "sustainable return to work"),
        ("The incidence rate ratio was 0.38 (95% CI 0.20-0.71).", "0.38", None),
        ("Prior knowledge of RDT availability (aOR = 1.9, p = 0.03) predicted testing.", "1.9", None),
    ],
)
def test_the_name_of_an_effect_measure_is_never_its_outcome(nlp, text, value, expected):
    (row,) = [r for r in result_rows(nlp, text) if r["text"] == value]
    assert row["endpoint_text"] == expected


@settings(max_examples=100, deadline=None)
@given(
    name=st.sampled_from(["hazard ratio", "Hazard Ratio", "odds ratio", "HR", "OR", "aOR", "RR", "IRR", "CI", "incidence rate ratio",
                          "risk ratio [RR]", "odds ratio (OR)", "the hazard ratio"]),
)
def test_every_written_statistic_name_is_recognised_and_an_outcome_is_not(name):
    from trialmine.extract.endpoints import names_statistic

    assert names_statistic(name)
    assert not names_statistic(f"{name} for death") and not names_statistic(f"overall survival {name}s".strip())


def test_phrase_word_lists_are_words_not_regex_syntax():
    """rules/endpoints.json `_phrase_words` holds literal words (the code escapes them); each list
    is read by the endpoint rules (as a regex alternation or a set of words)."""
    from pathlib import Path

    from trialmine.normalise.endpoints import read_endpoint_rules

    lists = {k: v for k, v in read_endpoint_rules()["_phrase_words"].items() if not k.startswith("_")}
    source = Path(__file__).resolve().parents[1].joinpath("src/trialmine/extract/endpoints.py").read_text(encoding="utf-8")
    for key, words in lists.items():
        assert words and all(isinstance(w, str) and w.strip() == w and w for w in words), key
        assert not any(set(w) & set("()[]|?*+\\^$") for w in words), key
        assert f"_words('{key}')" in source or f"_word_set('{key}')" in source, key


@pytest.mark.parametrize(
    ("text", "value_text", "code", "outcome"),
    [
        # a response rate beside a survey or an enrolment is the share who answered or enrolled
        ("Results: 274 (47%) patients responded to the questionnaire.", "47%", None, "responded"),
        ("Of 1780 eligible participants, 1319 enrolled (response rate = 74%).", "74%", None, "response"),
        ("Employees were selected from an employee survey (N = 2480; response rate 71%).", "71%", None, "response"),
        # a tumour response stays ORR, also in a sentence that names eligible patients further away
        ("Among 285 eligible patients, 143 were randomized to group A and 142 to group B and 55 patients (38.5%) responded.",
         "38.5%", "ORR", "responded"),
        ("The overall response rate was 69% with no difference between arms.", "69%", "ORR", "overall response"),
    ],
)
def test_a_response_rate_of_a_survey_or_an_enrolment_is_no_tumour_response(nlp, text, value_text, code, outcome):
    (row,) = [r for r in result_rows(nlp, text) if r["text"] == value_text]
    assert (row["endpoint"], row["endpoint_text"]) == (code, outcome)


@pytest.mark.parametrize(
    ("text", "value_text", "code"),
    [
        ("Of ten patients, four (40.0%) and three (30.0%) were adverse, and intermediate risk, respectively.", "40.0%",
         "ELN adverse risk"),
        ("Of ten patients, four (40.0%) and three (30.0%) were adverse, and intermediate risk, respectively.", "30.0%",
         "ELN intermediate risk"),
        # the bare words without "risk" after them are no risk group
        ("Incidence of adverse drug reactions with A was 8.33%.", "8.33%", "adverse events"),
        ("Staining was classified as mild, intermediate and well stained, with grade 1 in 25% of samples.", "25%", None),
    ],
)
def test_a_bare_risk_word_is_a_risk_group_only_before_risk(nlp, text, value_text, code):
    (row,) = [r for r in result_rows(nlp, text) if r["text"] == value_text]
    assert row["endpoint"] == code


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["adverse", "intermediate", "response rate", "questionnaire", "risk", "enrolled", "and", ",", "in", "the", "."]),
             max_size=25)
)
def test_context_keeps_mentions_in_order_and_never_invents_a_code(words):
    from trialmine.extract.endpoints import in_context
    from trialmine.nlp.components import EndpointMention

    text, mentions = "", []
    for w in words:
        start = len(text)
        text += w + " "
        code = {"adverse": "ELN adverse risk", "intermediate": "ELN intermediate risk", "response rate": "ORR"}.get(w)
        if code:
            mentions.append(EndpointMention(start, start + len(w), w, code, "baseline" if w != "response rate" else "efficacy"))
    kept = in_context(text, mentions, [(0, len(text))])
    assert [m.start for m in kept] == sorted(m.start for m in kept)
    originals = {(m.start, m.end): m for m in mentions}
    for m in kept:
        assert (m.start, m.end) in originals and m.code in {originals[(m.start, m.end)].code, None}
        if m.code and m.code.startswith("ELN"):
            assert re.search(r"\brisk\b", text[m.end : m.end + 40])


@pytest.mark.parametrize(
    ("text", "value_text", "code", "outcome"),
    [
        ("Higher CEC numbers after 4 weeks (hazard ratio (HR) 0.41, 95% CI 0.18–0.91) and 6 weeks (HR 0.16, 95% CI "
         "0.05–0.56) of treatment were associated with improved overall survival (OS).", "0.41", "OS", "overall survival"),
        ("Higher CEC numbers after 4 weeks (hazard ratio (HR) 0.41, 95% CI 0.18–0.91) and 6 weeks (HR 0.16, 95% CI "
         "0.05–0.56) of treatment were associated with improved overall survival (OS).", "0.16", "OS", "overall survival"),
        ("Prior knowledge of RDT availability (aOR = 1.9, p = 0.03) and RDT experience (aOR = 1.4, p = 0.01) were "
         "predictors for testing.", "1.4", None, "testing"),
        # a predictor that is itself a vocabulary term is not what the measure compares
        ("Infant vomiting in the first month (OR 2.48 (1.58–3.89)) was significantly associated with disability.", "2.48",
         None, "disability"),
        # without an association after the bracket, the outcome before the measure stays
        ("Baseline sVEGFR2 was prognostic for OS (HR=0.77, 95% CI=0.61–0.96, p=0.020).", "0.77", "OS", "OS"),
    ],
)
def test_an_effect_measure_after_its_predictor_compares_the_outcome_it_is_associated_with(nlp, text, value_text, code, outcome):
    (row,) = [r for r in result_rows(nlp, text) if r["text"] == value_text]
    assert (row["endpoint"], row["endpoint_text"]) == (code, outcome)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc ().;,HR0123456789wereassociatdwh", max_size=120))
def test_an_associated_outcome_lies_after_the_value_inside_its_clause(text):
    from trialmine.extract.endpoints import associated_outcome

    @dataclass(frozen=True)
    class Value:
        start: int
        end: int

    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        span = associated_outcome(text, Value(m.start(), m.end()), (0, len(text)))
        assert span is None or (m.end() < span[0] < span[1] <= len(text))


@pytest.mark.parametrize(
    ("text", "value_text", "expected"),
    [
        ("SPAZ reduced LBW (risk ratio [RR]: 0.74, 95% CI: 0.60–0.91, P = 0.005).", "0.74", "LBW"),
        ("Supplementation increased preeclampsia risk (odds ratio 3.30; 95% confidence interval 1.61–6.82).", "3.30",
         "preeclampsia risk"),
        ("Se supplementation also significantly reduced the OR for PE/PIH (OR 0.30, 95% CI 0.09, 1.00).", "0.30", "PE/PIH"),
        ("No differences were seen in proportion stunted (adjusted odds ratio 0.87; 95% CI 0.50, 1.53).", "0.87",
         "proportion stunted"),
        ("Treatment was superior in terms of return to work (hazard ratio 1.43, 95% CI 1.11 to 1.85).", "1.43", "return to work"),
        ("Patients were associated with a higher risk of MCE (HR=1.34 (1.09 to 1.64), p=0.02).", "1.34", "MCE"),
        # a predictor written with "of" is not what the measure compares; an arm is never the outcome
        ("At adjusted analysis: absence of fever (OR = 3.3, 95% CI = 1.6–6.9) predicted it.", "3.3", None),
        ("Those in the VR group had higher CAR at weeks 5–22 (OR, 2.01; CI, 1.20–3.36).", "2.01", None),
    ],
)
def test_an_effect_measure_in_a_bracket_compares_what_was_changed_before_it(text, value_text, expected):
    @dataclass(frozen=True)
    class Value:
        start: int
        end: int

    i = text.index(value_text)
    found = endpoint_text(text, outcome_phrase(text, (0, len(text)), Value(i, i + len(value_text))))
    if expected is None:
        assert found is None or not re.search(r"fever|group", found)
    else:
        assert found == expected


def _outcome_of(text: str, value: str, arms: tuple[str, ...] = (), start: int | None = None) -> str | None:
    """The outcome phrase of ``value`` in its clause, written at ``start`` (its first occurrence when not
    given), the ``arms`` named in the text being no outcome."""
    from trialmine.extract.endpoints import endpoint_text, outcome_phrase

    start = text.index(value) if start is None else start
    clause = next(c for c in clauses(text, 0, len(text)) if c[0] <= start <= c[1])
    names = [(m.start(), m.end()) for arm in arms for m in re.finditer(re.escape(arm), text)]
    return endpoint_text(text, outcome_phrase(text, clause, _Span(start, start + len(value)), names))


@pytest.mark.parametrize(
    ("text", "value", "arms", "expected"),
    [
        ("Severe hypoglycaemia at any time (24 h) was rare (Gla-300: 2.3%; Gla-100: 2.6%).", "2.3%", ("Gla-300", "Gla-100"),
         "Severe hypoglycaemia"),
        ("Adherence to all doses was similar (intervention 68.3%, control 69.8%, p = 0.6).", "69.8%", (), "Adherence to all doses"),
        ("The mean time to first flatus (83.4 ± 35.6 vs. 79.2 ± 24.2 hours; P = 0.554) was no different.", "79.2", (),
         "time to first flatus"),
        ("increased bone volume (BV/TV) (treatment group 0.68 vs. control group 0.47), and decreased trabecular separation"
         " (Tb.Sp.) (treatment group 0.18 mm vs. control group 0.43 mm).", "0.43", (), "trabecular separation"),
        ("Mean (standard error [SE]) weight loss was greater in the intervention (−5.5% [0.6%]) than in the control group.",
         "−5.5%", ("intervention",), "weight loss"),
        # doses and P values between the copula and the bracket are no values of the outcome
        ("Weight loss was greater with dulaglutide 1.5 mg (p < 0.001) and similar with 0.75 mg versus sitagliptin "
         "(2.88 ± 0.25, 2.39 ± 0.26 and 1.75 ± 0.25 kg, respectively).", "2.88 ± 0.25", ("dulaglutide", "sitagliptin"), "Weight loss"),
    ],
)
def test_values_in_a_bracket_of_compared_values_measure_the_phrase_the_bracket_follows(text, value, arms, expected):
    assert _outcome_of(text, value, arms) == expected


@pytest.mark.parametrize(
    ("text", "value", "arms", "expected"),
    [
        # items labelled by the groups the clause names before the bracket, with times as fillers
        ("SUP and PLA significantly decreased body weight (SUP: PRE, 70.47 ± 8.01 kg to POST, 67.51 ± 8.10 kg; "
         "PLA: PRE, 67.88 ± 12.28 kg vs. POST, 66.38 ± 11.94 kg; p ≤ 0.05).", "67.88", (), "body weight"),
        ("SUP and PLA significantly decreased body weight (SUP: PRE, 70.47 ± 8.01 kg to POST, 67.51 ± 8.10 kg; "
         "PLA: PRE, 67.88 ± 12.28 kg vs. POST, 66.38 ± 11.94 kg; p ≤ 0.05).", "66.38", (), "body weight"),
        # a later item labelled by an arm, its own clause after the ';'
        ("Change of TGSS was lower in patients receiving TCZ than placebo (TCZ: 0.29±0.96; placebo: 0.90±1.92; p=0.0007).",
         "0.90", ("TCZ", "placebo"), "Change of TGSS"),
        ("Only the control meal significantly decreased FMD (control: −1.2% ± 0.5%; P = 0.029; peanut: −0.6% ± 0.5%).",
         "−0.6%", ("control", "peanut"), "FMD"),
    ],
)
def test_each_item_of_a_bracket_labelled_by_groups_measures_the_phrase_the_bracket_follows(text, value, arms, expected):
    assert _outcome_of(text, value, arms) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # labels that name outcomes, not groups: each item keeps its own label
        ("There were no changes in either blood marker (IL-6: 1.5 ± 0.2 pg/mL; ET-1: 0.55 ± 0.05 pg/mL).", "0.55"),
        ("MMP-9 levels were lower with doxycycline (total: 2.18 ± 1.94 vs 3.26 ± 3.58; active: 0.48 ± 0.48 vs 0.95).", "0.48"),
        ("Progression of TGSS, erosion and JSN was similar (TGSS: placebo, 0.4±1.1; TCZ, 0.2±0.7; p=NS).", "0.2"),
    ],
)
def test_a_bracket_item_labelled_by_an_outcome_takes_no_phrase_from_before_the_bracket(text, value):
    assert _outcome_of(text, value) not in {"blood marker", "MMP-9 levels", "Progression of TGSS, erosion and JSN"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At adjusted analysis: absence of fever (OR = 3.3, 95% CI 1.6-6.9) predicted delay.", "3.3"),  # a predictor
        ("Eligible patients had fasting glucose (FPG 100-125 mg/dL) at entry.", "100"),  # a new label inside
    ],
)
def test_a_bracket_opening_with_a_statistic_or_a_label_takes_no_phrase_from_before_it(text, value):
    assert _outcome_of(text, value) not in {"absence of fever", "fasting glucose"}


_OUTCOMES = ["Severe hypoglycaemia", "Weight loss", "HbA1c", "Time to first flatus", "Adherence", "Readmission for ileus"]
_ARMS = ["Gla-300", "Gla-100", "dulaglutide 1.5 mg", "sitagliptin", "IND/GLY", "PIL"]


@settings(max_examples=60, deadline=None)
@given(
    outcome=st.sampled_from(_OUTCOMES),
    arms=st.lists(st.sampled_from(_ARMS), min_size=2, max_size=3, unique=True),
    values=st.lists(st.floats(min_value=0.1, max_value=99.9).map(lambda v: f"{v:.1f}%"), min_size=3, max_size=3),
    predicate=st.sampled_from(["was rare", "was similar", "was not different", "was low"]),
    separator=st.sampled_from([": ", " "]),
)
def test_a_bracketed_value_takes_the_outcome_before_the_bracket_never_an_arm_or_a_value(outcome, arms, values, predicate, separator):
    items = "; ".join(f"{arm}{separator}{v}" for arm, v in zip(arms, values))
    text = f"{outcome} {predicate} ({items})."
    for arm, value in zip(arms, values):
        start = text.index(f"{arm}{separator}{value}") + len(arm) + len(separator)
        clause = next(c for c in clauses(text, 0, len(text)) if c[0] <= start <= c[1])
        if clause[0] > text.index("(") and separator != ": ":
            continue  # a later item of a ';' list is its own clause: only a label with its colon reads across the ';'
        # the value by its position, not by searching its text (a value may be drawn twice)
        phrase = _outcome_of(text[: clause[1]], value, tuple(arms), start)
        assert phrase == outcome
        assert not any(a in phrase for a in arms) and value not in phrase


@pytest.mark.parametrize(
    ("phrase", "no_outcome"),
    [("before", True), ("week 8", True), ("postoperative day", True), ("them", True), ("significantly lower", True),
     ("SD", True), ("a mean", True), ("END", False), ("HbA1c", False), ("time to first flatus", False), ("total", False),
     ("weight loss at week 8", False)],
)
def test_times_statistics_and_pronouns_are_no_outcome_phrase(phrase, no_outcome):
    from trialmine.extract.endpoints import names_no_outcome

    assert names_no_outcome(phrase) is no_outcome


@settings(max_examples=100, deadline=None)
@given(
    filler=st.lists(st.sampled_from(["before", "after", "week", "8", "at", "the", "mean", "them", "significantly", "lower", "baseline"]),
                    min_size=1, max_size=4),
    outcome=st.sampled_from(["HbA1c", "weight loss", "adherence", "END", "pain score"]),
)
def test_an_outcome_word_among_times_and_statistics_keeps_the_phrase(filler, outcome):
    from trialmine.extract.endpoints import names_no_outcome

    assert names_no_outcome(" ".join(filler))
    assert not names_no_outcome(" ".join([*filler, outcome]))


def test_a_time_label_is_never_the_outcome_phrase():
    text = "IL-6 did not change (before: 1.5 ± 0.2 pg/mL versus after: 1.5 ± 0.1 pg/mL)."
    assert _outcome_of(text, "1.5 ± 0.2") != "before"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Thirty patients (age 60 ± 1 years, BMI 30.4 ± 0.7 kg/m2) took part.", "60 ± 1", "age"),
        ("Blood pressure did not differ between diets (SBP, 126.3 mmHg versus 124.9 mmHg).", "126.3", "SBP"),
        ("Thickness increased in the bench-press group (biceps, 28.4 mm; triceps, from 26.3 ± 3.7 mm to 27.8 mm).", "26.3", "triceps"),
    ],
)
def test_a_list_item_names_the_outcome_of_its_value(text, value, expected):
    assert _outcome_of(text, value) == expected


@pytest.mark.parametrize("label", ["total", "rate", "at week 8", "control", "intervention", "corresponding to", "while those", "difference"])
def test_a_function_word_time_statistic_or_arm_is_no_list_item(label):
    from trialmine.extract.endpoints import _names_list_item

    assert not _names_list_item(label)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # nouns in -ing are outcomes: symptoms and functions named by a gerund
        ("Adverse events were mild (bleeding, 12% vs 8%).", "12%", "bleeding"),
        ("Adverse events were similar (itching, 12% vs 8%; swelling, 5% vs 3%).", "5%", "swelling"),
        ("Outcomes differed (bruising, 10% vs 4%; hearing loss, 2% vs 1%).", "2%", "hearing loss"),
        # a hyphenated compound is no verb form
        ("Side effects were rare (rash-related discontinuation, 3% vs 1%).", "3%", "rash-related discontinuation"),
        ("Quality of life did not differ (functional well-being, 2.1 vs 0.4; pain, 1.2 vs 0.3).", "2.1", "functional well-being"),
        ("Mobility did not differ (gait speed, 1.10 vs 0.98 m/s).", "1.10", "gait speed"),
    ],
)
def test_a_list_item_may_be_a_noun_in_ing_or_a_hyphenated_compound(text, value, expected):
    assert _outcome_of(text, value) == expected


@pytest.mark.parametrize("label", ["showing that", "Additionally", "increasing", "containing", "representing",
                                   "respectively", "compared", "aged", "pooled median age", "adjusted"])
def test_a_verb_form_or_an_adverb_is_no_list_item(label):
    from trialmine.extract.endpoints import _names_list_item

    assert not _names_list_item(label)


_LIST_ITEM_NOUNS = sorted(__import__("trialmine.extract.endpoints", fromlist=["_LIST_ITEM_NOUNS"])._LIST_ITEM_NOUNS)


@given(
    st.sampled_from(_LIST_ITEM_NOUNS),
    st.sampled_from(["", "severe ", "mild "]),
    st.sampled_from(["", " events", " loss"]),
    st.sampled_from(["signific", "addition", "respective", "increas", "show", "contain", "compar", "adjust"]),
    st.sampled_from(["ly", "ing", "ed"]),
    st.sampled_from(["rash-related", "drug-induced", "dose-limiting", "well-being", "treatment-emergent"]),
)
def test_a_list_item_nouns_word_is_admitted_and_a_verb_form_beside_it_is_not(noun, before, after, stem, ending, compound):
    from trialmine.extract.endpoints import _names_list_item

    label = f"{before}{noun}{after}"
    assert _names_list_item(label)
    assert _names_list_item(f"{compound} {noun}")  # a compound's -ed/-ing/-ly is no verb form
    assert not _names_list_item(f"{stem}{ending} {label}")


def test_a_list_item_stops_the_chain_of_the_outcome_before_it():
    from trialmine.extract.endpoints import chained

    text = "Patients (age 60 ± 1 years, BMI 30.4 ± 0.7 kg/m2) and (total 732 vs. 650; rate 35 vs. 30 per h)."
    first, second = (_Span(text.index(v), text.index(v) + len(v)) for v in ("60 ± 1", "30.4 ± 0.7"))
    assert not chained(text, first, second, [])
    total, rate = (_Span(text.index(v), text.index(v) + len(v)) for v in ("732", "35"))
    assert chained(text, total, rate, [])  # 'rate' refines the outcome of the list, it names none


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # a comparison in the negative: its subject is what the values measure
        ("Serum sodium did not differ (138 vs 139 mmol/L).", "138", "Serum sodium"),
        ("Length of stay did not differ significantly between groups (5.2 vs 5.9 days).", "5.9", "Length of stay"),
        ("PWV AUC(0–240) did not differ between the two exercise groups (2.3%, P > 0.05).", "2.3%", "PWV AUC(0–240)"),
        # the object of "difference(s) (between the groups) in"
        ("There was no significant difference between the groups in the proportion of infants starting latching-on "
         "(75% experimental group, vs. 86% control group).", "86%", "proportion of infants starting latching-on"),
        ("There was no difference between arms in adherence (intervention 68.3%, control 69.8%).", "68.3%", "adherence"),
        ("There was no significant difference in major adverse cardiovascular events between patients who received "
         "morphine compared with those who did not (26.2% versus 22.0%, respectively; P=0.15).", "26.2%",
         "major adverse cardiovascular events"),
        ("Also, there was faster improvement in stool consistency in children receiving A than control group [36 h vs. 42 h].",
         "36", "stool consistency"),
    ],
)
def test_the_outcome_of_a_comparison_in_the_negative_or_after_difference_in(text, value, expected):
    assert _outcome_of(text, value) == expected


def test_an_impersonal_that_clause_is_no_object_of_was():
    from trialmine.extract.endpoints import endpoint_text, outcome_phrase

    text = "It was observed that a higher percentage of patients achieved target figures in the EG versus CG (13.1% vs 5.0%)."
    start = text.index("13.1%")
    found = endpoint_text(text, outcome_phrase(text, (0, len(text)), _Span(start, start + 5))) or ""
    assert "observed" not in found


@settings(max_examples=60, deadline=None)
@given(
    outcome=st.sampled_from(_OUTCOMES),
    verb=st.sampled_from(["did not differ", "did not differ significantly", "did not significantly differ"]),
    between=st.sampled_from(["", " between groups", " between the two groups", " between the A and B groups"]),
    values=st.lists(st.floats(min_value=0.1, max_value=99.9).map(lambda v: f"{v:.1f}%"), min_size=2, max_size=2, unique=True),
    impersonal=st.booleans(),
)
def test_a_negated_comparison_measures_its_outcome_never_its_groups(outcome, verb, between, values, impersonal):
    lead = f"There was no difference{between} in {outcome.lower()}" if impersonal else f"{outcome} {verb}{between}"
    text = f"{lead} ({values[0]} vs {values[1]}; P = 0.4)."
    starts = (text.index(f"({values[0]} vs ") + 1, text.index(f" vs {values[1]};") + 4)  # not "2.3%" inside "12.3%"
    for value, start in zip(values, starts):
        phrase = _outcome_of(text, value, start=start)
        assert phrase is not None and phrase.lower() == outcome.lower()


@pytest.mark.parametrize(
    ("phrase", "fragment"),
    [("improvement of respectively", True), ("glargine treatment and", True), ("evidence for the", True), ("mg and", True),
     ("time to progression", False), ("freedom from relapse", False), ("readmission for ileus", False), ("HbA1c", False),
     ("Brand X", False)],
)
def test_a_phrase_ending_in_a_function_word_is_a_fragment(phrase, fragment):
    from trialmine.extract.endpoints import ends_in_function_word

    assert ends_in_function_word(phrase) is fragment


@settings(max_examples=60, deadline=None)
@given(
    outcome=st.sampled_from(_OUTCOMES),
    end=st.sampled_from(["and", "of", "for the", "respectively", "or", "with"]),
)
def test_an_outcome_followed_by_a_function_word_is_a_fragment_and_without_it_is_not(outcome, end):
    from trialmine.extract.endpoints import ends_in_function_word

    assert ends_in_function_word(f"{outcome} {end}") and not ends_in_function_word(outcome)


def test_a_short_form_in_capitals_is_no_article_at_the_end_of_a_phrase():
    from trialmine.extract.endpoints import ends_in_function_word

    assert not ends_in_function_word("duration of the late mitral filling wave (A)")
    assert not ends_in_function_word("Vitamin A")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # people compared on what they were more (less) likely to do: the verb phrase, not who they were
        ("For 3 vignettes, respondents in the experimental group were more likely to choose a long-acting injectable "
         "antipsychotic compared with those in the control group (77.7% experimental vs 25.8% control; P<0.001).",
         "25.8%", "choose a long-acting injectable antipsychotic"),
        ("Participants assigned to the intervention condition were more likely than controls to report a full ban on "
         "smoking in the home at both 3- (38.1% vs 19.3%, p = < .001) and 6-month follow-up (43.2% vs 33.2%, p = .02).",
         "43.2%", "report a full ban on smoking in the home"),
        ("Children treated with A were significantly less likely to carry gametocytes within the 4 weeks following "
         "treatment than those receiving B (30 of 378 [7.94%] versus 42 of 86 [48.8%]; p < 0.0001).", "7.94%", "carry gametocytes"),
        ("The outpatient group were 24 % less likely to require oxytocin (risk difference −23.6 %).", "24 %", "require oxytocin"),
        ("Smokers were less likely to not participate in subsequent rounds (21.6% vs 14.0%).", "21.6%", "not participate in subsequent rounds"),
    ],
)
def test_a_value_of_people_more_or_less_likely_to_do_something_measures_what_they_do(text, value, expected):
    assert _outcome_of(text, value) == expected


def test_a_likelihood_with_another_predicate_before_the_value_or_a_hedge_is_not_its_outcome():
    from trialmine.extract.endpoints import endpoint_text, outcome_phrase

    text = "Patients were more likely to stop treatment early, and mortality was 12% in the A group."
    start = text.index("12%")
    assert endpoint_text(text, outcome_phrase(text, (0, len(text)), _Span(start, start + 3))) == "mortality"
    text = "This is likely to be an underestimate of the incidence of delirium (12%)."
    start = text.index("12%")
    assert not (endpoint_text(text, outcome_phrase(text, (0, len(text)), _Span(start, start + 3))) or "").startswith("be ")


@settings(max_examples=60, deadline=None)
@given(
    people=st.sampled_from(["Respondents", "Participants in the intervention group", "Women randomised to A", "Patients"]),
    degree=st.sampled_from(["more likely", "less likely", "significantly more likely", "2.1 times more likely"]),
    than=st.sampled_from(["", " than controls"]),
    verb=st.sampled_from(["report", "achieve", "choose", "require", "use"]),
    obj=st.sampled_from(_OUTCOMES),
    tail=st.sampled_from(["", " compared with the control group", " at 6 months", " than those receiving placebo"]),
    values=st.lists(st.floats(min_value=0.1, max_value=99.9).map(lambda v: f"{v:.1f}%"), min_size=2, max_size=2, unique=True),
)
def test_likelihood_values_measure_the_verb_phrase_never_the_people(people, degree, than, verb, obj, tail, values):
    text = f"{people} were {degree}{than} to {verb} {obj.lower()}{tail} ({values[0]} vs {values[1]}; P = 0.01)."
    starts = (text.index(f"({values[0]} vs ") + 1, text.index(f" vs {values[1]};") + 4)
    for value, start in zip(values, starts):
        phrase = _outcome_of(text, value, start=start)
        assert phrase == f"{verb} {obj.lower()}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At 10 years, 23 (11.5%) TT versus 26 (13.0%) BST patients were lost to follow-up.", "13.0%"),
        ("However, there was a significant attrition rate, with 66.9% lost to follow-up at post-intervention.", "66.9%"),
        ("Of those randomised, 12 (8%) were lost to follow up.", "8%"),
    ],
)
def test_lost_to_follow_up_is_the_outcome_of_the_share_before_it(text, value):
    assert _outcome_of(text, value).startswith("lost to follow")


def test_a_label_of_a_group_compared_is_no_outcome_and_its_value_continues_the_list():
    from trialmine.extract.endpoints import chained, endpoint_text, outcome_phrase

    text = "EX2 performance was not significantly different between CHO (48.5 ± 1.5 min), HCLP (48.8 ± 2.1 min) and LCHP (50.3 ± 2.7 min)."
    spans = [_Span(text.index(v), text.index(v) + len(v)) for v in ("48.5 ± 1.5 min", "48.8 ± 2.1 min", "50.3 ± 2.7 min")]
    assert endpoint_text(text, outcome_phrase(text, (0, len(text)), spans[0])) == "EX2 performance"
    for span in spans[1:]:
        assert endpoint_text(text, outcome_phrase(text, (0, len(text)), span)) not in ("HCLP", "LCHP")
    assert chained(text, spans[0], spans[1], []) and chained(text, spans[1], spans[2], [])
    # a label with "of" names what was measured, whatever comes before it
    text = "This was higher than the specificity of PPD (63% using a cut-off of 5 mm)."
    start = text.index("63%")
    assert endpoint_text(text, outcome_phrase(text, (0, len(text)), _Span(start, start + 3))) == "specificity of PPD"


@settings(max_examples=60, deadline=None)
@given(
    outcome=st.sampled_from(_OUTCOMES),
    lead=st.sampled_from(["was not different between", "was similar between", "was lower compared with", "did not differ between"]),
    groups=st.lists(st.sampled_from(["CHO", "HCLP", "LCHP", "conventional training", "WAT", "NNS", "usual care"]), min_size=3, max_size=3, unique=True),
    values=st.lists(st.integers(min_value=10, max_value=99), min_size=3, max_size=3, unique=True),
)
def test_values_of_groups_listed_after_a_comparison_never_take_a_group_as_outcome(outcome, lead, groups, values):
    from trialmine.extract.endpoints import chained, endpoint_text, outcome_phrase

    text = f"{outcome} {lead} {groups[0]} ({values[0]}.5 min), {groups[1]} ({values[1]}.5 min) and {groups[2]} ({values[2]}.5 min)."
    spans = [_Span(text.index(f"({v}.5") + 1, text.index(f"({v}.5") + 1 + len(f"{v}.5 min")) for v in values]
    for span in spans:
        assert endpoint_text(text, outcome_phrase(text, (0, len(text)), span)) not in groups
    assert all(chained(text, a, b, []) for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("adverb", ["significantly", "markedly", "slightly", "also", "only", "further"])
def test_an_adverb_of_the_predicate_is_no_end_of_the_outcome_phrase(adverb):
    from trialmine.extract.endpoints import endpoint_text

    text = f"Maximal oxygen uptake {adverb} increased after supplementation (42.1 ± 1.5 vs 44.9 ± 1.6 ml/kg/min)."
    assert endpoint_text(text, (0, text.index(" increased"))) == "Maximal oxygen uptake"


def test_an_outcome_after_or_is_a_new_label_that_ends_the_chain():
    from trialmine.extract.endpoints import chained

    text = ("There was no significant difference in major complication rate (0% after RYGB and 8.3% after LSG, p > 0.05) "
            "or minor complication rate (16.6% after RYGB and 10.1% after LSG, p > 0.05).")
    first, second = (_Span(text.index(v), text.index(v) + len(v)) for v in ("8.3%", "16.6%"))
    assert not chained(text, first, second, [])
    text = "Pain scores were 31% in the A group versus 29% in the B group or 28% in the C group."
    first, second = (_Span(text.index(v), text.index(v) + len(v)) for v in ("29%", "28%"))
    assert chained(text, first, second, [])  # "or" before a value with no label of its own


def test_a_subgroup_after_or_continues_the_outcome_before_it():
    from trialmine.extract.endpoints import chained

    text = ("It was associated with superior PFS in patients with EGFR mutation (13.5 vs. 10.2 months, P=NS) "
            "or those with wild-type EGFR (0.9 vs. 2.0 months, P=NS).")
    first, second = (_Span(text.index(v), text.index(v) + len(v)) for v in ("10.2 months", "0.9"))
    assert chained(text, first, second, [])


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Despite higher meal insulin boluses (9.2 vs. 8.1 U), glucose was similar.", "9.2", "meal insulin boluses"),
        ("The total score of adaptation (139.4 to 127.5) as well as the scores of coping (60.3 to 53.7) fell.", "60.3",
         "scores of coping"),
    ],
)
def test_a_phrase_opening_with_a_connective_is_read_without_it(text, value, expected):
    assert _outcome_of(text, value) == expected
