"""A custom arm rules file (`trialmine_arms` `rules_path` in the pipeline config) holds everywhere
downstream: the arm inventory, linking values to arms and placebo doses, through the real pipeline."""

import json
import re

import pytest

from arm_rules_helpers import bundled_arm_rules, config_naming_arm_rules, with_bad_matcher_pattern
from trialmine.extract.arms import ArmRules, arm_rules_of
from trialmine.extract.link import extract_rows
from trialmine.ingest.text import text_document
from trialmine.nlp.pipeline import build_pipeline

# 'inert solution' is no control term of the bundled rules/arms.json
PLACEBO_DOSE = (
    "Patients were randomized to receive ondansetron 4 mg or inert solution (2 ml) before induction. "
    "Nausea occurred in 10% and 25% of patients in the ondansetron and inert solution groups, respectively."
)
LABELLED = (
    "Patients received cefepime (C group, 20 patients) or cefepime with amikacin (C-A group, 19 patients). "
    "Fever resolved in 60% of the C group and 80% of the C-A group."
)
TEXTS = (
    PLACEBO_DOSE,
    LABELLED,
    "XELIRI versus FOLFIRI as second-line therapy for metastatic colorectal cancer: a randomized trial\n"
    "Patients were randomized (1:1) to XELIRI (n = 52) or FOLFIRI (n = 51). "
    "Grade 3 diarrhea occurred in 37% of patients in the XELIRI arm vs 26% in the FOLFIRI arm.",
    "Patients were randomised to receive midazolam 0.75 mg/kg in group M, ondansetron 4 mg in group O "
    "and 5 ml of normal saline in group S. Vomiting occurred in 20%, 10% and 35%, respectively.",
)


def _pipeline_with(tmp_path_factory, rules: dict):
    """The real pipeline, built from a pipeline config whose `trialmine_arms` takes `rules` as its
    `rules_path` (how a user passes a custom rules file)."""
    folder = tmp_path_factory.mktemp("rules")
    (folder / "arms.json").write_text(json.dumps(rules), "utf-8")
    (folder / "pipeline.toml").write_text(config_naming_arm_rules(str(folder / "arms.json")), "utf-8")
    return build_pipeline(pipeline_config=folder / "pipeline.toml")[0]


def _run(nlp, text):
    doc = nlp(text)
    return doc, extract_rows(text_document("t", text, "t.txt"), doc)


@pytest.fixture(scope="module")
def bundled():
    return build_pipeline()[0]


@pytest.fixture(scope="module")
def with_inert_placebo(tmp_path_factory):
    rules = bundled_arm_rules()
    rules["control_terms"]["placebo"].append("inert solution")
    return _pipeline_with(tmp_path_factory, rules)


def test_the_component_s_rules_travel_with_the_doc(bundled, with_inert_placebo):
    assert "doc._.arm_rules" in bundled.get_pipe_meta("trialmine_arms").assigns
    custom = with_inert_placebo.get_pipe("trialmine_arms").rules
    assert "inert solution" in custom.control_terms["placebo"] and custom != ArmRules.default()
    assert arm_rules_of(with_inert_placebo(PLACEBO_DOSE)) is custom
    assert arm_rules_of(bundled(PLACEBO_DOSE)) is ArmRules.default()
    assert arm_rules_of(bundled.make_doc(PLACEBO_DOSE)) is ArmRules.default()  # no arm component ran


def test_a_custom_placebo_term_changes_the_inventory_the_placebo_dose_and_the_linked_arm(bundled, with_inert_placebo):
    doc, rows = _run(bundled, PLACEBO_DOSE)
    # the bundled rules know no 'inert solution': no placebo arm (the design sentence is no title, whose words
    # around 'or' would be arms whatever they are)
    assert all(a.control_term != "placebo" for a in doc._.arms or [])
    assert {r["text"]: r["drug"] for r in rows if r["kind"] == "dose"} == {"4 mg": "ondansetron", "2 ml": "ondansetron"}

    doc, rows = _run(with_inert_placebo, PLACEBO_DOSE)
    placebo = doc._.arms[1]
    assert (placebo.control_term, placebo.role) == ("placebo", "control")
    # the comparator's amount doses no drug (link.py reads the component's placebo words)
    assert {r["text"]: r["drug"] for r in rows if r["kind"] == "dose"} == {"4 mg": "ondansetron"}
    results = {r["text"]: r for r in rows if r["kind"] == "result"}
    assert (results["10%"]["arm"], results["25%"]["arm"]) == ("ondansetron", placebo.label)


def test_custom_linking_rules_decide_the_arm_of_a_value(bundled, tmp_path_factory):
    rules = bundled_arm_rules()
    rules["control_terms"]["placebo"].append("inert solution")
    respectively = _pipeline_with(tmp_path_factory, rules)
    rules["linking"] = [rule for rule in rules["linking"] if rule["name"] != "respectively"]
    without = _pipeline_with(tmp_path_factory, rules)
    arm_of = {name: {r["text"]: r["arm"] for r in _run(nlp, PLACEBO_DOSE)[1] if r["kind"] == "result"}
              for name, nlp in (("respectively", respectively), ("without", without))}
    assert arm_of["respectively"]["25%"] == "inert solution (2 ml)"
    assert arm_of["without"]["25%"] != "inert solution (2 ml)"  # the file's rules, not the bundled ones


def test_custom_arm_label_nouns_decide_which_short_forms_name_arms(bundled, tmp_path_factory):
    rules = bundled_arm_rules()
    rules["arm_label_nouns"] = [w for w in rules["arm_label_nouns"] if w != "group"]
    custom = _pipeline_with(tmp_path_factory, rules)
    bundled_arms = [a.label for a in bundled(LABELLED)._.arms]
    custom_arms = [a.label for a in custom(LABELLED)._.arms]
    assert bundled_arms != custom_arms, (bundled_arms, custom_arms)


def test_the_bundled_rules_given_as_a_file_give_the_same_rows(bundled, tmp_path_factory):
    copy = _pipeline_with(tmp_path_factory, bundled_arm_rules())
    for text in TEXTS:
        doc, rows = _run(bundled, text)
        copy_doc, copy_rows = _run(copy, text)
        assert copy_doc._.arm_rules == ArmRules.default() and copy_doc._.arm_rules is not ArmRules.default()
        assert copy_rows == rows and copy_doc._.arms == doc._.arms


def test_custom_role_words_name_the_arms_of_a_result_sentence(bundled, tmp_path_factory):
    """The role words of the arm rules are those of the arms a result sentence names too
    (rules/result_arms.json '$ROLE_WORDS'): a file's own role words open its list items."""
    rules = bundled_arm_rules()
    rules["role_words"]["experimental"].append("exercise")
    rules["role_words"]["control"].append("waitlist")
    custom = _pipeline_with(tmp_path_factory, rules)
    text = "Adherence at 12 weeks was similar (exercise 68.3%, waitlist 69.8%)."
    arm_of = {name: {r["text"]: r["arm"] for r in _run(nlp, text)[1] if r["kind"] == "result"} for name, nlp in (("bundled", bundled), ("custom", custom))}
    assert arm_of == {"bundled": {"68.3%": None, "69.8%": None}, "custom": {"68.3%": "exercise", "69.8%": "waitlist"}}


def test_a_bad_matcher_pattern_in_a_custom_rules_file_names_that_file(tmp_path):
    import spacy

    from trialmine.extract.arms import ArmCues, ArmRulesError

    rules, label = with_bad_matcher_pattern(bundled_arm_rules())
    path = tmp_path / "my_arms.json"
    path.write_text(json.dumps(rules), "utf-8")
    blank = spacy.blank("en")
    with pytest.raises(ArmRulesError, match=rf"^{re.escape(str(path))}: bad Matcher pattern for {re.escape(label)}") as raised:
        ArmCues(blank.vocab, ArmRules.load(path), blank.make_doc)
    assert "trialmine/rules/arms.json" not in str(raised.value)
