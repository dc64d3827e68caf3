"""Validation that gates every run: score the evidence table against hand-annotated gold.

`run_validation` is the one entry point the CLI (`trialmine validate`) and the Prefect flow
(`trialmine.flows.validate`) share: load and check gold, match, score, check thresholds, write reports.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pandera.errors

from trialmine.store.schema import COLUMNS, EVIDENCE_SCHEMA
from trialmine.validate.gold import GOLD_V2_KEYS, GoldError, gold_doc_ids, load_documents, load_gold
from trialmine.validate.match import DEFAULT_TOLERANCE, evaluate
from trialmine.validate.report import (
    DEFAULT_THRESHOLDS,
    ThresholdError,
    ValidationReport,
    check_thresholds,
    load_thresholds,
    write_reports,
)

__all__ = [
    "DEFAULT_THRESHOLDS",
    "EvidenceError",
    "GoldError",
    "ThresholdError",
    "ValidationFailed",
    "ValidationReport",
    "check_thresholds",
    "failure_message",
    "load_arms",
    "load_evidence",
    "load_gold",
    "run_validation",
]


class EvidenceError(ValueError):
    """The evidence table is missing, unreadable or breaks the schema."""


class ValidationFailed(RuntimeError):
    """Figures below their thresholds; raised by the Prefect flow to fail the run."""


def failure_message(failures: list[str]) -> str:
    return "validation below threshold:\n" + "\n".join(f"  - {f}" for f in failures)


def load_evidence(path: Path) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise EvidenceError(f"evidence file not found: {path}")
    try:
        return pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a bad file
        raise EvidenceError(f"cannot read evidence {path}: {exc}") from None


def load_arms(path: Path) -> pd.DataFrame:
    """A predicted arms table (parquet: doc_id, label, regimen, n, start, end)."""
    try:
        return pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a bad file
        raise EvidenceError(f"cannot read arms {path}: {exc}") from None


def _checked(evidence: pd.DataFrame) -> pd.DataFrame:
    """The evidence checked against the contract; a table written before contract v2 gains its
    v2 columns as NA (scored as wrong, not refused)."""
    missing = [c for c in COLUMNS if c not in evidence.columns]
    if missing and set(missing) <= set(GOLD_V2_KEYS):
        evidence = evidence.reindex(columns=list(COLUMNS)).astype({c: COLUMNS[c] for c in missing})
    try:
        return EVIDENCE_SCHEMA.validate(evidence)
    except (pandera.errors.SchemaError, pandera.errors.SchemaErrors) as exc:
        raise EvidenceError(f"evidence breaks the table contract: {exc}") from None


def run_validation(
    evidence: pd.DataFrame,
    gold_dir: Path,
    corpus_dir: Path,
    out_dir: Path,
    thresholds_path: Path | None = None,
    *,
    evidence_label: str = "<in-memory frame>",
    tolerance: float = DEFAULT_TOLERANCE,
    arms: pd.DataFrame | list | None = None,
    texts: dict[str, str] | None = None,
) -> tuple[ValidationReport, list[str]]:
    """Score `evidence` (and the predicted `arms`, when the pipeline gives them) against the gold,
    write validation.{json,md,html} to out_dir.

    Document texts come from `texts` (doc_id -> text, e.g. the store's `documents` table, so
    offsets always match what was extracted) or else from `corpus_dir/<doc_id>.txt`.

    Returns the report and the threshold failures (empty when everything passes). Raises
    GoldError, EvidenceError or ThresholdError when an input is missing or malformed.
    """
    evidence = _checked(evidence)
    doc_ids = gold_doc_ids(Path(gold_dir))
    if texts is None:
        documents = load_documents(Path(corpus_dir), doc_ids)
    else:
        missing = [d for d in doc_ids if d not in texts]
        if missing:
            raise GoldError(f"gold documents not in the store (not extracted yet?): {', '.join(missing)}")
        documents = {d: texts[d] for d in doc_ids}
    gold = load_gold(Path(gold_dir), documents)
    thresholds = load_thresholds(Path(thresholds_path) if thresholds_path else DEFAULT_THRESHOLDS)
    evaluation = evaluate(evidence, gold, documents, doc_ids, tolerance, arms)
    in_scope = int(evidence["doc_id"].isin(doc_ids).sum())
    n_arm_records = int((gold["kind"] == "arm").sum())
    report = ValidationReport(
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        evidence=evidence_label,
        gold_dir=str(gold_dir),
        corpus_dir=str(corpus_dir),
        documents=doc_ids,
        n_gold=len(gold) - n_arm_records,
        n_gold_arms=n_arm_records,
        n_gold_v2=int((gold["gold_version"] == 2).sum()),
        n_predictions=in_scope,
        n_ignored_predictions=len(evidence) - in_scope,
        tolerance=tolerance,
        modes=evaluation.modes,
        drugs_by_doc=evaluation.drugs_by_doc,
        arm_detection=evaluation.arm_detection,
        thresholds=thresholds,
    )
    failures = check_thresholds(report, thresholds)
    report = replace(report, failures=failures)
    write_reports(report, Path(out_dir))
    return report, failures
