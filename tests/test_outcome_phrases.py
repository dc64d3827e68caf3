"""The learned outcome phrase fallback (trialmine.phrases): choosing a phrase, the shipped tagger in
the real pipeline, its place in the extractor version, training and shipping a tagger."""

import json
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from trialmine.cli import app
from trialmine.ingest.document import Document
from trialmine.nlp.pipeline import build_pipeline
from trialmine.phrases import PhraseVectorsError, bundled_model_path, load_model
from trialmine.phrases.pipe import METHOD_SUFFIX, may_be_outcome, names_a_time, nearest_outcome
from trialmine.run import extract
from trialmine.version import ModelUnavailableError, extractor_version

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from outcome_phrases import pipeline_config  # noqa: E402  (the installed pipeline.toml with the pipe off or on another model)

needs_model = pytest.mark.skipif(not (bundled_model_path() / "config.cfg").exists(), reason="bundled phrase tagger not present")

# results whose outcome no vocabulary, sentence pattern or parse of the rules names
UNNAMED_BY_RULES = [
    ("Mechanical ventilation duration (days) was 0 days in ultra-fast and 2.31 ± 1.8 days in late extubation.",
     "2.31 ± 1.8 days", "Mechanical ventilation duration"),
    ("Median endurance time did not differ significantly; nitrate 5.65 (3.90–10.40) minutes vs. placebo 6.10 (4.20–9.60) minutes.",
     "5.65", "Median endurance time"),
]  # fmt: skip


def result_at(rows: list[dict], value: str) -> dict:
    return next(r for r in rows if r["kind"] == "result" and r["text"] == value)


# --- choosing the phrase -------------------------------------------------------------------------


def test_the_nearest_phrase_before_the_value_is_taken_else_the_nearest_after():
    assert nearest_outcome([(0, 9), (14, 22), (40, 48)], 30, 33) == (14, 22)
    assert nearest_outcome([(40, 48), (52, 60)], 30, 33) == (40, 48)
    assert nearest_outcome([(28, 35)], 30, 33) is None  # overlapping the value: never
    assert nearest_outcome([], 30, 33) is None


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1]))), st.integers(0, 200), st.integers(1, 20))
def test_the_chosen_phrase_never_overlaps_the_value_and_prefers_one_before(phrases, start, width):
    end = start + width
    chosen = nearest_outcome(phrases, start, end)
    if chosen is None:
        assert all(p[1] > start and p[0] < end for p in phrases)
        return
    assert chosen in phrases and (chosen[1] <= start or chosen[0] >= end)
    if chosen[0] >= end:
        assert not any(p[1] <= start for p in phrases)


@pytest.mark.parametrize("phrase", ["week 12", "at 6 months", "8\xa0weeks", "third visit", "baseline", "the 12-month follow-up", "day 7"])
def test_a_phrase_that_only_says_when_names_a_time(phrase):
    assert names_a_time(phrase)


@pytest.mark.parametrize("phrase", ["mortality", "baseline HbA1c", "pain at 6 months", "Grade 4 neutropenia", "first medical contact"])
def test_a_phrase_that_says_what_names_no_time(phrase):
    assert not names_a_time(phrase)


@needs_model
@pytest.mark.parametrize(
    ("text", "phrase", "allowed"),
    [
        ("At week 12, mortality was 12% with drug A.", "week 12", False),  # when, not what
        ("At week 12, mortality was 12% with drug A.", "mortality", True),
        ("The incidence rate ratio was 0.38.", "incidence rate", False),  # part of a statistic's name
        ("The hazard ratio was 0.66.", "hazard ratio", False),
        ("Response was 45% with docetaxel and 30% with placebo.", "docetaxel", False),  # a drug
    ],
)
def test_a_tagged_phrase_is_taken_only_where_it_can_name_an_outcome(text, phrase, allowed):
    doc = build_pipeline()[0](text)
    start = text.index(phrase)
    assert may_be_outcome(doc, (start, start + len(phrase))) is allowed


# --- the shipped tagger in the pipeline ----------------------------------------------------------


@needs_model
@pytest.mark.parametrize("text, value, phrase", UNNAMED_BY_RULES)
def test_a_result_the_rules_name_no_outcome_for_gets_the_learned_phrase(tmp_path, text, value, phrase):
    document = Document("d1", "text", text, "d1.txt")
    off = result_at(extract([document], pipeline_config=pipeline_config(tmp_path, None)).rows, value)
    assert off["endpoint_text"] is None and not off["method"].endswith(METHOD_SUFFIX)
    row = result_at(extract([document]).rows, value)
    # the tagged phrase holds the outcome (its exact edges are the model's: "... duration (days)")
    assert phrase in row["endpoint_text"] and row["endpoint_text"] in text and row["method"] == off["method"] + METHOD_SUFFIX
    assert {k: v for k, v in row.items() if k not in ("endpoint_text", "method")} == {k: v for k, v in off.items() if k not in ("endpoint_text", "method")}


@needs_model
def test_the_rules_outcome_is_never_replaced():
    rows = extract([Document("d1", "text", "The overall response rate was 45% with drug A and 30% with placebo.", "d1.txt")]).rows
    results = [r for r in rows if r["kind"] == "result"]
    assert results and all(r["endpoint_text"] and not r["method"].endswith(METHOD_SUFFIX) for r in results)


@needs_model
def test_the_bundled_tagger_tags_outcomes_and_arms():
    doc = load_model()("The incidence of postoperative nausea was 12% in the ondansetron group and 30% in the placebo group.")
    assert {(e.label_, e.text) for e in doc.ents} >= {("OC", "incidence of postoperative nausea"), ("INTV", "placebo group")}


@needs_model
def test_the_tagger_model_is_part_of_the_extractor_version(tmp_path):
    model = tmp_path / "tagger"
    shutil.copytree(bundled_model_path(), model)
    config = pipeline_config(tmp_path, str(model))
    before = extractor_version(pipeline_config=config)
    meta = json.loads((model / "meta.json").read_text("utf-8"))
    (model / "meta.json").write_text(json.dumps({**meta, "version": "0.1.1"}), "utf-8")
    assert extractor_version(pipeline_config=config) != before
    assert extractor_version(pipeline_config=pipeline_config(tmp_path, None)) != before


def test_a_missing_tagger_model_is_named_with_its_remedy(tmp_path):
    with pytest.raises(ModelUnavailableError, match=r"outcome phrase tagger model '.*gone'.*trialmine phrases train"):
        extractor_version(pipeline_config=pipeline_config(tmp_path, str(tmp_path / "gone")))


@needs_model
def test_the_tagger_refuses_missing_vectors(tmp_path):
    with pytest.raises(PhraseVectorsError, match="needs the static vectors"):
        load_model(vectors_from=tmp_path)


# --- training and shipping -----------------------------------------------------------------------

SENTENCE_SET = {
    "pmid": "10000000", "source": "abstract",
    "sentences": [{"text": "Mortality was 12% with drug A and 20% with placebo.",
                   "values": [{"value": "12%", "outcome": "Mortality", "arm": "drug A"},
                              {"value": "20%", "outcome": "Mortality", "arm": "placebo"}]}],
    "notes": "",
}  # fmt: skip


def development_data(folder: Path) -> tuple[Path, Path]:
    """An RCT-ART folder (its development file: one sentence) and a folder of one sentence set."""
    rct_art = folder / "rct_art"
    rct_art.mkdir()
    source = Path(__file__).resolve().parents[2] / "shared" / "data" / "rct_art" / "cardiovascular_disease.jsonl"
    with source.open(encoding="utf-8") as lines:
        (rct_art / "cardiovascular_disease.jsonl").write_text(next(lines), "utf-8")
    sets = folder / "sets" / "tiny"
    sets.mkdir(parents=True)
    (sets / "10000000.json").write_text(json.dumps(SENTENCE_SET), "utf-8")
    return rct_art, sets.parent


@needs_model
@pytest.mark.slow
def test_training_ships_a_tagger_without_the_shared_vectors_that_loads_and_tags(tmp_path):
    rct_art, sets = development_data(tmp_path)
    out = tmp_path / "model"
    out.mkdir()
    (out / "MODEL.md").write_text("card", "utf-8")
    result = CliRunner().invoke(app, ["phrases", "train", "--rct-art", str(rct_art), "--sentences", str(sets), "--out", str(out), "--epochs", "2"])
    assert result.exit_code == 0, result.output
    metrics = json.loads((out / "metrics.json").read_text("utf-8"))
    assert metrics["sentences"] == 2 and metrics["training_data"]["tiny"] == {"sentences": 1, "OC": 1, "INTV": 2}
    assert not (out / "vocab" / "vectors").exists() and (out / "MODEL.md").read_text("utf-8") == "card"
    assert load_model(out)("Mortality was 12% with drug A.").has_annotation("ENT_IOB")


def test_training_without_its_data_names_what_is_missing(tmp_path):
    result = CliRunner().invoke(app, ["phrases", "train", "--rct-art", str(tmp_path / "nowhere"), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "cardiovascular_disease.jsonl" in result.output
    assert not (tmp_path / "m").exists()


@needs_model
def test_the_tag_command_prints_the_phrases_of_a_sentence():
    result = CliRunner().invoke(app, ["phrases", "tag", "Mortality was 12% in the placebo group."])
    assert result.exit_code == 0 and "OC\t0\t9\tMortality" in result.output
