"""A run's staging area: the NLP batches' rows on disk as they come.

A run keeps at most a few batches' rows in memory (`trialmine.run.STAGE_ROWS`): their evidence,
arms and documents (already validated against the contract) are written as Parquet files to
`OUT/.staging/<run_id>/`, one file per part and staging, and
`store.db.publish` moves them into the database in one transaction (`INSERT ... SELECT` from
`read_parquet`). Readers see the old table or the new one, never part of a run. The run removes
its folder when it ends; a killed run's folder is removed by the next run, which holds the output
folder's lock (`store/lock.py`), so no live run's staging is ever touched.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd

from trialmine.ingest.document import Document
from trialmine.store.schema import ARM_COLUMNS, COLUMNS, SQL_TYPES, empty_relation, sql_string

STAGING_DIR = ".staging"
DOCUMENT_COLUMNS = {"doc_id": "VARCHAR", "doc_type": "VARCHAR", "source": "VARCHAR", "sha256": "VARCHAR",
                    "n_chars": "BIGINT", "text": "VARCHAR", "meta": "VARCHAR"}  # fmt: skip
PARTS = {  # what a batch stages -> its columns (SQL types)
    "evidence": {c: SQL_TYPES[t] for c, t in COLUMNS.items()},
    "arms": {c: SQL_TYPES[t] for c, t in ARM_COLUMNS.items()},
    "documents": DOCUMENT_COLUMNS,
}


class Staging:
    """`OUT/.staging/<run_id>/`: one Parquet file per `add` and part (evidence, arms, documents)."""

    def __init__(self, out: Path, run_id: str) -> None:
        self.folder = Path(out) / STAGING_DIR / run_id
        self.batches = 0

    def add(self, evidence: pd.DataFrame, arms: pd.DataFrame, documents: list[Document]) -> None:
        """Stage validated evidence and arms tables and the documents they were extracted from."""
        self.folder.mkdir(parents=True, exist_ok=True)
        parts = {"evidence": evidence, "arms": arms, "documents": document_frame(documents)}
        for part, frame in parts.items():
            if len(frame):
                frame.to_parquet(self.folder / f"batch-{self.batches:06d}-{part}.parquet", index=False)
        self.batches += 1

    def relation(self, part: str) -> str:
        """SQL for every staged row of `part` (evidence, arms or documents): one scan over the
        batches' files, or an empty relation with the part's columns when no batch staged any."""
        files = sorted(self.folder.glob(f"batch-*-{part}.parquet")) if self.folder.is_dir() else []
        if not files:
            return empty_relation(PARTS[part])
        return "read_parquet([" + ", ".join(sql_string(str(f)) for f in files) + "])"

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        _remove_if_empty(self.folder.parent)


def document_frame(documents: list[Document]) -> pd.DataFrame:
    """The `documents` rows of processed documents (their text is what every offset indexes)."""
    rows = [
        (d.doc_id, d.doc_type, d.origin or d.source, d.sha256, len(d.text), d.text, json.dumps(d.meta))
        for d in documents
    ]
    frame = pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS))
    return frame.astype({c: "Int64" if t == "BIGINT" else "string" for c, t in DOCUMENT_COLUMNS.items()})


def remove_stale(out: Path) -> list[str]:
    """Remove what killed runs left in `OUT/.staging/` (call with the run lock held); returns their run ids."""
    root = Path(out) / STAGING_DIR
    stale = sorted(p.name for p in root.iterdir()) if root.is_dir() else []
    for name in stale:
        path = root / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    _remove_if_empty(root)
    return stale


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # not empty, or already gone
        pass
