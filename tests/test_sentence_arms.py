"""Tests for trialmine.extract.sentence_arms: the arm a value belongs to, from its sentence alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.arm_rules import Arm, ArmRules
from trialmine.extract.sentence_arms import arm_of_value, arms_beside_inventory, inventory_arm_named, sentence_arm_rules, sentence_arms

RULES = sentence_arm_rules(ArmRules.default().role_words)  # with the bundled arm rules' role words

_VALUE = re.compile(r"\d+(?:\.\d+)?(?:\s?%| percent| min| ml)?")


def assigned(text: str) -> list[tuple[str, str | None]]:
    """(value, arm label) for every number of the text that is not part of a word."""
    values = [(m.start(), m.end()) for m in _VALUE.finditer(text) if not text[max(0, m.start() - 1)].isalpha()]
    arms = sentence_arms(text, values, RULES)
    out = []
    for value in values:
        arm = arm_of_value(text, value, values, arms, RULES)
        out.append((text[value[0] : value[1]], arm.label if arm else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arm written after the value
        (
            "Fluoroscopy time was 4.6 min in the EPA group versus 9.2 min in the GCA group.",
            [("4.6 min", "EPA"), ("9.2 min", "GCA")],
        ),
        # the arm before the value's bracket
        (
            "The incidence was higher in the UFH group (7 of 67) than in the enoxaparin group (1 of 67).",
            [("7", "UFH"), ("67", "UFH"), ("1", "enoxaparin"), ("67", "enoxaparin")],
        ),
        # arms listed before 'respective' values take them in turn
        (
            "The respective rates for CABG and PTCA were 1.3 percent and 1.1 percent for mortality and 4.6 percent and 2.1 percent for MI.",
            [("1.3 percent", "CABG"), ("1.1 percent", "PTCA"), ("4.6 percent", "CABG"), ("2.1 percent", "PTCA")],
        ),
        # one arm named, values compared: only the first value is that arm's
        (
            "Side effects were more common in the group treated with drugX: vomiting (29% vs. 9%), fever (17% vs. 12%).",
            [("29%", "drugX"), ("9%", None), ("17%", "drugX"), ("12%", None)],
        ),
        # the intervention as the subject of a change verb
        ("Magnesium reduced the shivering threshold by 0.3 degrees.", [("0.3", "Magnesium")]),
        ("Risk of death was reduced 86% by psychosocial therapy.", [("86%", "psychosocial therapy")]),
        # control words and labels without 'group'
        ("Mortality was 10% with drugX and 6% with placebo.", [("10%", "drugX"), ("6%", "placebo")]),
        ("Hospital stay was shorter (SH 2.2 days versus MM 3.1 days).", [("2.2", "SH"), ("3.1", "MM")]),
    ],
)
def test_arm_of_each_value(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five (50%) patients received allo-HSCT.",
        "The CR rate was 40% in AML patients.",
        "There were no differences between the two groups (12% and 14%).",
        "Median PFS was 3.2 months versus 3.6 months (P = 0.75).",
    ],
)
def test_no_arm_where_the_sentence_compares_none(text):
    assert all(arm is None for _, arm in assigned(text))


labels = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "omega"]), min_size=2, max_size=4, unique=True)


@settings(max_examples=80, deadline=None)
@given(labels, st.data())
def test_each_value_of_a_comparison_gets_a_different_arm(arms, data):
    values = data.draw(st.lists(st.integers(1, 99), min_size=len(arms), max_size=len(arms)))
    text = "The rate was " + " versus ".join(f"{v}% in the {a} group" for v, a in zip(values, arms)) + "."
    found = [arm for _, arm in assigned(text)]
    assert found == arms


@settings(max_examples=80, deadline=None)
@given(labels, st.randoms(use_true_random=False))
def test_shuffling_arms_of_a_respectively_list_shuffles_the_assignments(arms, rnd):
    values = [f"{10 + i}%" for i in range(len(arms))]
    shuffled = list(arms)
    rnd.shuffle(shuffled)
    for order in (arms, shuffled):
        text = f"Response rates were {', '.join(values[:-1])} and {values[-1]} in the {', '.join(order[:-1])} and {order[-1]} groups, respectively."
        assert [arm for _, arm in assigned(text)] == order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # group codes of capitals and digits name arms ('Group P2'), and end no name before them
        (
            "Group P2 showed fewer complications (17%) than Group P1.5 (55.3%) or Group P2.5 (40.4%).",
            [("17%", "Group P2"), ("55.3%", "Group P1.5"), ("40.4%", "Group P2.5")],
        ),
        # 'V1 in group S, V2 in group M': the arm after a value is not the label of the next one
        (
            "Onset was at 7.6 min in group S, 67.6 min in group M and 12.2 min in group SM.",
            [("7.6 min", "group S"), ("67.6 min", "group M"), ("12.2 min", "group SM")],
        ),
        # values listed with ', and' share the arm written after them
        (
            "Sensitivity and specificity were 55%, and 70% in group E5, and 80%, and 83% in group E10.",
            [("55%", "group E5"), ("70%", "group E5"), ("80%", "group E10"), ("83%", "group E10")],
        ),
        # the change the value measures may stand between it and its arm
        (
            "There was 59% reduction in wound area in group HT and 26% increase in wound area in group CT.",
            [("59%", "group HT"), ("26%", "group CT")],
        ),
    ],
)
def test_arms_named_by_group_codes_and_interventions(text, expected):
    assert assigned(text) == expected


def _arm(arm_id, label, role=None, drugs=(), aliases=(), control_term=None):
    return Arm(arm_id, label, role, tuple(drugs), (), None, 0, 0, "comparison", control_term=control_term, aliases=tuple(aliases))


INVENTORY = [_arm("A1", "GIK", "experimental", aliases=("gik",)), _arm("A2", "non-GIK", "control", control_term="control")]


@pytest.mark.parametrize(
    ("label", "drugs", "expected"),
    [
        ("non-GIK", (), "non-GIK"),  # the same words as its label
        ("the GIK group", (), "GIK"),
        ("controls", (), "non-GIK"),  # the only arm of the role
        ("Group P2", (), None),  # none of the inventory's
    ],
)
def test_a_label_written_in_a_result_sentence_is_the_inventory_arm_it_names(label, drugs, expected):
    found = inventory_arm_named(label, INVENTORY, RULES, set(drugs))
    assert (found.label if found else None) == expected


def test_an_arm_named_by_its_drugs_and_a_subgroup_that_names_no_arm():
    inventory = [_arm("A1", "drugA plus drugB", "experimental", drugs=("druga", "drugb")), _arm("A2", "drugB", "control", drugs=("drugb",))]
    assert inventory_arm_named("the combination", inventory, RULES, {"druga", "drugb"}).arm_id == "A1"
    text = "Patients with sensitive EGFR mutations had longer OS than EGFR-wild patients (74.8 months vs. 25.3 months)."
    values = [(m.start(), m.end()) for m in re.finditer(r"\d+\.\d months", text)]
    assert arms_beside_inventory(text, values, sentence_arms(text, values, RULES), inventory, RULES) == []


def test_role_words_opening_list_items_name_the_arms():
    assert assigned("Adherence was similar (intervention 68.3%, control 69.8%).") == [("68.3%", "intervention"), ("69.8%", "control")]
    assert assigned("The number of adverse events (treatment: 10.5%; control: 10.8%) was similar.") == [
        ("10.5%", "treatment"), ("10.8%", "control")]


def test_names_of_the_inventorys_arms_are_references_in_a_result_sentence():
    inventory = [_arm("A1", "rasagiline", "experimental", drugs=("rasagiline",)), _arm("A2", "placebo", "control", control_term="placebo")]
    text = "The difference favoured rasagiline (means: rasagiline -5.46 vs. placebo -3.22; P = 0.026)."
    values = [(m.start(), m.end()) for m in re.finditer(r"-\d+\.\d+", text)]
    arms = arms_beside_inventory(text, values, sentence_arms(text, values, RULES), inventory, RULES)
    assert [arm_of_value(text, v, values, arms, RULES).label for v in values] == ["rasagiline", "placebo"]
    # a dose is no name: 'for drugA 1.5 mg, drugA 0.75 mg' names no arm by '0.75 mg' alone
    dosed = [_arm("A1", "0.75 mg", "experimental", drugs=("druga",)), _arm("A2", "drugB", "control", drugs=("drugb",))]
    text = "Changes were -0.99 and -0.71 for drugA 1.5 mg and drugA 0.75 mg, respectively."
    values = [(m.start(), m.end()) for m in re.finditer(r"-\d+\.\d+", text)]
    assert arms_beside_inventory(text, values, sentence_arms(text, values, RULES), dosed, RULES) == []


def test_a_role_word_before_the_units_assigned_names_the_arm_and_the_arm_compared_with_comes_second():
    assert assigned("Additionally, 70% of intervention participants increased activity, whereas 65% of control subjects did not.") == [
        ("70%", "intervention"), ("65%", "control")]
    assert assigned("Compared to controls, intervention participants lost more weight (6.3 kg versus 2.1 kg).") == [
        ("6.3", "intervention"), ("2.1", "controls")]
    assert assigned("Intervention participants lost more weight than controls (6.3 kg versus 2.1 kg).") == [
        ("6.3", "Intervention"), ("2.1", "controls")]


def test_a_group_code_that_is_also_an_effect_measure_short_form_still_names_the_group():
    assert assigned("Onset was at 5 min in group VE, 7 min in group A.") == [("5 min", "group VE"), ("7 min", "group A")]
    assert assigned("The vaccine efficacy (VE) of 63% was found in group A.") == [("63%", None)]


codes = st.lists(st.from_regex(r"[A-Z]{1,2}[0-9]?", fullmatch=True), min_size=2, max_size=4, unique=True)


@settings(max_examples=80, deadline=None)
@given(codes, st.data())
def test_each_value_of_a_comparison_of_coded_groups_gets_a_different_arm(groups, data):
    values = data.draw(st.lists(st.integers(1, 99), min_size=len(groups), max_size=len(groups)))
    text = "Onset was at " + ", ".join(f"{v} min in group {g}" for v, g in zip(values, groups)) + "."
    assert [arm for _, arm in assigned(text)] == [f"group {g}" for g in groups]


# ---------------------------------------------------------------------------------------------
# through the real pipeline: a lone result sentence has no arm inventory
# ---------------------------------------------------------------------------------------------

from trialmine.extract.link import extract_rows  # noqa: E402
from trialmine.ingest.text import text_document  # noqa: E402
from trialmine.nlp.pipeline import build_pipeline  # noqa: E402
from trialmine.store.schema import to_evidence_frame  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def results(nlp, text):
    document = text_document("t", text, "test")
    found = [r for r in extract_rows(document, nlp(document.text)) if r["kind"] == "result"]
    to_evidence_frame(found)  # every row meets the evidence contract
    return [(r["text"], r["endpoint_text"], r["arm"]) for r in found]


def test_values_of_a_lone_sentence_take_the_arms_it_names(nlp):
    text = "Fluoroscopy time was 4.6 +/- 2.3 min in the EPA group versus 9.2 +/- 4.9 min in the GCA group (p = 0.004)."
    assert results(nlp, text) == [
        ("4.6 +/- 2.3 min", "Fluoroscopy time", "EPA"),
        ("9.2 +/- 4.9 min", "Fluoroscopy time", "GCA"),
    ]


def test_an_arm_is_never_the_outcome_and_the_intervention_subject_is_the_arm(nlp):
    text = "Magnesium reduced the shivering threshold (36.3 [SD 0.4] degrees C vs 36.6 [0.3] degrees C, P = 0.040)."
    rows = results(nlp, text)
    assert [r[1] for r in rows] == ["shivering threshold", "shivering threshold"]
    assert rows[0][2] == "Magnesium"


def test_a_single_arm_narrative_gets_no_arm_from_its_sentence(nlp):
    text = "Five (50.0%) patients received allo-HSCT and four patients with CR achieved MRD negativity."
    assert all(arm is None for _, _, arm in results(nlp, text))


def test_values_of_a_group_take_it_and_a_change_verb_before_the_value_gives_the_outcome(nlp):
    text = "Irritability scores decreased 56.9% in the risperidone group and 14.1% in the placebo group."
    assert results(nlp, text) == [
        ("56.9%", "Irritability scores", "risperidone"),
        ("14.1%", "Irritability scores", "placebo"),
    ]
    text = "Responders were 69% of the risperidone group and 12% of the placebo group."
    assert [arm for _, _, arm in results(nlp, text)] == ["risperidone", "placebo"]


def test_where_the_inventory_links_no_arm_the_sentence_names_it(nlp):
    # group codes the inventory does not hold (it has the doses 1.5, 2, 2.5 mg/kg)
    text = ("Patients were randomized to propofol 1.5, 2 or 2.5 mg/kg. "
            "Group P2 showed fewer complications (17%) than Group P1.5 (55.3%) or Group P2.5 (40.4%).")
    assert [(value, arm) for value, _, arm in results(nlp, text)] == [("17%", "Group P2"), ("55.3%", "Group P1.5"), ("40.4%", "Group P2.5")]
    # a sentence before the inventory's definitions that names two of its arms
    text = ("The rate of acute rejection was 17% and 10% in the sATG and lowATG, respectively. "
            "Infections were more frequent in the sATG group vs. lowATG.")
    assert [(value, arm) for value, _, arm in results(nlp, text)] == [("17%", "sATG"), ("10%", "lowATG")]


@pytest.mark.parametrize(
    "measure",
    ["risk difference ", "absolute risk reduction (ARR): ", "hazard ratio (HR)=", "vaccine efficacy (VE) of ",
     "geometric mean ratio of ", "mean difference of ", "(mean difference; MD) ", "odds ratio ", "RR "],
)
def test_an_effect_measure_belongs_to_no_arm_whatever_arms_its_sentence_names(measure):
    """GUIDELINES §7: an effect measure compares the arms; it is none's, even where the sentence
    names arms right before it."""
    text = f"Infection occurred in 12% in the vaccine group and 30% in the placebo group ({measure}0.40)."
    assert assigned(text) == [("12%", "vaccine"), ("30%", "placebo"), ("0.40", None)]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["risk difference ", "hazard ratio (HR) ", "odds ratio of ", "absolute risk reduction (ARR): ", "RRR "]),
    st.sampled_from([("the exercise group", "exercise"), ("the placebo group", "placebo"), ("group B", "group B")]),
    st.sampled_from([("the control group", "control"), ("group A", "group A")]),
)
def test_naming_an_effect_measure_only_takes_the_arm_of_its_own_value(measure, first, second):
    """The values of the arms keep their arms when an effect measure follows them; only the
    effect measure's value loses one."""
    plain = f"Pain fell in 40% in {first[0]} and in 20% in {second[0]}; overall 0.50."
    measured = plain.replace("overall ", f"overall {measure}")
    assert assigned(measured)[:2] == assigned(plain)[:2] == [("40%", first[1]), ("20%", second[1])]
    assert assigned(measured)[2] == ("0.50", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'between A and B groups' names two arms, which values compared in order take
        (
            "There were no differences in comprehension score (16.8 v. 16.3) between control and intervention groups.",
            [("16.8", "control"), ("16.3", "intervention")],
        ),
        # 'between groups' names none: the arms of the 'respectively' list are those after the values
        (
            "Intentions did not differ between groups (82.7% and 87.2% in the early and late intervention group, respectively).",
            [("82.7%", "early"), ("87.2%", "late intervention")],
        ),
        # the arm after the bracket a value closes, and after 'given'
        (
            "Headache was reported by fifteen (12%) of patients receiving ketamine and nine (7%) of patients receiving saline.",
            [("12%", "ketamine"), ("7%", "saline")],
        ),
        (
            "Adverse events were reported by eighty (81%) of patients given pramipexole and ninety (84%) patients given ropinirole.",
            [("81%", "pramipexole"), ("84%", "ropinirole")],
        ),
    ],
)
def test_arms_named_between_and_after_a_values_bracket(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Median labour time was similar between groups (515 min vs. 585 min).",
        "Types of complications differed among groups (12% vs. 14%).",
        "Both groups improved flexibility (19.1% and 20.0%), with no statistical difference between groups.",
    ],
)
def test_a_comparison_between_groups_names_no_arm(text):
    assert all(arm is None for _, arm in assigned(text))


@settings(max_examples=60, deadline=None)
@given(labels, st.data())
def test_a_percentage_in_brackets_takes_the_arm_written_after_the_bracket(arms, data):
    """'nine (7%) of patients receiving X': the count is a word, so the percentage is the only value."""
    counts = data.draw(st.lists(st.sampled_from(["two", "five", "nine", "twelve", "twenty"]), min_size=len(arms), max_size=len(arms)))
    percents = data.draw(st.lists(st.integers(1, 99), min_size=len(arms), max_size=len(arms)))
    named = data.draw(st.sampled_from(["of patients receiving {}", "patients given {}", "of those treated with {}", "in the {} group"]))
    text = "Nausea occurred in " + " and ".join(f"{n} ({p}%) " + named.format(a) for n, p, a in zip(counts, percents, arms)) + "."
    assert [arm for _, arm in assigned(text)] == arms


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "omega"]), min_size=2, max_size=2, unique=True), st.data())
def test_values_compared_before_between_a_and_b_groups_take_a_then_b(arms, data):
    first, second = data.draw(st.lists(st.integers(1, 99), min_size=2, max_size=2))
    text = f"Scores did not differ ({first} vs. {second}) between {arms[0]} and {arms[1]} groups."
    assert [arm for _, arm in assigned(text)] == arms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scores did not differ (16.8 v. 16.3), nor did satisfaction with consent (7.0 v. 6.5) between control and intervention groups.",
            [("16.8", "control"), ("16.3", "intervention"), ("7.0", "control"), ("6.5", "intervention")],
        ),
        (
            "Comparisons between CBE and control groups gave endurance time 134 versus 59 and TDI 5.1 versus 0.2.",
            [("134", "CBE"), ("59", "control"), ("5.1", "CBE"), ("0.2", "control")],
        ),
    ],
)
def test_a_weak_phrase_names_no_arm_beside_two_named_groups(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Weight fell by 2.1 kg compared with placebo.",
        "The response rate was 45% versus placebo.",
        "Pain scores were lower (3.2) than with placebo.",
        "Glucose decreased by 0.356 mmol/L and HbA1c by 0.065%, compared to placebo.",
    ],
)
def test_the_only_arm_a_comparator_introduces_after_the_value_is_not_its_arm(text):
    assert all(arm is None for _, arm in assigned(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient survival rates were 87.6% (control) and 92% (intervention).", [("87.6%", "control"), ("92%", "intervention")]),
        ("More respondents chose it (77.7% experimental vs 25.8% control).", [("77.7%", "experimental"), ("25.8%", "control")]),
        # the role word labels its own value only
        (
            "Scores fell by 44.79% (HA1), 24.02% (HA2) and 27.64% (control).",
            [("44.79%", None), ("24.02%", None), ("27.64%", "control")],
        ),
    ],
)
def test_a_role_word_right_after_a_value_names_its_arm(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Performance did not differ between CHO (48.5 min), HCLP (48.8 min) and LCHP (50.3 min).",
            [("48.5 min", "CHO"), ("48.8 min", "HCLP"), ("50.3 min", "LCHP")],
        ),
        ("TTE was increased after CHO+PROT compared to CHO (63.5 vs 49.8 min).", [("63.5", None), ("49.8 min", "CHO")]),
        ("Phenylalanine Ra was lower in BCAA (18.00) than PLA (21.75).", [("18.00", "BCAA"), ("21.75", "PLA")]),
        ("Intake was lower (791) as compared to WAT (942) and NNS (917).", [("791", None), ("942", "WAT"), ("917", "NNS")]),
        # no value before the name: the bracket holds the difference
        ("The AUC was lower following HIT than MCT (10%, P = 0.008).", [("10%", None), ("0.008", None)]),
        # outcomes in brackets open no list of arms, nor does a population
        ("Improvements were seen in HbA1c (0.5%), FPG (1.2 ml) and weight (2.1 ml).", [("0.5%", None), ("1.2 ml", None), ("2.1 ml", None)]),
        ("Means were higher in males (26.9) than females (22).", [("26.9", None), ("22", None)]),
    ],
)
def test_names_before_bracketed_values_of_a_comparison_name_the_arms(text, expected):
    assert assigned(text) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["CHO", "HCLP", "LCHP", "PLA", "BCAA", "WAT"]), min_size=2, max_size=4, unique=True), st.data())
def test_each_name_of_a_bracketed_list_after_between_takes_its_own_value(arms, data):
    values = data.draw(st.lists(st.integers(10, 99), min_size=len(arms), max_size=len(arms)))
    items = [f"{a} ({v} min)" for a, v in zip(arms, values)]
    text = f"Times did not differ between {', '.join(items[:-1])} and {items[-1]}."
    assert [arm for _, arm in assigned(text)] == arms


def test_a_bracket_of_values_right_after_a_value_does_not_end_its_reach_to_the_arm_after(nlp):
    """'27.7% (15.6% to 42.6%) in the dovitinib arm': the interval found as a value of its own does
    not keep 27.7% from its arm, nor give the next value the first arm."""
    text = "The ORRs were 27.7% (15.6% to 42.6%) in the dovitinib arm and 10.0% (3.3% to 21.8%) in the placebo arm."
    arms = {value: arm for value, _, arm in results(nlp, text)}
    assert arms["27.7%"] == "dovitinib" and arms["10.0%"] == "placebo"


@settings(max_examples=60, deadline=None)
@given(labels, st.data())
def test_arms_listed_before_as_many_listed_values_take_them_in_turn_without_respectively(arms, data):
    values = data.draw(st.lists(st.integers(1, 99), min_size=len(arms), max_size=len(arms)))
    text = f"Those in the {', '.join(arms[:-1])} and {arms[-1]} groups decreased by {', '.join(str(v) for v in values[:-1])} or {values[-1]}%."
    assert [arm for _, arm in assigned(text)] == arms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the end of RT, the mean level was 90.9 in the SeG and 61.4 in the CG (n = 40 each).",
            [("90.9", "SeG"), ("61.4", "CG"), ("40", "CG")],
        ),
        ("The rate of acute rejection was 17% and 10% in the sATG and lowATG, respectively.", [("17%", "sATG"), ("10%", "lowATG")]),
        (
            "After treatment, 82 % of the LFE-NC regained contractility, whereas only 8 % of the CON-NC had normal contraction.",
            [("82 %", "LFE-NC"), ("8 %", "CON-NC")],
        ),
        # a code alone is a place, a scale or a design, not an arm
        ("The stay in the ICU (5.2 days) was short.", [("5.2", None)]),
        ("The 50% reduction in the AHI was achieved in 46.2% of the patients.", [("50%", None), ("46.2%", None)]),
    ],
)
def test_arms_written_as_codes_after_in_the_or_of_the(text, expected):
    assert assigned(text) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["SeG", "CG", "LFE-NC", "CON-LC", "sATG", "lowATG", "PES", "SES"]), min_size=2, max_size=2, unique=True), st.data())
def test_two_codes_each_take_the_value_before_them(codes, data):
    values = data.draw(st.lists(st.integers(10, 99), min_size=2, max_size=2))
    text = f"The mean level was {values[0]} in the {codes[0]} and {values[1]} in the {codes[1]}."
    assert [arm for _, arm in assigned(text)] == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Furthermore, balance-based exergaming training resulted in better control (78.9 %) compared with conventional training (70.7 %).",
            [("78.9 %", "balance-based exergaming training"), ("70.7 %", "conventional training")],
        ),
        (
            "Patients with critical weight loss had lower survival rates than patients without it (survival rates: 62% vs 70%).",
            [("62%", "critical weight loss"), ("70%", None)],
        ),
        # no comparator after the verb: the subject names no compared arm
        ("Patients with critical weight loss had a survival rate of 62%.", [("62%", None)]),
    ],
)
def test_the_subject_of_a_comparison_names_the_first_arm(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the subgroup with MELD < 28 (n = 120), ELAD was associated with higher survival (68.6% versus 53.6%).",
         [("68.6%", "ELAD"), ("53.6%", None)]),
        ("Sertraline was associated with a larger waist (median change 2 (1; 4) cm), P = 0.01 vs placebo.", [("2", "Sertraline")]),
        # no comparator: a capitalised subject alone names no arm ('Age was associated with ...')
        ("Age was associated with a higher rate (12%).", [("12%", None)]),
    ],
)
def test_a_named_treatment_associated_with_a_compared_result_is_the_first_arm(text, expected):
    found = dict(assigned(text))
    assert [(value, found[value]) for value, _ in expected] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Levels were normal in 40% in the 4,000 IU group and in 12% in the 2,000 IU group.", {"40%": "4,000 IU", "12%": "2,000 IU"}),
        ("Bond strength was 21.5 MPa in the 1.0 M EDC group and 30.2 MPa in the 0.5 M EDC group.", {"21.5 MPa": "1.0 M EDC", "30.2 MPa": "0.5 M EDC"}),
    ],
)
def test_a_group_named_by_a_dose_with_a_thousands_comma_or_a_decimal_point(text, expected):
    values = [(text.index(v), text.index(v) + len(v)) for v in expected]
    arms = sentence_arms(text, values, RULES)
    assert {text[s:e]: arm_of_value(text, (s, e), values, arms, RULES).label for s, e in values} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TTE was increased after intake of CHO+PROT compared to CHO (63.5 vs 49.8 min).", [("63.5", "CHO+PROT"), ("49.8 min", "CHO")]),
        ("VO2 was lower following nitrate supplementation (16.6 nitrate vs. 17.2 placebo).", [("16.6", "nitrate"), ("17.2", "placebo")]),
        # alone, a treatment given names no compared arm ('after surgery' is a time)
        ("Pain was lower after ketamine infusion (3.2).", [("3.2", None)]),
    ],
)
def test_a_treatment_named_by_the_noun_of_its_giving_is_an_arm_beside_another(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local pain was more pronounced in the premedicated patients than in the non-premedicated patients (30% versus 16%, respectively).",
            [("30%", "premedicated"), ("16%", "non-premedicated patients")],
        ),
        # a population, not an arm; and one described group alone is none
        ("Pain was lower in the included patients than in the others (30% versus 16%).", [("30%", None), ("16%", None)]),
        ("Pain was lower in the premedicated patients (30%).", [("30%", None)]),
    ],
)
def test_patients_described_by_a_participle_name_arms_beside_another(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The HEALD intervention cost $340 per participant over 6 months.", [("340", "HEALD intervention"), ("6", "HEALD intervention")]),
        ("The training program resulted in a gain of 12 kg.", [("12", "training program")]),
        # the verb says nothing of what the treatment did: no arm from the subject
        ("The training program lasted 12 weeks.", [("12", None)]),
    ],
)
def test_a_treatment_subject_of_a_result_verb_names_the_arm_of_a_one_arm_sentence(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intubation time was 26.8 (mean) s for McGrath MAC, 36.4 s for Airway scope, and 36.5 s for Macintosh laryngoscope groups.",
            [("26.8", "McGrath MAC"), ("36.4", "Airway scope"), ("36.5", "Macintosh laryngoscope groups")],
        ),
        ("Median PFS was 17.5 months for the concurrent regimen and 15.3 months for the sequential regimen.",
         [("17.5", "concurrent regimen"), ("15.3", "sequential regimen")]),
        # one name after 'for' alone is none; 'for the X group' is the group's phrase
        ("The rate was 12.5 for Hispanics.", [("12.5", None)]),
        ("Power rose in bout 4 for the NTBA group and in bout 2 for the TBA group.", [("4", "NTBA"), ("2", "TBA")]),
    ],
)
def test_a_name_after_a_value_and_for_names_its_arm(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same preposition before both names, values paired after them: the names in order
        ("Deposition was higher with Respimat SMI than with pMDI for untrained patients (37% vs 21%).",
         [("37%", "Respimat SMI"), ("21%", "pMDI")]),
        ("Endurance time after tiotropium treatment was higher than that after placebo (27.0 min versus 19.3 min).",
         [("27.0 min", "tiotropium treatment"), ("19.3 min", "placebo")]),
        ("Women taking multivitamin-mineral supplements gained less weight than those taking multivitamin supplements (67.5 vs 71.6).",
         [("67.5", "multivitamin-mineral supplements"), ("71.6", "multivitamin supplements")]),
        # or the first name's value between the names
        ("Scores for the sequence condition were greater (-0.150) than for the random condition (0.027).",
         [("0.150", "sequence condition"), ("0.027", "random condition")]),
        # 'between A and B' right before the values, 'Comparing A with B:' before values paired later
        ("Improvement was comparable between continuous and split part-time occlusion (0.20 vs 0.21).",
         [("0.20", "continuous"), ("0.21", "split part-time occlusion")]),
        ("Comparing NHF with LTOT: carbon dioxide (TcCO2) (43.3 vs 46.7) was lower.",
         [("43.3", "NHF"), ("46.7", "LTOT")]),
        # the subject of 'resulted in' / 'presented with' compared with a name, values paired after it
        ("FF400 once daily, although effective, resulted in a smaller improvement than FF200 twice daily at the last visit (315 ml vs. 202 ml).",
         [("315 ml", "FF400 once daily"), ("202 ml", "FF200 twice daily")]),
        ("Male cyclers presented with weaker grip strength compared with regainers (30.12 vs. 34.46 kg).",
         [("30.12", "Male cyclers"), ("34.46", "regainers")]),
    ],
)
def test_names_compared_in_parallel_are_the_arms_of_the_values_in_order(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # values after the names that are not paired: differences, not each name's value
        "AUC was higher following HIT than following MCT (46.9% and 67.3%, respectively).",
        # no preposition repeated: not a parallel comparison
        "Pain was lower with ketamine than before surgery (3.1 vs 4.2).",
        # an outcome is the subject of a verb of change, not of 'resulted in'
        "HbA1c showed a larger decrease than with metformin (1.2 vs 0.3).",
    ],
)
def test_no_parallel_arms_without_parallel_names_and_paired_values(text):
    arms = sentence_arms(text, [(m.start(), m.end()) for m in _VALUE.finditer(text)], RULES)
    assert not any(a.kind == "parallel" for a in arms)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["alphamab", "betacept", "gammazumab", "deltanib", "omegastat"]), min_size=2, max_size=2, unique=True),
    st.sampled_from(["with", "after", "following", "among"]),
    st.sampled_from(["than", "compared with", "versus"]),
    st.lists(st.integers(1, 99), min_size=2, max_size=2),
)
def test_swapping_names_compared_in_parallel_swaps_their_values(names, prep, comparator, numbers):
    for first, second in (names, names[::-1]):
        text = f"The rate was higher {prep} {first} {comparator} {prep} {second} ({numbers[0]}% vs {numbers[1]}%)."
        assert assigned(text) == [(f"{numbers[0]}%", first), (f"{numbers[1]}%", second)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codes written after each value's 'in' / 'with', a letter and a number among them
        (
            "The percentage of patients with adverse events (AEs) after one year was similar across treatment groups (47% in Placebo, 23% in LD, 33% in ID, 31% in HD).",
            [("47%", "Placebo"), ("23%", "LD"), ("33%", "ID"), ("31%", "HD")],
        ),
        (
            "The percentage of subjects with an adverse event was 86 % with P1, 25 % with P2, 89 % with P3 and 56 % with R.",
            [("86 %", "P1"), ("25 %", "P2"), ("89 %", "P3"), ("56 %", "R")],
        ),
        # a unit between the value and 'with'
        ("The improvement was 190 ml with IND/GLY and 90 ml with IND.", [("190 ml", "IND/GLY"), ("90 ml", "IND")]),
        (
            "By the end of the study, 36.7 % of the patients in G-I and 66.7 % in G-II showed improvement.",
            [("36.7 %", "G-I"), ("66.7 %", "G-II")],
        ),
    ],
)
def test_codes_after_each_values_in_or_with_name_their_arms(text, expected):
    assert assigned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one code after a value is what was measured, not an arm
        "HbA1c fell by 0.5% in T2D patients and weight by 2.1 kg.",
        "There was a reduction of 12% in LDL after 12 weeks.",
        # what changed, and the patients' disease, are no arms however many are listed
        "Others reported a 4.3% increase in MIP, and 6.4% increase in MEP after surgery.",
        "We enrolled 11 patients with PsA and 20 patients with RA in the placebo group.",
    ],
)
def test_a_lone_code_after_a_value_names_no_arm(text):
    arms = sentence_arms(text, [(m.start(), m.end()) for m in _VALUE.finditer(text)], RULES)
    assert not any(a.kind == "value_code" for a in arms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code before its value's bracket, compared to another code before its own
        (
            "Myofibrillar synthesis was higher in BCAA (0.110 %) than PLA (0.090 %).",
            [("0.110 %", "BCAA"), ("0.090 %", "PLA")],
        ),
        (
            "Stroop: LT (Mean = 3.88) vs. WL (Mean = 1.22), a significant difference.",
            [("3.88", "LT"), ("1.22", "WL")],
        ),
    ],
)
def test_a_code_before_a_bracket_compared_to_another_is_an_arm(text, expected):
    assert assigned(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["LD", "HD", "G-I", "G-II", "P1", "P2", "CVVH", "TAD"]), min_size=2, max_size=3, unique=True),
    st.sampled_from(["in", "with"]),
    st.lists(st.integers(1, 99), min_size=3, max_size=3),
)
def test_each_value_takes_the_code_written_after_it(codes, prep, numbers):
    items = [f"{n}% {prep} {code}" for n, code in zip(numbers, codes)]
    text = f"The rate was {', '.join(items[:-1])} and {items[-1]}."
    assert assigned(text) == [(f"{n}%", code) for n, code in zip(numbers, codes)]
