"""A run killed mid-write (SIGKILL) leaves the previous table; a re-run finishes the job.

The kill point is made deterministic from the test side only: the child process wraps a store
function so that, at the chosen moment, it writes a marker file and sleeps; the parent waits for the
marker and sends SIGKILL. Three points are covered:

- "staged": every NLP batch's rows are staged (`OUT/.staging/<run_id>/`), publishing has not begun.
  Holds after the kill: the DB and every exported file are run 1's; the re-run removes the staged
  rows and leaves no staging of its own.
- "commit": inside the DB transaction, after DELETE/INSERT ran and just before COMMIT.
  Holds after the kill: the DB is exactly run 1; parquet, CSV and run_report.json are byte-identical
  to run 1; no temp file was created.
- "export": the DB transaction is committed, the new parquet is written to its temp file, and the
  process dies just before `os.replace` puts it in place.
  Holds after the kill: the DB already holds run 2 (committed, logged as completed); parquet, CSV and
  run_report.json are still byte-identical to run 1 (the export is the last published table, never a
  partial file); the only leftover is run 2's hidden temp file `.evidence.parquet.*.tmp`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import copy_corpus
from trialmine.run import DB_NAME, run_extraction
from trialmine.store import db
from trialmine.store.schema import COLUMNS
from trialmine.store.staging import STAGING_DIR

EXTRA_DOC = "extra_imatinib_cohort"
EXTRA_TEXT = "In the extra cohort, imatinib 400 mg daily gave an ORR of 62% (n=40).\n"
OUTPUTS = ("evidence.parquet", "evidence.csv", "run_report.json")
MARKER_TIMEOUT_S = 240  # the child imports spaCy and runs the NLP first; the machine may be busy

CHILD = r"""
import os, sys, time
from pathlib import Path

corpus, out, marker, point = sys.argv[1:5]


def pause(note):
    Path(marker).write_text(note)
    time.sleep(3600)  # the parent kills us here


if point == "staged":
    import trialmine.store.db as store_db

    store_db.publish = lambda *args, **kwargs: pause("staged")
elif point == "commit":
    import pandas as pd
    import trialmine.store.db as store_db

    real_connect = store_db.duckdb.connect

    class Connection:
        # Proxy that pauses on COMMIT. DuckDB resolves DataFrame names (replacement scans) in the
        # calling frame only, so the caller's DataFrames are registered before each statement.
        def __init__(self, con):
            self._con = con

        def execute(self, sql, *args, **kwargs):
            if sql.strip().upper() == "COMMIT":
                pause("commit")
            tables = {r[0] for r in self._con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            for name, value in sys._getframe(1).f_locals.items():
                if isinstance(value, pd.DataFrame) and name not in tables:
                    self._con.register(name, value)
            return self._con.execute(sql, *args, **kwargs)

        def __getattr__(self, name):
            return getattr(self._con, name)

    class DuckdbShim:
        def __getattr__(self, name):
            return getattr(store_db.__dict__["_real_duckdb"], name)

        @staticmethod
        def connect(*args, **kwargs):
            return Connection(real_connect(*args, **kwargs))

    store_db._real_duckdb = store_db.duckdb
    store_db.duckdb = DuckdbShim()
elif point == "export":
    import os as real_os
    import trialmine.store.files as store_files

    class OsShim:
        def __getattr__(self, name):
            return getattr(real_os, name)

        @staticmethod
        def replace(src, dst, *args, **kwargs):
            if Path(dst).name == "evidence.parquet":
                pause(str(src))
            return real_os.replace(src, dst, *args, **kwargs)

    store_files.os = OsShim()
else:
    raise SystemExit(f"unknown kill point {point}")

from trialmine.run import run_extraction

run_extraction(Path(corpus), Path(out))
raise SystemExit("the run finished without reaching the kill point")
"""


def evidence_ids(database: Path) -> list[str]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT evidence_id FROM evidence ORDER BY evidence_id").fetchall()]
    finally:
        con.close()


def scalar(database: Path, query: str):
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(query).fetchone()[0]
    finally:
        con.close()


def db_rows(database: Path, query: str) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def temp_files(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def run1(tmp_path_factory) -> dict:
    """Run 1 on the two corpus documents, completed, with its outputs' bytes recorded."""
    root = tmp_path_factory.mktemp("kill")
    corpus, out = copy_corpus(root / "corpus"), root / "out"
    report = run_extraction(corpus, out)
    return {
        "corpus": corpus, "out": out, "run_id": report.run_id,
        "bytes": {name: (out / name).read_bytes() for name in OUTPUTS},
        "table": db.read_evidence(out / DB_NAME), "ids": evidence_ids(out / DB_NAME),
        "count": scalar(out / DB_NAME, "SELECT count(*) FROM evidence"),
    }  # fmt: skip


def kill_at(point: str, run1: dict, tmp_path: Path) -> tuple[Path, Path, str]:
    """Copy run 1's outputs, start run 2 (one extra document) in a child and SIGKILL it at `point`."""
    out = tmp_path / "out"
    shutil.copytree(run1["out"], out)
    corpus = copy_corpus(tmp_path / "corpus")
    (corpus / f"{EXTRA_DOC}.txt").write_text(EXTRA_TEXT, encoding="utf-8")
    marker, log = tmp_path / "marker", tmp_path / "child.log"
    with log.open("wb") as log_fh:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(corpus), str(out), str(marker), point],
            stdout=log_fh, stderr=subprocess.STDOUT, cwd=tmp_path,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + MARKER_TIMEOUT_S
            while not marker.exists():
                if child.poll() is not None:
                    pytest.fail(f"child exited ({child.returncode}) before the kill point:\n{log.read_text()[-3000:]}")
                if time.monotonic() > deadline:
                    pytest.fail(f"child never reached the kill point in {MARKER_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")
                time.sleep(0.05)
            time.sleep(0.2)  # the marker is written right before the sleep; let it get there
            os.kill(child.pid, signal.SIGKILL)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return corpus, out, marker.read_text()


def assert_outputs_are_run1(out: Path, run1: dict) -> None:
    for name in OUTPUTS:
        assert (out / name).read_bytes() == run1["bytes"][name], f"{name} changed"


def assert_rerun_finishes(corpus: Path, out: Path, run1: dict) -> None:
    report = run_extraction(corpus, out)
    table = db.read_evidence(out / DB_NAME)
    extra = table[table["doc_id"] == EXTRA_DOC]
    assert {"drug", "dose", "result"} <= set(extra["kind"])
    assert extra.loc[extra["kind"] == "dose", "dose_low"].tolist() == [400.0]
    assert extra.loc[extra["kind"] == "result", "value"].tolist() == [62.0]
    # the two old documents keep exactly their run-1 facts
    old = table[table["doc_id"] != EXTRA_DOC].reset_index(drop=True)
    pd.testing.assert_frame_equal(old, run1["table"])
    pd.testing.assert_frame_equal(pd.read_parquet(out / "evidence.parquet").astype(COLUMNS), table)
    assert scalar(out / DB_NAME, f"SELECT status FROM runs WHERE run_id = '{report.run_id}'") == "completed"
    assert scalar(out / DB_NAME, "SELECT count(*) FROM documents") == 3
    assert report.facts_by_document[EXTRA_DOC] == len(extra)


def staged_runs(out: Path) -> list[str]:
    return sorted(p.name for p in (out / STAGING_DIR).iterdir()) if (out / STAGING_DIR).exists() else []


def test_killed_between_staging_and_publish_leaves_run1_then_rerun_cleans_up(run1: dict, tmp_path: Path) -> None:
    corpus, out, note = kill_at("staged", run1, tmp_path)
    assert note == "staged"
    database = out / DB_NAME
    pd.testing.assert_frame_equal(db.read_evidence(database), run1["table"])
    assert scalar(database, f"SELECT count(*) FROM documents WHERE doc_id = '{EXTRA_DOC}'") == 0
    assert_outputs_are_run1(out, run1)
    # the killed run's batch is on disk, staged, never published
    [(run2,)] = db_rows(database, f"SELECT run_id FROM runs WHERE run_id <> '{run1['run_id']}'")
    assert staged_runs(out) == [run2]
    staged = pd.read_parquet(next((out / STAGING_DIR / run2).glob("*-evidence.parquet")))
    assert set(staged["doc_id"]) == {EXTRA_DOC}
    assert_rerun_finishes(corpus, out, run1)
    assert not (out / STAGING_DIR).exists()
    assert temp_files(out) == []


def test_killed_inside_db_transaction_leaves_run1_then_rerun_finishes(run1: dict, tmp_path: Path) -> None:
    corpus, out, note = kill_at("commit", run1, tmp_path)
    assert note == "commit"
    database = out / DB_NAME
    # the DB opens read-write (no stale lock) and holds exactly run 1
    duckdb.connect(str(database)).close()
    assert evidence_ids(database) == run1["ids"]
    assert scalar(database, "SELECT count(*) FROM evidence") == run1["count"]
    pd.testing.assert_frame_equal(db.read_evidence(database), run1["table"])
    assert scalar(database, f"SELECT count(*) FROM documents WHERE doc_id = '{EXTRA_DOC}'") == 0
    # run 2 was logged as running when it started, and never got to record an outcome
    [(run2, status)] = db_rows(database, f"SELECT run_id, status FROM runs WHERE run_id <> '{run1['run_id']}'")
    assert status == "running"
    assert_outputs_are_run1(out, run1)
    assert temp_files(out) == []  # the export had not started
    assert staged_runs(out) == [run2]  # its staged rows were never published; the re-run removes them
    assert_rerun_finishes(corpus, out, run1)
    assert temp_files(out) == [] and staged_runs(out) == []
    # the re-run found the killed run's lock free and logged that run as interrupted
    [(status, error)] = db_rows(database, f"SELECT status, error FROM runs WHERE run_id = '{run2}'")
    assert status == "interrupted" and "killed" in error


def test_killed_during_parquet_export_keeps_run1_files_then_rerun_finishes(run1: dict, tmp_path: Path) -> None:
    corpus, out, tmp_name = kill_at("export", run1, tmp_path)
    database = out / DB_NAME
    stale = Path(tmp_name)
    assert stale.parent == out and stale.name.startswith(".evidence.parquet.") and stale.name.endswith(".tmp")
    # the transaction had committed: the DB already holds run 2 (run 1 + the extra document) ...
    ids = evidence_ids(database)
    assert set(run1["ids"]) < set(ids)
    assert scalar(database, f"SELECT count(*) FROM evidence WHERE doc_id = '{EXTRA_DOC}'") > 0
    assert scalar(database, "SELECT count(*) FROM runs") == 2
    # ... while every exported file is still run 1's, byte for byte, and readable
    assert_outputs_are_run1(out, run1)
    assert sorted(pd.read_parquet(out / "evidence.parquet")["evidence_id"]) == run1["ids"]
    # the only leftover is run 2's hidden temp file beside the target, never the target itself
    assert temp_files(out) == [stale.name]
    assert_rerun_finishes(corpus, out, run1)
    assert temp_files(out) == []  # the re-run removes the killed run's temp file and leaves none of its own
