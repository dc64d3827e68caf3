"""The store: publish is transactional and idempotent, old databases migrate, exports equal the DB."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import copy_corpus
from trialmine.ingest.document import Document
from trialmine import run
from trialmine.run import DB_NAME, DocumentsFailed, run_extraction
from trialmine.store import db
from trialmine.store.files import atomic_path, write_json_atomic
from trialmine.store.schema import ARM_COLUMNS, COLUMNS, to_arm_frame
from trialmine.store.staging import STAGING_DIR, Staging

INTERVIEW = "mf_selinexor_ruxolitinib_interview"
PAPER = "rr_aml_selinexor_paper"


def sql(path: Path, query: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(query, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def twice(tmp_path_factory) -> dict:
    """Run 1, then run 2 on the same corpus, with snapshots of each."""
    root = tmp_path_factory.mktemp("store")
    corpus, out = copy_corpus(root / "corpus"), root / "out"
    database = out / DB_NAME
    r1 = run_extraction(corpus, out)
    ev1 = db.read_evidence(database)
    r2 = run_extraction(corpus, out)
    return {
        "root": root, "corpus": corpus, "out": out, "db": database, "r1": r1, "r2": r2,
        "ev1": ev1, "ev2": db.read_evidence(database),
    }  # fmt: skip


def test_rerun_gives_same_ids_and_no_duplicates(twice: dict) -> None:
    ev1, ev2, database = twice["ev1"], twice["ev2"], twice["db"]
    assert len(ev1) > 0
    assert len(ev2) == len(ev1)
    assert ev2["evidence_id"].tolist() == ev1["evidence_id"].tolist()
    pd.testing.assert_frame_equal(ev2, ev1)
    [(n, n_distinct)] = sql(database, "SELECT count(*), count(DISTINCT evidence_id) FROM evidence")
    assert n == n_distinct == len(ev1)
    # nothing changed: run 2 read both documents, extracted none, and every row is still run 1's
    assert (twice["r2"].documents_unchanged, twice["r2"].documents_processed, twice["r2"].facts_added) == (2, 0, 0)
    assert sql(database, "SELECT DISTINCT run_id FROM evidence") == [(twice["r1"].run_id,)]
    runs = sql(database, "SELECT run_id, status FROM runs ORDER BY started_at")
    assert runs == [(twice["r1"].run_id, "completed"), (twice["r2"].run_id, "completed")]


def test_documents_table_one_row_per_document_with_text_hash(twice: dict) -> None:
    rows = sql(twice["db"], "SELECT doc_id, sha256, n_chars, text, first_run_id, last_run_id FROM documents ORDER BY doc_id")
    assert [r[0] for r in rows] == sorted(p.stem for p in twice["corpus"].glob("*.txt")) == [INTERVIEW, PAPER]
    for doc_id, sha, n_chars, text, first, last in rows:
        assert sha == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert n_chars == len(text)
        assert (first, last) == (twice["r1"].run_id, twice["r1"].run_id)  # run 2 had nothing to redo
        # offsets in evidence index the stored text
        ev = twice["ev2"][twice["ev2"]["doc_id"] == doc_id]
        assert all(text[s:e] == t for s, e, t in zip(ev["start"], ev["end"], ev["text"]))


def test_changed_document_gets_its_facts_replaced(twice: dict, tmp_path: Path) -> None:
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    shutil.copytree(twice["out"], out)
    # the corpus copy is the stored corpus moved: same texts, so the same documents (no NLP)
    assert run_extraction(corpus, out).documents_unchanged == 2
    interview = corpus / f"{INTERVIEW}.txt"
    old_text = interview.read_text(encoding="utf-8")
    assert "exceeding 90%" in old_text
    interview.write_text("Editor's note: transcript revised.\n" + old_text.replace("exceeding 90%", "exceeding 95%"),
                         encoding="utf-8")  # fmt: skip
    before = twice["ev2"]
    r3 = run_extraction(corpus, out)
    after = db.read_evidence(out / DB_NAME)

    old_ids = set(before.loc[before["doc_id"] == INTERVIEW, "evidence_id"])
    new_ids = set(after.loc[after["doc_id"] == INTERVIEW, "evidence_id"])
    assert new_ids and not (old_ids & new_ids)  # every offset moved: no stale fact of the old text is left
    svr = after[(after["doc_id"] == INTERVIEW) & (after["endpoint"] == "SVR35") & (after["qualifier"] == ">")]
    assert svr["value"].tolist() == [95.0]
    # the other document is untouched
    pd.testing.assert_frame_equal(
        after[after["doc_id"] == PAPER].reset_index(drop=True), before[before["doc_id"] == PAPER].reset_index(drop=True)
    )
    assert set(after["doc_id"]) == {INTERVIEW, PAPER}
    [(sha, last)] = sql(out / DB_NAME, "SELECT sha256, last_run_id FROM documents WHERE doc_id = ?", [INTERVIEW])
    assert sha == hashlib.sha256(interview.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    assert last == r3.run_id
    assert sql(out / DB_NAME, "SELECT count(*) FROM documents") == [(2,)]


def test_failed_publish_rolls_back_everything(twice: dict, tmp_path: Path) -> None:
    database = tmp_path / DB_NAME
    shutil.copy2(twice["db"], database)
    before = db.read_evidence(database)
    docs_before = sql(database, "SELECT * FROM documents ORDER BY doc_id")
    texts = dict(sql(database, "SELECT doc_id, text FROM documents"))
    documents = [Document(d, "paper", t + " changed", f"{d}.txt") for d, t in texts.items()]
    staging = Staging(tmp_path, "run-that-fails")
    staging.add(before.head(3), to_arm_frame([]), documents)
    staging.add(before.head(1), to_arm_frame([]), [])  # a second batch repeats a fact: the INSERT fails
    with pytest.raises(duckdb.Error):
        db.publish(database, "run-that-fails", staging, {"run_id": "run-that-fails"}, datetime.now(timezone.utc))
    pd.testing.assert_frame_equal(db.read_evidence(database), before)  # the DELETE was rolled back too
    assert sql(database, "SELECT * FROM documents ORDER BY doc_id") == docs_before
    assert sql(database, "SELECT count(*) FROM runs WHERE run_id = 'run-that-fails'") == [(0,)]


def test_parquet_and_csv_equal_the_database(twice: dict) -> None:
    out = twice["out"]
    table = db.read_evidence(out / DB_NAME)
    parquet = pd.read_parquet(out / "evidence.parquet")
    assert list(parquet.columns) == list(COLUMNS)
    pd.testing.assert_frame_equal(parquet.astype(COLUMNS), table, check_exact=True)
    strings = {c: "string" for c, t in COLUMNS.items() if t == "string"}
    csv = pd.read_csv(out / "evidence.csv", dtype=strings, keep_default_na=False, na_values=[""])
    assert list(csv.columns) == list(COLUMNS)
    pd.testing.assert_frame_equal(csv.astype(COLUMNS), table, check_exact=True)
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["run_id"] == twice["r2"].run_id
    assert sum(report["facts_by_kind"].values()) == len(table)


# --- atomic writes -------------------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_atomic_path_keeps_old_file_when_writer_raises(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_json_atomic(target, {"version": 1})
    old = target.read_bytes()
    with pytest.raises(RuntimeError, match="mid-way"):
        with atomic_path(target) as tmp:
            tmp.write_text('{"version": 2, "half', encoding="utf-8")
            raise RuntimeError("killed mid-way")
    assert target.read_bytes() == old
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_write_json_atomic_keeps_old_file_when_serialising_fails(tmp_path: Path) -> None:
    class Unprintable:
        def __str__(self) -> str:
            raise ValueError("cannot serialise")

    target = tmp_path / "report.json"
    write_json_atomic(target, {"version": 1})
    old = target.read_bytes()
    with pytest.raises(ValueError, match="cannot serialise"):
        write_json_atomic(target, {"version": 2, "bad": Unprintable()})
    assert target.read_bytes() == old
    assert leftovers(tmp_path) == []
    write_json_atomic(target, {"version": 3})
    assert json.loads(target.read_text(encoding="utf-8")) == {"version": 3}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_export_keeps_old_files_when_the_copy_fails(twice: dict, tmp_path: Path) -> None:
    database, parquet, csv = tmp_path / DB_NAME, tmp_path / "evidence.parquet", tmp_path / "evidence.csv"
    shutil.copy2(twice["db"], database)
    db.export_table(database, "evidence", parquet, csv)
    old = parquet.read_bytes(), csv.read_bytes()
    con = duckdb.connect(str(database))
    try:
        con.execute('ALTER TABLE evidence RENAME COLUMN "confidence" TO "score"')  # the contract's column is gone
    finally:
        con.close()
    with pytest.raises(duckdb.Error, match="confidence"):
        db.export_table(database, "evidence", parquet, csv)
    assert (parquet.read_bytes(), csv.read_bytes()) == old
    assert leftovers(tmp_path) == []


def test_exports_read_as_the_contract_says(twice: dict) -> None:
    """What pandas and Arrow see in the files DuckDB wrote: contract dtypes, every column nullable."""
    out = twice["out"]
    for name, columns in (("evidence.parquet", COLUMNS), ("arms.parquet", ARM_COLUMNS)):
        frame = pd.read_parquet(out / name)
        assert {c: str(t) for c, t in frame.dtypes.items()} == {c: str(pd.Series(dtype=t).dtype) for c, t in columns.items()}
        schema = pq.read_schema(out / name)
        assert schema.names == list(columns) and all(f.nullable for f in schema)
        assert b"pandas" in schema.metadata


# --- migrations ------------------------------------------------------------------------------------


def old_database(twice: dict, tmp_path: Path, decisions: int) -> Path:
    """The store of run 2 as an older trialmine left it: with its table review_decisions."""
    database = tmp_path / DB_NAME
    shutil.copy2(twice["db"], database)
    con = duckdb.connect(str(database))
    try:
        con.execute(
            "CREATE TABLE review_decisions (evidence_id VARCHAR NOT NULL, decision VARCHAR NOT NULL, corrected JSON, "
            "reviewer VARCHAR, note VARCHAR, decided_at TIMESTAMP NOT NULL)"
        )
        for i in range(decisions):
            con.execute("INSERT INTO review_decisions VALUES (?, 'accept', NULL, 'ana', NULL, TIMESTAMP '2024-05-01 10:00:00')", [f"ev_{i:016x}"])
    finally:
        con.close()
    return database


def table_contents(database: Path) -> dict[str, list[tuple]]:
    tables = [r[0] for r in sql(database, "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1")]
    return {t: sql(database, f"SELECT * FROM {t} ORDER BY ALL") for t in tables}


def test_an_old_database_opens_and_loses_only_its_empty_review_decisions(twice: dict, tmp_path: Path) -> None:
    database = old_database(twice, tmp_path, decisions=0)
    before = table_contents(database)
    assert "review_decisions" in before
    with db.connect(database):
        pass
    after = table_contents(database)
    assert "review_decisions" not in after
    assert after == {t: rows for t, rows in before.items() if t != "review_decisions"}
    assert db.read_evidence(database).equals(twice["ev2"])


def test_decisions_written_by_hand_into_the_old_table_are_kept(twice: dict, tmp_path: Path, caplog) -> None:
    database = old_database(twice, tmp_path, decisions=2)
    with caplog.at_level("WARNING"), db.connect(database):
        pass
    assert sql(database, "SELECT count(*) FROM review_decisions") == [(2,)]
    assert "review_decisions holds 2 rows" in caplog.text


# --- streaming: batches staged on disk, published at once ------------------------------------------


def test_several_batches_publish_the_same_table_and_files_as_one(twice: dict, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    staged = []
    monkeypatch.setattr(run, "STAGE_ROWS", 1)  # every batch's rows staged on their own
    monkeypatch.setattr(Staging, "add", lambda self, *parts, add=Staging.add: staged.append(len(parts[0])) or add(self, *parts))
    report = run_extraction(twice["corpus"], out, batch_size=1)  # one document per batch
    assert len([n for n in staged if n]) == 2  # two staged parts with facts
    assert report.facts_added == twice["r1"].facts_added
    assert (report.facts_by_kind, report.results_by_category, report.facts_by_document) == (
        twice["r1"].facts_by_kind, twice["r1"].results_by_category, twice["r1"].facts_by_document
    )
    pd.testing.assert_frame_equal(db.read_evidence(out / DB_NAME), twice["ev1"])
    pd.testing.assert_frame_equal(db.read_arms(out / DB_NAME), db.read_arms(twice["db"]))
    for name in ("evidence.parquet", "evidence.csv", "arms.parquet", "arms.csv"):
        assert (out / name).read_bytes() == (twice["out"] / name).read_bytes(), name
    assert not (out / STAGING_DIR).exists()  # the staged batches are gone once published


def test_a_failed_run_leaves_no_staging(twice: dict, tmp_path: Path) -> None:
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    (corpus / "empty.txt").write_text("", encoding="utf-8")  # fails to read: --strict fails the run after the NLP
    with pytest.raises(DocumentsFailed):
        run_extraction(corpus, out, strict=True, batch_size=1)
    assert not (out / STAGING_DIR).exists()
    assert sql(out / DB_NAME, "SELECT count(*) FROM evidence") == [(0,)]


def test_outputs_are_readable_by_others_sharing_the_folder(twice: dict) -> None:
    """mkstemp creates 0600 files; the renamed outputs must be 0644 like any normal file."""
    out = Path(twice["out"])
    for name in ("evidence.parquet", "evidence.csv", "run_report.json"):
        assert (out / name).stat().st_mode & 0o777 == 0o644, name
