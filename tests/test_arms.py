"""Trial arms (trialmine.extract.arms) and per-arm results, through the real spaCy pipeline."""

import json
from dataclasses import replace
from datetime import datetime, timezone
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trialmine.extract.arms import ArmRules, ArmRulesError, LinkRule
from trialmine import run as stages
from trialmine.extract.link import extract_rows
from trialmine.ingest.text import text_document
from trialmine.nlp.pipeline import build_pipeline
from trialmine.store import db
from trialmine.store.schema import ARM_COLUMNS, to_arm_frame
from trialmine.store.staging import Staging
from trialmine.validate.match import arm_label_match

REGIMENS = {  # acronym -> regimen column (components in rules/drugs.json)
    "FOLFIRI": "fluorouracil + irinotecan + leucovorin",
    "XELIRI": "capecitabine + irinotecan",
    "FOLFOX": "fluorouracil + leucovorin + oxaliplatin",
    "MEC": "cytarabine + etoposide + mitoxantrone",
    "CLAG": "cladribine + cytarabine + g-csf",
    "R-CHOP": "cyclophosphamide + doxorubicin + prednisone + rituximab + vincristine",
    "ABVD": "bleomycin + dacarbazine + doxorubicin + vinblastine",
}


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def run(nlp, text):
    doc = nlp(text)
    rows = extract_rows(text_document("t", text, "t.txt"), doc)
    results = {r["text"]: r for r in rows if r["kind"] == "result"}
    return doc, results


def test_component_is_registered_after_the_drug_tagger_and_declares_what_it_assigns(nlp):
    names = nlp.pipe_names
    assert names.index("trialmine_arms") > names.index("trialmine_drugs")
    meta = nlp.get_pipe_meta("trialmine_arms")
    assert set(meta.assigns) == {"doc._.arms", "doc._.arm_rules", "doc.spans"}


def test_title_and_design_sentence_define_arms_with_sizes_roles_and_spans(nlp):
    text = (
        "XELIRI versus FOLFIRI as second-line therapy for metastatic colorectal cancer: a randomized trial\n"
        "Patients were randomized (1:1) to XELIRI (n = 52) or FOLFIRI (n = 51). "
        "Grade 3 diarrhea occurred in 37% of patients in the XELIRI arm vs 26% in the FOLFIRI arm."
    )
    doc, results = run(nlp, text)
    arms = doc._.arms
    assert [(a.label, a.drugs, a.n, a.role) for a in arms] == [
        ("XELIRI", ("capecitabine", "irinotecan"), 52, "experimental"),
        ("FOLFIRI", ("fluorouracil", "irinotecan", "leucovorin"), 51, "experimental"),
    ]
    spans = [(s.text, s.label_, s.kb_id_, s.sent.start) for s in doc.spans["arms"]]
    # the title names the arms; the randomisation sentence defines them (GUIDELINES §7.2)
    design = list(doc.sents)[1].start
    assert spans[:4] == [("XELIRI", "XELIRI", "reference", 0), ("FOLFIRI", "FOLFIRI", "reference", 0),
                         ("XELIRI", "XELIRI", "definition", design), ("FOLFIRI", "FOLFIRI", "definition", design)]
    spans = [s[:3] for s in spans]
    assert ("XELIRI arm", "XELIRI", "reference") in spans and ("FOLFIRI arm", "FOLFIRI", "reference") in spans
    assert (results["37%"]["arm"], results["37%"]["regimen"]) == ("XELIRI", REGIMENS["XELIRI"])
    assert (results["26%"]["arm"], results["26%"]["regimen"]) == ("FOLFIRI", REGIMENS["FOLFIRI"])


def test_endpoint_values_with_no_arm_named_follow_the_document_order(nlp):
    text = "FOLFOX versus FOLFIRI in colorectal cancer.\nORR: 64.3% vs. 33.3%."
    _, results = run(nlp, text)
    assert results["64.3%"]["arm"] == "FOLFOX" and results["33.3%"]["arm"] == "FOLFIRI"


def test_with_drug_versus_with_drug_alone_gets_each_arm_its_own_regimen(nlp):
    text = (
        "Venetoclax plus azacitidine versus placebo plus azacitidine in older patients with AML.\n"
        "The ORR was 45% with venetoclax plus azacitidine versus 20% with azacitidine alone."
    )
    doc, results = run(nlp, text)
    placebo = doc._.arms[1]
    assert (placebo.role, placebo.drugs, placebo.control_term) == ("control", ("azacitidine",), "placebo")
    assert results["45%"]["regimen"] == "azacitidine + venetoclax"
    assert results["20%"]["regimen"] == "azacitidine"
    assert results["20%"]["arm"] == "placebo plus azacitidine"


@pytest.mark.parametrize("link", ["plus", "with", "combined with"])
def test_an_arm_name_before_plus_another_is_that_arms_backbone(nlp, link):
    text = (
        f"Patients were randomly assigned to chemotherapy alone or chemotherapy {link} bevacizumab.\n"
        f"Wound infections occurred in 7% of patients in the chemotherapy alone group and 12% in the chemotherapy {link} bevacizumab group."
    )
    doc, results = run(nlp, text)
    control, combination = doc._.arms
    assert results["7%"]["arm"] == control.label
    assert results["12%"]["arm"] == combination.label and combination.drugs == ("bevacizumab",)
    # the second 'chemotherapy' of each sentence is part of the combination arm's mention
    mentions = [(s.text, s.label_) for s in doc.spans["arms"]]
    assert ("chemotherapy", control.arm_id) not in [(t, a) for t, a in mentions]


def test_respectively_pairs_values_with_the_listed_arms(nlp):
    text = "Patients were randomly assigned to receive FLAG-IDA or MEC.\nCR rates were 40% and 25% with FLAG-IDA and MEC, respectively."
    _, results = run(nlp, text)
    assert results["40%"]["arm"] == "FLAG-IDA" and results["25%"]["arm"] == "MEC"
    assert results["25%"]["regimen"] == REGIMENS["MEC"]


def test_with_or_without_defines_an_experimental_and_a_control_arm(nlp):
    doc, _ = run(nlp, "Azacitidine with or without venetoclax in acute myeloid leukemia: a randomized trial.")
    assert [(a.label, a.role, a.drugs) for a in doc._.arms] == [
        ("Azacitidine plus venetoclax", "experimental", ("azacitidine", "venetoclax")),
        ("Azacitidine alone", "control", ("azacitidine",)),
    ]


def test_group_labels_take_the_drugs_and_doses_written_after_them(nlp):
    text = (
        "Patients were randomized to two arms. Arm A: venetoclax 400 mg daily plus azacitidine 75 mg/m2; "
        "Arm B: placebo plus azacitidine 75 mg/m2. The ORR was 60% in arm A and 30% in arm B."
    )
    doc, results = run(nlp, text)
    arm_a, arm_b = doc._.arms
    assert (arm_a.label, arm_a.drugs, arm_a.doses) == ("Arm A", ("azacitidine", "venetoclax"), ("400 mg daily", "75 mg/m2"))
    assert (arm_b.label, arm_b.drugs, arm_b.role) == ("Arm B", ("azacitidine",), "control")
    assert (results["60%"]["arm"], results["30%"]["arm"]) == ("Arm A", "Arm B")


def test_group_label_with_a_bracketed_drug_list(nlp):
    text = (
        "XELIRI-bevacizumab versus FOLFIRI-bevacizumab in colorectal cancer.\n"
        "Patients were randomized in: group A (irinotecan, capecitabine, bevacizumab) and group B "
        "(irinotecan, leucovorin, fluorouracil, bevacizumab). Fifty-five patients (38.5%) in group A and 57 (40.1%) in group B responded."
    )
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["group A", "group B"]
    assert results["38.5%"]["regimen"] == "bevacizumab + capecitabine + irinotecan"
    assert results["40.1%"]["regimen"] == "bevacizumab + fluorouracil + irinotecan + leucovorin"


def test_arms_named_without_drugs_the_x_group_and_patients_receiving_x(nlp):
    text = (
        "Primary angioplasty (PCI) versus thrombolysis (TL) in acute myocardial infarction.\n"
        "Death occurred in 61% in the PCI group and 40% in the TL group. "
        "The primary end point occurred in 7.0% of patients receiving PCI and in 8.0% of patients receiving TL."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.drugs) for a in doc._.arms] == [("PCI", ()), ("TL", ())]
    assert (results["61%"]["arm"], results["40%"]["arm"]) == ("PCI", "TL")
    assert (results["7.0%"]["arm"], results["8.0%"]["arm"]) == ("PCI", "TL")


def test_value_in_brackets_after_an_arm_belongs_to_it(nlp):
    text = (
        "Formoterol versus placebo in heart failure: a randomized trial.\n"
        "The overall adverse event experience was similar in the formoterol (n=26 [27%]) and placebo (n=33 [31%]) groups."
    )
    _, results = run(nlp, text)
    assert results["27%"]["arm"] == "Formoterol" and results["31%"]["arm"] == "placebo"


def test_effect_measures_and_whole_population_values_get_no_arm(nlp):
    text = (
        "FOLFOX versus FOLFIRI in colorectal cancer.\n"
        "The ORR of the whole population was 40%. The absolute difference of 12% favoured FOLFOX."
    )
    _, results = run(nlp, text)
    assert (results["40%"]["arm"], results["40%"]["regimen"]) == (None, None)
    assert (results["12%"]["arm"], results["12%"]["regimen"]) == (None, None)


def test_single_arm_study_has_one_arm(nlp):
    text = "A single-arm phase II study of selinexor in myelofibrosis.\nSVR35 was achieved by 40% of patients."
    doc, results = run(nlp, text)
    assert [(a.label, a.role, a.drugs) for a in doc._.arms] == [("selinexor", "single", ("selinexor",))]
    assert (results["40%"]["arm"], results["40%"]["regimen"]) == ("selinexor", "selinexor")


def test_a_document_without_a_trial_has_no_arms_and_keeps_the_sentence_regimen(nlp):
    text = "Ruxolitinib is widely used in myelofibrosis. Selinexor plus ruxolitinib gave SVR35 in 60% of patients."
    doc, results = run(nlp, text)
    assert doc._.arms == [] and list(doc.spans["arms"]) == []
    assert (results["60%"]["arm"], results["60%"]["regimen"]) == (None, "ruxolitinib + selinexor")


def test_definitions_come_first_values_before_them_keep_their_regimen(nlp):
    text = (
        "Selinexor plus ruxolitinib achieved SVR35 in 60% of patients. "
        "An ongoing randomized trial compares ruxolitinib monotherapy versus ruxolitinib plus selinexor."
    )
    doc, results = run(nlp, text)
    assert len(doc._.arms) == 2
    assert (results["60%"]["arm"], results["60%"]["regimen"]) == (None, "ruxolitinib + selinexor")


def test_arms_named_by_schedule_in_the_title_share_the_drugs_named_after_them(nlp):
    text = (
        "Concurrent versus sequential erlotinib and docetaxel in lung cancer: a randomised phase II trial\n"
        "Median PFS was 10.1 months for the concurrent regimen and 8.2 months for the sequential regimen."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.drugs) for a in doc._.arms] == [
        ("Concurrent", ("docetaxel", "erlotinib")), ("sequential", ("docetaxel", "erlotinib")),
    ]
    assert [(r["arm"], r["regimen"]) for r in (results["10.1 months"], results["8.2 months"])] == [
        ("Concurrent", "docetaxel + erlotinib"), ("sequential", "docetaxel + erlotinib"),
    ]


def test_a_therapy_word_the_document_defines_by_its_drugs_names_them_in_every_arm(nlp):
    text = (
        "Perioperative chemotherapy with or without ramucirumab in gastric cancer: a randomised trial\n"
        "Patients were randomly assigned to docetaxel, oxaliplatin, and fluorouracil chemotherapy or chemotherapy plus ramucirumab. "
        "3-year overall survival was 50% in the chemotherapy alone group and 55% in the chemotherapy plus ramucirumab group."
    )
    doc, results = run(nlp, text)
    chemo = ("docetaxel", "fluorouracil", "oxaliplatin")
    assert {a.role: a.drugs for a in doc._.arms} == {"experimental": tuple(sorted((*chemo, "ramucirumab"))), "control": chemo}
    assert results["50%"]["regimen"] == "docetaxel + fluorouracil + oxaliplatin"
    assert results["55%"]["regimen"] == "docetaxel + fluorouracil + oxaliplatin + ramucirumab"


def test_chemotherapy_with_named_drugs_against_an_arm_named_alone(nlp):
    text = (
        "Chemotherapy and surgery versus radiotherapy for stage III lung cancer: a randomized study.\n"
        "Patients were randomized to receive radiotherapy alone or chemotherapy with etoposide and carboplatin followed by surgery. "
        "Median survival times were 12.1 and 15.3 months for radiotherapy alone and chemotherapy respectively."
    )
    doc, results = run(nlp, text)
    assert [(r["arm"], r["regimen"]) for r in (results["12.1"], results["15.3 months"])] == [
        ("radiotherapy alone", None), ("Chemotherapy", "carboplatin + etoposide"),
    ]


def test_regimens_written_as_alternatives_give_the_drugs_every_patient_receives(nlp):
    text = (
        "FOLFIRI/XELIRI plus aflibercept versus FOLFIRI/XELIRI plus placebo in colorectal cancer: a randomised trial\n"
        "Median PFS was 6.9 months in the aflibercept arm and 4.7 months in the placebo arm."
    )
    doc, results = run(nlp, text)
    assert [a.drugs for a in doc._.arms] == [("aflibercept", "irinotecan"), ("irinotecan",)]
    assert results["4.7 months"]["regimen"] == "irinotecan"


def test_placebo_after_a_combination_stands_for_its_last_drug(nlp):
    text = (
        "Patients were randomized 1:1 to receive letrozole plus palbociclib or placebo. "
        "Median PFS was 20.2 months vs 14.5 months in the palbociclib vs placebo arms, respectively."
    )
    doc, results = run(nlp, text)
    assert [(a.role, a.drugs) for a in doc._.arms] == [("experimental", ("letrozole", "palbociclib")), ("control", ("letrozole",))]
    assert results["20.2 months"]["regimen"] == "letrozole + palbociclib"
    assert results["14.5 months"]["regimen"] == "letrozole"


def test_an_abbreviation_defined_by_drugs_names_them_and_a_label_in_brackets_takes_the_drugs_before_it(nlp):
    text = (
        "We compared erlotinib or irinotecan-oxaliplatin (IO) in lung cancer. Patients were randomized to receive "
        "radiotherapy with erlotinib (arm A) or radiotherapy with IO only (arm B). The response rate was 71% and 80% for arm A and B."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.drugs) for a in doc._.arms] == [("arm A", ("erlotinib",)), ("arm B", ("irinotecan", "oxaliplatin"))]
    assert results["80%"]["regimen"] == "irinotecan + oxaliplatin"


def test_an_arm_is_labelled_by_the_name_the_document_uses_most(nlp):
    text = (
        "Fulvestrant plus buparlisib versus fulvestrant plus placebo in breast cancer: a randomised trial\n"
        "Median PFS was 6.9 months in the buparlisib arm and 5.0 months in the placebo arm. "
        "Grade 3 rash occurred in 8% of patients in the buparlisib arm and 1% in the placebo arm."
    )
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["buparlisib", "placebo"]
    assert (results["8%"]["arm"], results["1%"]["arm"]) == ("buparlisib", "placebo")


def test_an_outcome_abbreviation_in_brackets_is_not_an_arms_name(nlp):
    text = "Pembrolizumab versus docetaxel improved the durable response rate (DRR) in lung cancer: a randomised trial"
    doc, _ = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["Pembrolizumab", "docetaxel"]


def test_values_of_a_comparative_trial_that_no_arm_claims_get_no_regimen(nlp):
    text = (
        "Azacitidine with or without venetoclax in acute myeloid leukemia: a randomized trial.\n"
        "At the data cut-off, the overall response rate of all patients was 45%, and allopurinol prophylaxis was given to most."
    )
    _, results = run(nlp, text)
    assert (results["45%"]["endpoint"], results["45%"]["arm"], results["45%"]["regimen"]) == ("ORR", None, None)


def test_arms_coordinated_before_a_plural_arm_noun_are_each_an_arm(nlp):
    doc, results = run(nlp, "Tremor was reported in 12% vs 4% of the formoterol and placebo groups, respectively.")
    assert [a.label for a in doc._.arms] == ["formoterol", "placebo"]
    assert (results["12%"]["arm"], results["4%"]["arm"]) == ("formoterol", "placebo")


def test_arm_sizes_written_as_counts_before_the_arms_names(nlp):
    text = (
        "Capecitabine versus observation after resection of biliary cancer: a randomised trial\n"
        "Patients were randomly assigned to the study groups (121 capecitabine, 118 observation)."
    )
    doc, _ = run(nlp, text)
    assert [(a.label, a.n) for a in doc._.arms] == [("Capecitabine", 121), ("observation", 118)]


@pytest.mark.parametrize(
    ("design", "expected"),
    [
        ("Participants were randomized to either linagliptin 5 mg/day (n = 162) or placebo (n= 55).",
         [("linagliptin", ("linagliptin",), 162), ("placebo", (), 55)]),
        ("Patients were randomized to rizatriptan 10 mg (53), ibuprofen 400 mg (52) and placebo (50).",
         [("rizatriptan", ("rizatriptan",), 53), ("ibuprofen", ("ibuprofen",), 52), ("placebo", (), 50)]),
        ("Patients were randomized to cisplatin and etoposide (n = 40) or observation (n = 41).",
         [("cisplatin and etoposide", ("cisplatin", "etoposide"), 40), ("observation", (), 41)]),
    ],
)
def test_an_arm_defined_with_its_dose_and_size_before_the_next_arm(nlp, design, expected):
    doc, _ = run(nlp, design)
    assert [(a.label, a.drugs, a.n) for a in doc._.arms] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We compared lamivudine (LAM) and adefovir (ADV) versus entecavir (ETV) in hepatitis B.",
         [("adefovir", "lamivudine"), ("entecavir",)]),
        ("Patients were randomized to fimasartan 120 mg/rosuvastatin 20 mg (FMS/RSV), fimasartan 120 mg (FMS) alone "
         "or rosuvastatin 20 mg (RSV) alone.", [("fimasartan", "rosuvastatin"), ("fimasartan",), ("rosuvastatin",)]),
        ("Patients were randomized to imatinib (Gleevec; 400 mg) or dasatinib (Sprycel).", [("imatinib",), ("dasatinib",)]),
    ],
)
def test_a_drugs_bracketed_short_form_is_part_of_its_arm(nlp, text, expected):
    doc, _ = run(nlp, text)
    assert [a.drugs for a in doc._.arms] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Venetoclax in relapsed AML.\nTwenty patients received venetoclax 400 mg daily. The ORR was 40%.",
        "Selinexor in myelofibrosis: a phase 1b study\nPatients were treated with selinexor. "
        "The ORR was 40% in patients with a JAK2 mutation versus 20% in those without.",
        "A pilot study in myelofibrosis.\nSelinexor was administered weekly to 12 patients. The ORR was 40%.",
        "A non randomised open-label phase 1b/2 trial of selinexor.\nPatients were treated with selinexor. The ORR was 40%.",
        "A non-randomized study.\nPatients received venetoclax 400 mg daily. The ORR was 40%.",
    ],
)
def test_a_trial_that_gives_one_regimen_and_compares_none_has_one_arm(nlp, text):
    doc, results = run(nlp, text)
    drug = doc._.arms[0].drugs if doc._.arms else None
    assert [(a.role, a.method) for a in doc._.arms] == [("single", "single-arm")] and drug in {("venetoclax",), ("selinexor",)}
    assert results["40%"]["regimen"] == drug[0]


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers were divided into 2 groups. One group received naproxen plus placebo, while the other group received "
        "naproxen plus rebamipide.",
        "A randomized, placebo-controlled phase 2 study of selinexor in myelofibrosis.\nThe ORR was 40%.",
    ],
)
def test_one_group_of_two_or_a_randomised_phase_2_study_is_not_single_arm(nlp, text):
    doc, _ = run(nlp, text)
    assert all(a.method != "single-arm" for a in doc._.arms)


def test_a_phase_2_study_that_blinds_an_assessment_stays_single_arm(nlp):
    text = ("A multicenter phase II trial of selinexor in myelofibrosis.\nThe HLA status was double-blinded. "
            "All patients received selinexor. The ORR was 40%.")
    doc, results = run(nlp, text)
    assert [(a.method, a.drugs) for a in doc._.arms] == [("single-arm", ("selinexor",))]
    assert results["40%"]["regimen"] == "selinexor"


def test_subgroups_compared_in_the_title_of_a_phase_2_study_are_not_arms(nlp):
    text = ("Venetoclax in elderly versus younger patients with AML: a phase II study.\n"
            "Patients received venetoclax 400 mg daily. The ORR was 40% in elderly and 50% in younger patients.")
    doc, results = run(nlp, text)
    assert [(a.method, a.drugs) for a in doc._.arms] == [("single-arm", ("venetoclax",))]
    assert results["40%"]["regimen"] == results["50%"]["regimen"] == "venetoclax"


def test_a_comparative_trial_without_arms_found_is_not_made_single_arm(nlp):
    text = "A double-blind crossover study.\nNabilone and prochlorperazine were compared in patients receiving cisplatin."
    doc, _ = run(nlp, text)
    assert all(a.method != "single-arm" for a in doc._.arms)


def test_a_therapy_word_given_two_combinations_names_neither(nlp):
    text = (
        "Patients were randomized to the FEC regimen or the paclitaxel plus epirubicin (PE) regimen.\n"
        "The ORR was 76% in the PE arm and 60% in the FEC arm. The PE regimen may be preferred."
    )
    doc, results = run(nlp, text)
    assert [a.drugs for a in doc._.arms] == [("cyclophosphamide", "epirubicin", "fluorouracil"), ("epirubicin", "paclitaxel")]
    assert results["76%"]["regimen"] == "epirubicin + paclitaxel"


def test_a_bracket_after_other_words_does_not_name_the_arm(nlp):
    text = "Lamivudine plus adefovir versus entecavir monotherapy for chronic hepatitis B (CHB): a randomized trial."
    doc, _ = run(nlp, text)
    assert [a.label for a in doc._.arms][1] != "CHB"


def test_arms_of_one_drug_at_different_doses_are_each_an_arm(nlp):
    text = (
        "Patients were randomized to gantenerumab 105 mg or 225 mg or placebo every 4 weeks. "
        "The ORR was 16%, 19% and 27% for placebo, gantenerumab 105 mg, and gantenerumab 225 mg, respectively."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.drugs, a.dose_level) for a in doc._.arms] == [
        ("gantenerumab 105 mg", ("gantenerumab",), "105mg"), ("gantenerumab 225 mg", ("gantenerumab",), "225mg"), ("placebo", (), None),
    ]
    assert [(results[v]["arm"], results[v]["regimen"]) for v in ("16%", "19%", "27%")] == [
        ("placebo", None), ("gantenerumab 105 mg", "gantenerumab"), ("gantenerumab 225 mg", "gantenerumab"),
    ]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Participants were randomized to dulaglutide (1.5 or 0.75 mg) or sitagliptin 100 mg or placebo.",
         ["dulaglutide 1.5 mg", "dulaglutide 0.75 mg"]),
        ("The 72 patients were randomised into four groups to receive 40, 50, 60, or 70 mg SC enoxaparin daily.",
         ["enoxaparin 40 mg", "enoxaparin 50 mg", "enoxaparin 60 mg", "enoxaparin 70 mg"]),
        ("Subjects received canagliflozin 50, 100, or 300 mg or placebo once daily.",
         ["canagliflozin 50 mg", "canagliflozin 100 mg", "canagliflozin 300 mg"]),
        ("Subjects were randomized to receive either 2,000 IU or 4,000 IU of oral vitamin D3 daily.",
         ["vitamin D3 2,000 IU", "vitamin D3 4,000 IU"]),
    ],
)
def test_an_arm_of_one_drug_at_one_of_its_doses_is_named_by_drug_and_dose(nlp, text, labels):
    doc, _ = run(nlp, text)
    dosed = [a for a in doc._.arms if a.dose_level]
    assert [a.label for a in dosed] == labels
    assert all(a.regimen == dosed[0].regimen and a.regimen for a in dosed)


def test_a_list_of_doses_of_one_drug_lists_arms_not_a_combination(nlp):
    text = (
        "Subjects received canagliflozin 50, 100, or 300 mg or placebo once daily. "
        "Body weight changed by -2.2%, -2.9%, -2.7%, and -1.3% with canagliflozin 50, 100, and 300 mg and placebo. "
        "HbA1c fell by 0.9%, 0.7% and 0.3% with canagliflozin 300 mg, canagliflozin 100 mg and placebo, respectively."
    )
    _, results = run(nlp, text)
    assert [results[v]["arm"] for v in ("-2.2%", "-2.9%", "-2.7%", "-1.3%")] == [
        "canagliflozin 50 mg", "canagliflozin 100 mg", "canagliflozin 300 mg", "placebo",
    ]
    assert [results[v]["arm"] for v in ("0.9%", "0.7%", "0.3%")] == ["canagliflozin 300 mg", "canagliflozin 100 mg", "placebo"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("A total of 60 children were randomly divided into two groups: groups A and B.", ["group A", "group B"]),
        ("Patients were randomly allocated to Groups 1 and 2 and received either saline or lidocaine.", ["Group 1", "Group 2"]),
    ],
)
def test_each_label_of_a_pair_of_group_labels_names_its_group(nlp, text, labels):
    doc, _ = run(nlp, text)
    assert [a.label for a in doc._.arms if a.group_label] == labels


def test_a_dose_before_an_arm_noun_names_the_arm_given_that_dose(nlp):
    text = (
        "Responders were re-randomised to placebo, tofacitinib 5 mg BID, or 10 mg BID, for 52 weeks. "
        "Remission was 11%, 34% and 41% in the placebo, 5 mg and 10 mg groups, respectively."
    )
    _, results = run(nlp, text)
    assert [results[v]["arm"] for v in ("11%", "34%", "41%")] == ["placebo", "tofacitinib 5 mg BID", "tofacitinib 10 mg BID"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients were allocated randomly to receive diazepam 5 mg slowly (Group I), lidocaine nerve block (Group II), "
         "or combined diazepam and lidocaine (Group III).", [("Group I", ("diazepam",))]),
        ("Patients were randomly divided into two groups. Group 1 patients were administered tablet colchicine orally, "
         "0.5 mg twice daily. Group 2 patients were administered 0.5 ml intralesional hydrocortisone acetate weekly.",
         [("Group 1", ("colchicine",)), ("Group 2", ("hydrocortisone",))]),
    ],
)
def test_group_labels_take_the_drugs_written_before_their_bracket_or_given_to_them(nlp, text, expected):
    doc, _ = run(nlp, text)
    arms = {a.label: a.drugs for a in doc._.arms}
    assert all(arms.get(label) == drugs for label, drugs in expected)


def test_a_dose_in_brackets_tells_two_arms_of_one_drug_apart(nlp):
    text = "Patients were randomised to receive weekly docetaxel (33 mg/m2) or 3-weekly docetaxel (100 mg/m2)."
    doc, _ = run(nlp, text)
    assert [(a.drugs, a.dose_level) for a in doc._.arms] == [(("docetaxel",), "33mg/m2"), (("docetaxel",), "100mg/m2")]


@pytest.mark.parametrize(
    "text",
    [
        "Sixty women undergoing elective cesarean section were allocated into three groups of 20 each in a randomized blinded fashion.",
        "Ninety patients were randomly assigned; one group received omega-3 orally and the other matched group received placebo.",
    ],
)
def test_words_of_the_design_are_not_arm_names(nlp, text):
    doc, _ = run(nlp, text)
    names = {a.label.lower() for a in doc._.arms}
    assert not names & {"blinded fashion", "orally", "other matched", "elective cesarean section"}


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("The 72 patients were randomised into four groups to receive 40, 50, 60, or 70 mg SC enoxaparin daily.",
         ["40mg", "50mg", "60mg", "70mg"]),
        ("Patients were randomized to placebo or ferumoxytol at doses of 250, 500, or 750 mg daily.", [None, "250mg", "500mg", "750mg"]),
    ],
)
def test_amounts_listed_for_one_drug_are_one_arm_each(nlp, text, levels):
    doc, _ = run(nlp, text)
    assert [a.dose_level for a in doc._.arms] == levels


def test_an_alternative_named_without_drugs_takes_the_drugs_joined_to_it(nlp):
    text = (
        "Patients were randomised to surgery alone (n = 40) or surgery followed by adjuvant chemotherapy with "
        "cisplatin and vinorelbine (n = 41). The 5-year survival was 40% after surgery alone."
    )
    doc, _ = run(nlp, text)
    assert [(a.drugs, a.n, a.role) for a in doc._.arms] == [((), 40, "control"), (("cisplatin", "vinorelbine"), 41, "experimental")]


def test_more_group_labels_and_no_lower_case_remark_as_an_arm_name(nlp):
    doc, _ = run(nlp, "Adults were divided by random allotment (Group X = tapentadol 50 mg and Group Y = tramadol 100 mg).")
    assert [(a.label, a.drugs) for a in doc._.arms] == [("Group X", ("tapentadol",)), ("Group Y", ("tramadol",))]
    doc, _ = run(nlp, "Participants were randomized to dulaglutide (1.5 or 0.75 mg) or sitagliptin 100 mg or placebo (reported separately).")
    assert [(a.drugs, a.dose_level) for a in doc._.arms] == [
        (("dulaglutide",), "1.5mg"), (("dulaglutide",), "0.75mg"), (("sitagliptin",), None), ((), None),
    ]
    assert doc._.arms[-1].label == "placebo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients were randomised to cefepime alone or cefepime in association with amikacin or levofloxacin.",
         [("cefepime",), ("amikacin", "cefepime"), ("cefepime", "levofloxacin")]),
        ("Patients were randomized to cisplatin with either gemcitabine or pemetrexed.",
         [("cisplatin", "gemcitabine"), ("cisplatin", "pemetrexed")]),
        ("Patients were randomized to cisplatin plus gemcitabine or pemetrexed.",  # no 'either', no base arm: two arms as written
         [("cisplatin", "gemcitabine"), ("pemetrexed",)]),
    ],
)
def test_the_drug_after_or_replaces_the_last_drug_of_an_alternative_combination(nlp, text, expected):
    doc, _ = run(nlp, text)
    assert [a.drugs for a in doc._.arms] == expected


def test_a_single_arm_study_gives_its_results_the_arms_regimen_not_the_clauses(nlp):
    text = (
        "A single-arm phase II study of ibrutinib plus venetoclax in mantle cell lymphoma.\n"
        "Complete response was achieved by 62% of patients; ibrutinib was reduced in 10%."
    )
    doc, results = run(nlp, text)
    assert [a.drugs for a in doc._.arms] == [("ibrutinib", "venetoclax")]
    assert results["62%"]["regimen"] == "ibrutinib + venetoclax"


# -- rules are validated data ----------------------------------------------------------------


def test_linking_rules_are_validated():
    with pytest.raises(ArmRulesError, match="direction"):
        LinkRule("value_then_arm", "sideways", 5, (), ("efficacy",))
    with pytest.raises(ArmRulesError, match="unknown terminators"):
        LinkRule("value_then_arm", "forward", 5, ("FULL_STOP",), ("efficacy",))
    assert [r.name for r in ArmRules.default().linking][0] == "respectively"


def test_a_broken_rules_file_is_named_in_the_error(tmp_path):
    raw = json.loads(resources.files("trialmine.rules").joinpath("arms.json").read_text("utf-8"))
    bad = tmp_path / "arms.json"
    bad.write_text(json.dumps({**raw, "patterns": {}}), "utf-8")
    with pytest.raises(ArmRulesError, match="missing cue patterns") as error:
        ArmRules.load(bad)
    assert str(bad) in str(error.value)
    bad.write_text("{not json", "utf-8")
    with pytest.raises(ArmRulesError, match="malformed"):
        ArmRules.load(bad)


def test_the_placebo_term_is_data_and_must_be_a_control_term(tmp_path):
    raw = json.loads(resources.files("trialmine.rules").joinpath("arms.json").read_text("utf-8"))
    assert ArmRules.default().placebo_term == raw["placebo_term"] in raw["control_terms"]
    bad = tmp_path / "arms.json"
    bad.write_text(json.dumps({**raw, "placebo_term": "dummy pill"}), "utf-8")
    with pytest.raises(ArmRulesError, match="placebo_term 'dummy pill' is not a key of control_terms") as error:
        ArmRules.load(bad)
    assert str(bad) in str(error.value)


# -- the arms table --------------------------------------------------------------------------


def test_arms_table_is_validated_and_replaced_per_document_in_the_database(tmp_path):
    text = "FOLFOX versus FOLFIRI in colorectal cancer.\nPatients were randomized to FOLFOX (n = 40) or FOLFIRI (n = 41)."
    document = text_document("crc", text, "crc.txt")
    extracted = stages.extract([document])
    arms = stages.normalise_arms(extracted.arms)
    assert list(arms.columns) == list(ARM_COLUMNS)
    assert list(zip(arms.arm_id, arms.label, arms.n)) == [("A1", "FOLFOX", 40), ("A2", "FOLFIRI", 41)]
    assert json.loads(arms.drugs.iloc[0]) == ["fluorouracil", "leucovorin", "oxaliplatin"]
    table = stages.normalise(extracted.rows)
    path = tmp_path / "t.duckdb"
    for run_id in ("r1", "r2"):  # a re-run replaces the document's arms
        staging = Staging(tmp_path, run_id)
        staging.add(table, arms, [document])
        db.publish(path, run_id, staging, {}, datetime.now(timezone.utc))
    stored = db.query(path, "SELECT doc_id, arm_id, label, regimen, run_id FROM arms ORDER BY arm_id")
    assert list(stored.itertuples(index=False, name=None)) == [
        ("crc", "A1", "FOLFOX", REGIMENS["FOLFOX"], "r2"),
        ("crc", "A2", "FOLFIRI", REGIMENS["FOLFIRI"], "r2"),
    ]
    with pytest.raises(Exception, match="arm_id"):
        to_arm_frame([{**arms.iloc[0].to_dict(), "arm_id": "first"}])


# -- properties ------------------------------------------------------------------------------

_settings = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_settings
@given(
    chosen=st.lists(st.sampled_from(sorted(REGIMENS)), min_size=2, max_size=3, unique=True),
    values=st.lists(st.integers(1, 99), min_size=3, max_size=3, unique=True),
)
def test_each_value_of_a_comparison_gets_a_different_arm(nlp, chosen, values):
    values = values[: len(chosen)]
    design = f"Patients were randomized to {', '.join(chosen[:-1])} or {chosen[-1]}."
    parts = [f"{v}% in the {arm} arm" for v, arm in zip(values, chosen)]
    text = f"{design}\nThe ORR was {', '.join(parts[:-1])} and {parts[-1]}."
    _, results = run(nlp, text)
    arms = [results[f"{v}%"]["arm"] for v in values]
    assert arms == chosen and len(set(arms)) == len(chosen)
    assert [results[f"{v}%"]["regimen"] for v in values] == [REGIMENS[a] for a in chosen]


@_settings
@given(
    doses=st.lists(st.sampled_from([10, 20, 40, 80, 160]), min_size=2, max_size=3, unique=True),
    values=st.lists(st.integers(1, 99), min_size=3, max_size=3, unique=True),
    order=st.permutations(range(3)),
)
def test_dose_level_arms_follow_the_order_of_a_respectively_list(nlp, doses, values, order):
    values = values[: len(doses)]
    listed = [doses[i] for i in order if i < len(doses)]
    design = f"Patients were randomized to ruxolitinib {doses[0]} mg or " + " or ".join(f"{d} mg" for d in doses[1:]) + " daily."
    and_join = lambda items: f"{', '.join(items[:-1])} and {items[-1]}"  # noqa: E731
    text = f"{design}\nSVR35 was {and_join([f'{v}%' for v in values])} with {and_join([f'ruxolitinib {d} mg' for d in listed])}, respectively."
    doc, results = run(nlp, text)
    level_of = {a.label: a.dose_level for a in doc._.arms}
    assert sorted(level_of.values()) == sorted(f"{d}mg" for d in doses)
    assert [level_of[results[f"{v}%"]["arm"]] for v in values] == [f"{d}mg" for d in listed]


@_settings
@given(
    drug=st.sampled_from(["dulaglutide", "enoxaparin", "canagliflozin", "gantenerumab"]),
    doses=st.lists(st.sampled_from(["0.75", "1.5", "5", "10", "40", "100", "300"]), min_size=2, max_size=3, unique=True),
    unit=st.sampled_from(["mg", "mg/kg", "IU"]),
    shape=st.sampled_from(["{drug} ({doses} {unit})", "{doses} {unit} of {drug}", "{drug} {doses} {unit}"]),
)
def test_any_doses_of_one_drug_are_distinct_arms_named_by_drug_and_dose(nlp, drug, doses, unit, shape):
    listed = " or ".join(doses) if len(doses) == 2 else f"{', '.join(doses[:-1])}, or {doses[-1]}"
    text = f"Patients were randomized to {shape.format(drug=drug, doses=listed, unit=unit)} or placebo daily."
    doc, _ = run(nlp, text)
    dosed = [a for a in doc._.arms if a.drugs == (drug,)]
    assert len(dosed) == len(doses) == len({a.arm_id for a in dosed}) == len({a.label for a in dosed})
    for arm, dose in zip(dosed, doses):
        assert drug in arm.label and f"{dose} {unit}" in arm.label and arm.regimen == drug


_DOSED = {"cisplatin": "75 mg/m2", "gemcitabine": "1000 mg/m2", "docetaxel": "60 mg/m2", "placebo": ""}


@_settings
@given(
    chosen=st.lists(st.sampled_from(sorted(_DOSED)), min_size=2, max_size=3, unique=True),
    sizes=st.lists(st.integers(10, 400), min_size=3, max_size=3),
    final=st.sampled_from([" or ", " and ", ", or ", ", and "]),
)
def test_arms_written_with_doses_and_sizes_are_each_an_arm_in_order(nlp, chosen, sizes, final):
    sizes = sizes[: len(chosen)]
    written = [f"{arm} {_DOSED[arm]} (n = {n})".replace("  ", " ") for arm, n in zip(chosen, sizes)]
    design = f"Patients were randomized to {', '.join(written[:-1])}{final}{written[-1]}."
    doc, _ = run(nlp, design)
    assert [(a.label, a.n) for a in doc._.arms] == list(zip(chosen, sizes))
    assert [a.drugs for a in doc._.arms] == [() if arm == "placebo" else (arm,) for arm in chosen]


@_settings
@given(
    chosen=st.lists(st.sampled_from(sorted(REGIMENS)), min_size=2, max_size=3, unique=True),
    values=st.lists(st.integers(1, 99), min_size=3, max_size=3, unique=True),
    order=st.permutations(range(3)),
)
def test_shuffling_the_arms_of_a_respectively_list_shuffles_the_assignments(nlp, chosen, values, order):
    values = values[: len(chosen)]
    listed = [chosen[i] for i in order if i < len(chosen)]
    design = f"Patients were randomized to {', '.join(chosen[:-1])} or {chosen[-1]}."
    and_join = lambda items: f"{', '.join(items[:-1])} and {items[-1]}"  # noqa: E731
    text = f"{design}\nCR rates were {and_join([f'{v}%' for v in values])} with {and_join(listed)}, respectively."
    _, results = run(nlp, text)
    assert [results[f"{v}%"]["arm"] for v in values] == listed


def test_first_token_lists_compile_to_one_pattern_per_value_with_the_same_matches():
    import spacy
    from spacy.matcher import Matcher

    from trialmine.extract.arm_rules import _first_token_alternatives

    listed = [{"LOWER": {"IN": ["versus", "vs", "versus"]}}, {"IS_ALPHA": True, "OP": "?"}]
    assert _first_token_alternatives(listed) == [[{"LOWER": "versus"}, listed[1]], [{"LOWER": "vs"}, listed[1]]]
    optional = [{"LOWER": {"IN": ["either"]}, "OP": "?"}, {"LOWER": "or"}]
    assert _first_token_alternatives(optional) == [optional]
    nlp = spacy.blank("en")
    doc = nlp("Arm A versus arm B, vs placebo; VS control versus")
    as_written, compiled = Matcher(nlp.vocab), Matcher(nlp.vocab)
    as_written.add("C", [listed, optional])
    compiled.add("C", [*_first_token_alternatives(listed), *_first_token_alternatives(optional)])
    assert sorted(as_written(doc)) == sorted(compiled(doc)) and len(as_written(doc)) >= 4


def test_fixed_phrase_patterns_expand_lists_and_optional_tokens():
    from spacy.attrs import LOWER, ORTH

    from trialmine.extract.arm_rules import _fixed_phrases

    recipient = [{"LOWER": "received"}, {"LOWER": {"IN": ["with", "to"]}, "OP": "?"}]
    assert sorted(_fixed_phrases(recipient)) == [(LOWER, ["received"]), (LOWER, ["received", "to"]), (LOWER, ["received", "with"])]
    # a value without letters is its own lower case: one phrase of lower-case words
    assert _fixed_phrases([{"LOWER": "vs"}, {"ORTH": ".", "OP": "?"}]) == [(LOWER, ["vs", "."]), (LOWER, ["vs"])]
    assert _fixed_phrases([{"ORTH": "("}, {"ORTH": "n"}]) == [(ORTH, ["(", "n"])]
    for pattern in (
        [{"LOWER": "arm"}, {"TEXT": "A"}],  # a cased ORTH beside LOWER: no one attribute
        [{"LOWER": {"REGEX": "^randomi[sz]ed$"}}],
        [{"LIKE_NUM": True}, {"LOWER": "patients"}],
        [{"LOWER": "with", "OP": "*"}],
        [{"LOWER": "HR"}],  # an upper-case LOWER matches nothing: as written
        [{"LOWER": {"IN": [str(i) for i in range(9)]}}, {"LOWER": {"IN": [str(i) for i in range(9)]}}],  # 81 phrases
    ):
        assert _fixed_phrases(pattern) is None, pattern


def test_arm_cues_find_what_a_matcher_of_the_patterns_as_written_finds():
    import spacy
    from spacy.matcher import Matcher

    from trialmine.extract.arm_rules import _CUE_LABELS, ArmCues

    blank = spacy.blank("en")
    rules = ArmRules.default()
    doc = blank(
        "A randomized, non-randomised phase II/III trial of drug X versus placebo (n = 52) compared with the "
        "control group; 12 patients in the group received with Y, in combination with Z followed by W, vs. "
        "Arm A and B, a single-arm study; HR 0.5 (95% CI), -treated cohort 2 (40) and, n = 3, either without "
        "or with W alone, as a single agent, respectively, whereas Group II recipients were allocated to V."
    )
    as_written = Matcher(blank.vocab)
    for label in _CUE_LABELS:
        as_written.add(label, rules.patterns[label])
    expected = {label: [] for label in _CUE_LABELS}
    for match_id, start, end in as_written(doc):
        expected[blank.vocab.strings[match_id]].append((start, end))
    found = ArmCues(blank.vocab, rules, blank.make_doc).find(doc)
    assert found == {label: sorted(spans) for label, spans in expected.items()}
    assert sum(bool(spans) for spans in found.values()) >= 18


def test_words_are_found_on_the_lower_array_as_token_by_token():
    import spacy

    from trialmine.extract.arm_rules import _lower_keys, _word_keys

    doc = spacy.blank("en")("Randomised: a single AGENT study of the root cause (number II), not randomized.")
    words = frozenset({"agent", "root", "number", "randomized", "randomised", "absent"})  # 'agent' ... are spaCy symbols
    keys = _word_keys(words)
    found = [i for i, key in enumerate(_lower_keys(doc)) if key in keys]
    assert found == [t.i for t in doc if t.lower_ in words] and len(found) == 5


@pytest.mark.parametrize(
    "design",
    [
        "Patients were randomly assigned to receive walking advice alone (control arm) or walking advice plus phone coaching (experimental arm).",
        "Patients were randomized to walking advice plus phone coaching (intervention group) or walking advice alone (control group).",
    ],
)
def test_arms_named_without_drugs_take_the_role_written_in_brackets(nlp, design):
    text = f"{design}\nFatigue improved in 42% of patients in the experimental arm vs 21% in the control arm."
    doc, results = run(nlp, text)
    roles = {a.label: a.role for a in doc._.arms}
    assert roles == {"walking advice alone": "control", "walking advice plus phone coaching": "experimental"}
    assert results["42%"]["arm"] == "walking advice plus phone coaching" and results["21%"]["arm"] == "walking advice alone"


@pytest.mark.parametrize("separator", ["; ", ", "])
def test_a_bracketed_arm_name_that_starts_with_a_drug_short_form_names_the_arm_before_it(nlp, separator):
    short, drug = "Flu", "fludarabine"
    text = (
        f"Patients were randomized to {drug} plus 2 Gy total body irradiation ({short}-TBI arm{separator}n = 40) or "
        f"8 Gy TLI + anti-thymocyte globulin (TLI-ATG arm{separator}n = 41).\n"
        f"Relapse rates were 22% and 50% in {short}-TBI and TLI-ATG patients, respectively."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.drugs, a.n) for a in doc._.arms] == [
        (f"{short}-TBI", (drug,), 40), ("TLI-ATG", ("anti-thymocyte globulin",), 41)
    ]
    assert results["22%"]["arm"] == f"{short}-TBI" and results["50%"]["arm"] == "TLI-ATG"


def test_groups_named_in_brackets_before_the_group_noun_are_the_arms(nlp):
    text = (
        "After surgery, patients were randomly divided into 2 groups: 40 in a coffee-drinking (Coffee) group and "
        "38 in a control (No coffee) group.\n"
        "Ileus occurred in 10% in the Coffee group vs 20% in the No coffee group."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.role) for a in doc._.arms] == [("Coffee", None), ("No coffee", "control")]
    assert results["10%"]["arm"] == "Coffee" and results["20%"]["arm"] == "No coffee"


def test_arms_named_in_brackets_after_their_drugs_are_distinct_even_with_the_same_drug(nlp):
    text = (
        "Women were randomly assigned to receive docetaxel 75 mg/m2 (DOC ARM), docetaxel 75 mg/m2 + "
        "filgrastim 5 mcg/kg (DOC-G ARM) and docetaxel 35 mg/m2 weekly (DOC-W ARM)."
    )
    doc, _ = run(nlp, text)
    assert [(a.drugs, a.start) for a in doc._.arms] == [
        (("docetaxel",), text.index("DOC ARM")), (("docetaxel", "filgrastim"), text.index("DOC-G")),
        (("docetaxel",), text.index("DOC-W")),
    ]


@pytest.mark.parametrize("between", [", ", ", an antiemetic, "])
def test_drugs_listed_before_were_compared_are_the_arms(nlp, between):
    text = f"Ondansetron{between}and metoclopramide were compared in a double-blind crossover study of 40 patients."
    doc, _ = run(nlp, text.replace(", and", " and") if between == ", " else text)
    assert [a.drugs for a in doc._.arms] == [("ondansetron",), ("metoclopramide",)]


@pytest.mark.parametrize("either", ["", "either "])
def test_what_the_patients_received_or_placebo_defines_the_arms_without_a_randomisation_word(nlp, either):
    text = f"Methods: Patients received {either}cranberry extract or placebo for 12 weeks. Urinary infections were recorded."
    doc, _ = run(nlp, text)
    assert [(a.label, a.role) for a in doc._.arms] == [("cranberry extract", None), ("placebo", "control")]


@_settings
@given(arms=st.permutations(["yoga alone", "walking alone", "yoga and walking", "usual care"]), marker=st.sampled_from(["digits", "roman"]))
def test_arms_listed_after_numbers_in_brackets_are_each_an_arm_in_order(nlp, arms, marker):
    numbers = ["1", "2", "3", "4"] if marker == "digits" else ["i", "ii", "iii", "iv"]
    listed = [f"({n}) {arm}" for n, arm in zip(numbers, arms)]
    text = f"Participants will be randomly assigned to one of four conditions: {', '.join(listed[:-1])}, or {listed[-1]}."
    doc, _ = run(nlp, text)
    assert [a.label for a in doc._.arms] == list(arms)
    assert [a.role for a in doc._.arms if a.role == "control"] == ["control"]


def test_values_listed_after_one_arm_all_belong_to_it(nlp):
    text = (
        "Patients were randomized to nabilone or prochlorperazine.\n"
        "Adverse effects common with nabilone were drowsiness (57%), postural dizziness (35%) and dry mouth (18%)."
    )
    _, results = run(nlp, text)
    assert {results[v]["arm"] for v in ("57%", "35%", "18%")} == {"nabilone"}


@_settings
@given(named=st.sampled_from([0, 1]), values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True))
def test_a_pair_of_values_after_one_named_arm_gives_it_the_first_and_the_other_arm_the_second(nlp, named, values):
    arms = ["walking advice alone", "walking advice plus phone coaching"]
    design = "Patients were randomly assigned to walking advice alone (control arm) or walking advice plus phone coaching (experimental arm)."
    group = ["The walking advice alone group", "The phone coaching plus walking advice group"][named]
    text = f"{design}\n{group} showed more improvement in pain ({values[0]}% vs. {values[1]}%, P = 0.02)."
    _, results = run(nlp, text)
    assert [results[f"{v}%"]["arm"] for v in values] == [arms[named], arms[1 - named]]


@pytest.mark.parametrize("schedules", [("weekly", "3-weekly"), ("daily", "weekly"), ("weekly", "three-weekly")])
def test_arms_of_one_drug_at_two_doses_are_named_by_their_schedule(nlp, schedules):
    first, second = schedules
    text = (
        f"Patients were randomised to receive twelve cycles of {first} paclitaxel (80 mg/m2) or four cycles of "
        f"{second} paclitaxel (175 mg/m2).\nThere were no differences in clinical response (71% vs. 68%)."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.drugs) for a in doc._.arms] == [(f"{first} paclitaxel", ("paclitaxel",)), (f"{second} paclitaxel", ("paclitaxel",))]
    assert results["71%"]["arm"] == f"{first} paclitaxel" and results["68%"]["arm"] == f"{second} paclitaxel"


def test_an_arm_with_a_name_of_its_own_is_not_labelled_by_a_therapy_word_used_more_often(nlp):
    from trialmine.extract.arms import Arm, labelled_by_use

    text = "The TA regimen or the AC regimen. The TA regimen was given weekly; the regimen was well tolerated. TA arm."
    doc = nlp.make_doc(text)
    at = lambda word, k=0: [t.i for t in doc if t.text == word][k]  # noqa: E731
    arms = [Arm("A1", "TA", "experimental", ("docetaxel", "doxorubicin"), (), None, 4, 6, "comparison", None, None, ("ta",)),
            Arm("A2", "AC", "experimental", ("cyclophosphamide", "doxorubicin"), (), None, 21, 23, "comparison", None, None, ("ac",))]
    mentions = [(at("TA"), at("TA") + 1, "A1", True), (at("AC"), at("AC") + 1, "A2", True)]
    mentions += [(at("TA", 2), at("TA", 2) + 2, "A1", False)]  # 'TA arm': the arm's own name, used again
    mentions += [(at("regimen", k), at("regimen", k) + 1, "A1", False) for k in (0, 2, 3)]  # 'regimen' said more often
    assert [a.label for a in labelled_by_use(doc, arms, mentions, ArmRules.default())] == ["TA", "AC"]


def test_a_change_from_one_value_to_another_belongs_to_the_arm_named_after_it(nlp):
    text = "Mean HbA1c fell from 8.1% to 7.2% in the insulin glargine group and from 8.0% to 7.6% in the NPH insulin group."
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["insulin glargine", "NPH insulin"]
    assert [results[v]["arm"] for v in ("8.1%", "7.2%", "8.0%", "7.6%")] == ["insulin glargine"] * 2 + ["NPH insulin"] * 2


@_settings
@given(chosen=st.permutations(["sitagliptin", "glimepiride", "pioglitazone"]), values=st.lists(st.integers(10, 90), min_size=3, max_size=3, unique=True),
       preposition=st.sampled_from(["for", "with"]))
def test_values_each_followed_by_the_arm_they_are_for_each_get_that_arm(nlp, chosen, values, preposition):
    listed = [f"{v}% {preposition} {drug}" for v, drug in zip(values, chosen)]
    text = f"The proportion of patients reaching the target was {listed[0]}, {listed[1]} and {listed[2]}."
    _, results = run(nlp, text)
    assert [results[f"{v}%"]["arm"] for v in values] == list(chosen)


def test_a_sentence_giving_patients_two_regimens_is_not_a_single_arm_study(nlp):
    text = "Hypoglycaemia occurred in 12% of patients receiving glimepiride and 3% of patients receiving metformin."
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["glimepiride", "metformin"]
    assert results["12%"]["arm"] == "glimepiride" and results["3%"]["arm"] == "metformin"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mean reduction in HbA1c was 1.1% (liraglutide) and 0.7% (sitagliptin).", {"1.1%": "liraglutide", "0.7%": "sitagliptin"}),
        ("Patients were randomly allocated into the EA group (n=50) and the sham EA group (n=50). The EA group receives needling "
         "at acupoints and the sham EA group receives needling at sham points.\nResponders were 31% in the EA group and 12% in the sham EA group.",
         {"31%": "EA", "12%": "sham EA"}),
        ("Patients were randomized to lenalidomide maintenance or placebo.\nThe 3-year PFS rate was 59% in the lenalidomide group "
         "versus 42% in the placebo group, and the 3-year OS rate was 88% versus 80%.",
         {"59%": "lenalidomide", "42%": "placebo", "88%": "lenalidomide", "80%": "placebo"}),
        ("Adverse events were similar in the salmeterol (n=21 [24%]) and placebo (n=30 [33%]) groups.", {"24%": "salmeterol", "33%": "placebo"}),
        ("The mean change in body weight was -2.3 kg with canagliflozin and -0.9 kg with glimepiride.",
         {"-2.3 kg": "canagliflozin", "-0.9 kg": "glimepiride"}),
        ("At endpoint, 23 of 49 (47%) children on atomoxetine and 12 of 50 (24%) on placebo were much improved.",
         {"47%": "atomoxetine", "24%": "placebo"}),
        ("Remission was more frequent among patients receiving the intensive diet programme (11.5%) than among those "
         "receiving standard advice (2.0%).", {"11.5%": "intensive diet programme", "2.0%": "standard advice"}),
        ("Scores improved more in the CBT group than in the waitlist control group (12.3 vs 4.5).", {"12.3": "CBT", "4.5": "waitlist control"}),
        ("Patients were randomly assigned to social skills training or a waitlist control group.\n"
         "At week 12, 58% of the social skills training group and 21% of the waitlist group improved.",
         {"58%": "social skills training", "21%": "waitlist control"}),
        ("Patients were randomly assigned to the intervention or control group.\n"
         "The intervention group improved by 7.5 points versus 2.1 points in the control group.", {"7.5 points": "intervention", "2.1 points": "control"}),
    ],
)
def test_result_sentence_shapes_give_each_value_its_arm(nlp, text, expected):
    doc, results = run(nlp, text)
    assert len(doc._.arms) == 2
    assert {v: results[v]["arm"] for v in expected} == expected


@_settings
@given(order=st.permutations(["yoga", "walking", "usual care"]), values=st.lists(st.integers(2, 30), min_size=3, max_size=3, unique=True),
       final=st.sampled_from([" or ", ", or "]))
def test_arms_without_drugs_in_a_respectively_list_take_the_values_in_the_order_listed(nlp, order, values, final):
    text = (
        f"Patients were randomized to yoga, walking{final}usual care.\n"
        f"Pain scores improved by {values[0]}, {values[1]} and {values[2]} points in the {order[0]}, {order[1]} and {order[2]} groups, respectively."
    )
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["yoga", "walking", "usual care"]
    found = {r["value"]: r["arm"] for r in results.values()}
    assert [found[v] for v in values] == list(order)


def test_a_name_alone_or_that_name_plus_another_defines_two_arms(nlp):
    doc, _ = run(nlp, "Patients were randomised to surgery alone or surgery plus adjuvant radiotherapy.")
    assert [(a.label, a.role) for a in doc._.arms] == [("surgery alone", "control"), ("surgery plus adjuvant radiotherapy", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ten patients who received chemotherapy-free or low-dose chemotherapy regimens with selinexor were included. "
        "Four patients received an allo-HSCT after CR, one patient received an allo-HSCT after PR, similar to that seen with selinexor.",
        "Of the remaining patients, two underwent bridge transplantation without recovery and one underwent the next chemotherapy before recovery.",
        "Five (50.0%) patients underwent allogeneic stem cell transplantation (allo-SCT) after treatment with selinexor-containing regimens.",
    ],
)
def test_what_single_arm_patients_received_or_underwent_is_not_a_comparison(nlp, text):
    doc, _ = run(nlp, f"Selinexor in relapsed AML: a retrospective study\n{text}")
    assert len(doc._.arms) <= 1


@_settings
@given(
    chosen=st.lists(st.sampled_from(sorted(REGIMENS)), min_size=2, max_size=3, unique=True),
    order=st.permutations(range(3)),
    values=st.lists(st.integers(1, 99), min_size=3, max_size=3, unique=True),
    opener=st.sampled_from([": ", " ("]),
)
def test_arm_labels_opening_list_items_give_each_value_its_arm(nlp, chosen, order, values, opener):
    listed = [chosen[i] for i in order if i < len(chosen)]
    values = values[: len(chosen)]
    items = ", ".join(f"{arm} {v}%" for arm, v in zip(listed, values))
    text = f"Patients were randomized to {', '.join(chosen[:-1])} or {chosen[-1]}.\nCR rates{opener}{items}{')' if opener == ' (' else ''}."
    _, results = run(nlp, text)
    assert [results[f"{v}%"]["arm"] for v in values] == listed


def test_a_numbered_list_of_outcomes_is_not_a_list_of_arms(nlp):
    text = (
        "Participants were randomized to a blinded or a nonblinded group.\n"
        "When data from the blinded group were compared with the nonblinded group, no differences were found in "
        "(i) wearing time, (ii) total activity, (iii) sedentary time, and (iv) vigorous activity."
    )
    doc, _ = run(nlp, text)
    assert "total activity" not in {a.label for a in doc._.arms} and len(doc._.arms) <= 2


def test_or_to_repeats_the_assignment_so_its_first_arm_is_named_after_to(nlp):
    text = (
        "Maintenance capecitabine in advanced gastric cancer: a randomized phase II trial\n"
        "Patients with stable disease were randomized to oral capecitabine (1000 mg/m2 twice daily) every 3 weeks until "
        "disease progression or intolerable toxicity or to observation (OBS).\n"
        "Median PFS was 4.1 months in the capecitabine group and 2.9 months in the OBS group."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.role) for a in doc._.arms] == [("capecitabine", "experimental"), ("OBS", "control")]
    assert results["4.1 months"]["arm"] == "capecitabine" and results["2.9 months"]["arm"] == "OBS"


@pytest.mark.parametrize(
    "design",
    [
        "Patients were allocated randomly to two groups. The exercise group received supervised training three times a week, "
        "and the patients in the control group were given written advice.",
        "Patients in the exercise group will receive supervised training three times a week. "
        "Patients in the control group will receive written advice only.",
    ],
)
def test_groups_defined_by_what_they_receive_are_the_arms(nlp, design):
    text = (
        f"Supervised training after surgery for lung cancer: a randomized controlled trial\n{design}\n"
        "The exercise group showed a larger gain in walking distance compared with the written advice group (p = 0.03). "
        "Fatigue decreased by 40% in the exercise group and by 10% in the control group."
    )
    doc, results = run(nlp, text)
    exercise, control = doc._.arms  # the control arm is labelled by the name used most: 'written advice' where results use it
    assert (exercise.label, control.role) == ("exercise", "control") and control.label in {"control", "written advice"}
    assert (exercise.start, control.start) == (text.index("exercise group"), text.index("control group"))  # where the design names them
    assert results["40%"]["arm"] == "exercise" and results["10%"]["arm"] == control.label


def test_randomised_for_treatment_with_a_name_or_a_drug_defines_both_arms(nlp):
    text = (
        "Preventing haemorrhagic cystitis in marrow transplantation: a randomised study\n"
        "Sixty consecutive BMT recipients were randomised for treatment with hyperhydration or mesna."
    )
    doc, _ = run(nlp, text)
    assert [(a.label, a.drugs) for a in doc._.arms] == [("hyperhydration", ()), ("mesna", ("mesna",))]


@pytest.mark.parametrize("study", ["A single-arm prospective pilot study of TENS", "A single-arm trial of TENS"])
def test_a_single_arm_study_of_a_non_drug_intervention_has_that_one_arm(nlp, study):
    text = (
        "Home-based transcutaneous electrical nerve stimulation (TENS) for cancer pain: a pilot study\n"
        f"Methods: {study}, applied twice daily for four weeks.\nResults: The overall response rate was 60%."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.role) for a in doc._.arms] == [("TENS", "single")]
    assert results["60%"]["arm"] == "TENS"


def test_an_arm_named_inside_a_bracket_that_describes_another_arm_is_not_its_mention(nlp):
    text = (
        "In the control group (no sealant application), 4 patients (20%) had a leak, "
        "whereas 1 patient (5%) in the sealant group had one."
    )
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["control", "sealant"]
    assert results["20%"]["arm"] == "control"


def test_what_patients_of_an_arm_had_undergone_is_not_an_arm(nlp):
    text = (
        "By five years, 8 percent of the patients assigned to CABG had undergone additional revascularization procedures, "
        "as compared with 54 percent of those assigned to PTCA."
    )
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["CABG", "PTCA"]
    assert results["8 percent"]["arm"] == "CABG" and results["54 percent"]["arm"] == "PTCA"


@_settings
@given(order=st.permutations(["yoga", "walking", "usual care"]), values=st.lists(st.integers(2, 60), min_size=3, max_size=3, unique=True))
def test_each_value_in_a_group_named_arm_gets_a_different_arm(nlp, order, values):
    parts = [f"{v}% in the {arm} group" for v, arm in zip(values, order)]
    text = f"Patients were randomized to yoga, walking or usual care.\nPain improved in {parts[0]}, {parts[1]} and {parts[2]}."
    _, results = run(nlp, text)
    arms = [results[f"{v}%"]["arm"] for v in values]
    assert arms == list(order) and len(set(arms)) == 3


def test_a_name_at_a_sentence_end_counts_as_the_same_name(nlp):
    from trialmine.extract.arms import Arm, labelled_by_use

    text = "Patients received bevacizumab. Toxicity was higher with PCR-B. The PCR-B arm and the PCR-B patients did well with bevacizumab"
    doc = nlp.make_doc(text)
    assert "B." in [t.text for t in doc]  # the tokenizer keeps the full stop on 'PCR-B.'
    arms = [Arm("A1", "bevacizumab", "experimental", ("bevacizumab",), (), None, 18, 29, "comparison", None, None, ("bevacizumab",))]
    mentions = [(t.i, t.i + 3, "A1", False) for t in doc if t.text == "PCR"]  # 'PCR-B' three times, once as 'PCR-B.'
    mentions += [(t.i, t.i + 1, "A1", False) for t in doc if t.text == "bevacizumab"]  # twice
    assert labelled_by_use(doc, arms, sorted(mentions), ArmRules.default())[0].label == "PCR-B"


def test_an_outcome_ending_in_control_is_not_a_control_arm(nlp):
    text = (
        "Patients were randomized to paroxetine or placebo.\n"
        "Paroxetine improved glycemic control: HbA1c fell by 0.8% with paroxetine and 0.2% with placebo."
    )
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["paroxetine", "placebo"]


@pytest.mark.parametrize(
    "text, not_arm",
    [
        ("Participants were randomized into six different groups according to body mass index.", "different"),
        ("Patients were randomized to PEG-lactulose or lactulose. The patients in the PEG-lactulose group received the same "
         "amount of oral lactulose, plus 280 g of PEG.", "same amount"),
    ],
)
def test_words_that_name_no_arm_do_not_start_an_arm_name(nlp, text, not_arm):
    doc, _ = run(nlp, f"Lactulose in hepatic encephalopathy: a randomized trial\n{text}")
    assert not_arm not in {a.label for a in doc._.arms}


@pytest.mark.parametrize("result", ["Median OS was 8.5 months with the combination and 6.7 months with gemcitabine alone.",
                                    "Median OS was 8.5 months in the combination arm versus 6.7 months in the gemcitabine alone arm."])
def test_of_two_arms_the_one_adding_drugs_is_the_combination(nlp, result):
    text = f"A total of 120 patients were randomized to gemcitabine plus erlotinib (n = 60) or gemcitabine alone (n = 60).\n{result}"
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["gemcitabine plus erlotinib", "gemcitabine alone"]
    assert results["8.5 months"]["arm"] == "gemcitabine plus erlotinib" and results["6.7 months"]["arm"] == "gemcitabine alone"


def test_a_name_alone_after_a_value_refers_to_the_arm_given_it_alone(nlp):
    text = (
        "Patients were randomised to involved-field radiotherapy alone (60) or involved-field radiotherapy followed by "
        "chemotherapy with cisplatin and etoposide (58).\nThe relapse free survival was 81%; 69% for radiotherapy alone and "
        "93% for adjuvant chemotherapy (P = 0.002)."
    )
    doc, results = run(nlp, text)
    alone = doc._.arms[0]
    assert alone.role == "control" and results["69%"]["arm"] == alone.label and results["93%"]["arm"] == doc._.arms[1].label


def test_group_labels_in_brackets_after_named_arms_are_those_arms_with_their_sizes(nlp):
    text = (
        "A total of 494 attendees were randomly assigned to the intervention (arm A: n=253) or risk "
        "assessment-only control (arm B, n=241) group."
    )
    doc, _ = run(nlp, text)
    assert [(a.label, a.role, a.n) for a in doc._.arms] == [("arm A", "experimental", 253), ("arm B", "control", 241)]


@_settings
@given(
    doses=st.lists(st.sampled_from([10, 20, 40, 80, 160]), min_size=2, max_size=3, unique=True),
    values=st.lists(st.integers(1, 99), min_size=3, max_size=3, unique=True),
    order=st.permutations(range(3)),
)
def test_each_value_written_with_a_dose_gets_the_arm_of_that_dose(nlp, doses, values, order):
    values = values[: len(doses)]
    listed = [doses[i] for i in order if i < len(doses)]
    design = f"Patients were randomized to ruxolitinib {doses[0]} mg or " + " or ".join(f"{d} mg" for d in doses[1:]) + " daily."
    items = [f"{v}% with {d} mg" for v, d in zip(values, listed)]
    text = f"{design}\nThe response rate was {', '.join(items[:-1])} and {items[-1]}."
    doc, results = run(nlp, text)
    level_of = {a.label: a.dose_level for a in doc._.arms}
    assert [level_of[results[f"{v}%"]["arm"]] for v in values] == [f"{d}mg" for d in listed]


def test_a_bracketed_label_after_a_regimen_schedule_takes_the_drugs_written_since_the_assignment(nlp):
    text = (
        "Patients were randomly assigned to receive either docetaxel 75 mg/m2 on day 1 every 3 weeks with "
        "prednisone 5 mg twice daily for up to ten cycles (arm A) or placebo (arm B). "
        "Median survival was 310 days for arm A and 280 days for arm B; the median PFS was 120 and 95 days, respectively."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.drugs) for a in doc._.arms] == [("arm A", ("docetaxel", "prednisone")), ("arm B", ())]
    by_value = {text.split()[0]: row["arm"] for text, row in results.items()}
    assert [by_value[v] for v in ("310", "280", "120", "95")] == ["arm A", "arm B", "arm A", "arm B"]


def test_arms_listed_after_letters_and_an_item_defined_as_another_plus_a_drug(nlp):
    text = (
        "Patients were randomly assigned to one of four groups: (A) cisplatin and etoposide every 3 weeks; "
        "(B) same treatment as (A) plus bevacizumab every 3 weeks; (C) etoposide alone every 3 weeks; "
        "(D) same treatment as (C) plus bevacizumab every 3 weeks."
    )
    doc, _ = run(nlp, text)
    arms = doc._.arms
    assert [a.drugs for a in arms] == [
        ("cisplatin", "etoposide"),
        ("bevacizumab", "cisplatin", "etoposide"),
        ("etoposide",),
        ("bevacizumab", "etoposide"),
    ]
    assert [text[a.start] for a in arms] == ["A", "B", "C", "D"]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(["cisplatin", "etoposide", "gemcitabine", "vinorelbine"]))
def test_lettered_arms_are_one_arm_per_letter_in_the_order_written(nlp, drugs):
    items = "; ".join(f"({letter}) {drug} every 3 weeks" for letter, drug in zip("ABCD", drugs))
    text = f"Patients were randomized to one of four groups: {items}."
    doc, _ = run(nlp, text)
    assert [a.drugs for a in doc._.arms] == [(d,) for d in drugs]


def test_a_value_takes_the_arm_named_after_its_bracketed_interval(nlp):
    text = (
        "Patients were randomized to docetaxel or pemetrexed. "
        "The median progression-free survival was 4.1 months (95% confidence interval [CI], 2.5-5.5 months) for the "
        "docetaxel group and 3.2 months (95% CI, 2.1-4.4 months) for the pemetrexed group."
    )
    _, results = run(nlp, text)
    by_value = {text.split()[0]: row["regimen"] for text, row in results.items()}
    assert by_value["4.1"] == "docetaxel"
    assert by_value.get("3.2", "pemetrexed") == "pemetrexed"


@pytest.mark.parametrize("opening", ["Compared with", "Compared to", "Relative to"])
def test_the_arm_after_compared_with_comes_second_in_the_values(nlp, opening):
    text = (
        "Patients were randomly assigned to receive either carboplatin plus pemetrexed (combination group, n = 40) "
        "or pemetrexed alone (single-agent group, n = 40). "
        f"{opening} patients in the single-agent group, patients in the combination group had longer PFS "
        "(6.2 months vs 4.1 months, P < .01)."
    )
    _, results = run(nlp, text)
    by_value = {text.split()[0]: row["arm"] for text, row in results.items()}
    assert "combination" in by_value["6.2"] and "single" in by_value["4.1"]


def test_a_short_form_whose_capitals_are_the_drugs_initials_in_any_order_names_those_drugs(nlp):
    text = (
        "We investigated olaparib, a PARP inhibitor, plus temozolomide (TO) or temozolomide plus placebo (TP) "
        "in glioblastoma. Patients were randomly assigned to TO or TP. "
        "Median PFS was 5.0 and 3.5 months for TO and TP arms, respectively."
    )
    doc, results = run(nlp, text)
    by_value = {text.split()[0]: row for text, row in results.items()}
    assert by_value["5.0"]["regimen"] == "olaparib + temozolomide"
    assert by_value["3.5"]["regimen"] == "temozolomide"


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(["vinorelbine", "gemcitabine"]))
def test_compared_with_puts_the_first_named_arm_second_whatever_the_order(nlp, drugs):
    first, second = drugs
    text = (
        f"Patients were randomized to {first} or {second}. "
        f"Compared with patients in the {first} group, patients in the {second} group had a higher response rate (40% vs 20%)."
    )
    _, results = run(nlp, text)
    assert (results["40%"]["regimen"], results["20%"]["regimen"]) == (second, first)


def test_values_compared_between_an_arm_and_the_arm_a_comparator_introduces_after_them(nlp):
    text = (
        "Patients were randomized to FOLFOX or FOLFIRI or XELIRI. "
        "Treatment with FOLFOX led to a higher response rate (45% vs 30%) compared to FOLFIRI. "
        "Neuropathy was more frequent in the FOLFOX arm (12% and 20%) as compared with the FOLFIRI arm (2% and 4%)."
    )
    _, results = run(nlp, text)
    assert (results["45%"]["arm"], results["30%"]["arm"]) == ("FOLFOX", "FOLFIRI")
    assert results["20%"]["arm"] == "FOLFOX"  # values listed, not compared: both belong to the arm before them


@pytest.mark.parametrize("strategy", ["a rate control strategy", "a rhythm control strategy", "cardioversion"])
def test_two_arms_a_sentence_names_win_over_an_inventory_of_one(nlp, strategy):
    text = f"Postoperative atrial fibrillation was treated with {strategy} in 70% of patients and with heparin in 15% of patients."
    doc, results = run(nlp, text)
    assert len(doc._.arms) == 1  # the inventory knows the drug only
    assert results["70%"]["arm"] == strategy.removeprefix("a ") and results["15%"]["arm"] == "heparin"
    assert results["70%"]["regimen"] is None and results["15%"]["regimen"] == "heparin"


def test_arms_written_as_groups_with_their_regimens_in_brackets(nlp):
    text = (
        "Patients were randomized to the ABT arm (N = 60; intravenous [IV] abexinostat, 4 mg/kg, weekly; IV carboplatin, "
        "AUC 6, Q3W; and IV paclitaxel, 200 mg/m2, Q3W) or Control arm (N = 30; carboplatin and paclitaxel as above). "
        "ORR was higher in the ABT vs Control arm (60.4% vs 43.5%)."
    )
    doc, results = run(nlp, text)
    assert [(a.n, a.drugs) for a in doc._.arms] == [
        (60, ("abexinostat", "carboplatin", "paclitaxel")),
        (30, ("carboplatin", "paclitaxel")),
    ]
    assert (results["60.4%"]["regimen"], results["43.5%"]["regimen"]) == ("abexinostat + carboplatin + paclitaxel", "carboplatin + paclitaxel")


@pytest.mark.parametrize("name", ["L-BLP25", "TG-4010", "MK-3475"])
def test_a_hyphenated_code_name_before_or_placebo_is_an_arm(nlp, name):
    text = (
        "A randomized, placebo-controlled phase II trial.\n"
        f"Eligible patients are randomized 2:1 to receive either {name} or placebo. "
        f"Those allocated to {name} receive a single dose of 300 mg/m2 cyclophosphamide 3 days before the first {name} dose."
    )
    doc, _ = run(nlp, text)
    assert [(a.label, a.control_term) for a in doc._.arms] == [(name, None), ("placebo", "placebo")]


_DRUGLESS = {  # an arm named without drugs, and its defined short form
    "whole brain radiotherapy": "WBRT",
    "cognitive behavioural therapy": "CBT",
    "percutaneous coronary intervention": "PCI",
}


@given(
    name=st.sampled_from(sorted(_DRUGLESS)),
    values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True),
    first=st.sampled_from([0, 1]),
)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_an_arm_without_drugs_is_labelled_by_its_short_form_when_the_document_uses_it(nlp, name, values, first):
    short = _DRUGLESS[name]
    text = (
        f"Temozolomide versus {name} in low-grade glioma: a randomised trial\n"
        f"We compared primary temozolomide (TMZ) with standard {name} ({short}). "
        f"Patients were randomised to TMZ or {short}. "
    )
    arms_said = [f"the {short} group", "the TMZ group"]
    text += f"Fatigue occurred in {values[0]}% of patients in {arms_said[first]} and {values[1]}% in {arms_said[1 - first]}."
    doc, results = run(nlp, text)
    assert [a.label for a in doc._.arms] == ["Temozolomide", short] or [a.label for a in doc._.arms] == ["TMZ", short]
    assert doc._.arms[1].regimen is None
    labels = [results[f"{v}%"]["arm"] for v in values]
    assert labels[first] == short and labels[1 - first] != short


@given(chosen=st.lists(st.sampled_from(sorted(REGIMENS)), min_size=2, max_size=2, unique=True), swap=st.booleans())
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_arms_the_title_names_are_defined_where_the_design_sentence_names_them_again(nlp, chosen, swap):
    title = f"{chosen[0]} versus {chosen[1]} in metastatic colorectal cancer: a randomized trial\n"
    listed = chosen[::-1] if swap else chosen
    design = f"A total of 120 patients were randomized to {listed[0]} or {listed[1]}."
    doc, _ = run(nlp, title + design)
    arms = doc._.arms
    assert [a.label for a in arms] == chosen
    assert [a.regimen for a in arms] == [REGIMENS[c] for c in chosen]
    for arm in arms:  # GUIDELINES §7.2: the record sits on the randomisation sentence
        assert doc.text[arm.start : arm.end] == arm.label and arm.start > len(title)


def test_a_name_the_title_gives_an_arm_without_drugs_is_an_arm_in_the_design_sentence(nlp):
    text = (
        "Randomized study of chemotherapy and surgery versus radiotherapy for stage IIIA non-small-cell lung cancer\n"
        "Thirty-one patients were randomized to receive radiotherapy alone or chemotherapy with cisplatin and "
        "vinblastine followed by surgery. Median survival times were 16.2 and 18.7 months for radiotherapy alone "
        "and chemotherapy-surgery respectively."
    )
    doc, results = run(nlp, text)
    arms = {a.regimen: a for a in doc._.arms}
    assert set(arms) == {None, "cisplatin + vinblastine"}
    assert doc.text[arms[None].start : arms[None].end] == "radiotherapy alone"
    assert doc.text[arms["cisplatin + vinblastine"].start :].startswith("chemotherapy with cisplatin")
    assert (results["16.2"]["regimen"], results["18.7 months"]["regimen"]) == (None, "cisplatin + vinblastine")


@given(
    labels=st.sampled_from([("group DZ", "group D"), ("DZ arm", "D arm"), ("combination group", "docetaxel group")]),
    values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True),
    first=st.sampled_from([0, 1]),
    joiner=st.sampled_from(["or", "and"]),
)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_names_in_the_brackets_of_with_or_without_are_the_two_arms(nlp, labels, values, first, joiner):
    text = (
        "Zoledronic acid combined with docetaxel in lung cancer: a randomized phase II trial\n"
        f"Patients randomly received docetaxel (60 mg/m2) with ({labels[0]}) {joiner} without ({labels[1]}) zoledronic acid every 21 days. "
    )
    said = [f"the {labels[0]}", f"the {labels[1]}"]
    text += f"The response rate was {values[0]}% in {said[first]}, compared with {values[1]}% in {said[1 - first]} (P = 0.3)."
    doc, results = run(nlp, text)
    assert [(a.regimen, a.role) for a in doc._.arms] == [("docetaxel + zoledronic acid", "experimental"), ("docetaxel", "control")]
    assert all(arm_label_match(a.label, label) for a, label in zip(doc._.arms, labels))  # 'DZ' is the 'DZ arm'

    got = [results[f"{v}%"]["regimen"] for v in values]
    assert got[first] == "docetaxel + zoledronic acid" and got[1 - first] == "docetaxel"


def test_an_intervention_given_or_not_with_bracketed_group_labels_is_two_arms(nlp):
    text = (
        "Maintenance with guar gum after healing of chronic anal fissure: a randomized trial\n"
        "Patients healed after 8 weeks were randomized to receive (group II) or not (group I) maintenance therapy "
        "with guar gum for 10 months. Recurrence occurred in 4% of group II and 22% of group I."
    )
    doc, results = run(nlp, text)
    assert [(a.label, a.role) for a in doc._.arms] == [("group II", "experimental"), ("group I", "control")]
    assert (results["4%"]["arm"], results["22%"]["arm"]) == ("group II", "group I")


@given(chosen=st.lists(st.sampled_from(["docetaxel", "paclitaxel", "gemcitabine"]), min_size=2, max_size=2, unique=True),
       values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_drugs_patients_receive_before_they_are_randomised_belong_to_every_arm(nlp, chosen, values):
    text = (
        "A randomised trial in primary breast cancer\n"
        f"Ninety patients receiving four cycles of doxorubicin and cyclophosphamide were randomised to {chosen[0]} or {chosen[1]}. "
        f"Pathological complete response was {values[0]}% with {chosen[0]} and {values[1]}% with {chosen[1]}."
    )
    doc, results = run(nlp, text)
    assert [a.regimen for a in doc._.arms] == [" + ".join(sorted({"cyclophosphamide", "doxorubicin", c})) for c in chosen]
    assert [a.label for a in doc._.arms] == chosen  # the drugs all arms receive name none of them
    assert [results[f"{v}%"]["arm"] for v in values] == chosen


@pytest.mark.parametrize("history", ["who had progressed after", "previously treated with", "refractory to"])
def test_drugs_of_the_patients_history_in_the_randomisation_sentence_belong_to_no_arm(nlp, history):
    text = (
        "A randomised trial in metastatic breast cancer\n"
        f"Ninety patients {history} doxorubicin were randomised to docetaxel or paclitaxel."
    )
    doc, _ = run(nlp, text)
    assert [a.regimen for a in doc._.arms] == ["docetaxel", "paclitaxel"]


def test_a_drug_given_first_and_then_either_arm_belongs_to_both(nlp):
    text = (
        "Chemoradiotherapy in stage III lung cancer by EGFR mutation status: a randomized phase II study\n"
        "Patients were randomized to receive three cycles of erlotinib first and then either radiotherapy with "
        "erlotinib (arm A) or radiotherapy with irinotecan and cisplatin (arm B)."
    )
    doc, _ = run(nlp, text)
    assert [(a.label, a.regimen) for a in doc._.arms] == [("arm A", "erlotinib"), ("arm B", "cisplatin + erlotinib + irinotecan")]


@pytest.mark.parametrize("names", [("age", "performance status")])
def test_names_listed_beside_an_arm_noun_after_the_design_are_no_new_arms(nlp, names):
    text = (
        "Carboplatin and paclitaxel with or without sorafenib in metastatic melanoma: a randomized trial\n"
        "Tumour samples of 115 patients were analysed. "
        f"miR-659-3p was differentially expressed based on PFS but not based on treatment arm, {names[0]} or {names[1]}."
    )
    doc, _ = run(nlp, text)
    assert [a.regimen for a in doc._.arms] == ["carboplatin + paclitaxel + sorafenib", "carboplatin + paclitaxel"]


@given(size=st.integers(5, 400), shape=st.sampled_from(["were randomly divided into two groups of {n}", "were randomized ({n} patients in each group)"]))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_one_size_written_for_each_group_is_every_arms_size(nlp, size, shape):
    text = (
        "Pentobarbital versus thiopental for refractory intracranial hypertension: a randomized trial\n"
        f"A total of {2 * size} patients {shape.format(n=size)}."
    )
    doc, _ = run(nlp, text)
    assert [(a.label, a.n) for a in doc._.arms] == [("Pentobarbital", size), ("thiopental", size)]


def test_groups_of_something_other_than_patients_and_group_counts_that_differ_give_no_size(nlp):
    title = "Pentobarbital versus thiopental for refractory intracranial hypertension: a randomized trial\n"
    for design in ("Volunteers were randomized to two groups of three sequential admissions.",
                   "Patients were randomized into three groups of 20."):
        doc, _ = run(nlp, title + design)
        assert [a.n for a in doc._.arms] == [None, None]


@given(values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True), joiner=st.sampled_from(["to", "vs.", "versus"]))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_two_values_without_arms_follow_the_arms_when_compared_and_no_arm_when_a_change(nlp, values, joiner):
    values = sorted(values, reverse=True)  # '75% to 56%': going down, a change (going up, 'to' writes a range)
    text = (
        "FOLFOX versus FOLFIRI in colorectal cancer: a randomized trial\n"
        f"Overall, anxiety improved significantly ({values[0]}% {joiner} {values[1]}%, P < 0.01)."
    )
    _, results = run(nlp, text)
    arms = [results[f"{v}%"]["arm"] for v in values]
    assert arms == ([None, None] if joiner == "to" else ["FOLFOX", "FOLFIRI"])


@given(
    order=st.permutations(["FOLFOX", "FOLFIRI"]),
    values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True),
    shape=st.sampled_from(["({a}, {v}% vs. {b}, {w}%)", "({a}: {v}%; {b}: {w}%)", "for {a} of {v}% and {b} of {w}%", "({a}, {v}% and {b}, {w}%)"]),
)
@settings(max_examples=16, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_each_value_of_a_list_of_label_value_pairs_takes_the_arm_named_before_it(nlp, order, values, shape):
    text = (
        "FOLFOX versus FOLFIRI in colorectal cancer: a randomized trial\n"
        "Patients were randomized to FOLFOX or FOLFIRI. "
        f"The response rate was similar {shape.format(a=order[0], v=values[0], b=order[1], w=values[1])}."
    )
    _, results = run(nlp, text)
    assert [results[f"{v}%"]["arm"] for v in values] == order  # shuffled arms shuffle the assignments


@given(first=st.sampled_from(["FOLFOX", "FOLFIRI"]), values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_labels_inside_a_bracket_opened_after_an_arm_decide_over_that_arm(nlp, first, values):
    other = "FOLFIRI" if first == "FOLFOX" else "FOLFOX"
    text = (
        "FOLFOX versus FOLFIRI in colorectal cancer: a randomized trial\n"
        "Patients were randomized to FOLFOX or FOLFIRI. "
        f"Toxicity was lower with {first} than {other} ({first}: {values[0]}%; {other}: {values[1]}%)."
    )
    _, results = run(nlp, text)
    assert [results[f"{v}%"]["arm"] for v in values] == [first, other]


def test_an_arm_and_a_value_after_a_comma_are_no_pair_outside_a_list_of_pairs(nlp):
    text = (
        "FOLFOX versus FOLFIRI in colorectal cancer: a randomized trial\n"
        "Patients were randomized to FOLFOX or FOLFIRI. "
        "Neutropenia occurred in 30% with FOLFOX, 12% with FOLFIRI."
    )
    _, results = run(nlp, text)
    assert (results["30%"]["arm"], results["12%"]["arm"]) == ("FOLFOX", "FOLFIRI")


@given(values=st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True), first=st.sampled_from([0, 1]))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_short_form_whose_letters_recur_inside_its_last_word_names_the_whole_long_form(nlp, values, first):
    # 'thyroidectomy' alone holds both t's of 'TT': the initials of the words before it complete the long form
    text = (
        "Total thyroidectomy versus Dunhill operation for multinodular goiter: a randomized trial\n"
        "Patients were randomized to total thyroidectomy (TT) or Dunhill operation (DO). "
    )
    said = ["TT", "DO"] if first == 0 else ["DO", "TT"]
    text += f"Recurrent goiter was found in {values[0]}% of {said[0]} patients and {values[1]}% of {said[1]} patients."
    doc, results = run(nlp, text)
    assert [("tt" in a.aliases, "do" in a.aliases) for a in doc._.arms] == [(True, False), (False, True)]
    arm_of = {"TT": doc._.arms[0].label, "DO": doc._.arms[1].label}
    assert [results[f"{v}%"]["arm"] for v in values] == [arm_of[s] for s in said]


@given(names=st.permutations(["Humidification", "Warming"]), joiner=st.sampled_from(["or to", "versus"]))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_alternatives_described_at_length_and_named_as_groups_in_brackets_are_the_arms(nlp, names, joiner):
    # the first alternative ends in a control term ('in addition to standard care'): the bracket names
    # the alternative, not that term, and the bracketed groups are the arms where they are defined
    text = (
        "Humidification in liver transplantation: a randomized trial\n"
        "Participants were randomized to receive either open wound humidification with a warming system in addition to "
        f"standard care ({names[0]} group) {joiner} standard care alone (Control group). "
        f"The core temperature was higher in the {names[0]} Group compared to the Control Group: 36.0 °C vs. 35.4 °C, p = 0.028."
    )
    doc, results = run(nlp, text)
    design = text.index("Participants"), text.index("The core")
    assert [a.label for a in doc._.arms] == [names[0], "Control"]
    assert [text[a.start : a.end] for a in doc._.arms] == [names[0], "Control"]
    assert all(design[0] < a.start < design[1] for a in doc._.arms)  # GUIDELINES §7.2: the design sentence
    assert (results["36.0 °C"]["arm"], results["35.4 °C"]["arm"]) == (names[0], "Control")


def test_short_forms_in_brackets_before_the_group_noun_are_no_bracketed_group_names(nlp):
    text = (
        "Olfactory stimuli and balance after stroke\n"
        "The patients were divided into three groups: a black pepper oil (BPO) group (n=11), lavender oil (LVO) group (n=11), "
        "and distilled water (DW) group (n=11)."
    )
    doc, _ = run(nlp, text)
    assert len(doc._.arms) == 3


# share: not 8 or 54, the result values written after it (results are looked up by their text)
@given(age=st.integers(20, 80), share=st.integers(1, 99).filter(lambda s: s not in (8, 54)),
       verb=st.sampled_from(["were randomly assigned", "were randomized", "will be randomised"]))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_values_describing_the_patients_before_they_are_randomised_get_no_arm(nlp, age, share, verb):
    text = (
        "FOLFOX versus FOLFIRI in colorectal cancer: a randomized trial\n"
        f"Sixty patients (mean age {age}.5 ± 2.2 years, {share}% women) {verb} to FOLFOX or FOLFIRI. "
        f"By five years, 8% of the patients assigned to FOLFOX had progressed, as compared with 54% of those assigned to FOLFIRI."
    )
    _, results = run(nlp, text)
    assert results[f"{share}%"]["arm"] is None and results[f"{share}%"]["regimen"] is None  # GUIDELINES §7.3: the whole population
    assert (results["8%"]["arm"], results["54%"]["arm"]) == ("FOLFOX", "FOLFIRI")  # 'assigned to X' after a value names its arm


_LABELLED_DRUGS = {"clonidine": "C", "fentanyl": "F", "ketamine": "K", "dexmedetomidine": "D", "midazolam": "M"}


@_settings
@given(
    pair=st.permutations(sorted(_LABELLED_DRUGS)).map(lambda p: p[:2]),
    label=st.sampled_from(["group {}", "{} group", "Group {}, n = 30", "{} group; 30 patients"]),
)
def test_an_arm_labelled_by_its_drug_s_short_form_is_still_that_drug_s_arm(nlp, pair, label):
    """'clonidine (group C)': the short form is a drug row (pmc_dev decision 25) and the arm
    inventory keeps the arm, with its drug; the values of 'in group C' go to it."""
    first, second = pair
    a, b = _LABELLED_DRUGS[first], _LABELLED_DRUGS[second]
    named = "group {}" if label.lower().startswith("group") else "the {} group"  # as the design names them
    text = (
        f"Ninety patients were randomly allocated to receive bupivacaine 10 mg combined with {first} "
        f"({label.format(a)}) or bupivacaine 10 mg combined with {second} ({label.format(b)}). "
        f"Shivering occurred in 10% in {named.format(a)} and 30% in {named.format(b)}."
    )
    doc, results = run(nlp, text)
    assert [arm.drugs for arm in doc._.arms] == [tuple(sorted(("bupivacaine", first))), tuple(sorted(("bupivacaine", second)))]
    drugs = [(m.text, m.drug) for m in doc._.drug_mentions if m.method == "abbreviation"]
    assert (a, first) in drugs and (b, second) in drugs
    assert results["10%"]["regimen"] == " + ".join(sorted(("bupivacaine", first)))
    assert results["30%"]["regimen"] == " + ".join(sorted(("bupivacaine", second)))


def test_arms_named_by_their_drugs_short_forms_keep_those_drugs_as_rows(nlp):
    text = (
        "Women were randomly assigned to receive epirubicin 120 mg/m2/1-21 (EPI ARM), epirubicin 120 mg/m2/1-21 + "
        "erythropoietin 10.000 IU sc three times weekly (EPI-EPO ARM) and epirubicin 40 mg/m2/w-q21 (EPI-W ARM)."
    )
    doc, _ = run(nlp, text)
    assert [a.drugs for a in doc._.arms] == [("epirubicin",), ("epirubicin", "erythropoietin"), ("epirubicin",)]
    assert [(m.text, m.drug) for m in doc._.drug_mentions if m.method == "abbreviation"] == [
        ("EPI", "epirubicin"), ("EPI", "epirubicin"), ("EPO", "erythropoietin"), ("EPI", "epirubicin")
    ]


@pytest.mark.parametrize("joiner", ["; ", ", "])
def test_drugs_given_in_the_next_group_are_not_the_previous_group_s(nlp, joiner):
    """'midazolam 0.75 mg/kg in group M, ondansetron 4 mg in group O': ondansetron is group O's,
    never group M's (the label before it)."""
    text = (
        f"Patients were randomised to receive midazolam 0.75 mg/kg in group M{joiner}ondansetron 4 mg in group O{joiner}"
        "and saline in group S."
    )
    doc, _ = run(nlp, text)
    drugs = {a.label: a.drugs for a in doc._.arms}
    assert "ondansetron" not in drugs.get("group M", ()) and "midazolam" not in drugs.get("group O", ())


def test_drugs_after_a_group_label_and_before_the_next_label_s_and_stay_its_own(nlp):
    text = "Patients were divided into 2 groups (Group X = tapentadol 50 mg oral and Group Y = tramadol 100 mg oral)."
    doc, _ = run(nlp, text)
    assert [(a.label, a.drugs) for a in doc._.arms] == [("Group X", ("tapentadol",)), ("Group Y", ("tramadol",))]


@pytest.mark.parametrize("text", [
    "Herbal remedies and reaction time: is it placebo or nocebo?\nEighty volunteers were randomly assigned to one of the "
    "following groups: Group A: received a single dose of ginseng (500 mg capsule); Group B: received a single dose of "
    "garlic (500 mg capsule); Group C: received a single dose of matching placebo (300 mg starch). Reaction time fell by "
    "3% with placebo and by 9% with ginseng.",
    "Intrathecal clonidine with bupivacaine: a randomized trial.\nPatients were randomly allocated to one of the two "
    "following groups to receive bupivacaine 10 mg combined with 75 µg clonidine (group C) and bupivacaine 10 mg combined "
    "with 0.5 mL distilled water (group P), intrathecally. Results. The duration of anesthesia in the clonidine group "
    "(275 min) was longer compared to the placebo (211 min) group.",
])
def test_an_arm_named_only_by_a_control_term_is_the_group_given_it(nlp, text):
    doc, _ = run(nlp, text)
    placebo_groups = [a for a in doc._.arms if a.control_term == "placebo"]
    assert len(placebo_groups) == 1 and placebo_groups[0].group_label and "placebo" in placebo_groups[0].aliases
    assert [a.arm_id for a in doc._.arms] == [f"A{k + 1}" for k in range(len(doc._.arms))]
    placebo_mentions = {s.id_ for s in doc.spans["arms"] if s.text.lower().startswith("placebo")}
    assert placebo_mentions == {placebo_groups[0].arm_id}


def test_two_groups_with_one_control_term_keep_an_arm_named_by_it_apart():
    from trialmine.extract.arm_inventory import _control_words_as_their_groups
    from trialmine.extract.arm_rules import Arm

    arms = [Arm("A1", "placebo", "control", (), (), None, 0, 7, "comparison", "placebo"),
            Arm("A2", "group A", "control", (), (), None, 20, 27, "group-label", "placebo", "group a"),
            Arm("A3", "group B", "control", (), (), None, 40, 47, "group-label", "placebo", "group b")]
    assert _control_words_as_their_groups(arms) == arms


_CONTROL_TERMS = st.sampled_from(["placebo", "usual care", "observation", None])


@st.composite
def _inventories(draw):
    from trialmine.extract.arm_rules import Arm

    arms = []
    for k in range(draw(st.integers(1, 5))):
        labelled = draw(st.booleans())
        drugs = tuple(sorted(draw(st.sets(st.sampled_from(["ketamine", "saline", "lidocaine"]), max_size=2))))
        term = draw(_CONTROL_TERMS)
        label = f"group {'abcde'[k]}" if labelled else (term or "+".join(drugs) or f"arm {k}")
        arms.append(Arm(f"A{k + 1}", label, "control" if term else None, drugs, (), draw(st.none() | st.integers(1, 99)),
                        10 * k, 10 * k + 5, "group-label" if labelled else "comparison", term,
                        label if labelled else None, (label.lower(),)))
    return arms


@given(_inventories())
@settings(max_examples=200, deadline=None)
def test_merged_inventories_hold_each_control_term_once_per_group_and_lose_no_name(arms):
    """No arm named only by a control term stands beside the one group given that term; every name
    of a merged arm stays an alias of its group; ids stay A1..An; at least two arms stay."""
    from trialmine.extract.arm_inventory import _control_words_as_their_groups

    merged = _control_words_as_their_groups(arms)
    assert [a.arm_id for a in merged] == [f"A{k + 1}" for k in range(len(merged))]
    assert len(merged) >= min(2, len(arms))
    if len(merged) < len(arms):
        for word in (a for a in arms if not a.drugs and not a.group_label and a.control_term):
            groups = [a for a in merged if a.group_label and a.control_term == word.control_term]
            assert len(groups) != 1 or word.label.lower() in groups[0].aliases
        assert not any(not w.drugs and not w.group_label and w.control_term
                       and sum(bool(a.group_label and a.control_term == w.control_term) for a in merged) == 1 for w in merged)
    aliases = {alias for a in merged for alias in a.aliases}
    assert all(alias in aliases for a in arms for alias in a.aliases)


def test_an_arm_named_only_by_a_role_word_after_the_design_is_the_arm_of_that_role(nlp):
    text = ("Telemedicine for older adults with diabetes: a randomized trial.\nMethods: Participants living in two rural "
            "areas were randomized to intensive nurse case management via televisits or usual care. Results: Total costs "
            "were 30% higher for the treatment group than for the control group.")
    doc, results = run(nlp, text)
    assert [(a.label, a.role) for a in doc._.arms] == [("intensive nurse case management", "experimental"), ("usual care", "control")]
    assert "treatment" in doc._.arms[0].aliases
    assert {s.text: s.id_ for s in doc.spans["arms"]}["treatment group"] == "A1"
    assert results["30%"]["arm"] == "intensive nurse case management"


def test_a_role_word_arm_stays_where_another_arm_has_its_role_or_two_could_be_it():
    from trialmine.extract.arm_inventory import _role_words_as_their_arms
    from trialmine.extract.arm_rules import Arm

    role_words = {"experimental": ["treatment"], "control": ["standard", "control"]}
    study = Arm("A1", "baseball suture", None, (), (), None, 0, 15, "comparison")
    standard = Arm("A2", "standard", "control", (), (), None, 30, 38, "comparison")
    control = Arm("A3", "control", "control", (), (), None, 40, 47, "comparison", "control")
    assert _role_words_as_their_arms([study, standard, control], role_words) == [study, standard, control]
    drug = Arm("A1", "ketamine", "experimental", ("ketamine",), (), None, 0, 8, "comparison")
    other = Arm("A2", "lidocaine", "experimental", ("lidocaine",), (), None, 10, 19, "comparison")
    treatment = Arm("A3", "treatment", "experimental", (), (), None, 50, 59, "comparison")
    assert _role_words_as_their_arms([drug, other, treatment], role_words) == [drug, other, treatment]
    placebo = replace(other, label="placebo", role="control", drugs=(), control_term="placebo")
    merged = _role_words_as_their_arms([drug, placebo, treatment], role_words)
    assert [(a.arm_id, a.label) for a in merged] == [("A1", "ketamine"), ("A2", "placebo")] and "treatment" in merged[0].aliases


@given(_inventories(), st.lists(st.sampled_from(["treatment", "control", "standard"]), max_size=2))
@settings(max_examples=200, deadline=None)
def test_role_word_merging_keeps_every_name_and_every_arm_with_drugs_or_a_group(arms, words):
    from trialmine.extract.arm_inventory import _role_words_as_their_arms
    from trialmine.extract.arm_rules import Arm

    role_words = {"experimental": ["treatment"], "control": ["standard", "control"]}
    for word in words:
        k = len(arms)
        role = "experimental" if word == "treatment" else "control"
        arms = arms + [Arm(f"A{k + 1}", word, role, (), (), None, 10 * k, 10 * k + 5, "comparison", None, None, (word,))]
    merged = _role_words_as_their_arms(arms, role_words)
    assert [a.arm_id for a in merged] == [f"A{k + 1}" for k in range(len(merged))]
    assert len(merged) >= min(2, len(arms))
    assert {alias for a in arms for alias in a.aliases} <= {alias for a in merged for alias in a.aliases}
    kept = {(a.label, a.start) for a in merged}
    assert all((a.label, a.start) in kept for a in arms if a.drugs or a.group_label or a.control_term)
    before = {(a.label, a.start): a.role for a in arms}
    assert all(before[(a.label, a.start)] in (None, a.role) for a in merged)


# --- regimens of comparative results (issue 8, regimen-arms) ---

@given(drug=st.sampled_from(["gemcitabine", "docetaxel", "metformin"]), side=st.sampled_from(["before", "after"]))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_placebo_arm_has_the_drugs_written_with_the_placebo(nlp, drug, side):
    # GUIDELINES §7.2: 'placebo plus azacitidine' is azacitidine, also where group labels define the arms
    with_placebo = f"placebo plus {drug}" if side == "before" else f"{drug} plus placebo"
    text = (
        f"Huachansu with {drug} in advanced pancreatic cancer: a randomized trial\n"
        f"We compared huachansu plus {drug} versus {with_placebo}. "
        f"Patients were randomly assigned to receive either {drug} 1000 mg on days 1, 8 and 15 with huachansu daily (arm A) "
        "or placebo (arm B). Median overall survival was 160 days for arm A and 156 days for arm B."
    )
    doc, results = run(nlp, text)
    placebo = next(a for a in doc._.arms if a.control_term == "placebo")
    assert placebo.regimen == drug and not placebo.drugs  # background: a mention of the drug is no reference to it
    assert (results["156 days"]["arm"], results["156 days"]["regimen"]) == ("arm B", drug)
    assert with_placebo in placebo.aliases and all(with_placebo not in a.aliases for a in doc._.arms if a is not placebo)


@given(joiner=st.sampled_from(["plus", "with", "combined with", "and", "or", "versus", ","]))
@settings(max_examples=7, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_placebo_joined_to_drugs_by_a_combination_word_only_gives_them_to_the_placebo_arm(nlp, joiner):
    from trialmine.extract.arm_inventory import _placebo_partners
    from trialmine.extract.arm_rules import Arm, ArmPhrase

    doc = nlp.make_doc(f"Patients received placebo {joiner} metformin .")
    start, end = 2, len(doc) - 1
    phrase = ArmPhrase(start, end, drugs=("metformin",), control_term="placebo", name_end=end)
    arms = [Arm("A1", "linagliptin", "experimental", ("linagliptin",), (), None, 0, 1, "comparison"),
            Arm("A2", "placebo", "control", (), (), None, 2, 3, "comparison", control_term="placebo", aliases=("placebo",))]
    rules = nlp.get_pipe("trialmine_arms").cues.rules
    placebo = _placebo_partners(doc, arms, [phrase], rules)[1]
    combined = joiner in {"plus", "with", "combined with"}
    assert placebo.background == (("metformin",) if combined else ())
    assert placebo.drugs == () and set(arms[1].aliases) <= set(placebo.aliases)  # no drug of its own, no name lost


@given(first=st.floats(1, 40).map(lambda x: round(x, 1)), second=st.floats(41, 90).map(lambda x: round(x, 1)),
       shape=st.sampled_from(["after", "comparator", "subject"]))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_two_values_of_one_comparison_are_never_one_arm_s(nlp, first, second, shape):
    design = "Gefitinib alone versus nimotuzumab plus gefitinib in lung cancer: a randomized trial\n"
    sentence = {  # the arm the sentence names, and whose value it is: the second, the second, the first
        "after": f"Combined treatment gave no superior PFS to gefitinib alone in mutated tumours ({first} vs. {second} months in gefitinib alone, P=NS).",
        "comparator": f"PFS was longer with the combination compared with gefitinib alone (median {first} vs. {second} months).",
        "subject": f"The gefitinib alone arm had shorter PFS (median {first} vs. {second} months).",
    }[shape]
    _, results = run(nlp, design + "Patients were randomized to gefitinib alone or nimotuzumab plus gefitinib. " + sentence)
    arms = tuple(results[text]["arm"].lower() for text in (f"{first}", f"{second} months"))
    alone, both = "gefitinib alone", "nimotuzumab plus gefitinib"
    assert arms == ((alone, both) if shape == "subject" else (both, alone))
    assert results[f"{first}"]["regimen"] == ("gefitinib" if shape == "subject" else "gefitinib + nimotuzumab")


def test_a_value_written_before_a_comparative_trial_defines_its_arms_has_no_main_drug(nlp):
    # GUIDELINES §7.3: background figures get no regimen; a drug in their own sentence stays theirs
    text = (
        "Tecemotide after resection of liver metastases: a placebo-controlled phase II trial\n"
        "Background: Five-year survival after resection is 28-39%, and recurrence occurs in up to 70%. "
        "Cetuximab gave response rates of 45% in earlier studies. "
        "Methods: Patients are randomized 2:1 to receive either tecemotide or placebo. "
        "Results: Recurrence-free survival was 60% with tecemotide and 40% with placebo."
    )
    _, results = run(nlp, text)
    assert results["28-39%"]["regimen"] is None and results["up to 70%"]["regimen"] is None
    assert results["45%"]["regimen"] == "cetuximab"
    assert results["60%"]["regimen"] == "tecemotide"


@given(labels=st.sampled_from([("1", "2", "3"), ("A", "B", "C"), ("I", "II", "III")]), serial=st.booleans(),
       noun=st.sampled_from(["groups", "Groups"]))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_list_of_three_group_labels_names_three_groups_each_spanning_its_label(nlp, labels, serial, noun):
    a, b, c = labels
    listed = f"{noun} {a}, {b}{',' if serial else ''} and {c}"
    text = (
        "Three mouth rinses in school children: a randomized trial\n"
        f"Sixty children were randomly divided into three {listed}. "
        f"The mean counts for {listed} were 28.0, 4.3 and 20.1, respectively."
    )
    doc, results = run(nlp, text)
    noun_written = noun[:-1]
    assert [a.label for a in doc._.arms] == [f"{noun_written} {x}" for x in labels]
    assert [text[a.start : a.end] for a in doc._.arms] == [f"{noun} {a}", b, c]  # the label as written
    assert [results[v]["arm"] for v in ("28.0", "4.3", "20.1")] == [f"{noun_written} {x}" for x in labels]


# --- a document's first sentence is a title only when it is one (issue 8) ---

@pytest.mark.parametrize(
    "text, title",
    [
        ("Primary angioplasty versus thrombolysis in myocardial infarction\nPatients were randomized. Mortality was 6%.", 0),
        ("Suxamethonium infusion rate and fasciculations. A dose-response study.\nFasciculations occurred in 12 of 20.", 0),
        ("\nPrimary angioplasty versus thrombolysis\nMortality was 6% vs 9%.", 1),  # a blank line first
        ("Mortality was 6.5% with angioplasty vs. 7.2% with thrombolysis.", None),  # a result sentence on its own
        ("Mortality was 6.5% with angioplasty vs. 7.2% with thrombolysis.\n", None),  # nothing follows it
        ("Stroke was rarer with angioplasty (2.1% vs 3.4%, P = 0.03).\nMortality was 6.5% vs 7.2%.", None),  # a result line
        ("We met Dr. Duan in 2024. He led the study. It enrolled 40 patients.\nInterviewer: Why this trial?", None),  # a paragraph
    ],
)
def test_the_first_sentence_is_a_title_only_on_a_short_line_of_its_own_before_more_text(nlp, text, title):
    from trialmine.extract.arm_rules import title_sentence

    assert title_sentence(nlp(text)) == title


def test_a_result_sentence_on_its_own_is_not_read_as_a_title(nlp):
    # read as a title, the words around 'vs.' were arms ('minutes', 'placebo')
    text = "Median endurance time did not differ; nitrate 5.65 (3.90-10.40) minutes vs. placebo 6.40 (4.01-9.67) minutes (p = 0.50)."
    doc, results = run(nlp, text)
    assert all(a.label != "minutes" for a in doc._.arms or [])
    assert all(r["arm"] != "minutes" for r in results.values())
    assert results["6.40"]["arm"] == "placebo"


_RESULT_SENTENCES = [
    "Median endurance time did not differ; nitrate 5.65 (3.90-10.40) minutes vs. placebo 6.40 (4.01-9.67) minutes (p = 0.50).",
    "Anxiety did not differ (59% in the premedicated group versus 50% in the non-premedicated group; P = 0.2).",
    "Restenosis was more frequent in patients treated with ZES versus PES (15.3% vs. 10.4%).",
    "Recovery time was 21.5 min for the TIVA group and 30.2 min for the control group.",
    "Pain scores fell by 2.1 points with acupuncture compared with 0.9 points with sham.",
]
_TITLES_NAMING_NO_ARM = [
    "Outcomes at one year in adults with chronic pain",
    "Results of a multicentre study in older patients",
    "A study in primary care. Report of the steering committee.",
]


def _result_fields(nlp, text: str) -> list[tuple]:
    _, results = run(nlp, text)
    return sorted((r["text"], r["endpoint"], r["endpoint_text"], r["arm"], r["regimen"]) for r in results.values())


@given(sentence=st.sampled_from(_RESULT_SENTENCES), title=st.sampled_from(_TITLES_NAMING_NO_ARM))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_sentence_alone_gives_the_rows_it_gives_after_a_title_that_names_no_arm(nlp, sentence, title):
    assert _result_fields(nlp, sentence) == _result_fields(nlp, f"{title}\n{sentence}")


@pytest.mark.parametrize(
    "text, arms",
    [
        ("Total recovery time was 21.5 ± 4.2 min for the TIVA group and 30.2 ± 6.1 min for the sevoflurane group.",
         [((), "comparison"), (("sevoflurane",), "comparison")]),
        ("Docetaxel ± bevacizumab in metastatic breast cancer\nPatients were randomized to docetaxel ± bevacizumab.",
         [(("bevacizumab", "docetaxel"), "with-or-without"), (("docetaxel",), "with-or-without")]),
    ],
)
def test_plus_minus_between_two_numbers_is_a_spread_not_with_or_without(nlp, text, arms):
    # mean ± SD: the arms named around it are not one arm with and one without the other
    doc, _ = run(nlp, text)
    assert [(a.drugs, a.method) for a in doc._.arms] == arms


@_settings
@given(arms=st.permutations(["gemcitabine alone", "cisplatin alone", "gemcitabine plus cisplatin", "placebo"]),
       marker=st.sampled_from(["digits", "letters"]), split=st.booleans())
def test_arms_listed_after_numbers_with_a_closing_bracket_only_are_each_an_arm_in_order(nlp, arms, marker, split):
    # '1) A, 2) B, 3) C or 4) D': as '(1) A ...', also where a sentence ends before the list
    numbers = ["1", "2", "3", "4"] if marker == "digits" else ["a", "b", "c", "d"]
    listed = [f"{n}) {arm}" for n, arm in zip(numbers, arms)]
    opening = "Patients were randomly assigned to the following groups." if split else "Patients were randomly assigned to"
    doc, _ = run(nlp, f"{opening} {', '.join(listed[:-1])}, or {listed[-1]}.")
    drugs = {"gemcitabine alone": ("gemcitabine",), "cisplatin alone": ("cisplatin",),
             "gemcitabine plus cisplatin": ("cisplatin", "gemcitabine"), "placebo": ()}
    assert [a.drugs for a in doc._.arms] == [drugs[arm] for arm in arms]


@pytest.mark.parametrize(
    "text",
    [
        "Patients (n = 2) were randomized to docetaxel or placebo (grade 3), and the ORR was 20% (95% CI 0.6-1) versus 10%.",
        "Patients were randomized to docetaxel (arm 1) or placebo (arm 2); 40% (3 of 4) of docetaxel patients responded.",
        "Patients were randomized to docetaxel or placebo; responses were seen in 1) bone and 3) liver lesions.",
        "Patients were randomized to docetaxel (n = 2) or placebo (n = 3).",
        "Patients were randomized to docetaxel (arm 1) or placebo (arm 2).",
    ],
)
def test_numbers_before_a_closing_bracket_that_list_no_items_are_no_item_markers(nlp, text):
    # a number that closes a bracket of its sentence, or a run that does not count from its first item
    doc, _ = run(nlp, text)
    assert sorted(a.drugs for a in doc._.arms) == [(), ("docetaxel",)]


def test_closing_only_item_markers_count_from_a_first_item_and_close_no_bracket():
    import spacy

    from trialmine.extract.arm_rules import ArmCues

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    doc = blank("Patients were randomized to 1) docetaxel, 2) placebo (n = 2) or 3) observation. Sites: 1) bone and 3) liver.")
    markers = ArmCues(blank.vocab, ArmRules.default(), blank.make_doc).find(doc)["ENUMERATION"]
    # the list's 1), 2), 3); not '(n = 2)', nor the second sentence's 1) and 3), which count no items
    assert [doc[s].i for s, _ in markers] == [4, 8, 17]
