"""Drug lexicon: names -> canonical INN; genes, classes and chemicals are not drugs."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.normalise.drugs import DrugLexicon


@pytest.fixture(scope="module")
def lexicon() -> DrugLexicon:
    return DrugLexicon.default()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("selinexor plus ruxolitinib", [("selinexor", "selinexor"), ("ruxolitinib", "ruxolitinib")]),
        ("Selinexor-containing regimens", [("Selinexor", "selinexor")]),
        ("the ruxolitinib-selinexor combination", [("ruxolitinib", "ruxolitinib"), ("selinexor", "selinexor")]),
        ("venetoclax’s target, BCL-2", [("venetoclax", "venetoclax")]),
        ("Jakafi (brand) and Xpovio", [("Jakafi", "ruxolitinib"), ("Xpovio", "selinexor")]),
        ("G-CSF 300 ug/d", [("G-CSF", "g-csf")]),
        ("Ara-C and KPT-330", [("Ara-C", "cytarabine"), ("KPT-330", "selinexor")]),
    ],
)
def test_finds_and_normalises_drug_names(lexicon, text, expected):
    assert [(m.text, m.drug) for m in lexicon.find(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "XPO1, BCL-2, FLT3, MCL-1, JAK-STAT, p53, NPM1, WT1 and RUNX1 are genes or proteins",
        "FLT3 inhibitors, IDH inhibitors, 5-HT3 antagonists and SINE compounds are classes",
        "water, sodium and oxygen are chemicals, not drugs",
        "tumor suppressor proteins and growth regulatory proteins",
    ],
)
def test_genes_classes_and_chemicals_are_not_drugs(lexicon, text):
    assert lexicon.find(text) == []


def test_regimen_acronyms_resolve_to_their_components(lexicon):
    [flag] = lexicon.find("Selinexor with FLAG-Ida")[1:]
    assert flag.drug == "FLAG-IDA"
    assert flag.components == ("cytarabine", "fludarabine", "g-csf", "idarubicin")
    assert lexicon.find("a red flag") == []  # lower-case words are not acronyms


def test_unseen_inn_stem_is_a_fallback_not_a_lexicon_hit(lexicon):
    [hit] = lexicon.find("patients received zorbatinib daily")
    assert (hit.drug, hit.source) == ("zorbatinib", "inn-stem")
    assert lexicon.find("patients received zorbatinib daily", stem_fallback=False) == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_never_raises_and_spans_are_exact(text):
    lexicon = DrugLexicon.default()
    previous_end = 0
    for m in lexicon.find(text):
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end
        previous_end = m.end
