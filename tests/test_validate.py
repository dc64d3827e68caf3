"""Validation: gold loading, matching, scoring, thresholds, reports, CLI and the Prefect flow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from trialmine.store.schema import COLUMNS, evidence_id, to_evidence_frame
from trialmine.validate import GoldError, ThresholdError, load_gold, run_validation
from trialmine.validate.cli import validate_app
from trialmine.validate.gold import GOLD_KEYS, GOLD_V2_KEYS, annotation_problems, load_documents
from trialmine.validate.match import align, evaluate, outcome_text_match, sentence_window, values_equal
from trialmine.validate.report import check_thresholds, load_thresholds

REPO = Path(__file__).resolve().parents[1]
DOC = "trial"
TEXT = (
    "Patients received selinexor 60 mg twice weekly with venetoclax.\n"
    "The ORR was 80.0% (8/10). CR was reached in 4 (40.0%) patients.\n"
    "Blasts fell by 30-50% in responders. Grade <3> & nausea occurred in 5 patients."
)


def span(text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return start, start + len(text)


def gold_row(text: str, kind: str, doc_id: str = DOC, **fields) -> dict:
    start, end = span(text)
    row = dict.fromkeys(GOLD_KEYS) | {"doc_id": doc_id, "kind": kind, "start": start, "end": end, "text": text}
    if kind == "result":
        row["category"] = "efficacy"
    return row | fields


def pred_row(text: str, kind: str, doc_id: str = DOC, start: int | None = None, **fields) -> dict:
    if start is None:
        start, _ = span(text)
    end = start + len(text)
    text = TEXT[start:end]
    line_start = TEXT.rfind("\n", 0, start) + 1
    line_end = TEXT.find("\n", end) if "\n" in TEXT[end:] else len(TEXT)
    row = {
        "evidence_id": evidence_id(doc_id, kind, start, end, text),
        "doc_id": doc_id, "doc_type": "text", "kind": kind, "start": start, "end": end, "text": text,
        "sentence": TEXT[line_start:line_end], "sentence_start": line_start, "method": "test", "confidence": 1.0,
    }  # fmt: skip
    if kind == "result":
        row["category"] = "efficacy"
    return row | fields


def write_gold(gold_dir: Path, rows: list[dict], doc_id: str = DOC) -> Path:
    path = gold_dir / f"{doc_id}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def gold_frame(rows: list[dict]) -> pd.DataFrame:
    from trialmine.validate.gold import GOLD_DTYPES

    return pd.DataFrame([r | {"gold_file": "g.jsonl", "gold_line": 1} for r in rows], columns=list(GOLD_DTYPES)).astype(
        GOLD_DTYPES
    )


def scores(preds: list[dict], golds: list[dict], mode: str = "overlap"):
    ev = evaluate(to_evidence_frame(preds), gold_frame(golds), {DOC: TEXT})
    return ev.modes[mode]


GOLD = [
    gold_row("selinexor", "drug", drug="selinexor"),
    gold_row("venetoclax", "drug", drug="venetoclax"),
    gold_row("selinexor 60 mg twice weekly", "dose", drug="selinexor", dose_low=60, dose_high=60, dose_unit="mg",
             dose_frequency="twice weekly"),
    gold_row("ORR was 80.0% (8/10)", "result", endpoint="ORR", value=80.0, value_low=80.0, value_high=80.0, n=8,
             n_total=10, regimen="selinexor + venetoclax"),
    gold_row("4 (40.0%)", "result", endpoint="CR", value=40.0, value_low=40.0, value_high=40.0, n=4),
]  # fmt: skip

PREDS = [
    pred_row("selinexor", "drug", drug="selinexor"),
    pred_row("venetoclax", "drug", drug="venetoclax"),
    pred_row("selinexor 60 mg twice weekly", "dose", drug="selinexor", dose_low=60.0, dose_high=60.0, dose_unit="mg",
             dose_frequency="twice weekly"),
    pred_row("ORR was 80.0% (8/10)", "result", endpoint="orr", value=80.0, value_low=80.0, value_high=80.0, n=8,
             n_total=10, regimen="Venetoclax + selinexor"),
    pred_row("4 (40.0%)", "result", endpoint="CR", value=40.0, value_low=40.0, value_high=40.0, n=4),
]  # fmt: skip


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{DOC}.txt").write_text(TEXT, encoding="utf-8")
    write_gold(corpus / "gold", GOLD)
    evidence = tmp_path / "evidence.parquet"
    to_evidence_frame(PREDS).to_parquet(evidence)
    thresholds = tmp_path / "thresholds.toml"
    thresholds.write_text("[overlap]\nresults_endpoint_value_f1 = 0.8\ndoses_f1 = 0.5\n", encoding="utf-8")
    return {"corpus": corpus, "gold": corpus / "gold", "evidence": evidence, "thresholds": thresholds,
            "out": tmp_path / "out"}  # fmt: skip


# --- gold loading ---------------------------------------------------------------------------


def test_load_gold_uses_schema_dtypes_and_completes_single_values(tmp_path: Path) -> None:
    write_gold(tmp_path, [GOLD[0], gold_row("4 (40.0%)", "result", endpoint="CR", value=40.0, n=4)])
    frame = load_gold(tmp_path, {DOC: TEXT})
    for column in ("start", "end", "value", "value_low", "n", "drug", "category"):
        assert str(frame[column].dtype) == COLUMNS[column]
    assert frame.loc[1, "value_low"] == frame.loc[1, "value_high"] == 40.0
    assert frame["gold_line"].tolist() == [1, 2]


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    path = write_gold(tmp_path, [GOLD[0], GOLD[1]])
    path.write_text(path.read_text() + "\n" + '{"doc_id": "trial", "kind": \n', encoding="utf-8")
    with pytest.raises(GoldError, match=rf"{DOC}\.jsonl:4: invalid JSON"):
        load_gold(tmp_path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "drugs"}, "unknown kind 'drugs'"),
        ({"category": "efficacious"}, "unknown category 'efficacious'"),
        ({"qualifier": "=>"}, "unknown qualifier '=>'"),
        ({"start": "12"}, "'start' must be a non-negative integer"),
        ({"n": 4.5}, "'n' must be a non-negative integer or null"),
        ({"value": "80"}, "'value' must be a number or null"),
        ({"start": 30, "end": 30}, "start 30 must be less than end 30"),
        ({"doc_id": "other"}, "does not match the file name"),
        ({"dose_hgih": 3}, "unknown key"),
        ({"value": 80.0, "value_low": 70.0}, "a range has value = null"),
    ],
)
def test_malformed_gold_line_is_named(tmp_path: Path, change: dict, message: str) -> None:
    write_gold(tmp_path, [GOLD[0], GOLD[3] | change])
    with pytest.raises(GoldError, match=rf"{DOC}\.jsonl:2: .*{message}"):
        load_gold(tmp_path)


def test_missing_key_is_named(tmp_path: Path) -> None:
    row = dict(GOLD[0])
    del row["dose_schedule"]
    write_gold(tmp_path, [row])
    with pytest.raises(GoldError, match=r"trial\.jsonl:1: missing key\(s\): dose_schedule"):
        load_gold(tmp_path)


def test_span_text_mismatch_shows_both_strings(tmp_path: Path) -> None:
    start, end = span("venetoclax")
    write_gold(tmp_path, [GOLD[0], GOLD[1] | {"start": start + 1, "end": end + 1}])
    with pytest.raises(GoldError) as exc:
        load_gold(tmp_path, {DOC: TEXT})
    assert f"trial.jsonl:2: text mismatch at {start + 1}:{end + 1}" in str(exc.value)
    assert "'venetoclax'" in str(exc.value) and "'enetoclax.'" in str(exc.value)


def test_offset_outside_text(tmp_path: Path) -> None:
    n = len(TEXT)
    write_gold(tmp_path, [GOLD[0] | {"start": n - 2, "end": n + 7, "text": "selinexor"}])
    with pytest.raises(GoldError, match=rf"trial\.jsonl:1: span {n - 2}:{n + 7} is outside the document"):
        load_gold(tmp_path, {DOC: TEXT})


def test_load_documents_keeps_bytes_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("x\r\nµ".encode())
    assert load_documents(tmp_path) == {"a": "x\r\nµ"}
    with pytest.raises(GoldError, match="without a .*: b"):
        load_documents(tmp_path, ["a", "b"])


def test_sentence_window() -> None:
    start, end = span("40.0%")
    sentence, s0 = sentence_window(TEXT, start, end)
    assert sentence == "CR was reached in 4 (40.0%) patients."
    assert TEXT[s0 : s0 + len(sentence)] == sentence
    start = TEXT.index("0%)")  # a span starting right after the "." of 40.0 stays in its sentence
    assert sentence_window(TEXT, start, start + 2)[0] == "CR was reached in 4 (40.0%) patients."
    assert sentence_window(TEXT, 0, 8) == ("Patients received selinexor 60 mg twice weekly with venetoclax.", 0)


# --- matching and scores --------------------------------------------------------------------


def test_perfect_predictions_score_one() -> None:
    result = scores(PREDS, GOLD)
    assert {k: s.f1 for k, s in result.scores.items()} == dict.fromkeys(result.scores, 1.0)
    assert not result.misses and not result.false_positives
    assert all(f.accuracy == 1.0 for f in result.fields.values())


def test_exact_vs_overlap() -> None:
    start, _ = span("The ORR")
    wider = pred_row("The ORR was 80.0%", "result", start=start, endpoint="ORR", value=80.0)
    gold = [GOLD[3]]
    exact, overlap = scores([wider], gold, "exact"), scores([wider], gold, "overlap")
    assert exact.scores["results"].f1 == 0.0 and len(exact.misses) == 1 and len(exact.false_positives) == 1
    assert overlap.scores["results"].f1 == 1.0 and overlap.scores["results_endpoint_value"].f1 == 1.0
    assert overlap.fields["n"].accuracy == 0.0  # matched, but the prediction has no n


@pytest.mark.parametrize(("predicted", "matches"), [(40.04, True), (39.96, True), (40.05, True), (41.0, False)])
def test_value_tolerance(predicted: float, matches: bool) -> None:
    assert values_equal({"value": predicted}, {"value": 40.0}) is matches
    pred = pred_row("4 (40.0%)", "result", endpoint="CR", value=predicted, n=4)
    result = scores([pred], [GOLD[4]])
    assert result.scores["results"].tp == 1
    assert result.scores["results_endpoint_value"].tp == int(matches)


def test_endpoint_compared_case_insensitively_but_must_match() -> None:
    pred = pred_row("4 (40.0%)", "result", endpoint="cr", value=40.0)
    assert scores([pred], [GOLD[4]]).scores["results_endpoint_value"].tp == 1
    pred = pred_row("4 (40.0%)", "result", endpoint="ORR", value=40.0)
    result = scores([pred], [GOLD[4]])
    assert result.scores["results_endpoint_value"].tp == 0
    assert [(m.field, m.gold, m.predicted) for m in result.field_mismatches if m.field == "endpoint"] == [
        ("endpoint", "CR", "ORR")
    ]


def test_one_to_one_two_predictions_on_one_gold() -> None:
    start, end = span("4 (40.0%)")
    exact = pred_row("4 (40.0%)", "result", endpoint="CR", value=40.0)
    inner = pred_row("40.0%", "result", start=start + 3, endpoint="CR", value=40.0)
    result = scores([inner, exact], [GOLD[4]])
    sc = result.scores["results"]
    assert (sc.tp, sc.n_pred, sc.n_gold, sc.precision, sc.recall) == (1, 2, 1, 0.5, 1.0)
    assert [(fp.start, fp.end) for fp in result.false_positives] == [(start + 3, end - 1)]  # exact one won


def test_align_prefers_same_value_when_spans_tie() -> None:
    gold = [GOLD[4] | {"start": 0, "end": 10}]
    preds = [{"kind": "result", "start": 0, "end": 10, "value": 41.0}, {"kind": "result", "start": 0, "end": 10, "value": 40.0}]
    assert align(preds, gold, "exact") == [(1, 0)]


def test_range_values() -> None:
    gold = [gold_row("30-50%", "result", endpoint="BLAST-RED", value_low=30.0, value_high=50.0)]
    same = pred_row("30-50%", "result", endpoint="BLAST-RED", value_low=30.02, value_high=50.0)
    single = pred_row("30-50%", "result", endpoint="BLAST-RED", value=40.0, value_low=40.0, value_high=40.0)
    assert scores([same], gold).scores["results_endpoint_value"].tp == 1
    assert scores([single], gold).scores["results_endpoint_value"].tp == 0
    assert values_equal({"value_low": 30.0, "value_high": 50.0}, {"value": None, "value_low": 30, "value_high": 50})


def test_drug_mention_needs_same_canonical_drug() -> None:
    wrong = pred_row("venetoclax", "drug", drug="ruxolitinib")
    result = scores([wrong], [GOLD[1]])
    assert result.scores["drug_mentions"].tp == 0
    assert "drug 'ruxolitinib' ≠ gold 'venetoclax'" in result.misses[0].reason
    assert result.fields["drug"].accuracy == 0.0


def test_dose_needs_same_drug_amount_and_unit() -> None:
    assert scores([PREDS[2] | {"dose_unit": "mg/m2"}], [GOLD[2]]).scores["doses"].tp == 0
    assert scores([PREDS[2] | {"dose_high": None}], [GOLD[2]]).scores["doses"].tp == 1  # single dose, one side
    assert scores([PREDS[2] | {"dose_low": 80.0, "dose_high": 80.0}], [GOLD[2]]).scores["doses"].tp == 0


def test_unique_drugs_micro_averaged_over_documents() -> None:
    golds = [GOLD[0], GOLD[1], GOLD[0], gold_row("selinexor", "drug", doc_id="b", drug="selinexor")]
    preds = [
        pred_row("selinexor", "drug", drug="Selinexor"),
        pred_row("venetoclax", "drug", drug="ruxolitinib"),
        pred_row("selinexor", "drug", doc_id="b", drug="selinexor"),
        pred_row("selinexor", "drug", doc_id="unannotated", drug="azacitidine"),  # no gold: ignored
    ]
    ev = evaluate(to_evidence_frame(preds), gold_frame(golds), {DOC: TEXT, "b": TEXT})
    sc = ev.modes["overlap"].scores["unique_drugs"]
    assert (sc.tp, sc.n_pred, sc.n_gold) == (2, 3, 3)
    assert sc.f1 == pytest.approx(2 / 3)
    trial = next(d for d in ev.drugs_by_doc if d.doc_id == DOC)
    assert (trial.missing, trial.extra) == (["venetoclax"], ["ruxolitinib"])


def test_miss_sentence_comes_from_document_and_fp_sentence_from_prediction() -> None:
    fp = pred_row("nausea", "result", endpoint="nausea", category="safety", value=5.0)
    result = scores([fp], [GOLD[4]])
    assert result.misses[0].sentence == "CR was reached in 4 (40.0%) patients."
    assert result.false_positives[0].sentence == fp["sentence"]
    assert result.false_positives[0].ref == fp["evidence_id"]


def test_gold_in_a_subfolder_annotates_the_corpus_file_of_the_same_path(tmp_path: Path) -> None:
    """doc_ids are paths under the corpus (`papers/trial`); their gold is `gold/papers/trial.jsonl`."""
    doc_id, corpus = "papers/trial", tmp_path / "corpus"
    (corpus / "papers").mkdir(parents=True)
    (corpus / "papers" / "trial.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "trial.txt").write_text("An unrelated note with no facts.", encoding="utf-8")
    write_gold(corpus / "gold", [r | {"doc_id": doc_id} for r in GOLD], doc_id=doc_id)
    preds = to_evidence_frame([r | {"doc_id": doc_id} for r in PREDS])
    report, _ = run_validation(preds, corpus / "gold", corpus, tmp_path / "out")
    assert report.documents == [doc_id]
    flat, _ = run_validation(to_evidence_frame(PREDS), *_flat_inputs(tmp_path / "flat"), tmp_path / "out-flat")
    for mode in ("exact", "overlap"):
        assert report.modes[mode].scores == flat.modes[mode].scores
    write_gold(corpus / "gold", [r | {"doc_id": "trial"} for r in GOLD], doc_id=doc_id)
    with pytest.raises(GoldError, match=r"trial\.jsonl:1: doc_id 'trial' does not match the file name \(expected 'papers/trial'\)"):
        load_gold(corpus / "gold")


def _flat_inputs(root: Path) -> tuple[Path, Path]:
    (root / "corpus").mkdir(parents=True)
    (root / "corpus" / f"{DOC}.txt").write_text(TEXT, encoding="utf-8")
    write_gold(root / "corpus" / "gold", GOLD)
    return root / "corpus" / "gold", root / "corpus"


# --- thresholds and reports -----------------------------------------------------------------


def test_threshold_failure_message(inputs: dict[str, Path]) -> None:
    preds = PREDS[:4] + [pred_row("4 (40.0%)", "result", endpoint="CR", value=41.0)]
    report, failures = run_validation(to_evidence_frame(preds), inputs["gold"], inputs["corpus"], inputs["out"],
                                      inputs["thresholds"])  # fmt: skip
    assert failures == ["results (endpoint, value) F1 0.500 < threshold 0.8 (overlap)"]
    assert check_thresholds(report, {"exact": {"value_accuracy": 0.9, "results_precision": 0.9}}) == [
        "value accuracy 0.500 < threshold 0.9 (exact)"
    ]
    assert not report.passed


def test_thresholds_file_rejects_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text("[overlap]\nresult_f1 = 0.5\n", encoding="utf-8")
    with pytest.raises(ThresholdError, match="unknown key 'result_f1'"):
        load_thresholds(path)
    path.write_text("[fuzzy]\nresults_f1 = 0.5\n", encoding="utf-8")
    with pytest.raises(ThresholdError, match=r"unknown section \[fuzzy\]"):
        load_thresholds(path)


def test_packaged_thresholds_load() -> None:
    from trialmine.validate import DEFAULT_THRESHOLDS

    assert load_thresholds(DEFAULT_THRESHOLDS)["overlap"]["results_endpoint_value_f1"] > 0


def test_reports_written_escaped_and_highlighted(inputs: dict[str, Path]) -> None:
    fp = pred_row("<3> & nausea", "result", endpoint="nausea", category="safety", value=5.0)
    miss_gold = GOLD + [gold_row("30-50%", "result", endpoint="BLAST-RED", value_low=30.0, value_high=50.0)]
    write_gold(inputs["gold"], miss_gold)
    report, _ = run_validation(to_evidence_frame(PREDS + [fp]), inputs["gold"], inputs["corpus"], inputs["out"],
                               inputs["thresholds"])  # fmt: skip
    out = inputs["out"]
    assert sorted(p.name for p in out.iterdir()) == ["validation.html", "validation.json", "validation.md"]

    data = json.loads((out / "validation.json").read_text(encoding="utf-8"))
    assert data["passed"] is False and data["failures"] == report.failures
    assert data["modes"]["overlap"]["scores"]["results"]["n_pred"] == 3
    assert [m["text"] for m in data["modes"]["exact"]["misses"]] == ["30-50%"]
    assert data["modes"]["overlap"]["false_positives"][0]["text"] == "<3> & nausea"

    page = (out / "validation.html").read_text(encoding="utf-8")
    assert '<mark class="fp">&lt;3&gt; &amp; nausea</mark> occurred in 5 patients.' in page
    assert 'Blasts fell by <mark class="miss">30-50%</mark> in responders.' in page
    assert "<3>" not in page and "http" not in page and "<script" not in page

    md = (out / "validation.md").read_text(encoding="utf-8")
    assert "| metric | P | R | F1 | threshold | pass |" in md
    assert "| results (endpoint, value) | 0.667 | 0.667 | 0.667 | F1≥0.8 | FAIL |" in md
    assert "| doses | 1.000 | 1.000 | 1.000 | F1≥0.5 | pass |" in md
    assert md.index("## Per-field accuracy") < md.index("## Misses and false positives") < md.index("### trial")
    assert "\\<3\\> & nausea" in md


# --- CLI ------------------------------------------------------------------------------------


def cli(inputs: dict[str, Path], *extra: str):
    args = ["--evidence", str(inputs["evidence"]), "--gold", str(inputs["gold"]), "--corpus", str(inputs["corpus"]),
            "--out", str(inputs["out"]), "--thresholds", str(inputs["thresholds"]), *extra]  # fmt: skip
    return CliRunner().invoke(validate_app, args)


def test_cli_passes(inputs: dict[str, Path]) -> None:
    result = cli(inputs)
    assert result.exit_code == 0, result.output
    assert "drug mentions" in result.stdout and "validation.html" in result.stdout
    assert (inputs["out"] / "validation.json").is_file()


def test_cli_json(inputs: dict[str, Path]) -> None:
    result = cli(inputs, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["passed"] is True and summary["scores"]["overlap"]["results"]["f1"] == 1.0


def test_cli_below_threshold_exits_1(inputs: dict[str, Path]) -> None:
    inputs["thresholds"].write_text("[overlap]\ndoses_f1 = 0.5\n[exact]\nresults_f1 = 0.9\n", encoding="utf-8")
    to_evidence_frame(PREDS[:3]).to_parquet(inputs["evidence"])
    result = cli(inputs)
    assert result.exit_code == 1
    assert "results F1 0.000 < threshold 0.9 (exact)" in result.stderr
    assert (inputs["out"] / "validation.html").is_file()  # reports are written even when failing


@pytest.mark.parametrize("broken", ["evidence", "gold_dir", "gold_line", "evidence_schema"])
def test_cli_bad_input_exits_2(inputs: dict[str, Path], broken: str) -> None:
    if broken == "evidence":
        inputs["evidence"].unlink()
        expected = "evidence file not found"
    elif broken == "gold_dir":
        inputs["gold"] = inputs["gold"].with_name("nowhere")
        expected = "gold directory not found"
    elif broken == "gold_line":
        write_gold(inputs["gold"], [GOLD[0], GOLD[1] | {"text": "Venetoclax"}])
        expected = "trial.jsonl:2: text mismatch"
    else:
        to_evidence_frame(PREDS).drop(columns="confidence").to_parquet(inputs["evidence"])
        expected = "evidence breaks the table contract"
    result = cli(inputs)
    assert result.exit_code == 2
    assert expected in " ".join(result.stderr.split())


# --- Prefect flow ---------------------------------------------------------------------------

FLOW_SCRIPT = """
import sys
from pathlib import Path
from trialmine.flows.validate import validate_flow
from trialmine.validate import ValidationFailed
args = [Path(a) for a in sys.argv[1:]]
report = validate_flow(*args)
print("PASSED", report.modes["overlap"].scores["results"].f1)
args[-1].write_text("[overlap]\\nresults_f1 = 1.0\\n[exact]\\nunique_drugs_f1 = 1.0\\ndoses_precision = 1.0\\n")
try:
    validate_flow(*args)
except ValidationFailed as exc:
    print("FAILED", exc)
"""


@pytest.mark.slow
def test_prefect_flow_passes_and_fails(inputs: dict[str, Path], tmp_path: Path) -> None:
    to_evidence_frame(PREDS[:2] + PREDS[3:]).to_parquet(inputs["evidence"])  # no dose row
    env = os.environ | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)]),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",  # the 20 s default flakes on a busy machine
    }
    env.pop("PREFECT_API_URL", None)
    args = [str(inputs[k]) for k in ("evidence", "gold", "corpus", "out", "thresholds")]
    inputs["thresholds"].write_text("[overlap]\nresults_f1 = 0.9\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", FLOW_SCRIPT, *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert "PASSED 1.0" in proc.stdout
    assert "FAILED validation below threshold:" in proc.stdout
    assert "doses P 0.000 < threshold 1 (exact)" in proc.stdout


def test_document_annotated_with_no_facts_counts_predictions_as_false_positives(inputs: dict[str, Path]) -> None:
    write_gold(inputs["gold"], [])
    report, failures = run_validation(to_evidence_frame(PREDS), inputs["gold"], inputs["corpus"], inputs["out"],
                                      inputs["thresholds"])  # fmt: skip
    sc = report.modes["overlap"].scores["results"]
    assert (sc.tp, sc.n_pred, sc.n_gold, sc.precision) == (0, 2, 0, 0.0)
    assert len(report.modes["overlap"].false_positives) == len(PREDS)
    assert failures


# --- guidelines v2: arm records, outcome text, every kind of value ----------------------------

CMP = "cmp"
CMP_TEXT = (
    "Patients were randomized (1:1) to XELIRI (n = 50) or FOLFIRI (n = 52).\n"
    "The ORR was 37% in the XELIRI arm vs 26% in the FOLFIRI arm. "
    "Median OS was 14.7 months (HR 0.66, 95% CI 0.49-0.89; P = .008). Nausea occurred in 12%."
)
V2_NULLS = dict.fromkeys(GOLD_V2_KEYS)


def cmp_span(text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = CMP_TEXT.index(text, start + 1)
    return start, start + len(text)


def cmp_gold(text: str, kind: str = "result", occurrence: int = 0, **fields) -> dict:
    start, end = cmp_span(text, occurrence)
    row = dict.fromkeys(GOLD_KEYS) | V2_NULLS | {"doc_id": CMP, "kind": kind, "start": start, "end": end, "text": text}
    if kind == "result":
        row |= {"category": "efficacy"}
    return row | fields


def cmp_pred(text: str, occurrence: int = 0, **fields) -> dict:
    start, end = cmp_span(text, occurrence)
    return {
        "evidence_id": evidence_id(CMP, "result", start, end, text), "doc_id": CMP, "doc_type": "abstract",
        "kind": "result", "start": start, "end": end, "text": text, "sentence": CMP_TEXT, "sentence_start": 0,
        "category": "efficacy", "method": "test", "confidence": 1.0,
    } | fields  # fmt: skip


CMP_GOLD = [
    cmp_gold("XELIRI", "arm", arm="XELIRI", regimen="capecitabine + irinotecan", n_total=50, note="experimental"),
    cmp_gold("FOLFIRI", "arm", arm="FOLFIRI", regimen="fluorouracil + irinotecan + leucovorin", n_total=52,
             note="control"),
    cmp_gold("37%", endpoint="ORR", endpoint_text="ORR", value=37.0, value_unit="%", arm="XELIRI",
             regimen="capecitabine + irinotecan"),
    cmp_gold("26%", endpoint="ORR", endpoint_text="ORR", value=26.0, value_unit="%", arm="FOLFIRI",
             regimen="fluorouracil + irinotecan + leucovorin"),
    cmp_gold("0.66", endpoint="OS", endpoint_text="OS", value=0.66, value_unit="HR", ci_low=0.49, ci_high=0.89,
             p_value=0.008, p_qualifier="="),
    cmp_gold("12%", category="safety", endpoint="nausea", endpoint_text="Nausea", value=12.0, value_unit="%"),
]  # fmt: skip
XELIRI, FOLFIRI = "capecitabine + irinotecan", "fluorouracil + irinotecan + leucovorin"


def cmp_scores(preds: list[dict], golds: list[dict] = CMP_GOLD, arms: pd.DataFrame | None = None, mode="overlap"):
    frame = pd.DataFrame([g | {"gold_file": "g.jsonl", "gold_line": i + 1, "gold_version": 2} for i, g in enumerate(golds)])
    from trialmine.validate.gold import GOLD_DTYPES

    ev = evaluate(to_evidence_frame(preds), frame.reindex(columns=list(GOLD_DTYPES)).astype(GOLD_DTYPES),
                  {CMP: CMP_TEXT}, arms=arms)  # fmt: skip
    return ev


def test_gold_v1_and_v2_lines_load_together(tmp_path: Path) -> None:
    write_gold(tmp_path, CMP_GOLD, doc_id=CMP)
    write_gold(tmp_path, [GOLD[0], GOLD[4]])  # v1 file: no v2 keys
    frame = load_gold(tmp_path, {CMP: CMP_TEXT, DOC: TEXT})
    v1 = frame[frame["doc_id"] == DOC]
    assert v1["gold_version"].tolist() == [1, 1] and v1["endpoint_text"].isna().all() and v1["arm"].isna().all()
    v2 = frame[frame["doc_id"] == CMP]
    assert v2["gold_version"].eq(2).all()
    assert v2.loc[v2["kind"] == "arm", "arm"].tolist() == ["XELIRI", "FOLFIRI"]
    assert str(frame["ci_low"].dtype) == "Float64" and str(frame["p_value"].dtype) == "Float64"


@pytest.mark.parametrize(
    ("line", "change", "message"),
    [
        (3, {"drop": "timepoint"}, "missing v2 key(s): timepoint"),
        (3, {"arm": "XELlRI"}, "arm 'XELlRI' is not the label of an arm record in this file"),
        (1, {"arm": None}, "an arm record needs its label in 'arm'"),
        (2, {"arm": "XELIRI"}, "arm label 'XELIRI' already defined on line 1"),
        (1, {"value": 50.0}, "an arm record has no result fields, but sets value"),
        (5, {"p_qualifier": "<<"}, "unknown p_qualifier '<<'"),
        (5, {"p_value": 8.0}, "p_value 8.0 is not a probability"),
        (5, {"ci_low": 0.95}, "ci_low 0.95 > ci_high 0.89"),
        (5, {"value_unit": 3}, "'value_unit' must be a non-empty string or null"),
        (6, {"p_value": None}, "p_qualifier without a p_value"),
    ],
)
def test_malformed_v2_line_is_named(tmp_path: Path, line: int, change: dict, message: str) -> None:
    rows = [dict(r) for r in CMP_GOLD]
    row = rows[line - 1]
    if "drop" in change:
        del row[change.pop("drop")]
    row.update(change)
    if line == 6:
        row["p_qualifier"] = "<"
    write_gold(tmp_path, rows, doc_id=CMP)
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path, {CMP: CMP_TEXT})
    assert f"cmp.jsonl:{line}: " in str(err.value) and message in str(err.value)


def test_arm_record_without_v2_keys_is_named(tmp_path: Path) -> None:
    row = {k: v for k, v in CMP_GOLD[0].items() if k not in GOLD_V2_KEYS}
    write_gold(tmp_path, [row], doc_id=CMP)
    with pytest.raises(GoldError, match=r"cmp\.jsonl:1: an arm record is a v2 record"):
        load_gold(tmp_path)


@pytest.mark.parametrize(
    ("predicted", "gold", "match"),
    [
        ("distant metastasis-free survival rates", "distant metastasis-free survival", True),
        ("the ORR", "ORR", True),
        ("median OS", "OS", True),
        ("metastasis-free survival", "distant metastasis-free survival", True),  # token F1 6/7
        ("overall survival", "progression-free survival", False),  # token F1 2/5
        ("CR", "complete response", False),
        ("CR/CRu", "CR / CRu", True),
        (None, "ORR", False),
        ("", "ORR", False),
    ],
)
def test_outcome_text_match_is_lenient_but_not_loose(predicted, gold, match) -> None:
    assert outcome_text_match(predicted, gold) is match


def test_comparative_arm_and_regimen_accuracy() -> None:
    preds = [  # the first row keeps its arm; the second gets the sentence's union of drugs
        cmp_pred("37%", endpoint="ORR", endpoint_text="The ORR", value=37.0, value_unit="%", arm="XELIRI arm",
                 regimen="irinotecan + capecitabine"),
        cmp_pred("26%", endpoint="ORR", endpoint_text="ORR rate", value=26.0, value_unit="%", arm=None,
                 regimen="capecitabine + fluorouracil + irinotecan + leucovorin"),
        cmp_pred("0.66", endpoint="OS", value=0.66, value_unit="HR", ci_low=0.49, ci_high=0.89, p_value=0.008),
    ]  # fmt: skip
    v2 = cmp_scores(preds).modes["overlap"].v2_fields
    assert (v2["arm_comparative"].correct, v2["arm_comparative"].total) == (2, 3)  # HR row: both null
    assert (v2["regimen_comparative"].correct, v2["regimen_comparative"].total) == (2, 3)
    assert v2["arm_single_arm"].accuracy is None
    assert (v2["endpoint_text"].correct, v2["endpoint_text"].total) == (2, 3)  # HR row has no endpoint_text
    assert (v2["value_unit"].correct, v2["value_unit"].total) == (3, 3)
    assert (v2["ci"].correct, v2["ci"].total) == (1, 1) and (v2["p_value"].correct, v2["p_value"].total) == (1, 1)
    assert v2["timepoint"].total == 0 and v2["timepoint"].accuracy is None


def test_single_arm_document_scored_apart() -> None:
    golds = [CMP_GOLD[0], CMP_GOLD[2]]
    v2 = cmp_scores([cmp_pred("37%", value=37.0, regimen=XELIRI, arm="XELIRI")], golds).modes["exact"].v2_fields
    assert v2["arm_comparative"].accuracy is None
    assert (v2["arm_single_arm"].correct, v2["regimen_single_arm"].correct, v2["arm_single_arm"].total) == (1, 1, 1)


def test_prediction_without_v2_columns_or_with_na_counts_as_wrong() -> None:
    old = to_evidence_frame([cmp_pred("37%", value=37.0), cmp_pred("0.66", value=0.66), cmp_pred("12%", value=12.0)])
    old = old.drop(columns=["arm", "endpoint_text", "value_unit", "ci_low", "ci_high", "p_value", "timepoint"])
    from trialmine.validate.gold import GOLD_DTYPES

    frame = pd.DataFrame([g | {"gold_version": 2} for g in CMP_GOLD]).reindex(columns=list(GOLD_DTYPES))
    ev = evaluate(old, frame.astype(GOLD_DTYPES), {CMP: CMP_TEXT})
    v2 = ev.modes["overlap"].v2_fields
    assert v2["endpoint_text"].correct == 0 and v2["endpoint_text"].total == 3
    assert v2["value_unit"].correct == 0 and v2["ci"].correct == 0 and v2["p_value"].total == 1
    assert v2["arm_comparative"].correct == 1  # only the HR row, whose gold arm is null too


def test_v2_figures_not_available_on_v1_gold() -> None:
    result = scores(PREDS, GOLD)
    assert all(fa.accuracy is None for fa in result.v2_fields.values())


def test_arm_detection_by_regimen_or_label_span() -> None:
    x_start, x_end = cmp_span("XELIRI")
    arms = pd.DataFrame(
        [
            {"doc_id": CMP, "label": "XELIRI", "regimen": None, "n": 50, "start": x_start, "end": x_end},
            {"doc_id": CMP, "label": "FOLFIRI arm", "regimen": "leucovorin + irinotecan + fluorouracil", "n": None,
             "start": None, "end": None},
            {"doc_id": CMP, "label": "placebo", "regimen": None, "n": 12, "start": 0, "end": 8},
            {"doc_id": "other", "label": "A", "regimen": "x", "n": 1, "start": 0, "end": 1},  # no gold: ignored
        ]
    )  # fmt: skip
    ad = cmp_scores([], arms=arms).arm_detection
    assert (ad.score.tp, ad.score.n_pred, ad.score.n_gold) == (2, 3, 2)
    assert (ad.n_total.correct, ad.n_total.total) == (1, 2)  # FOLFIRI's n is missing: wrong
    assert ad.extra == ["cmp: placebo"] and ad.missed == []
    @dataclass
    class Arm:
        doc_id: str
        label: str
        drugs: tuple[str, ...]

    as_objects = cmp_scores([], arms=[Arm(CMP, "FOLFIRI", ("leucovorin", "irinotecan", "fluorouracil"))]).arm_detection
    assert (as_objects.score.tp, as_objects.missed) == (1, ["cmp: XELIRI"])
    no_columns = cmp_scores([], arms=pd.DataFrame({"doc_id": [CMP], "label": ["XELIRI"]})).arm_detection
    assert no_columns.score.tp == 0 and no_columns.score.n_pred == 1
    assert cmp_scores([]).arm_detection.score is None


def test_reports_and_cli_show_v2_figures(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{CMP}.txt").write_text(CMP_TEXT, encoding="utf-8")
    write_gold(corpus / "gold", CMP_GOLD, doc_id=CMP)
    evidence = to_evidence_frame([cmp_pred("37%", endpoint="ORR", endpoint_text="ORR", value=37.0, arm="XELIRI")])
    old_contract = evidence.drop(columns=["arm", "endpoint_text", "timepoint"])  # a table from before v2
    report, _ = run_validation(old_contract, corpus / "gold", corpus, tmp_path / "out")
    assert report.n_gold == 4 and report.n_gold_arms == 2 and report.n_gold_v2 == 6
    md = (tmp_path / "out" / "validation.md").read_text(encoding="utf-8")
    assert "## v2 fields" in md and "| endpoint_text |" in md and "not available" in md
    data = json.loads((tmp_path / "out" / "validation.json").read_text(encoding="utf-8"))
    assert data["arm_detection"]["score"] is None
    assert data["modes"]["overlap"]["v2_fields"]["endpoint_text"]["correct"] == 0  # the column was missing

    evidence.to_parquet(tmp_path / "evidence.parquet")
    x_start, x_end = cmp_span("XELIRI")
    pd.DataFrame([{"doc_id": CMP, "label": "XELIRI", "regimen": XELIRI, "n": 50, "start": x_start, "end": x_end}]).to_parquet(
        tmp_path / "arms.parquet"
    )
    args = ["--evidence", str(tmp_path / "evidence.parquet"), "--gold", str(corpus / "gold"), "--corpus", str(corpus),
            "--out", str(tmp_path / "out2"), "--json"]  # fmt: skip
    result = CliRunner().invoke(validate_app, args)
    summary = json.loads(result.stdout)
    assert summary["arm_detection"]["recall"] == 0.5 and summary["arm_detection"]["precision"] == 1.0
    assert summary["v2_fields"]["overlap"]["endpoint_text"] == 1.0
    page = (tmp_path / "out2" / "validation.html").read_text(encoding="utf-8")
    assert "Arm detection" in page and "cmp: FOLFIRI" in page


def test_complete_v2_annotation_has_no_completeness_problems() -> None:
    assert annotation_problems(CMP_TEXT, [dict(r) for r in CMP_GOLD]) == []


def _without(rows: list[dict], text: str) -> list[dict]:
    return [r for r in rows if r["text"] != text]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda rows: _without(rows, "26%"), "is inside 0 result records"),
        (lambda rows: rows + [cmp_gold("26% in the FOLFIRI", endpoint_text="ORR", value=26.0, value_unit="%")],
         "is inside 2 result records"),
        (lambda rows: rows[:4] + [cmp_gold("95% CI", endpoint_text="OS", value=95.0, value_unit="%")] + rows[4:],
         "'%' of an interval level"),
        (lambda rows: [rows[1], rows[0], *rows[2:]], "not sorted by start"),
        (lambda rows: [*rows[:2], rows[2] | {"endpoint_text": None}, *rows[3:]], "without endpoint_text"),
        (lambda rows: [*rows[:2], rows[2] | {"value_unit": "n"}, *rows[3:]], "needs n and no value"),
        (lambda rows: [*rows[:2], rows[2] | {"timepoint": "two years"}, *rows[3:]], "is not 'N unit'"),
        (lambda rows: [*rows[:2], rows[2] | {"end": rows[3]["start"] + 1}, *rows[3:]], "overlap: result '37%'"),
        (lambda rows: [{k: r[k] for k in reversed(list(r))} for r in rows], "keys are not the §1 + §7.1 keys in order"),
    ],
)
def test_incomplete_annotation_is_named(mutate, message: str) -> None:
    problems = annotation_problems(CMP_TEXT, mutate([dict(r) for r in CMP_GOLD]))
    assert any(message in p for p in problems), problems


def test_annotation_exemptions_for_interval_bounds_doses_and_listed_offsets() -> None:
    text = "ORR 40% (95% CI, 29.5-57.7%). Bupivacaine 0.125% was given. %LEV rose."
    result = dict.fromkeys((*GOLD_KEYS, *GOLD_V2_KEYS)) | {
        "doc_id": "d", "kind": "result", "start": 4, "end": 7, "text": "40%", "category": "efficacy",
        "endpoint_text": "ORR", "value_unit": "%", "value": 40.0, "ci_low": 29.5, "ci_high": 57.7}  # fmt: skip
    start = text.index("0.125%")
    dose = dict.fromkeys((*GOLD_KEYS, *GOLD_V2_KEYS)) | {
        "doc_id": "d", "kind": "dose", "start": start, "end": start + 6, "text": "0.125%", "drug": "bupivacaine"}
    header = text.index("%LEV")
    assert annotation_problems(text, [result, dose], not_values=[header]) == []
    assert any(f"'%' at {header}" in p for p in annotation_problems(text, [result, dose]))
    assert any(f"'%' at {start + 5}" in p for p in annotation_problems(text, [result]))
