"""Tests for trialmine.ner: PubTator reader, conversion, bundled model, training."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.ner.convert import AlignmentReport, convert, pubtator_to_doc
from trialmine.ner.pubtator import (
    Mention,
    PubTatorDocument,
    PubTatorFormatError,
    parse_pubtator,
    read_pubtator,
    write_pubtator,
)
from trialmine.ner.tokenizer import blank_pipeline

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("TRIALMINE_BC5CDR", REPO.parent / "shared" / "data" / "bc5cdr"))
needs_data = pytest.mark.skipif(not (DATA / "CDR_TrainingSet.PubTator.txt").exists(), reason=f"BC5CDR not at {DATA}")

EXAMPLE = """\
227508|t|Naloxone reverses the antihypertensive effect of clonidine.
227508|a|In unanesthetized, spontaneously hypertensive rats the decrease in blood pressure was reversed.
227508\t0\t8\tNaloxone\tChemical\tD009270
227508\t49\t58\tclonidine\tChemical\tD003000
227508\t93\t105\thypertensive\tDisease\tD006973
227508\tCID\tD008750\tD007022

354896|t|Lidocaine-induced cardiac asystole.
354896|a|Intravenous administration of a single 50 mg bolus of lidocaine.
354896\t0\t9\tLidocaine\tChemical\tD008012
354896\t18\t34\tcardiac asystole\tDisease\tD006323
354896\t18\t34\tcardiac asystole\tDisease\tD006323|D001145\tcardiac|asystole
"""


# --------------------------------------------------------------------------- reader
def test_parse_example_documents():
    docs = list(parse_pubtator(EXAMPLE.splitlines(), source="example"))
    assert [d.pmid for d in docs] == ["227508", "354896"]
    first = docs[0]
    assert first.title.startswith("Naloxone reverses")
    assert first.text == first.title + " " + first.abstract
    assert first.mentions[0] == Mention(0, 8, "Naloxone", "Chemical", ("D009270",), ())
    assert len(first.mentions) == 3  # the CID line is skipped
    assert docs[1].mentions[2].ids == ("D006323", "D001145")
    assert docs[1].mentions[2].individual_mentions == ("cardiac", "asystole")
    for d in docs:
        for m in d.mentions:
            assert d.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "bad_line, line_no, fragment",
    [
        ("227508\tx\t8\tNaloxone\tChemical\tD009270", 3, "not an integer"),
        ("227508\t0\t9\tNaloxone\tChemical\tD009270", 3, "!= text"),
        ("227508\t0\t8\tNaloxone\tGene\tD009270", 3, "unknown entity type"),
        ("227508\t0\t8\tNaloxone", 3, "6 or 7"),
        ("999\t0\t8\tNaloxone\tChemical\tD009270", 3, "does not match"),
    ],
)
def test_malformed_line_names_file_and_line(tmp_path, bad_line, line_no, fragment):
    lines = EXAMPLE.splitlines()
    lines[2] = bad_line
    path = tmp_path / "bad.PubTator.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PubTatorFormatError) as err:
        read_pubtator(path)
    assert err.value.line_no == line_no
    assert f"{path}:{line_no}:" in str(err.value)
    assert fragment in str(err.value)


def test_malformed_header_line():
    text = "1|x|title\n1|a|abstract\n"
    with pytest.raises(PubTatorFormatError, match=r"<string>:1:"):
        list(parse_pubtator(text.splitlines()))
    with pytest.raises(PubTatorFormatError, match=r"src:2: abstract line before a title"):
        list(parse_pubtator(["", "1|a|abstract"], source="src"))


_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\t\n\r\x0b\x0c\x1c\x1d\x1e\x85")


@st.composite
def documents(draw):
    title = draw(st.text(_chars, min_size=1, max_size=40))
    abstract = draw(st.text(_chars, max_size=120))
    text = f"{title} {abstract}"
    mentions = []
    for _ in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        ids = tuple(draw(st.lists(st.from_regex(r"D[0-9]{6}|-1", fullmatch=True), min_size=1, max_size=2)))
        mentions.append(Mention(start, end, text[start:end], draw(st.sampled_from(["Chemical", "Disease"])), ids))
    pmid = str(draw(st.integers(1, 10**8)))
    return PubTatorDocument(pmid, title, abstract, mentions)


@settings(max_examples=200, deadline=None)
@given(st.lists(documents(), min_size=1, max_size=3))
def test_offsets_round_trip(docs):
    # distinct PMIDs are not required by the format; the reader keeps order
    back = list(parse_pubtator(write_pubtator(docs).split("\n"), source="prop"))
    assert back == docs
    for d in back:
        for m in d.mentions:
            assert d.text[m.start : m.end] == m.text


# --------------------------------------------------------------------------- conversion
def test_conversion_accounts_for_every_mention():
    docs = list(parse_pubtator(EXAMPLE.splitlines()))
    nlp = blank_pipeline("trialmine")
    sdocs, rep = convert(nlp, docs)
    assert rep.total == 6
    assert rep.aligned + rep.misaligned + rep.overlapping == rep.total
    assert rep.misaligned == 0  # "Lidocaine-induced" is split by the trialmine tokenizer
    assert [(e.text, e.label_) for e in sdocs[1].ents][:2] == [("Lidocaine", "CHEMICAL"), ("cardiac asystole", "DISEASE")]


def test_scispacy_tokenizer_misalignment_is_counted_not_hidden():
    doc = PubTatorDocument("1", "Cisplatin-induced nephrotoxicity.", "", [
        Mention(0, 9, "Cisplatin", "Chemical", ("D002945",)),
        Mention(18, 32, "nephrotoxicity", "Disease", ("D007674",)),
    ])
    rep = AlignmentReport()
    sdoc = pubtator_to_doc(blank_pipeline("scispacy"), doc, rep)
    assert rep.misaligned == 1 and rep.misaligned_by_label["CHEMICAL"] == 1
    assert [e.text for e in sdoc.ents] == ["nephrotoxicity"]
    assert "Cisplatin" in rep.examples[0]


def test_overlapping_mentions_are_counted():
    doc = PubTatorDocument("1", "lung cancer", "", [
        Mention(0, 11, "lung cancer", "Disease"), Mention(5, 11, "cancer", "Disease"),
    ])
    rep = AlignmentReport()
    sdoc = pubtator_to_doc(blank_pipeline(), doc, rep)
    assert (rep.aligned, rep.overlapping) == (1, 1)
    assert [e.text for e in sdoc.ents] == ["lung cancer"]


def test_tokenizer_serialises_with_the_pipeline(tmp_path):
    import spacy

    nlp = blank_pipeline("trialmine")
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    text = "Cisplatin-induced nephrotoxicity (CIN) after 5-fluorouracil 100 mg/m2."
    assert [t.text for t in loaded(text)] == [t.text for t in nlp(text)]
    assert "Cisplatin" in [t.text for t in loaded(text)]


@needs_data
def test_bc5cdr_alignment_loss_is_small():
    from trialmine.ner.train import measure_alignment

    loss = measure_alignment(DATA, "trialmine", splits=["train"])
    assert loss["train"]["total"] == 9385
    assert loss["train"]["lost_pct"] < 1.0


# --------------------------------------------------------------------------- load_model
def test_bundled_model_finds_chemicals_and_diseases():
    from trialmine.ner import bundled_model_path, load_model

    if not (bundled_model_path() / "config.cfg").exists():
        pytest.fail(f"bundled model missing at {bundled_model_path()}")
    nlp = load_model()
    assert load_model() is nlp  # cached
    doc = nlp("Cisplatin-induced nephrotoxicity was treated with magnesium.")
    labels = {e.label_ for e in doc.ents}
    assert labels <= {"CHEMICAL", "DISEASE"}
    assert any(e.label_ == "CHEMICAL" and e.start_char < 9 and e.end_char > 0 for e in doc.ents), doc.ents
    assert any(e.label_ == "DISEASE" for e in doc.ents), doc.ents


def test_env_var_selects_model(monkeypatch):
    from trialmine.ner import ENV_VAR, ModelNotFoundError, load_model

    monkeypatch.setenv(ENV_VAR, "en_ner_no_such_model_xyz")
    with pytest.raises(ModelNotFoundError, match="en_ner_no_such_model_xyz"):
        load_model()


def test_missing_model_gives_clear_error(tmp_path):
    from trialmine.ner import ModelNotFoundError, load_model

    with pytest.raises(ModelNotFoundError, match=r"en_ner_bc5cdr_md|TRIALMINE_NER_MODEL"):
        load_model("en_ner_not_installed_md")
    with pytest.raises(ModelNotFoundError, match="no spaCy pipeline"):
        load_model(str(tmp_path / "nowhere"))


def test_model_without_labels_is_rejected(tmp_path):
    import spacy

    from trialmine.ner import ModelNotFoundError, load_model

    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelNotFoundError, match="CHEMICAL"):
        load_model(str(tmp_path / "blank"))


# --------------------------------------------------------------------------- training
def _tiny_corpus(tmp_path: Path) -> Path:
    """A tiny BC5CDR-like data dir (the real files when present, else the example)."""
    if (DATA / "CDR_TrainingSet.PubTator.txt").exists():
        return DATA
    d = tmp_path / "data"
    d.mkdir()
    for name in ("CDR_TrainingSet", "CDR_DevelopmentSet", "CDR_TestSet"):
        (d / f"{name}.PubTator.txt").write_text(EXAMPLE, encoding="utf-8")
    return d


@pytest.mark.slow
def test_train_tiny_model_and_evaluate(tmp_path):
    import spacy

    from trialmine.ner.train import run_training

    out = tmp_path / "model"
    metrics = run_training(_tiny_corpus(tmp_path), out, max_docs=4, max_steps=4, eval_max_docs=4, work_dir=tmp_path / "work")
    assert (out / "config.cfg").exists() and (out / "metrics.json").exists()
    meta = json.loads((out / "meta.json").read_text())
    assert "test_ents_per_type" in meta["performance"]
    assert set(metrics["test"]["per_label"]) == {"CHEMICAL", "DISEASE"}
    assert metrics["alignment"]["train+dev"]["total"] > 0
    nlp = spacy.load(out)
    assert set(nlp.get_pipe("ner").labels) == {"CHEMICAL", "DISEASE"}


@pytest.mark.slow
def test_cli_evaluate_json(tmp_path):
    from typer.testing import CliRunner

    from trialmine.ner import bundled_model_path
    from trialmine.ner.cli import ner_app

    gold = tmp_path / "gold.PubTator.txt"
    gold.write_text(EXAMPLE, encoding="utf-8")
    res = CliRunner().invoke(ner_app, ["evaluate", "--pubtator", str(gold), "--model", str(bundled_model_path()), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert set(out["per_label"]) == {"CHEMICAL", "DISEASE"}
    assert out["per_label"]["CHEMICAL"]["tp"] + out["per_label"]["CHEMICAL"]["fn"] == 3


@pytest.mark.slow
def test_prefect_flow_tiny(tmp_path, monkeypatch):
    """The Prefect flow wires read+convert -> train -> evaluate -> write metrics."""
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.setenv("PREFECT_API_URL", "")
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")
    from trialmine.flows import train_ner as mod

    out = tmp_path / "flow_model"
    metrics = mod.train_ner_flow(str(_tiny_corpus(tmp_path)), str(out), max_docs=3, max_steps=3, work_dir=str(tmp_path / "work"))
    assert (out / "metrics.json").exists()
    assert set(metrics["test"]["per_label"]) == {"CHEMICAL", "DISEASE"}
