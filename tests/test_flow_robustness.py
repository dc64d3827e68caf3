"""The product path (Prefect flow `extract_flow`) over good and bad inputs, plus the CLI.

Every good document's facts must be in the table and every bad input must be in run_report.json
with its stage and a specific reason. The flow runs once (a Prefect run with no server starts a
temporary one, ~10 s).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import REPO, copy_corpus

SHARED_CANDIDATES = (Path(__file__).resolve().parents[2] / "shared", REPO.parent / "shared")
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), None)
PDFS = SHARED / "data" / "pdfs" if SHARED else None
GOOD_PDF = "hindawi_casrephematol_2016_6545861_ALL_in_CALR_ET.pdf"
BAD_PDFS = {
    "bad_encrypted_password_test.pdf": "encrypted",
    "bad_scanned_image_only_no_text_layer.pdf": "no text layer",
    "bad_html_page_saved_as_pdf.pdf": "not a PDF",
}
GENES = ("xpo1", "bcl-2", "bcl2", "flt3", "mcl-1", "mcl1", "jak-stat", "jak", "stat", "p53", "tp53")
PAPER, INTERVIEW = "rr_aml_selinexor_paper", "mf_selinexor_ruxolitinib_interview"
CP1252_TEXT = "Caf\xe9 trial: imatinib 400\xa0mg daily; ORR 62% (n=40)."
ABSTRACTS = [
    json.dumps({"pmid": "900001", "title": "Dasatinib in CML", "text": "Results: dasatinib 100 mg daily; MMR 46% (n=50)."}),
    '{"pmid": "900002", "title": broken',
    json.dumps({"pmid": "900003", "title": "Nilotinib trial", "text": "Results: nilotinib 300 mg twice daily; CCyR 80%."}),
]


def build_corpus(root: Path) -> Path:
    corpus = copy_corpus(root)
    shutil.copy2(PDFS / GOOD_PDF, corpus / GOOD_PDF)
    for name in BAD_PDFS:
        shutil.copy2(PDFS / name, corpus / name)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_text("\n  \t\n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "cafe_cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (corpus / "abstracts.jsonl").write_text("\n".join(ABSTRACTS) + "\n", encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def flow_run(tmp_path_factory) -> dict:
    if PDFS is None or not (PDFS / GOOD_PDF).is_file():
        pytest.skip(f"shared PDFs not found (looked for data/pdfs under {[str(p) for p in SHARED_CANDIDATES]})")
    from trialmine.flows.extract import extract_flow

    root = tmp_path_factory.mktemp("flow")
    corpus, out = build_corpus(root / "corpus"), root / "out"
    report = extract_flow(corpus=corpus, out=out)
    saved = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    return {"report": report, "saved": saved, "out": out, "table": pd.read_parquet(out / "evidence.parquet")}


@pytest.mark.slow
def test_flow_completes_and_reports_every_bad_input(flow_run: dict) -> None:
    saved = flow_run["saved"]
    assert saved["run_id"] == flow_run["report"].run_id
    assert all(Path(p).exists() for p in saved["outputs"].values())
    failures = {f["source"]: f for f in saved["failures"]}
    assert all(f["stage"] == "ingest" for f in failures.values()), failures
    expected = {
        **BAD_PDFS,
        "empty.txt": "zero-byte",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "abstracts.jsonl:2": "malformed json",  # the source names the line number
    }
    assert set(failures) == set(expected), failures
    for source, words in expected.items():
        assert words.lower() in failures[source]["reason"].lower(), failures[source]
    assert saved["documents_failed"] == len(expected)
    # good: 2 corpus docs, 1 PDF, 1 cp1252 text, 2 abstracts
    assert saved["documents_read"] == 6
    assert set(saved["facts_by_document"]) == {PAPER, INTERVIEW, GOOD_PDF[:-4], "cafe_cp1252", "900001", "900003"}


@pytest.mark.slow
def test_flow_cp1252_document_is_read_with_a_warning_and_its_facts(flow_run: dict) -> None:
    warnings = [w for w in flow_run["saved"]["warnings"] if w["source"] == "cafe_cp1252.txt"]
    assert warnings and "cp1252" in warnings[0]["reason"]
    t = flow_run["table"]
    doc = t[t["doc_id"] == "cafe_cp1252"]
    dose = doc[doc["kind"] == "dose"]
    assert dose[["drug", "dose_low", "dose_high", "dose_unit", "dose_frequency"]].values.tolist() == [
        ["imatinib", 400.0, 400.0, "mg", "daily"]
    ]
    assert doc.loc[doc["kind"] == "result", "value"].tolist() == [62.0]
    assert "imatinib" in set(doc.loc[doc["kind"] == "drug", "drug"])


@pytest.mark.slow
def test_flow_keeps_the_headline_facts_of_good_documents(flow_run: dict) -> None:
    t = flow_run["table"]
    res = t[(t["kind"] == "result") & (t["doc_id"] == PAPER)]

    def values(endpoint: str) -> set[float]:
        return set(res.loc[res["endpoint"] == endpoint, "value"].dropna())

    cr = res[(res["endpoint"] == "CR") & (res["value"] == 40.0)]
    assert 4 in set(cr["n"].dropna())
    assert 60.0 in values("CR/CRi")
    assert 80.0 in values("ORR")
    assert 50.0 in values("HSCT")

    iv = t[t["doc_id"] == INTERVIEW]
    svr = iv[(iv["kind"] == "result") & (iv["endpoint"] == "SVR35") & (iv["qualifier"] == ">")]
    assert 90.0 in set(svr["value"])
    doses = iv[iv["kind"] == "dose"]
    assert ["selinexor", 40.0, 60.0, "mg", "weekly"] in doses[
        ["drug", "dose_low", "dose_high", "dose_unit", "dose_frequency"]
    ].values.tolist()

    pdf = t[t["doc_id"] == GOOD_PDF[:-4]]
    assert "hydroxyurea" in set(pdf.loc[pdf["kind"] == "drug", "drug"])
    for pmid, drug in (("900001", "dasatinib"), ("900003", "nilotinib")):
        assert drug in set(t.loc[(t["doc_id"] == pmid) & (t["kind"] == "drug"), "drug"])


@pytest.mark.slow
def test_flow_never_makes_genes_into_drugs(flow_run: dict) -> None:
    drugs = flow_run["table"].query("kind == 'drug'")
    names = {str(v).lower() for v in drugs["drug"]} | {str(v).lower() for v in drugs["text"]}
    assert not names & set(GENES), sorted(names & set(GENES))


# --- CLI ------------------------------------------------------------------------------------------


def test_cli_run_without_prefect_then_query(tmp_path: Path) -> None:
    from trialmine.cli import app

    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(app, ["run", "--no-prefect", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("evidence.parquet", "evidence.csv", "run_report.json", "trialmine.duckdb"):
        assert (out / name).is_file(), name
    n_rows = len(pd.read_parquet(out / "evidence.parquet"))
    assert n_rows > 0

    result = runner.invoke(app, ["query", "SELECT count(*) AS n FROM evidence", "--outputs", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": n_rows}]

    # table output with NULLs (n, regimen are empty for many rows), and a clear error for bad SQL
    sql = "SELECT text, endpoint, value, n, regimen FROM evidence WHERE kind = 'result' ORDER BY doc_id, start"
    result = runner.invoke(app, ["query", sql, "--outputs", str(out)])
    assert result.exit_code == 0, result.output
    assert "exceeding 90%" in result.stdout and "SVR35" in result.stdout
    result = runner.invoke(app, ["query", "SELECT nope FROM evidence", "--outputs", str(out)])
    assert result.exit_code == 1 and "query failed" in result.output


def test_cli_run_with_missing_corpus_exits_2(tmp_path: Path) -> None:
    from trialmine.cli import app

    result = CliRunner().invoke(app, ["run", "--corpus", "/nonexistent", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "/nonexistent" in result.output and "not found" in result.output
    assert not (tmp_path / "out").exists()
