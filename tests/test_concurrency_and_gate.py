"""A second writer is refused with a clear message and loses nothing; the validation subflow gates a run."""

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import CORPUS, copy_corpus
from trialmine.cli import app
from trialmine.run import run_extraction
from trialmine.store import db
from trialmine.store.db import StoreBusyError


def test_second_process_writing_the_same_database_is_refused_and_the_table_is_kept(tmp_path: Path, monkeypatch):
    # a writer waits a while for the database before it gives up; the holder below keeps it for 60 s,
    # so half a second of that wait refuses the same way as the 5 s default (twice: API and CLI)
    monkeypatch.setattr(db, "WRITER_BUSY_WAIT_S", 0.5)
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    run_extraction(corpus, out)
    before = (out / "evidence.parquet").read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(out / 'trialmine.duckdb')!r}); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreBusyError, match="in use by another process"):
            run_extraction(corpus, out)
        result = CliRunner().invoke(app, ["run", "--no-prefect", "--corpus", str(corpus), "--out", str(out)])
        assert result.exit_code == 3
        assert "in use by another process" in result.output
    finally:
        holder.kill()
        holder.wait()
    assert (out / "evidence.parquet").read_bytes() == before
    run_extraction(corpus, out)  # once the other process is gone, the run goes through
    assert pd.read_parquet(out / "evidence.parquet")["evidence_id"].is_unique


@pytest.mark.slow
def test_extraction_flow_runs_validation_as_a_subflow_and_fails_below_threshold(tmp_path: Path):
    from trialmine.flows.extract import extract_flow
    from trialmine.validate import ValidationFailed

    corpus = copy_corpus(tmp_path / "corpus")
    shutil.copytree(CORPUS / "gold", corpus / "gold")
    out = tmp_path / "out"
    extract_flow(corpus=corpus, out=out, validate=True)  # the bundled corpus passes the shipped thresholds
    assert (out / "validation.json").exists() and (out / "validation.html").exists()

    strict = tmp_path / "strict.toml"
    strict.write_text("[overlap]\nresults_endpoint_value_f1 = 1.0\n[exact]\nregimen_accuracy = 1.0\n")
    with pytest.raises(ValidationFailed, match="below|<"):
        extract_flow(corpus=corpus, out=out, validate=True, thresholds=strict)
