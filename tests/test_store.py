"""The store: publish is transactional and idempotent, reviewer data survives, exports equal the DB."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import copy_corpus
from trialmine.ingest.document import Document
from trialmine.run import DB_NAME, run_extraction
from trialmine.store import db
from trialmine.store.files import atomic_path, write_json_atomic, write_table_atomic
from trialmine.store.schema import COLUMNS

INTERVIEW = "mf_selinexor_ruxolitinib_interview"
PAPER = "rr_aml_selinexor_paper"


def sql(path: Path, query: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(query, params or []).fetchall()
    finally:
        con.close()


def review_rows(path: Path) -> pd.DataFrame:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT * FROM review_decisions ORDER BY evidence_id").df()
    finally:
        con.close()


@pytest.fixture(scope="module")
def twice(tmp_path_factory) -> dict:
    """Run 1, a reviewer's decisions, then run 2 on the same corpus, with snapshots of each."""
    root = tmp_path_factory.mktemp("store")
    corpus, out = copy_corpus(root / "corpus"), root / "out"
    database = out / DB_NAME
    r1 = run_extraction(corpus, out)
    ev1 = db.read_evidence(database)
    picked = ev1.loc[ev1["kind"] == "result"].head(2)["evidence_id"].tolist() + [
        ev1.loc[ev1["doc_id"] == INTERVIEW, "evidence_id"].iloc[0]
    ]
    con = duckdb.connect(str(database))
    try:
        con.execute(
            "INSERT INTO review_decisions VALUES (?, 'accept', NULL, 'ana', 'ok', TIMESTAMP '2024-05-01 10:00:00')",
            [picked[0]],
        )
        con.execute(
            "INSERT INTO review_decisions VALUES (?, 'correct', ?, 'ben', 'value is 41', TIMESTAMP '2024-05-02 11:30:00')",
            [picked[1], json.dumps({"value": 41.0})],
        )
        con.execute(
            "INSERT INTO review_decisions VALUES (?, 'reject', NULL, 'ana', NULL, TIMESTAMP '2024-05-03 09:00:00')",
            [picked[2]],
        )
    finally:
        con.close()
    reviews1 = review_rows(database)
    r2 = run_extraction(corpus, out)
    return {
        "root": root, "corpus": corpus, "out": out, "db": database, "r1": r1, "r2": r2,
        "ev1": ev1, "ev2": db.read_evidence(database), "picked": picked, "reviews1": reviews1,
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


def test_review_decisions_survive_rerun_and_join(twice: dict) -> None:
    after = review_rows(twice["db"])
    pd.testing.assert_frame_equal(after, twice["reviews1"])
    assert len(after) == 3
    joined = sql(
        twice["db"],
        "SELECT r.evidence_id, r.decision, e.kind FROM review_decisions r JOIN evidence e USING (evidence_id) "
        "ORDER BY r.evidence_id",
    )
    assert sorted(r[0] for r in joined) == sorted(twice["picked"])


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
    # reviewer rows are never deleted; those on the paper still join, the one on the old interview text no longer does
    pd.testing.assert_frame_equal(review_rows(out / DB_NAME), twice["reviews1"])
    joined = {r[0] for r in sql(out / DB_NAME, "SELECT evidence_id FROM review_decisions JOIN evidence USING (evidence_id)")}
    assert joined == {i for i in twice["picked"] if i not in old_ids}


def test_failed_publish_rolls_back_everything(twice: dict, tmp_path: Path) -> None:
    database = tmp_path / DB_NAME
    shutil.copy2(twice["db"], database)
    before = db.read_evidence(database)
    docs_before = sql(database, "SELECT * FROM documents ORDER BY doc_id")
    texts = dict(sql(database, "SELECT doc_id, text FROM documents"))
    documents = [Document(d, "paper", t + " changed", f"{d}.txt") for d, t in texts.items()]
    broken = pd.concat([before.head(3), before.head(1)], ignore_index=True)  # duplicate evidence_id: INSERT fails
    with pytest.raises(duckdb.Error):
        db.publish(database, "run-that-fails", documents, broken, {"run_id": "run-that-fails"}, datetime.now(timezone.utc))
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


def test_write_table_atomic_keeps_old_files_when_export_fails(tmp_path: Path) -> None:
    parquet, csv = tmp_path / "evidence.parquet", tmp_path / "evidence.csv"
    write_table_atomic(pd.DataFrame({"a": [1, 2]}), parquet, csv)
    old = parquet.read_bytes(), csv.read_bytes()
    unwritable = pd.DataFrame({"a": [object()]})  # pyarrow cannot convert an arbitrary object
    with pytest.raises(Exception):
        write_table_atomic(unwritable, parquet, csv)
    assert (parquet.read_bytes(), csv.read_bytes()) == old
    assert leftovers(tmp_path) == []


def test_outputs_are_readable_by_others_sharing_the_folder(twice: dict) -> None:
    """mkstemp creates 0600 files; the renamed outputs must be 0644 like any normal file."""
    out = Path(twice["out"])
    for name in ("evidence.parquet", "evidence.csv", "run_report.json"):
        assert (out / name).stat().st_mode & 0o777 == 0o644, name
