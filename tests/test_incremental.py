"""Operators' runs: an inbox filled in steps, incremental re-runs, --prune, failures, the version
hash, the run lock, loud failures and the run history. Real spaCy pipeline, real DuckDB."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import CORPUS, copy_corpus
from pubmed_fixtures import ABSTRACTS, DEV_PMIDS, pubmed_xml, shared_abstracts
from trialmine.cli import app
from trialmine.run import DB_NAME, DocumentsFailed, run_extraction
from trialmine.store import db

A = {"pmid": "910001", "title": "Dasatinib in CML", "text": "Results: dasatinib 100 mg daily gave an MMR of 46% (n=50)."}
B = {"pmid": "910002", "title": "Nilotinib trial", "text": "Results: nilotinib 300 mg twice daily; ORR 80%."}
B2 = dict(B, text="Results: nilotinib 400 mg twice daily; ORR 70%.")
C = {"pmid": "910003", "title": "Imatinib cohort", "text": "Results: imatinib 400 mg daily gave an ORR of 62%."}


def jsonl(path: Path, *records: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def rows(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def facts(out: Path, doc_id: str) -> pd.DataFrame:
    table = db.read_evidence(out / DB_NAME)
    return table[table["doc_id"] == doc_id].reset_index(drop=True)


def doses(out: Path, doc_id: str) -> list[float]:
    frame = facts(out, doc_id)
    return frame.loc[frame["kind"] == "dose", "dose_low"].tolist()


@pytest.mark.skipif(ABSTRACTS is None, reason="../shared/data/abstracts not found")
def test_inbox_filled_in_steps(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    inbox = corpus / "inbox"
    jsonl(inbox / "batch1.jsonl", A, B)
    (inbox / "pubmed.xml").write_text(pubmed_xml(shared_abstracts()[:2]), encoding="utf-8")
    xml_ids = list(DEV_PMIDS[:2])

    # 1: everything is new
    r1 = run_extraction(corpus, out)
    assert (r1.documents_new, r1.documents_changed, r1.documents_unchanged, r1.documents_processed) == (4, 0, 0, 4)
    assert set(r1.facts_by_document) == {"910001", "910002", *xml_ids}
    assert doses(out, "910002") == [300.0]
    assert r1.facts_added == sum(r1.facts_by_document.values()) and r1.facts_replaced == r1.facts_removed == 0
    first_table = db.read_evidence(out / DB_NAME)

    # 2: nothing new: no NLP work, nothing written to the table
    r2 = run_extraction(corpus, out)
    assert (r2.documents_unchanged, r2.documents_processed, r2.facts_added, r2.facts_removed) == (4, 0, 0, 0)
    pd.testing.assert_frame_equal(db.read_evidence(out / DB_NAME), first_table)
    # an operator re-runs one document: only that one goes through the NLP, with the same facts
    redo = run_extraction(corpus, out, redo=("910001",))
    assert (redo.documents_changed, redo.documents_processed, redo.facts_replaced) == (1, 1, redo.facts_added)
    assert facts(out, "910001")["evidence_id"].tolist() == first_table.loc[first_table["doc_id"] == "910001", "evidence_id"].tolist()

    # 3: B changed, C arrives in a second batch: only those two go through the NLP
    jsonl(inbox / "batch1.jsonl", A, B2)
    jsonl(inbox / "batch2.jsonl", C)
    r3 = run_extraction(corpus, out)
    assert (r3.documents_new, r3.documents_changed, r3.documents_unchanged, r3.documents_processed) == (1, 1, 3, 2)
    assert doses(out, "910002") == [400.0]  # replaced, not added to
    assert r3.facts_replaced == len(first_table[first_table["doc_id"] == "910002"])
    assert doses(out, "910003") == [400.0]
    assert facts(out, "910001")["evidence_id"].tolist() == first_table.loc[first_table["doc_id"] == "910001", "evidence_id"].tolist()
    assert rows(out / DB_NAME, "SELECT DISTINCT run_id FROM evidence WHERE doc_id = '910001'") == [(redo.run_id,)]

    # 4: C's file disappears: its facts stay (reported as missing) until --prune
    (inbox / "batch2.jsonl").unlink()
    r4 = run_extraction(corpus, out)
    assert r4.documents_missing == ["910003"] and r4.documents_removed == [] and doses(out, "910003") == [400.0]
    r5 = run_extraction(corpus, out, prune=True)
    assert r5.documents_removed == ["910003"] and r5.facts_removed > 0 and r5.documents_processed == 0
    assert facts(out, "910003").empty
    assert rows(out / DB_NAME, "SELECT count(*) FROM documents WHERE doc_id = '910003'") == [(0,)]

    # 5: the XML export is broken now: with --keep-failed its documents keep their facts ...
    good_xml = (inbox / "pubmed.xml").read_text(encoding="utf-8")
    (inbox / "pubmed.xml").write_text(good_xml[: len(good_xml) // 2], encoding="utf-8")
    r6 = run_extraction(corpus, out, keep_failed=True)
    assert [f["source"] for f in r6.failures] == ["inbox/pubmed.xml"]
    assert sorted(r6.failed_kept) == sorted(xml_ids) and r6.documents_removed == []
    assert all(not facts(out, d).empty for d in xml_ids)
    # ... and without it, they keep no stale facts, and the report says so
    r7 = run_extraction(corpus, out)
    assert sorted(r7.documents_removed) == sorted(xml_ids) and r7.failed_kept == []
    assert all(facts(out, d).empty for d in xml_ids)
    # 6: once the file is good again, its documents come back as new
    (inbox / "pubmed.xml").write_text(good_xml, encoding="utf-8")
    r8 = run_extraction(corpus, out)
    assert (r8.documents_new, r8.documents_processed) == (2, 2)

    # the history: every run, in order, with its counts
    history = db.list_runs(out / DB_NAME).iloc[::-1]
    assert history["run_id"].tolist() == [r.run_id for r in (r1, r2, redo, r3, r4, r5, r6, r7, r8)]
    assert set(history["status"]) == {"completed"} and set(history["trigger"]) == {"manual"}
    assert [r["documents_processed"] for r in history["report"]] == [4, 0, 1, 2, 0, 0, 0, 0, 2]
    assert len(set(history["version"])) == 1
    # the exported table is the database's, whatever the step
    pd.testing.assert_frame_equal(pd.read_parquet(out / "evidence.parquet").astype(first_table.dtypes.to_dict()), db.read_evidence(out / DB_NAME))


def test_a_new_model_version_re_extracts_everything(tmp_path: Path) -> None:
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    r1 = run_extraction(corpus, out)
    model = tmp_path / "model_v2"
    shutil.copytree(Path(r1.ner_model) if Path(r1.ner_model).is_dir() else _bundled(), model)
    assert run_extraction(corpus, out, ner_model=str(model)).documents_processed == 0  # same files: same version
    meta = json.loads((model / "meta.json").read_text())
    (model / "meta.json").write_text(json.dumps({**meta, "version": "9.9.9"}))
    r3 = run_extraction(corpus, out, ner_model=str(model))
    assert r3.version != r1.version
    assert (r3.documents_changed, r3.documents_processed) == (2, 2)
    assert set(rows(out / DB_NAME, "SELECT DISTINCT version FROM documents")) == {(r3.version,)}


def _bundled() -> Path:
    from trialmine.ner import bundled_model_path

    return bundled_model_path()


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from trialmine.store.lock import RunLock
    with RunLock(Path(sys.argv[1]), "holder-run"):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
""")


def test_a_second_run_is_refused_at_its_start_or_waits(tmp_path: Path) -> None:
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(out), "60"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(app, ["run", "--no-prefect", "--corpus", str(corpus), "--out", str(out)])
        assert result.exit_code == 3, result.output
        message = " ".join(result.output.split())
        assert "another trialmine run" in message and f"pid {holder.pid}" in message and "holder-run" in message
        assert not (out / DB_NAME).exists()  # refused before reading anything
    finally:
        holder.kill()
        holder.wait()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(out), "3"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(app, ["run", "--no-prefect", "--corpus", str(corpus), "--out", str(out), "--wait", "120"])
        assert result.exit_code == 0, result.output
        assert holder.poll() == 0  # it finished first: the run waited for it
    finally:
        holder.kill()
        holder.wait()


def test_failed_runs_exit_non_zero_and_are_in_the_history(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "notes [ref 3] [bold]x.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["run", "--no-prefect", "--corpus", str(bad), "--out", str(out)])
    assert result.exit_code == 4, result.output
    assert "none of the 2 files" in result.output

    good = copy_corpus(tmp_path / "good")
    assert runner.invoke(app, ["run", "--no-prefect", "--corpus", str(good), "--out", str(out)]).exit_code == 0
    before = db.read_evidence(out / DB_NAME)
    (good / "empty.txt").write_bytes(b"")
    (good / "extra.txt").write_text("Imatinib 400 mg daily gave an ORR of 62%.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "--no-prefect", "--corpus", str(good), "--out", str(out), "--strict"])
    assert result.exit_code == 4 and "--strict" in result.output and "empty.txt" in result.output
    pd.testing.assert_frame_equal(db.read_evidence(out / DB_NAME), before)  # nothing written

    result = runner.invoke(app, ["run", "--no-prefect", "--corpus", str(good), "--out", str(out), "--ner-model", "/nonexistent/model_q"])
    assert result.exit_code == 2 and "model_q" in result.output

    history = db.list_runs(out / DB_NAME)
    assert history["status"].tolist() == ["failed", "failed", "completed", "failed"]
    errors = history["error"].tolist()
    assert "model_q" in errors[0] and "--strict" in errors[1] and "could be read" in errors[3]

    listing = runner.invoke(app, ["runs", "--out", str(out)])
    assert listing.exit_code == 0 and listing.output.count("failed") == 3
    first = history["run_id"].iloc[-1]
    shown = runner.invoke(app, ["runs", "show", first[:-1], "--out", str(out)])  # a prefix (runs of the same second can share 18 characters)
    assert shown.exit_code == 0, shown.output
    assert "notes [ref 3] [bold]x.txt" in shown.output  # printed as written, never as markup


def test_validation_reads_the_store_and_a_drop_fails_the_run_visibly(tmp_path: Path) -> None:
    from trialmine.run import validate_published
    from trialmine.validate import ValidationFailed

    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    gold = shutil.copytree(CORPUS / "gold", tmp_path / "gold")
    report = run_extraction(corpus, out, validate=True, gold=gold)
    assert report.validation["passed"] and report.validation["overlap:results_endpoint_value_f1"] > 0.9
    for path in corpus.glob("*.txt"):
        path.unlink()  # the texts come from the store's documents table, not from files
    figures, failures = validate_published(out, gold, corpus, None)
    assert figures == {k: v for k, v in report.validation.items() if k != "passed"} and failures == []

    strict = tmp_path / "strict.toml"
    strict.write_text("[overlap]\nresults_endpoint_value_f1 = 1.0\n")
    table = db.read_evidence(out / DB_NAME)
    copy_corpus(corpus)
    with pytest.raises(ValidationFailed, match="below threshold"):
        run_extraction(corpus, out, validate=True, gold=gold, thresholds=strict)
    latest = db.list_runs(out / DB_NAME).iloc[0]
    assert latest["status"] == "failed" and "below threshold" in latest["error"]
    assert latest["report"]["validation"]["passed"] is False
    pd.testing.assert_frame_equal(db.read_evidence(out / DB_NAME), table)  # consistent: what was published stays
    with pytest.raises(DocumentsFailed):
        run_extraction(tmp_path / "empty", out)


def test_an_inbox_outside_the_corpus_is_read_with_it(tmp_path: Path) -> None:
    corpus, inbox, out = copy_corpus(tmp_path / "corpus"), tmp_path / "drop", tmp_path / "out"
    jsonl(inbox / "new.jsonl", A)
    result = CliRunner().invoke(app, ["run", "--no-prefect", "--corpus", str(corpus), "--inbox", str(inbox), "--out", str(out)])
    assert result.exit_code == 0, result.output
    documents = dict(rows(out / DB_NAME, "SELECT doc_id, source FROM documents"))
    assert set(documents) == {"910001", *(p.stem for p in corpus.glob("*.txt"))}
    assert documents["910001"].endswith("drop/new.jsonl#910001")
    assert doses(out, "910001") == [100.0]
