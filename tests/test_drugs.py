"""Drug lexicon: names -> canonical INN; genes, classes and chemicals are not drugs."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.normalise.drugs import DrugLexicon, load_rules


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
        "insulin-like growth factor 1, vascular cell adhesion molecule-1 and matrix metalloproteinase 9 levels",
        "hepatitis B viral DNA and glucagon-like peptide-1 were measured",
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


@pytest.mark.parametrize(
    "name",
    [
        # invented names, one per WHO INN stem group: kinase and epigenetic inhibitors, cytotoxics,
        # hormone therapies, antibodies, peptide vaccines, oligonucleotides, gene and cell
        # therapies, supportive care
        "zanvorasib", "tovalidenib", "kelomenib", "pivabresib", "pexadostat", "rilvexinostat",
        "tolatrexate", "lumefosfamide", "doxantrone", "brivadomide", "zelestrant", "moxifene",
        "relogolix", "quilatamab", "sovelimab", "dravonemab", "tovabart", "pravamotide",
        "tenopimut", "kavirsen", "zelaparvovec", "remvotemcel", "valplostim", "feropoetin",
        "morbopag", "lovadustat", "travafermin", "nolapitant", "bexafenac", "pivrazolam",
        "vexolimod", "maxaplon",
    ],
)
def test_inn_stems_name_unseen_drugs(lexicon, name):
    [hit] = lexicon.find(f"patients received {name} daily")
    assert (hit.text, hit.drug, hit.source) == (name, name, "inn-stem")


@pytest.mark.parametrize(
    "text",
    [
        # the stems that end English or laboratory words are not stems ('-cept', '-ase', '-tide',
        # '-stim', '-cel', '-gene', '-leukin', '-relin', '-penem', '-stat', '-arsen')
        "the concept was accepted except in disease with kinase release",
        "a peptide and an oligonucleotide",
        "transcranial stimulation with a Magstim device",
        "interleukin-6 and ghrelin were measured",
        "carbapenem-resistant isolates and an oncogene",
        "a thermostat; symptoms worsen",
    ],
)
def test_words_that_end_like_stems_are_not_drugs(lexicon, text):
    assert lexicon.find(text) == []


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.text(alphabet="bdfgklmnprstvxz", min_size=2, max_size=3).flatmap(
        lambda consonants: st.just("o".join(consonants) + "a")
    ),
    stem=st.sampled_from([s for s in load_rules().inn_stems if len(s) >= 4]),
)
def test_any_name_ending_in_a_long_stem_is_a_drug(prefix, stem):
    """A stem of four letters or more is evidence enough: an unseen name that ends in it is a
    drug, its canonical the name itself (or the lexicon's drug when the name happens to exist)."""
    lexicon = DrugLexicon.default()
    name = prefix + stem
    [hit] = lexicon.find(f"{name} was given")
    assert hit.text == name
    assert hit.drug == (lexicon.canonical(name) or name)


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("randomized to PM01183 or topotecan", "lurbinectedin"),
        ("patients received L-BLP25 930 µg weekly", "tecemotide"),
        ("BAY 43-9006 was given twice daily", "sorafenib"),
        ("BAY43-9006 was given twice daily", "sorafenib"),
        ("AMG510 960 mg daily", "sotorasib"),
        ("DS-8201a 5.4 mg/kg", "trastuzumab deruxtecan"),
    ],
)
def test_well_known_development_codes_are_their_inn(lexicon, text, drug):
    """Codes of oncology drugs that a trial may use without ever writing the INN; each is listed
    written as usual, without its hyphen and without its space."""
    assert lexicon.find(text)[0].drug == drug


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_never_raises_and_spans_are_exact(text):
    lexicon = DrugLexicon.default()
    previous_end = 0
    for m in lexicon.find(text):
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end
        previous_end = m.end


# --- lexicon data: INN names, class context, supplements, standard acronyms -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mustine and mechlorethamine", [("mustine", "chlormethine"), ("mechlorethamine", "chlormethine")]),
        ("ethinyloestradiol 20 µg", [("ethinyloestradiol", "ethinylestradiol")]),
        ("acetaminophen or paracetamol", [("acetaminophen", "paracetamol"), ("paracetamol", "paracetamol")]),
        ("GM-CSF and granulocyte-macrophage colony-stimulating factor", [("GM-CSF", "gm-csf"), ("granulocyte-macrophage colony-stimulating factor", "gm-csf")]),
        ("vitamin B-6 50 mg/d and vitamin B6", [("vitamin B-6", "vitamin b6"), ("vitamin B6", "vitamin b6")]),
        ("pleurodesis with talc", [("talc", "talc")]),
        ("cisplatin (CDDP) and L-OHP", [("cisplatin", "cisplatin"), ("CDDP", "cisplatin"), ("L-OHP", "oxaliplatin")]),
        ("articaine with epinephrine", [("articaine", "articaine"), ("epinephrine", "epinephrine")]),  # not the former INN carticaine
        ("a capsaicin patch or a rivastigmine patch", [("capsaicin patch", "capsaicin"), ("rivastigmine patch", "rivastigmine")]),
        # typeset hyphens (U+2010, U+2011) join words as '-' does
        ("5\u2010FU and a glucagon\u2010like peptide-1 agonist", [("5\u2010FU", "fluorouracil")]),
    ],
)
def test_canonical_names_are_inns_and_guideline_names(lexicon, text, expected):
    assert [(m.text, m.drug) for m in lexicon.find(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "epidermal growth factor receptor (EGFR) mutation",
        "men receiving Gonadotropin-Releasing Hormone Analog therapy",
        "a 3-hydroxy-3-methylglutaryl coenzyme A reductase inhibitor",
        "the poly(ADP-ribose) polymerase inhibitor class",
        "fibroblast growth factor receptor 1 (FGFR1) and angiopoietin-2 levels",
        "plasma homocysteine, troponin I and macrophage-derived chemokine",
        "olive oil-based lipid emulsion; placebo capsules of methylcellulose",
        "methylene blue-assisted lymph node harvesting",
        "progesterone receptor-positive and oestrogen receptor–positive tumours",
        "3 ml of normal saline; saline solution 0.9%; a placebo (saline)",  # a comparator, as placebo (GUIDELINES §7.2)
    ],
)
def test_targets_classes_foods_dyes_and_biomarkers_are_not_drugs(lexicon, text):
    assert lexicon.find(text) == []


@pytest.mark.parametrize(
    ("acronym", "components"),
    [
        ("CMF", ("cyclophosphamide", "fluorouracil", "methotrexate")),
        ("E-CMF", ("cyclophosphamide", "epirubicin", "fluorouracil", "methotrexate")),
        ("UFT", ("tegafur", "uracil")),
        ("MVPP", ("chlormethine", "prednisolone", "procarbazine", "vinblastine")),
        ("FOLFIRINOX", ("fluorouracil", "irinotecan", "leucovorin", "oxaliplatin")),
        ("FLOX", ("fluorouracil", "leucovorin", "oxaliplatin")),
        ("R-CHOEP", ("cyclophosphamide", "doxorubicin", "etoposide", "prednisone", "rituximab", "vincristine")),
        ("IVAC", ("cytarabine", "etoposide", "ifosfamide")),
    ],
)
def test_standard_regimen_acronyms(lexicon, acronym, components):
    [match] = lexicon.find(f"patients randomised to {acronym} or observation")
    assert (match.drug, match.components) == (acronym, components)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["selinexor", "cisplatin", "epirubicin", "bevacizumab"]),
    st.sampled_from(["receptor", "receptors", "analog", "analogues", "agonist", "reductase", "polymerase"]),
)
def test_a_name_before_a_class_word_is_never_a_drug(name, class_word):
    lexicon = DrugLexicon.default()
    assert lexicon.find(f"the {name} {class_word} pathway") == []
    assert [m.drug for m in lexicon.find(f"the {name}, a {class_word} pathway")] == [name]


# --- abbreviations the document defines ------------------------------------------------------

from trialmine.normalise.drugs import abbreviation_matches, defined_abbreviations  # noqa: E402


def _abbreviations(lexicon, text):
    found = abbreviation_matches(text, defined_abbreviations(text, lexicon.find(text), lexicon))
    return [(m.text, m.drug, m.components) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "granisetron plus dexamethasone (GRN+Dx) versus high-dose metoclopramide plus dexamethasone (HDMP + Dx); HDMP+Dx",
            [("GRN", "granisetron", ()), ("Dx", "dexamethasone", ()), ("HDMP", "metoclopramide", ()), ("Dx", "dexamethasone", ()),
             ("HDMP", "metoclopramide", ()), ("Dx", "dexamethasone", ())],
        ),
        ("uracil-tegafur/leucovorin (UFT/LV) was given; UFT/LV", [("LV", "leucovorin", ()), ("LV", "leucovorin", ())]),
        ("erlotinib or irinotecan-cisplatin (IP); three cycles of IP", [("IP", "IP", ("cisplatin", "irinotecan"))] * 2),
        ("phenytoin (PHT) or levetiracetam (LEV); (%LEV/%PHT group)",
         [("PHT", "phenytoin", ()), ("LEV", "levetiracetam", ()), ("LEV", "levetiracetam", ()), ("PHT", "phenytoin", ())]),
        (
            "pentostatin, cyclophosphamide and rituximab (PCR) without or with bevacizumab (PCR-B): PCR-B",
            [("PCR", "PCR", ("cyclophosphamide", "pentostatin", "rituximab"))]
            + [("PCR-B", "PCR-B", ("bevacizumab", "cyclophosphamide", "pentostatin", "rituximab"))] * 2,
        ),
        ("epirubicin (E) containing chemotherapy; vitamin E", [("E", "epirubicin", ())]),
        ("tagraxofusp (SL-401) was given; SL-401", [("SL-401", "tagraxofusp", ())] * 2),  # a code the lexicon lacks
    ],
)
def test_abbreviations_defined_for_drugs_and_combinations(lexicon, text, expected):
    assert _abbreviations(lexicon, text) == expected


def _doses(text: str) -> list[tuple[int, int]]:
    from trialmine.extract.doses import find_doses

    return [(d.start, d.end) for d in find_doses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fimasartan 120 mg (FMS) alone; FMS", [("FMS", "fimasartan", ())] * 2),
        (
            "fimasartan 120 mg/rosuvastatin 20 mg (FMS/RSV) daily; FMS/RSV",
            [("FMS", "fimasartan", ()), ("RSV", "rosuvastatin", ())] * 2,
        ),
        ("irinotecan 180 mg/m2 plus cisplatin 60 mg/m2 (IP); IP", [("IP", "IP", ("cisplatin", "irinotecan"))] * 2),
    ],
)
def test_a_dose_between_a_drug_and_its_abbreviation(lexicon, text, expected):
    found = abbreviation_matches(text, defined_abbreviations(text, lexicon.find(text), lexicon, _doses(text)))
    assert [(m.text, m.drug, m.components) for m in found] == expected
    assert _abbreviations(lexicon, text) == []  # without the dose spans the parenthesis is not next to a drug


@pytest.mark.parametrize(
    ("code", "is_code"),
    [("ABT-199", True), ("MK-3475", True), ("AC220", True), ("LY3009120", True), ("NCT01234567", False),
     ("TCOG0902", False), ("CD133", False), ("SF-36", False), ("IL-6", False), ("HCT116", False)],
)
def test_development_codes_are_told_from_registry_numbers_markers_and_scales(lexicon, code, is_code):
    assert lexicon.is_development_code(code) is is_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DRd or VTD induction", [("DRd", "DRD"), ("VTD", "VTD")]),
        ("mFOLFOX6 versus FLOT", [("mFOLFOX6", "MFOLFOX6"), ("FLOT", "FLOT")]),
        ("R-ICE or R-DHAP salvage", [("R-ICE", "R-ICE"), ("R-DHAP", "R-DHAP")]),
        ("MK-3475 and ABT-199", [("MK-3475", "pembrolizumab"), ("ABT-199", "venetoclax")]),
        ("NSI-189 in the IFM-2009 and RTOG-0617 trials", [("NSI-189", "NSI-189")]),  # trial numbers are no codes
        ("imatinib mesylate, adefovir dipivoxil and sodium selenite",  # salts and esters of a known drug are that drug
         [("imatinib mesylate", "imatinib"), ("adefovir dipivoxil", "adefovir"), ("sodium selenite", "sodium selenite")]),
    ],
)
def test_common_regimen_acronyms_and_development_codes(lexicon, text, expected):
    assert [(m.text, m.drug) for m in lexicon.find(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "cisplatin (IV) on day 1",  # a route
        "docetaxel (75 mg/m2) and gemcitabine (n = 52)",  # a dose and a count
        "erlotinib or gefitinib (EG)",  # alternatives are not one combination, and EG does not start like gefitinib
        "imatinib and nilotinib (TKI)",  # the acronym does not start like the first drug
        "pembrolizumab (KEYNOTE-189)",  # too long for a short form
    ],
)
def test_parentheses_that_define_no_drug_abbreviation(lexicon, text):
    assert _abbreviations(lexicon, text) == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(["cisplatin", "irinotecan", "dexamethasone", "granisetron", "leucovorin"]), min_size=1, max_size=3, unique=True),
    st.sampled_from([" plus ", " and ", "-", "/", " + "]),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ+/ -()0123456789", max_size=12),
)
def test_defined_abbreviations_never_raise_and_spans_are_exact(names, joiner, short):
    lexicon = DrugLexicon.default()
    text = f"{joiner.join(names)} ({short}) then {short} again"
    found = abbreviation_matches(text, defined_abbreviations(text, lexicon.find(text), lexicon))
    previous_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end
        previous_end = m.end
        assert m.drug in names or set(m.components) <= set(names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tacrolimus and sirolimus", [("tacrolimus", "tacrolimus", ()), ("sirolimus", "sirolimus", ())]),  # INNs ending in -s
        ("S-1 plus oxaliplatin", [("S-1", "S-1", ("gimeracil", "oteracil", "tegafur")), ("oxaliplatin", "oxaliplatin", ())]),
        ("VRd induction", [("VRd", "VRD", ("bortezomib", "dexamethasone", "lenalidomide"))]),
        ("CsA and MMF", [("CsA", "ciclosporin", ()), ("MMF", "mycophenolate mofetil", ())]),
    ],
)
def test_inns_ending_in_s_code_names_and_digit_acronyms(lexicon, text, expected):
    assert [(m.text, m.drug, m.components) for m in lexicon.find(text)] == expected


# --- through the pipeline: short forms the document defines as something else -----------------


@pytest.fixture(scope="module")
def nlp():
    from trialmine.nlp.pipeline import build_pipeline

    return build_pipeline()[0]


def test_a_short_form_defined_as_something_else_is_not_the_lexicon_drug(nlp):
    doc = nlp("Iron deficiency anaemia (IDA) is common. Children with IDA received ferrous sulfate.")
    assert "idarubicin" not in {m.drug for m in doc._.drug_mentions}
    doc = nlp("Patients received FLAG-IDA or cytarabine. IDA was given on day 1.")
    assert "idarubicin" in {m.drug for m in doc._.drug_mentions}


def test_defined_combinations_are_tagged_in_the_pipeline(nlp):
    doc = nlp("Patients were randomised to granisetron plus dexamethasone (GRN+Dx) or ondansetron. GRN+Dx was well tolerated.")
    tagged = [(m.text, m.drug, m.method) for m in doc._.drug_mentions if m.start > 60]
    assert ("GRN", "granisetron", "abbreviation") in tagged and ("Dx", "dexamethasone", "abbreviation") in tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Flu-TBI arm", [("Flu", "fludarabine")]),
        ("Bu/Cy or Flu-Mel", [("Bu", "busulfan"), ("Cy", "cyclophosphamide"), ("Flu", "fludarabine"), ("Mel", "melphalan")]),
        ("Flu-Cy-ATG", [("Flu", "fludarabine"), ("Cy", "cyclophosphamide"), ("ATG", "anti-thymocyte globulin")]),
        ("flu-like symptoms; Flu-like illness; the flu", []),
    ],
)
def test_conditioning_shorthand_only_inside_regimen_compounds(lexicon, text, expected):
    assert [(m.text, m.drug) for m in lexicon.find(text)] == expected


# --- short forms a document defines for a combination by its drugs' initials ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # initials in any order, an apposition between the drugs, a placebo gives a letter but no drug
            "the impact of vismodegib, an SHH antagonist, plus gemcitabine (GV) or gemcitabine plus placebo (GP). GV or GP",
            [("GV", "GV", ("gemcitabine", "vismodegib")), ("GP", "GP", ("gemcitabine",))] * 2,
        ),
        (  # the initial of a brand the document writes (Xeloda); 'T' stays where it is defined only
            "xeloda or capecitabine/taxotere (XT) vs taxotere (T), then XT or T",
            [("XT", "XT", ("capecitabine", "docetaxel")), ("T", "docetaxel", ()), ("XT", "XT", ("capecitabine", "docetaxel"))],
        ),
        (  # the initials of the names as written win over a salt name ('monosodium salt leucovorin')
            "mitoxantrone and high-dose 5-FU and leucovorin (MFL): MFL was toxic",
            [("MFL", "MFL", ("fluorouracil", "leucovorin", "mitoxantrone"))] * 2,
        ),
        (  # a drug may give its first letters ('OX'), and its dose stands between it and the bracket
            "5-FU bolus plus leucovorin plus oxaliplatin 85 mg/m2 on weeks 1, 3 and 5 (LOXF). In the LOXF arm",
            [("LOXF", "LOXF", ("fluorouracil", "leucovorin", "oxaliplatin"))] * 2,
        ),
        (  # a regimen named before its bracketed drugs, also where the title names it first
            "GDP versus ESHAP. One group received the GDP regimen (gemcitabine, dexamethasone and cisplatin).",
            [("GDP", "GDP", ("cisplatin", "dexamethasone", "gemcitabine"))] * 2,
        ),
        ("GA101 (obinutuzumab) in CLL: GA101 consolidation", [("GA101", "obinutuzumab", ())] * 2),  # a code before its drug
        (  # the nearest drug spells the short form alone: its own abbreviation, not a combination
            "N-acetylcysteine (NAC), ascorbic acid (AA), and saline; AA",
            [("NAC", "acetylcysteine", ()), ("AA", "ascorbic acid", ()), ("AA", "ascorbic acid", ())],
        ),
    ],
)
def test_combinations_abbreviated_by_their_drugs_initials(lexicon, text, expected):
    assert _abbreviations(lexicon, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "erlotinib or gefitinib (EG)",  # alternatives, not one combination
        "paclitaxel and fluorouracil improved progression-free survival (PFS)",  # an outcome, not a drug
        "capecitabine/taxotere (XT)",  # a brand's initial counts only where the document writes the brand
        "cisplatin and paclitaxel (OC)",  # 'Onxol' (paclitaxel) is not written
        "the GDP regimen (a combination of three drugs)",  # the bracket holds no drug list
    ],
)
def test_brackets_that_abbreviate_no_combination(lexicon, text):
    assert [m for m in _abbreviations(lexicon, text) if m[2]] == []


_INITIALLED = {"gemcitabine": "G", "vismodegib": "V", "oxaliplatin": "O", "leucovorin": "L", "docetaxel": "D", "bevacizumab": "B", "irinotecan": "I"}


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(_INITIALLED)), min_size=2, max_size=4, unique=True),
    st.randoms(use_true_random=False),
    st.sampled_from([" plus ", ", ", " and ", "/", " combined with "]),
)
def test_a_defined_initialism_names_its_drugs_wherever_it_is_written(drugs, rng, joiner):
    """Short form = the drugs' initials in any order: every whole-word occurrence (a title's too)
    is that combination; renaming the short form renames the drug and keeps its drugs."""
    from hypothesis import assume

    lexicon = DrugLexicon.default()
    letters = [_INITIALLED[d] for d in drugs]
    rng.shuffle(letters)
    short = "".join(letters)
    renamed = short[::-1]
    for name in (short, renamed):
        assume(not lexicon.canonical(name) and not lexicon.regimen(name) and name not in lexicon.rules.abbreviation_stopwords)
    body = f"{name_free_title(short)}\nPatients received {joiner.join(drugs)} ({short}). The {short} arm; {short}-treated; {short}s."
    found = [(m.text, m.start) for m in abbreviation_matches(body, defined_abbreviations(body, lexicon.find(body), lexicon))]
    expected = [(short, i) for i in _whole_words(body, short)]
    assert found == expected
    defined = {a.short: a for a in defined_abbreviations(body, lexicon.find(body), lexicon)}
    assert defined[short].components == tuple(sorted(drugs)) and defined[short].drug == short
    other = body.replace(short, renamed)
    defined_other = {a.short: a for a in defined_abbreviations(other, lexicon.find(other), lexicon)}
    assert defined_other[renamed].components == defined[short].components and defined_other[renamed].drug == renamed


def name_free_title(short: str) -> str:
    return f"{short} in advanced cancer"


def _whole_words(text: str, word: str) -> list[int]:
    import re

    return [m.start() for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text)]


def test_a_code_the_document_defines_is_its_drug_in_the_pipeline(nlp):
    doc = nlp("Participants will receive either obinutuzumab (GA-101) consolidation or no treatment. GA-101 was given.")
    tagged = {(m.text, m.drug) for m in doc._.drug_mentions}
    assert ("GA-101", "obinutuzumab") in tagged and not any(drug == "GA-101" for _, drug in tagged)


@pytest.mark.parametrize(
    ("text", "not_drug", "drug"),
    [
        ("High AIB1 correlated to higher estrogen receptor expression in women given tamoxifen.", "estrogen", "tamoxifen"),
        ("Patients on angiotensin II receptor blockers were randomized to losartan or placebo.", "angiotensin ii", "losartan"),
        ("Previous dopamine agonist therapy was allowed; patients then received levodopa.", "dopamine", "levodopa"),
    ],
)
def test_a_name_before_a_class_word_is_no_drug_from_any_source(nlp, text, not_drug, drug):
    """The NER's CHEMICAL spans are held to the lexicon's rule: a name directly followed by a
    class word names a target or class ("estrogen receptor"), not a drug given."""
    drugs = {m.drug for m in nlp(text)._.drug_mentions}
    assert not_drug not in drugs and drug in drugs


@settings(max_examples=100, deadline=None)
@given(
    before=st.text(alphabet="abcdefghij ,.()", max_size=20),
    name=st.sampled_from(["estrogen", "cisplatin", "dopamine", "gefitinib"]),
    gap=st.sampled_from([" ", ") ", "\u00a0"]),
    word=st.sampled_from(["receptor", "receptors", "inhibitor", "agonists", "kinase", "therapy", "was", "and"]),
)
def test_class_word_follows_reads_only_the_next_word(before, name, gap, word):
    lexicon = DrugLexicon.default()
    text = f"{before}{name}{gap}{word} given"
    end = len(before) + len(name)
    assert lexicon.class_word_follows(text, end) is lexicon.rules.is_class_word(word)


def _labelled(lexicon, text):
    found = defined_abbreviations(text, lexicon.find(text), lexicon)
    return [(m.text, m.drug, m.components) for m in abbreviation_matches(text, found)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an arm named by its drug's initial, the label before or after it, an arm size after a comma
            "Patients received cefepime (C group, 20 patients) or cefepime with amikacin (C-A group, 19 patients). "
            "Fever resolved in the C group and the C-A group.",
            [("C", "cefepime", ()), ("C-A", "C-A", ("amikacin", "cefepime")), ("C", "cefepime", ()), ("C-A", "C-A", ("amikacin", "cefepime"))],
        ),
        (
            "bupivacaine combined with clonidine (group C) or with fentanyl (group F). Group C had less pain than group F.",
            [("C", "clonidine", ()), ("F", "fentanyl", ()), ("C", "clonidine", ()), ("F", "fentanyl", ())],
        ),
        ("epirubicin (EPI arm) was given; the EPI arm", [("EPI", "epirubicin", ()), ("EPI", "epirubicin", ())]),
    ],
)
def test_an_arm_labelled_by_its_drugs_short_form(lexicon, text, expected):
    """'(group C)', '(C-A group, 19 patients)': a short form inside an arm label in a bracket after
    the arm's drugs is a drug row wherever it names the arm (pmc_dev decision 25)."""
    assert _labelled(lexicon, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "patients given cisplatin (Control group) did well",  # a word, not an abbreviation
        "cisplatin (treatment group) versus observation",
        "cisplatin (group Control) versus observation",
    ],
)
def test_arm_labels_that_are_no_drug_short_form(lexicon, text):
    assert _labelled(lexicon, text) == []


def test_a_single_letter_short_form_counts_only_where_it_names_an_arm(lexicon):
    text = "cisplatin (group C) was compared with observation. C reactive protein and vitamin C fell in group C."
    found = abbreviation_matches(text, defined_abbreviations(text, lexicon.find(text), lexicon))
    assert [(m.start, m.drug) for m in found] == [(text.index("C)"), "cisplatin"), (text.rindex("C."), "cisplatin")]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(_INITIALLED)),
    st.sampled_from(["group {}", "{} group", "{} arm", "arm {}", "Group {}, n = 20", "{} group; 19 patients"]),
)
def test_a_drug_s_arm_label_names_the_drug_wherever_the_arm_is_named(drug, label):
    lexicon = DrugLexicon.default()
    short = _INITIALLED[drug]
    text = f"Patients received {drug} ({label.format(short)}) or placebo. Pain was lower in group {short} than with placebo."
    assert [(found, name) for found, name, _ in _labelled(lexicon, text)] == [(short, drug), (short, drug)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("compared with none in GM-CSF-treated patients", [("GM-CSF", "gm-csf")]),
        ("5-FU-based chemotherapy", [("5-FU", "fluorouracil")]),
        ("Ara-C-containing induction", [("Ara-C", "cytarabine")]),
        ("FLAG-IDA-treated patients", [("FLAG-IDA", "FLAG-IDA")]),
        ("a R-CHOP-like regimen", []),  # what it resembles, not a drug
        ("5-FU/LV", [("5-FU", "fluorouracil")]),  # a slash joins drugs: no name across it
    ],
)
def test_a_hyphenated_name_inside_a_longer_compound(lexicon, text, expected):
    assert [(m.text, m.drug) for m in lexicon.find(text)] == expected


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["GM-CSF", "G-CSF", "5-FU", "Ara-C", "CPT-11", "VP-16", "6-MP", "L-OHP"]),
    st.sampled_from(["based", "treated", "containing", "induced", "refractory", "resistant", "mobilized"]),
)
def test_a_hyphenated_name_keeps_its_drug_before_any_suffix(name, suffix):
    lexicon = DrugLexicon.default()
    alone = lexicon.find(name)
    found = lexicon.find(f"in {name}-{suffix} patients")
    assert len(alone) == 1 and [(m.text, m.drug) for m in found] == [(name, alone[0].drug)]


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("homeostasis model assessment of insulin resistance", True),
        ("fasting insulin fell", True),
        ("serum vitamin D levels were low", True),
        ("growth hormone secretion", True),
        ("serotonin and norepinephrine reuptake inhibitors", True),
        ("insulin therapy was started", False),
        ("vitamin D supplementation", False),
        ("basal insulin", False),
        ("lidocaine with different epinephrine concentrations", False),
        ("cisplatin levels", False),  # no body substance: a given drug measured is still the drug
    ],
)
def test_the_body_s_own_substance_measured_is_no_drug(lexicon, text, measured):
    (mention,) = [m for m in lexicon.find(text) if m.drug != "lidocaine"]
    assert lexicon.measured_in_the_body(text, mention.start, mention.end, mention.drug) == measured


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["insulin", "glucagon", "growth hormone", "erythropoietin", "progesterone"]),
    st.sampled_from(["resistance", "secretion", "levels", "deficiency"]),
)
def test_a_body_substance_is_a_drug_only_where_it_is_given(name, measure):
    lexicon = DrugLexicon.default()
    given_text = f"Patients received {name} daily."
    measured_text = f"Patients had low {name} {measure}."
    (given_mention,) = lexicon.find(given_text)
    (measured_mention,) = lexicon.find(measured_text)
    assert not lexicon.measured_in_the_body(given_text, given_mention.start, given_mention.end, given_mention.drug)
    assert lexicon.measured_in_the_body(measured_text, measured_mention.start, measured_mention.end, measured_mention.drug)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the arm's label after the drug's dose and schedule; 'EPO' of 'EPI-EPO' where 'EPI' is defined
            "Women received epirubicin 120 mg/m2/1-21 (EPI ARM), epirubicin 120 mg/m2/1-21 + erythropoietin "
            "10.000 IU sc three times weekly (EPI-EPO ARM) or epirubicin 40 mg/m2/w-q21 (EPI-W ARM).",
            [("EPI", "epirubicin"), ("EPI", "epirubicin"), ("EPO", "erythropoietin"), ("EPI", "epirubicin")],
        ),
        (
            "Patients received 0.5% hypobaric bupivacaine USpA (group B) or 0.5% hypobaric ropivacaine USpA (group R).",
            [("B", "bupivacaine"), ("R", "ropivacaine")],
        ),
    ],
)
def test_an_arm_label_after_the_drug_s_dose_and_schedule(lexicon, text, expected):
    found = defined_abbreviations(text, lexicon.find(text), lexicon, _doses(text))
    assert [(m.text, m.drug) for m in abbreviation_matches(text, found)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "cisplatin 75 mg/m2 with docetaxel (DC group) or observation",  # another drug before the bracket
        "cisplatin 75 mg/m2 every 3 weeks (DOSE-dense arm). C fell.",  # no short form of the drug
        "cisplatin 75 mg/m2 every 3 weeks (see Methods) and group C",  # no arm label in the bracket
    ],
)
def test_no_arm_label_short_form_across_another_drug_or_without_its_initials(lexicon, text):
    found = defined_abbreviations(text, lexicon.find(text), lexicon, _doses(text))
    assert [m.drug for m in abbreviation_matches(text, found) if m.drug == "cisplatin"] == []


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from([("progesterone", "P"), ("growth hormone", "GH"), ("insulin", "INS"), ("erythropoietin", "EPO")]),
    st.sampled_from(["levels", "concentrations", "secretion"]),
)
def test_the_short_form_of_a_measured_body_substance_is_no_drug(nlp, substance, measure):
    """'serum progesterone (P) levels': the substance measured defines no drug short form (the
    tagger drops measured substances before it reads which short forms the document defines)."""
    name, short = substance
    doc = nlp(f"Serum {name} ({short}) {measure} did not differ between groups. {short} rose in both groups after 12 weeks.")
    assert doc._.drug_mentions == []
