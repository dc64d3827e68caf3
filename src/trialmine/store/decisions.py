"""Reviewers' decisions, in their own database `OUT/review.duckdb`, so that they are never lost.

A run rewrites `trialmine.duckdb`; it never opens this file except through `reattach`. Each decision
row keeps the fact it judged as text + offsets + surrounding context (the anchor), so when a re-run
moves the fact (text inserted before it, a new rule) the decision is re-attached to the same fact
by text and context and its `evidence_id` rewritten; a decision whose fact is gone is kept with
status `orphaned`, never deleted.

Table `decisions` is append-only for decisions: the latest row (highest `seq`) per `evidence_id`
wins, earlier rows are the history. Only re-attachment updates rows (evidence_id, status, anchor).

DuckDB lets one process write a file, and a process holding it read-write keeps every other process
out, even readers. So every access here is one short transaction on a fresh connection, retried
with backoff while another process (the app, or a run re-attaching) holds the file.
"""

from __future__ import annotations

import difflib
import json
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Mapping, TypeVar

import duckdb
import pandas as pd

REVIEW_DB = "review.duckdb"
MAIN_DB = "trialmine.duckdb"
DECISIONS = ("accept", "reject", "correct")
CONTEXT_CHARS = 80  # characters kept on each side of the fact's text
MIN_CONTEXT_SIMILARITY = 0.8  # below this a same-text candidate is another fact (a repeated sentence scores ~0.7)

SCHEMA_SQL = f"""
CREATE SEQUENCE IF NOT EXISTS decision_seq;
CREATE TABLE IF NOT EXISTS decisions (
    seq BIGINT DEFAULT nextval('decision_seq') PRIMARY KEY,
    evidence_id VARCHAR NOT NULL,
    decision VARCHAR NOT NULL CHECK (decision IN {DECISIONS!r}),
    corrected JSON,
    reviewer VARCHAR NOT NULL,
    comment VARCHAR,
    decided_at TIMESTAMP NOT NULL,
    doc_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    anchor_text VARCHAR NOT NULL,
    anchor_start BIGINT NOT NULL,
    anchor_end BIGINT NOT NULL,
    anchor_context VARCHAR NOT NULL,
    context_start BIGINT NOT NULL,
    status VARCHAR NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'orphaned'))
);
CREATE VIEW IF NOT EXISTS latest_decisions AS
    SELECT * FROM decisions QUALIFY row_number() OVER (PARTITION BY evidence_id ORDER BY seq DESC) = 1;
"""

_T = TypeVar("_T")
_process_lock = threading.Lock()  # one connection at a time per process (the app serves from threads)


class StoreLockedError(RuntimeError):
    """Another process kept a database file locked for longer than the retry budget."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return isinstance(exc, duckdb.IOException) and ("lock" in text or "conflicting" in text)


def retry_locked(action: Callable[[], _T], path: Path, budget_s: float = 15.0) -> _T:
    """Run `action` (which opens `path`), retrying with backoff while another process holds the file."""
    deadline, delay = time.monotonic() + budget_s, 0.02
    while True:
        try:
            return action()
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                raise StoreLockedError(f"{path} stayed locked by another process for {budget_s:.0f} s") from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def _session(path: Path, work: Callable[[duckdb.DuckDBPyConnection], _T], budget_s: float = 15.0) -> _T:
    """`work` inside one transaction on a fresh read-write connection to the review database."""

    def attempt() -> _T:
        with _process_lock:
            con = duckdb.connect(str(path))
            try:
                con.execute(SCHEMA_SQL)
                con.execute("BEGIN TRANSACTION")
                try:
                    result = work(con)
                    con.execute("COMMIT")
                except Exception:
                    con.execute("ROLLBACK")
                    raise
                return result
            finally:
                con.close()

    path.parent.mkdir(parents=True, exist_ok=True)
    return retry_locked(attempt, path, budget_s)


def read_main_many(out: Path, queries: list[str], budget_s: float = 15.0) -> list[pd.DataFrame]:
    """Queries on the main database, read-only, on one connection closed at once (runs need the file)."""
    path = out / MAIN_DB

    def attempt() -> list[pd.DataFrame]:
        con = duckdb.connect(str(path), read_only=True)
        try:
            return [con.execute(sql).df() for sql in queries]
        finally:
            con.close()

    return retry_locked(attempt, path, budget_s)


def read_main(out: Path, sql: str, params: list | None = None, budget_s: float = 15.0) -> pd.DataFrame:
    """One query on the main database, read-only, on a connection closed at once."""
    path = out / MAIN_DB

    def attempt() -> pd.DataFrame:
        con = duckdb.connect(str(path), read_only=True)
        try:
            return con.execute(sql, params or []).df()
        finally:
            con.close()

    return retry_locked(attempt, path, budget_s)


@dataclass(frozen=True)
class Anchor:
    """Where a fact sits: its text and offsets, and the document text around it."""

    doc_id: str
    kind: str
    text: str
    start: int
    end: int
    context: str
    context_start: int

    @classmethod
    def of(cls, doc_id: str, kind: str, start: int, end: int, document_text: str) -> "Anchor":
        lo, hi = max(0, start - CONTEXT_CHARS), min(len(document_text), end + CONTEXT_CHARS)
        return cls(doc_id, kind, document_text[start:end], start, end, document_text[lo:hi], lo)

    @property
    def before(self) -> str:
        return self.context[: self.start - self.context_start]

    @property
    def after(self) -> str:
        return self.context[self.end - self.context_start :]


def record(
    out: Path, evidence_id: str, decision: str, anchor: Anchor, reviewer: str,
    corrected: Mapping[str, object] | None = None, comment: str | None = None,
) -> int:
    """Append one decision; returns its sequence number."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    if decision == "correct" and not corrected:
        raise ValueError("a correction needs at least one corrected field")
    row = [
        evidence_id, decision, json.dumps(dict(corrected)) if corrected else None, reviewer, comment or None,
        datetime.now(timezone.utc).replace(tzinfo=None), anchor.doc_id, anchor.kind, anchor.text,
        anchor.start, anchor.end, anchor.context, anchor.context_start,
    ]
    sql = """INSERT INTO decisions (evidence_id, decision, corrected, reviewer, comment, decided_at, doc_id, kind,
                 anchor_text, anchor_start, anchor_end, anchor_context, context_start, status)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'current') RETURNING seq"""
    return _session(out / REVIEW_DB, lambda con: con.execute(sql, row).fetchone()[0])


def latest(out: Path) -> pd.DataFrame:
    """The decision in force for each evidence_id (current and orphaned), newest first."""
    return _session(out / REVIEW_DB, lambda con: con.execute("SELECT * FROM latest_decisions ORDER BY seq DESC").df())


def history(out: Path, evidence_id: str) -> pd.DataFrame:
    sql = "SELECT * FROM decisions WHERE evidence_id = ? ORDER BY seq DESC"
    return _session(out / REVIEW_DB, lambda con: con.execute(sql, [evidence_id]).df())


@dataclass(frozen=True)
class Reattachment:
    moved: dict[str, str]  # old evidence_id -> new evidence_id
    orphaned: list[str]
    restored: list[str]  # orphaned decisions whose fact is back


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def context_score(anchor: Anchor, start: int, end: int, document_text: str) -> float:
    """How alike the text around a candidate span is to the text around the anchor (0..1)."""
    before = document_text[max(0, start - len(anchor.before)) : start]
    after = document_text[end : end + len(anchor.after)]
    return (_similarity(anchor.before, before) + _similarity(anchor.after, after)) / 2


def plan_reattachment(
    decisions: pd.DataFrame, evidence: pd.DataFrame, document_text: Callable[[str], str | None]
) -> Reattachment:
    """Match each decided fact to the current evidence table (pure: reads, writes nothing).

    A decision whose evidence_id is in the table stays. Otherwise the candidates are the facts of
    the same document and kind with the same text; the one whose surroundings are most like the
    stored context wins (ties: nearest to the old offset), if alike enough. Each fact takes at most
    one decided anchor."""
    present = set(evidence["evidence_id"])
    moved: dict[str, str] = {}
    orphaned: list[str] = []
    restored: list[str] = []
    taken = set(present & set(decisions["evidence_id"]))
    scored: list[tuple[float, int, str, str]] = []
    unresolved: list[str] = []
    by_key = evidence.groupby(["doc_id", "kind", "text"], sort=False)
    for row in decisions.itertuples(index=False):
        if row.evidence_id in present:
            if row.status == "orphaned":
                restored.append(row.evidence_id)
            continue
        unresolved.append(row.evidence_id)
        text = document_text(row.doc_id)
        key = (row.doc_id, row.kind, row.anchor_text)
        if text is None or key not in by_key.groups:
            continue
        anchor = Anchor(row.doc_id, row.kind, row.anchor_text, int(row.anchor_start), int(row.anchor_end),
                        row.anchor_context, int(row.context_start))
        for cand in by_key.get_group(key).itertuples(index=False):
            score = context_score(anchor, int(cand.start), int(cand.end), text)
            if score >= MIN_CONTEXT_SIMILARITY:
                scored.append((-score, abs(int(cand.start) - anchor.start), row.evidence_id, cand.evidence_id))
    for _neg_score, _distance, old, new in sorted(scored):
        if old not in moved and new not in taken:
            moved[old] = new
            taken.add(new)
    statuses = dict(zip(decisions["evidence_id"], decisions["status"]))
    orphaned = [old for old in unresolved if old not in moved and statuses[old] != "orphaned"]
    return Reattachment(moved, orphaned, restored)


def apply_reattachment(out: Path, plan: Reattachment, evidence: pd.DataFrame, document_text: Callable[[str], str | None]) -> None:
    """Rewrite moved decisions to their fact's new id and anchor; mark orphans; restore returned facts."""
    if not (plan.moved or plan.orphaned or plan.restored):
        return
    rows = evidence.set_index("evidence_id")

    def work(con: duckdb.DuckDBPyConnection) -> None:
        for old, new in plan.moved.items():
            fact = rows.loc[new]
            anchor = Anchor.of(fact["doc_id"], fact["kind"], int(fact["start"]), int(fact["end"]), document_text(fact["doc_id"]))
            con.execute(
                """UPDATE decisions SET evidence_id = ?, status = 'current', anchor_start = ?, anchor_end = ?,
                       anchor_context = ?, context_start = ? WHERE evidence_id = ?""",
                [new, anchor.start, anchor.end, anchor.context, anchor.context_start, old],
            )
        for old in plan.orphaned:
            con.execute("UPDATE decisions SET status = 'orphaned' WHERE evidence_id = ?", [old])
        for eid in plan.restored:
            con.execute("UPDATE decisions SET status = 'current' WHERE evidence_id = ?", [eid])

    _session(out / REVIEW_DB, work)


def reattach_to(out: Path, evidence: pd.DataFrame, document_text: Callable[[str], str | None]) -> Reattachment:
    """Re-attach every decision to the given evidence table (the app passes the table it has loaded)."""
    if not (out / REVIEW_DB).exists():
        return Reattachment({}, [], [])
    decisions = latest(out)
    plan = plan_reattachment(decisions, evidence, document_text)
    apply_reattachment(out, plan, evidence, document_text)
    return plan


def reattach(out: Path) -> Reattachment:
    """After a run: re-attach every decision in OUT/review.duckdb to the facts in OUT/trialmine.duckdb."""
    out = Path(out)
    if not (out / REVIEW_DB).exists() or not (out / MAIN_DB).exists():
        return Reattachment({}, [], [])
    evidence = read_main(out, 'SELECT evidence_id, doc_id, kind, start, "end", text FROM evidence')
    texts: dict[str, str | None] = {}

    def document_text(doc_id: str) -> str | None:
        if doc_id not in texts:
            found = read_main(out, "SELECT text FROM documents WHERE doc_id = ?", [doc_id])
            texts[doc_id] = None if found.empty else found["text"].iloc[0]
        return texts[doc_id]

    return reattach_to(out, evidence, document_text)

