"""Adverse events the vocabulary does not list: a disease-headed outcome phrase in a sentence about
safety or about an event befalling patients is a `safety` result coded by its own term (GUIDELINES
§4.4), also when the phrase is the learned one; without that context, for a disease relieved, or
with a vocabulary code, nothing changes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.extract.link import extract_rows
from trialmine.ingest.document import Document
from trialmine.nlp.pipeline import build_pipeline
from trialmine.validate.match import FIELD_EQUAL


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def _results(nlp, text: str) -> dict[str, tuple[str | None, str]]:
    document = Document("ae", "text", text, "ae.txt")
    return {r["text"]: (r["endpoint"], r["category"]) for r in extract_rows(document, nlp(text)) if r["kind"] == "result"}


@pytest.mark.parametrize(
    "text, value, code",
    [
        ("Adverse effects common with the study drug were drowsiness (57%), postural dizziness (35%) and lightheadedness (18%).", "35%", "postural dizziness"),
        ("Adverse effects common with the study drug were drowsiness (57%), postural dizziness (35%) and lightheadedness (18%).", "57%", "drowsiness"),
        ("The most frequent side effects were constipation (12%) and insomnia (9%).", "9%", "insomnia"),
        ("Wound healing complications were more prevalent in the experimental group (12% vs 7%).", "12%", "wound healing complications"),
        # a disease head is coded in the singular; a list item after "included" is the outcome of its bracket
        ("Serious adverse events included anastomotic leaks (12 events in the A group vs 20 in the B group).", "12", "anastomotic leak"),
        ("Serious adverse events included anastomotic leaks (12 events in the A group vs 20 in the B group).", "20", "anastomotic leak"),
        # the disease term without the words around it
        ("Toxic effects were more common in the B group (12% vs 7%). After oesophagectomy, post-operative anastomotic leak "
         "rates were 24% in the B group and 10% in the A group.", "10%", "anastomotic leak"),
        # a sentence after one that reports safety results is about safety too
        ("Adverse effects were drowsiness (57%) and dizziness (35%). Blood pressure was lower on day 1 (P = 0.05) but "
         "orthostatic hypotension was a problem in only 7%.", "7%", "orthostatic hypotension"),
        # a laboratory change closed or opened by a change word, as CTCAE terms are written
        ("The most common grade 3 AEs in the A vs B arms were hypertension (21.3% vs 6.0%), alanine aminotransferase "
         "increase (14.9% vs 2.0%) and fatigue (12.8% vs 2.0%).", "14.9%", "alanine aminotransferase increase"),
        ("The most common adverse events were leucopenia (20%), increased ALP (15%) and decreased appetite (12%).", "15%", "increased alp"),
        ("The most common adverse events were leucopenia (20%), increased ALP (15%) and decreased appetite (12%).", "12%", "decreased appetite"),
        # the change word between the phrase and its bracket belongs to the term
        ("The most frequently reported TEAE were upper respiratory tract infection (7.0%) and alanine aminotransferase "
         "increased (5.0%) in the SB4 group.", "5.0%", "alanine aminotransferase increased"),
        # a disease in a sentence that says it befell patients (event words), without a safety cue
        ("The incidence of oral candidiasis was low (4%) in all groups.", "4%", "oral candidiasis"),
        ("Four patients developed a fever after cell infusion.", "Four", "fever"),
        ("Postoperative ileus occurred in 15% of patients.", "15%", "postoperative ileus"),
        # a grade with any relation sign; a cue-headed term without its lead and grade
        ("Grade ⩾3 hemoptysis was noted in 4% of patients.", "4%", "hemoptysis"),
        ("The rate of grade 3-4 skin toxicity was 12% in arm A and 3% in arm B.", "3%", "skin toxicity"),
        # an unlisted disease is a mention the linker reads as it reads listed ones: after a generic
        # cue, in a comparison, in a "respectively" list
        ("The most common grade 3-4 adverse event was hemoptysis (74% vs 65%).", "65%", "hemoptysis"),
        ("Most adverse events were comparable in both arms, with more severe hemoptysis in the PE arm than in "
         "the FEC arm (11.97% vs. 5.96%).", "5.96%", "hemoptysis"),
        ("Grade 3 hiccups and hemoptysis were noted in 4.5% and 3.0% of patients, respectively.", "4.5%", "hiccup"),
        ("Grade 3 hiccups and hemoptysis were noted in 4.5% and 3.0% of patients, respectively.", "3.0%", "hemoptysis"),
        # a short form the document defines is coded by its long form
        ("Post-dural puncture headache (PDPH) is common after spinal anaesthesia. The incidence of PDPH was 6.5% in "
         "Group A and 4.9% in Group Q.", "4.9%", "post-dural puncture headache"),
    ],
)
def test_an_unlisted_adverse_event_is_coded_by_its_term(nlp, text: str, value: str, code: str) -> None:
    assert _results(nlp, text)[value] == (code, "safety")


@pytest.mark.parametrize(
    "text, value",
    [
        # no safety cue in the sentence: a disease-headed outcome keeps no code
        ("Drowsiness was reported by 57% of patients at week 4.", "57%"),
        # the vocabulary's own code wins ("ORR"), the cue notwithstanding
        ("ORR was 45% and toxicities were manageable.", "45%"),
        # a negated phrase names no event
        ("Apart from neutropenia no other toxic effects were reported at grade 3 in more than 10% of patients.", "more than 10%"),
        # a cue in a sentence that reports no safety result does not open a safety passage
        ("Side effects like pruritus and nausea were recorded. Results: Postoperative ileus was seen in 15% of patients.", "15%"),
        ("All patients could be evaluated for efficacy and toxicity. The majority had adenocarcinoma (65.2%).", "65.2%"),
        # a change outside a safety passage is an outcome, not an adverse event
        ("Serum creatinine increase was seen in 12% of patients at week 4.", "12%"),
        # a disease relieved is no event, whatever the event words
        ("Of these patients, 48.4% experienced a ≥50% reduction in pain compared to 17.6% of placebo patients.", "48.4%"),
        # "safety" and "tolerability" are cues, not events
        ("Tocilizumab safety was rated good by 90% of patients.", "90%"),
    ],
)
def test_no_code_is_invented_outside_safety_context(nlp, text: str, value: str) -> None:
    endpoint, category = _results(nlp, text)[value]
    assert (endpoint, category) != ("drowsiness", "safety")
    if "ORR" in text:
        assert endpoint == "ORR"
    else:
        assert endpoint is None


@pytest.mark.parametrize(
    "text, value, code",
    [
        # a treatment the NER tags as a disease
        ("However, 12 patients receiving thrombolysis (9 systemic, 3 local) suffered major bleeding complications.", "12", "bleeding"),
        # a cause of the events counted
        ("Serious adverse events due to psychiatric conditions were associated with drug X (3 vs. 0).", "3", "adverse events"),
        # examples of the group a value counts
        ("Group P2 showed a lower incidence of complications (17%) such as hemodynamic instability and inadequate "
         "sedation than Group P1.5 (55.3%).", "17%", "complications"),
        # a disease relieved
        ("Adverse events were mild; 60% of patients experienced pain relief of at least 30%.", "60%", None),
        # a short form the NER tags as a disease that the document defines as an arm
        ("Patients used a mandibular advancement device (MAD) or a placebo device (PD). Secondary effects (mostly "
         "mild) occurred in the 85.7% and the 86.8% of the users of MAD and PD, respectively.", "86.8%", None),
    ],
)
def test_a_disease_that_is_no_event_takes_no_value(nlp, text: str, value: str, code: str | None) -> None:
    assert _results(nlp, text)[value][0] == code


def test_validation_compares_endpoints_through_the_vocabulary() -> None:
    same = FIELD_EQUAL["endpoint"]
    assert same({"endpoint": "diarrhoea"}, {"endpoint": "diarrhea"}, 0.05)
    assert same({"endpoint": "Overall response rate"}, {"endpoint": "ORR"}, 0.05)
    assert not same({"endpoint": "diarrhoea"}, {"endpoint": "nausea"}, 0.05)
    assert not same({"endpoint": "drowsiness"}, {"endpoint": None}, 0.05)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("leaks", "leak"), ("toxicities", "toxicity"), ("abscesses", "abscess"), ("seizures", "seizure"),
     ("diabetes", "diabetes"), ("stenosis", "stenosis"), ("herpes", "herpes"), ("nausea", "nausea")],
)
def test_disease_heads_are_coded_in_the_singular(word: str, expected: str) -> None:
    from trialmine.extract.adverse_events import AdverseEventRules, singular

    assert singular(word, AdverseEventRules.default().singular_as_written) == expected


@given(st.lists(st.sampled_from(["alt", "serum", "creatinine", "increase", "increased", "elevation", "appetite"]), max_size=5))
def test_a_change_names_something_that_changes(words: list[str]) -> None:
    """A change word alone names no event; beside another word, closing or opening the term, it does."""
    from trialmine.extract.adverse_events import AdverseEventRules, _names_change

    change_words = AdverseEventRules.default().change_words
    named = _names_change(" ".join(words), change_words)
    assert named == (len(words) >= 2 and (words[0] in change_words or words[-1] in change_words))


def test_a_learned_outcome_phrase_naming_an_adverse_event_gives_its_code(nlp) -> None:
    """The rules find no outcome phrase for 55.3%; the learned one ("incidence of complications") is
    headed by a safety cue, so the row takes its term as code (trialmine_outcome_phrases)."""
    text = ("Group P2 showed a lower incidence of complications (17%) such as hemodynamic instability and inadequate "
            "sedation than Group P1.5 (55.3%, P < 0.001) or Group P2.5 (40.4%, P = 0.012).")
    row = next(r for r in extract_rows(Document("ae", "text", text, "ae.txt"), nlp(text)) if r["text"] == "55.3%")
    assert row["method"].endswith("+learned:outcome")
    assert (row["endpoint"], row["category"], row["endpoint_text"]) == ("complications", "safety", "incidence of complications")


# unlisted terms the NER model tags as diseases in the sentence below (checked over all their orders)
_UNLISTED_TERMS = ["hemoptysis", "hiccups", "dysphagia", "tinnitus", "vertigo", "xerostomia", "hoarseness", "urticaria", "conjunctivitis"]


@settings(max_examples=15, deadline=None)
@given(st.permutations(_UNLISTED_TERMS).map(lambda terms: terms[:3]))
def test_unlisted_terms_in_a_respectively_list_pair_with_their_values_in_order(nlp, terms: list[str]) -> None:
    """Unlisted adverse events are mentions the linker pairs as it pairs listed ones: each value of
    a "respectively" list takes the term at its place, so reordering the terms reorders the codes."""
    from trialmine.extract.adverse_events import singular

    text = f"Grade 3 {terms[0]}, {terms[1]} and {terms[2]} were noted in 12%, 7% and 3% of patients, respectively."
    codes = [_results(nlp, text)[value][0] for value in ("12%", "7%", "3%")]
    assert codes == [singular(term) for term in terms]
    assert len(set(codes)) == 3  # each value a different event


@pytest.mark.parametrize(
    "text, value",
    [
        ("Side effects were noted in 9 patients in the rizatriptan group and 3 in the placebo group.", "9"),
        ("Slight side effects (18.75%) included maldigestion and rash in the treatment group.", "18.75%"),
        ("The number of SAEs did not differ (intervention 13.1%, control 12.7%).", "13.1%"),
    ],
)
def test_side_effects_and_serious_adverse_events_are_adverse_events(nlp, text: str, value: str) -> None:
    # the generic names of adverse events are the vocabulary's `adverse events`, not a term of their own
    assert _results(nlp, text)[value] == ("adverse events", "safety")
