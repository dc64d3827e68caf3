"""The extraction pipeline: the NER model really runs inside it, and each component does its job."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trialmine.extract.link import extract_rows
from trialmine.ingest.text import text_document
from trialmine.ner import ModelNotFoundError, bundled_model_path
from trialmine.nlp.pipeline import build_pipeline
from trialmine.store.schema import to_evidence_frame

needs_bundled_model = pytest.mark.skipif(
    not (bundled_model_path() / "config.cfg").exists(), reason="bundled NER model not present"
)


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


@needs_bundled_model
def test_ner_runs_inside_the_extraction_pipeline(nlp):
    doc = nlp("Cisplatin-induced nephrotoxicity was treated with magnesium.")
    assert any(e.label_ == "CHEMICAL" and "Cisplatin" in e.text for e in doc.ents)
    assert any(e.label_ == "DISEASE" for e in doc.ents)


@needs_bundled_model
def test_ner_finds_a_drug_the_lexicon_does_not_know(nlp):
    doc = nlp("Patients were treated with zorbatinib or placebo.")
    methods = {m.drug: m.method for m in doc._.drug_mentions}
    assert methods.get("zorbatinib") == "ner+inn-stem"  # the NER tagged it and the INN stem confirms it


def test_sentences_end_at_line_breaks_and_not_after_et_al(nlp):
    doc = nlp("Results were good (Garzon et al., 2017). Next.\n2.2 Treatment schedule\nPatients received drugs.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Results were good (Garzon et al., 2017)."
    assert "2.2 Treatment schedule" in sentences


def test_abbreviations_defined_in_the_text_resolve_to_endpoints(nlp):
    doc = nlp("The quality of life index (QLI) was high. QLI was 40%.")
    assert [m.code for m in doc._.endpoint_mentions if m.text == "QLI"] == []  # unknown long form: no guess
    doc = nlp("The event-free survival rate (EFSR) was high. EFSR was 40%.")  # the rate of a known outcome
    assert {m.code for m in doc._.endpoint_mentions if m.text == "EFSR"} == {"EFS"}
    doc = nlp("The overall response rate (OR) was 50%. OR was 40% in arm B.")
    assert {m.code for m in doc._.endpoint_mentions if m.text == "OR"} == {"ORR"}


def test_a_missing_bundled_model_falls_back_to_the_lexicon_with_a_note(monkeypatch, tmp_path):
    import trialmine.ner

    monkeypatch.delenv("TRIALMINE_NER_MODEL", raising=False)
    monkeypatch.setattr(trialmine.ner, "bundled_model_path", lambda: tmp_path / "no_model_here")
    nlp, info = build_pipeline.__wrapped__()  # uncached: the other tests' pipeline has the real model
    assert info.ner_model == "none (lexicon only)" and "cannot load NER model" in info.note
    # the pipes whose models read the NER model's vectors are off, and the note says so
    assert "the dependency parser is off" in info.note and "the learned outcome phrase tagger is off" in info.note
    assert "trialmine_parser" not in nlp.pipe_names and "trialmine_outcome_phrases" not in nlp.pipe_names
    assert [m.drug for m in nlp("selinexor plus ruxolitinib")._.drug_mentions] == ["selinexor", "ruxolitinib"]


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_requested_ner_model_that_cannot_load_is_an_error_naming_it(monkeypatch, how):
    if how == "environment":
        monkeypatch.setenv("TRIALMINE_NER_MODEL", "/nonexistent/model_x")
    with pytest.raises(ModelNotFoundError, match="model_x"):
        build_pipeline.__wrapped__(ner_model="/nonexistent/model_x" if how == "option" else None)


def test_without_fallback_a_missing_model_is_an_error(tmp_path):
    config = tmp_path / "pipeline.toml"
    config.write_text('[ner]\nmodel = "/nonexistent/model"\nfallback_to_lexicon = false\n[[components]]\nfactory = "sentencizer"\n')
    with pytest.raises(ModelNotFoundError, match="nonexistent"):
        build_pipeline(pipeline_config=config)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400))
def test_whole_extraction_never_raises_and_offsets_hold(nlp, text):
    """Arbitrary Unicode through the real pipeline and linking: rows always satisfy the contract."""
    document = text_document("fuzz", text, "fuzz.txt")
    rows = extract_rows(document, nlp(document.text))
    to_evidence_frame(rows)  # the pandera contract
    for row in rows:
        assert document.text[row["start"] : row["end"]] == row["text"]
