"""The extraction flow: ingest -> nlp -> link & normalise -> publish (-> validate).

A thin Prefect skin over `trialmine.run`: each stage is a task with clear inputs and outputs, and
documents are processed in batches (one task per batch, never one per sentence).
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from trialmine import run as stages
from trialmine.ingest.document import Document

BATCH_SIZE = 32


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(corpus: Path):
    return stages.ingest(corpus)


@task(name="nlp-extract-batch", cache_policy=NO_CACHE)
def extract_batch_task(documents: list[Document], ner_model: str | None) -> stages.ExtractResult:
    return stages.extract(documents, ner_model=ner_model)


@task(name="normalise", cache_policy=NO_CACHE)
def normalise_task(rows: list[dict]):
    return stages.normalise(rows)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(out: Path, run_id: str, started: datetime, documents: list[Document], table, report, arms=None) -> dict[str, str]:
    return stages.publish(out, run_id, started, documents, table, report, arms=arms)


@flow(name="trialmine-extract", log_prints=True)
def extract_flow(
    corpus: Path = Path("corpus"),
    out: Path = Path("outputs"),
    ner_model: str | None = None,
    validate: bool = False,
    gold: Path | None = None,
    thresholds: Path | None = None,
) -> stages.RunReport:
    """Extract facts from every document under `corpus` into `out`; with `validate`, score them
    against the gold (default `corpus/gold`) and fail the run below the thresholds."""
    logger = get_run_logger()
    corpus, out = Path(corpus), Path(out)
    t0, started, run_id = time.perf_counter(), datetime.now(timezone.utc), stages.new_run_id()

    ingested, found = ingest_task(corpus)
    logger.info("ingest: %d of %d files read, %d failed", len(ingested.documents), found, len(ingested.failures))

    extracted = stages.ExtractResult()
    docs = ingested.documents
    for i in range(0, len(docs), BATCH_SIZE):
        part = extract_batch_task(docs[i : i + BATCH_SIZE], ner_model)
        extracted.rows += part.rows
        extracted.arms += part.arms
        extracted.processed += part.processed
        extracted.failures += part.failures
        extracted.pipeline = part.pipeline
        logger.info("nlp: %d/%d documents", min(i + BATCH_SIZE, len(docs)), len(docs))

    table = normalise_task(extracted.rows)
    report = stages.make_report(run_id, started, t0, corpus, out, found, ingested, extracted, table)
    arms = stages.normalise_arms(extracted.arms)
    report.outputs = publish_task(out, run_id, started, extracted.processed, table, report, arms)
    logger.info("published %d facts to %s", len(table), out)

    if validate:
        from flows.validate import validate_flow

        validate_flow(out / "evidence.parquet", gold or corpus / "gold", corpus, out, thresholds)
    return report


if __name__ == "__main__":
    extract_flow()
