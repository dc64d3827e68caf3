"""Prefect flow that scores an evidence table against the gold and fails below the thresholds.

    from trialmine.flows.validate import validate_flow
    validate_flow(evidence_path, gold_dir, corpus_dir, out_dir)  # raises ValidationFailed below threshold
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from trialmine.validate import (
    ValidationFailed,
    ValidationReport,
    failure_message,
    load_evidence,
    run_validation,
)


# NO_CACHE: the task reads files whose contents change between runs while its arguments do not
@task(name="validate-evidence", cache_policy=NO_CACHE)
def validate_task(
    evidence_path: Path, gold_dir: Path, corpus_dir: Path, out_dir: Path, thresholds_path: Path | None
) -> ValidationReport:
    report, failures = run_validation(
        load_evidence(evidence_path), gold_dir, corpus_dir, out_dir, thresholds_path, evidence_label=str(evidence_path)
    )
    if failures:
        raise ValidationFailed(failure_message(failures))
    return report


@flow(name="validate")
def validate_flow(
    evidence_path: Path = Path("outputs/evidence.parquet"),
    gold_dir: Path = Path("corpus/gold"),
    corpus_dir: Path = Path("corpus"),
    out_dir: Path = Path("outputs"),
    thresholds_path: Path | None = None,
) -> ValidationReport:
    """Validate the evidence table; fails (raises ValidationFailed) when a figure is below threshold."""
    return validate_task(Path(evidence_path), Path(gold_dir), Path(corpus_dir), Path(out_dir), thresholds_path)


if __name__ == "__main__":
    validate_flow()
