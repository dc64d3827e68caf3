"""NLP batches in other processes: on a Dask cluster (past one machine) and on local worker processes.

A LocalCluster of 2 worker processes stands in for a cluster of machines: the CLI gets its scheduler
address (`trialmine run --dask tcp://...`), exactly as it would a remote one. The table must equal a
single-process run's (every column but run_id), and each worker must have built the pipeline once
for all the batches it ran. `--no-prefect --workers 2` (a local process pool) gives the same table too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import REPO, copy_corpus

ABSTRACTS = REPO.parent / "shared" / "data" / "abstracts" / "abstracts.jsonl"
BATCH = 8


def _worker_pipeline_builds() -> tuple[int, int]:
    """(pipelines built, batches that reused one) in the calling Dask worker process."""
    from trialmine.nlp.pipeline import build_pipeline

    info = build_pipeline.cache_info()
    return info.misses, info.hits


def _table(out: Path) -> pd.DataFrame:
    """The evidence rows in the store, every column but the run that wrote them."""
    with duckdb.connect(str(out / "trialmine.duckdb"), read_only=True) as con:
        table = con.execute("SELECT * EXCLUDE (run_id) FROM evidence").df()
    return table.sort_values(list(table.columns)).reset_index(drop=True)


@pytest.fixture(scope="module")
def single_run(tmp_path_factory) -> dict:
    """The corpus (60 abstracts + 2 long documents: 8 batches) and its single-process run."""
    if not ABSTRACTS.is_file():
        pytest.skip(f"shared abstracts not found at {ABSTRACTS}")
    from trialmine.run import run_extraction

    root = tmp_path_factory.mktemp("scale")
    corpus = copy_corpus(root / "corpus")
    shutil.copy2(ABSTRACTS, corpus / "abstracts.jsonl")
    report = run_extraction(corpus, root / "single", batch_size=BATCH)
    return {"corpus": corpus, "report": report, "table": _table(root / "single")}


@pytest.mark.slow
def test_dask_cluster_run_gives_the_single_process_table(single_run: dict, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from trialmine.cli import app

    corpus, single = single_run["corpus"], single_run["report"]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = CliRunner().invoke(
            app, ["run", "--corpus", str(corpus), "--out", str(tmp_path / "dask"), "--dask", cluster.scheduler_address, "--batch-size", str(BATCH)]
        )
        assert result.exit_code == 0, result.output
        with distributed.Client(cluster) as client:
            builds = client.run(_worker_pipeline_builds)

    report = json.loads((tmp_path / "dask" / "run_report.json").read_text(encoding="utf-8"))
    assert report["documents_processed"] == single.documents_processed == 62
    assert report["documents_failed"] == single.documents_failed == 0
    assert len(single_run["table"]) > 100
    pd.testing.assert_frame_equal(_table(tmp_path / "dask"), single_run["table"])

    batches = -(-62 // BATCH)
    assert len(builds) == 2 and all(built == 1 for built, _ in builds.values()), builds  # both worked, one model each
    assert sum(built + reused for built, reused in builds.values()) == batches, builds


@pytest.mark.slow
def test_local_worker_processes_give_the_single_process_table(single_run: dict, tmp_path: Path) -> None:
    from trialmine.cli import app

    out = tmp_path / "workers"
    args = ["run", "--corpus", str(single_run["corpus"]), "--out", str(out), "--no-prefect", "--workers", "2", "--batch-size", str(BATCH)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads((out / "run_report.json").read_text(encoding="utf-8"))["documents_processed"] == 62
    pd.testing.assert_frame_equal(_table(out), single_run["table"])


def test_dask_needs_prefect(tmp_path: Path) -> None:
    from trialmine.cli import app

    result = CliRunner().invoke(app, ["run", "--corpus", str(copy_corpus(tmp_path / "c")), "--no-prefect", "--dask", "local"])
    assert result.exit_code == 2 and "--dask" in result.output and "--no-prefect" in result.output
