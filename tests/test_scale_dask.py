"""Past one machine: the extraction flow with its NLP batches on a Dask cluster.

A LocalCluster of 2 worker processes stands in for a cluster of machines: the CLI gets its scheduler
address (`trialmine run --dask tcp://...`), exactly as it would a remote one. The table must equal a
single-process run's (every column but run_id), and each worker must have built the pipeline once
for all the batches it ran.
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


@pytest.mark.slow
def test_dask_cluster_run_gives_the_single_process_table(tmp_path: Path) -> None:
    if not ABSTRACTS.is_file():
        pytest.skip(f"shared abstracts not found at {ABSTRACTS}")
    distributed = pytest.importorskip("distributed")
    from trialmine.cli import app
    from trialmine.run import run_extraction

    corpus = copy_corpus(tmp_path / "corpus")
    shutil.copy2(ABSTRACTS, corpus / "abstracts.jsonl")  # 60 abstracts + 2 long documents: 8 batches

    single = run_extraction(corpus, tmp_path / "single", batch_size=BATCH)
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
    dask_table, single_table = _table(tmp_path / "dask"), _table(tmp_path / "single")
    assert len(single_table) > 100
    pd.testing.assert_frame_equal(dask_table, single_table)

    batches = -(-62 // BATCH)
    assert len(builds) == 2 and all(built == 1 for built, _ in builds.values()), builds  # both worked, one model each
    assert sum(built + reused for built, reused in builds.values()) == batches, builds
