"""Match predicted evidence rows to gold rows and score them; pure functions, no I/O.

Rows are matched per (doc_id, kind), one-to-one and greedily: candidate pairs whose spans match
under the span mode are taken best first (exact offsets, then larger overlap, then agreeing
attributes), so a prediction matches at most one gold row and vice versa. Each metric then counts
the matched pairs that satisfy its own criterion as true positives; every other prediction is a
false positive and every other gold row a miss.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal

import pandas as pd

SpanMode = Literal["exact", "overlap"]
SPAN_MODES: tuple[SpanMode, ...] = ("exact", "overlap")
DEFAULT_TOLERANCE = 0.05
_EPS = 1e-9  # 40.0 vs 40.05 is within 0.05 although the float difference is 0.0500000000001

# metric key -> label used in reports and threshold messages
METRICS: dict[str, str] = {
    "unique_drugs": "unique drugs",
    "drug_mentions": "drug mentions",
    "doses": "doses",
    "results": "results",
    "results_endpoint_value": "results (endpoint, value)",
}

# field -> the kinds of matched pairs its accuracy is computed over
FIELD_KINDS: dict[str, tuple[str, ...]] = {
    "endpoint": ("result",),
    "value": ("result",),
    "n": ("result",),
    "n_total": ("result",),
    "regimen": ("result",),
    "category": ("result",),
    "drug": ("drug", "dose"),
    "dose_unit": ("dose",),
    "dose_frequency": ("dose",),
}

Row = dict[str, Any]


@dataclass(frozen=True)
class Score:
    tp: int
    n_pred: int
    n_gold: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class FieldAccuracy:
    field: str
    kinds: tuple[str, ...]
    correct: int
    total: int
    accuracy: float | None  # None when no pair of these kinds matched


@dataclass(frozen=True)
class FieldMismatch:
    doc_id: str
    kind: str
    start: int
    end: int
    text: str
    field: str
    gold: str
    predicted: str


@dataclass(frozen=True)
class Issue:
    """A gold row no prediction found (`miss`) or a prediction with no gold row (`fp`)."""

    issue: Literal["miss", "fp"]
    doc_id: str
    kind: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    detail: str  # the fact in short, e.g. "ORR = 80.0"
    reason: str
    ref: str  # gold file:line for a miss, evidence_id for a false positive


@dataclass(frozen=True)
class ModeResult:
    mode: SpanMode
    scores: dict[str, Score]
    fields: dict[str, FieldAccuracy]
    misses: list[Issue]
    false_positives: list[Issue]
    field_mismatches: list[FieldMismatch]


@dataclass(frozen=True)
class DocDrugs:
    doc_id: str
    gold: list[str]
    predicted: list[str]
    missing: list[str]
    extra: list[str]


@dataclass(frozen=True)
class Evaluation:
    modes: dict[str, ModeResult]
    drugs_by_doc: list[DocDrugs]


def prf(tp: int, n_pred: int, n_gold: int) -> Score:
    """P/R/F1; with nothing predicted (or nothing to find) the empty side scores 1.0 only if both are empty."""
    precision = tp / n_pred if n_pred else float(n_gold == 0)
    recall = tp / n_gold if n_gold else float(n_pred == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(tp, n_pred, n_gold, precision, recall, f1)


# --- comparing attributes -------------------------------------------------------------------


def _norm(text: str | None) -> str | None:
    return " ".join(text.casefold().split()) if text is not None else None


def _norm_unit(unit: str | None) -> str | None:
    return "".join(unit.casefold().split()) if unit is not None else None


def _norm_regimen(regimen: str | None) -> frozenset[str] | None:
    """Regimens compare as sets of components: "a + b" equals "B + A"."""
    if regimen is None:
        return None
    return frozenset(p for p in (_norm(part) for part in regimen.split("+")) if p)


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance + _EPS


def value_interval(row: Row) -> tuple[float | None, float | None]:
    """(value_low, value_high), each falling back to `value`."""
    low, high, value = row.get("value_low"), row.get("value_high"), row.get("value")
    return (value if low is None else low, value if high is None else high)


def dose_interval(row: Row) -> tuple[float | None, float | None]:
    """(dose_low, dose_high); a single dose given on one side only stands for both."""
    low, high = row.get("dose_low"), row.get("dose_high")
    return (high if low is None else low, low if high is None else high)


def values_equal(a: Row, b: Row, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    (a_low, a_high), (b_low, b_high) = value_interval(a), value_interval(b)
    return _close(a_low, b_low, tolerance) and _close(a_high, b_high, tolerance)


def _doses_close(a: Row, b: Row, tolerance: float) -> bool:
    (a_low, a_high), (b_low, b_high) = dose_interval(a), dose_interval(b)
    return _close(a_low, b_low, tolerance) and _close(a_high, b_high, tolerance)


def _same(norm: Callable[[Any], Any], key: str) -> Callable[[Row, Row, float], bool]:
    return lambda a, b, _tolerance: norm(a.get(key)) == norm(b.get(key))


FIELD_EQUAL: dict[str, Callable[[Row, Row, float], bool]] = {
    "endpoint": _same(_norm, "endpoint"),
    "value": values_equal,
    "n": _same(lambda v: v, "n"),
    "n_total": _same(lambda v: v, "n_total"),
    "regimen": _same(_norm_regimen, "regimen"),
    "category": _same(_norm, "category"),
    "drug": _same(_norm, "drug"),
    "dose": _doses_close,
    "dose_unit": _same(_norm_unit, "dose_unit"),
    "dose_frequency": _same(_norm, "dose_frequency"),
}

# the fields a matched pair must agree on to count for each span-level metric
_KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "drug": ("drug",),
    "dose": ("drug", "dose", "dose_unit"),
    "result": (),
}
_METRIC_RULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "drug_mentions": ("drug", _KIND_FIELDS["drug"]),
    "doses": ("dose", _KIND_FIELDS["dose"]),
    "results": ("result", _KIND_FIELDS["result"]),
    "results_endpoint_value": ("result", ("endpoint", "value")),
}
# tie-breaks between equally good spans: agreeing on these first
_PREFER: dict[str, tuple[str, ...]] = {
    "drug": ("drug",),
    "dose": ("dose", "drug", "dose_unit"),
    "result": ("value", "endpoint"),
}


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _field_repr(row: Row, field: str) -> str:
    if field == "value":
        low, high = value_interval(row)
        return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"
    if field == "dose":
        low, high = dose_interval(row)
        return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"
    return _fmt(row.get(field))


def _disagreements(p: Row, g: Row, fields: Iterable[str], tolerance: float) -> list[str]:
    return [
        f"{f} {_field_repr(p, f)!r} ≠ gold {_field_repr(g, f)!r}"
        for f in fields
        if not FIELD_EQUAL[f](p, g, tolerance)
    ]


def describe(row: Row) -> str:
    """A fact in a few words, for the miss / false-positive lists."""
    if row["kind"] == "drug":
        return _fmt(row.get("drug"))
    if row["kind"] == "dose":
        parts = [row.get("drug"), _field_repr(row, "dose"), row.get("dose_unit"), row.get("dose_frequency")]
        return " ".join(_fmt(p) for p in parts if p is not None)
    text = f"{_fmt(row.get('endpoint'))} = {_field_repr(row, 'value')}"
    if row.get("n") is not None or row.get("n_total") is not None:
        text += f" (n={_fmt(row.get('n'))}/{_fmt(row.get('n_total'))})"
    return f"{text} [{_fmt(row.get('category'))}]"


# --- spans and alignment --------------------------------------------------------------------


def spans_match(a: Row, b: Row, mode: SpanMode) -> bool:
    if mode == "exact":
        return a["start"] == b["start"] and a["end"] == b["end"]
    return max(a["start"], b["start"]) < min(a["end"], b["end"])


def align(
    preds: list[Row], golds: list[Row], mode: SpanMode, tolerance: float = DEFAULT_TOLERANCE
) -> list[tuple[int, int]]:
    """One-to-one greedy matching of rows of one doc and kind -> [(pred index, gold index)].

    Best pairs first: same offsets, then the larger overlap, then agreement on the kind's
    attributes (`_PREFER`); remaining ties go to the earlier gold row, then prediction.
    """
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if not spans_match(p, g, mode):
                continue
            overlap = min(p["end"], g["end"]) - max(p["start"], g["start"])
            exact = p["start"] == g["start"] and p["end"] == g["end"]
            agree = tuple(FIELD_EQUAL[f](p, g, tolerance) for f in _PREFER[g["kind"]])
            candidates.append(((exact, overlap, *agree), -j, -i))
    pairs, used_p, used_g = [], set(), set()
    for _key, neg_j, neg_i in sorted(candidates, reverse=True):
        i, j = -neg_i, -neg_j
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs, key=lambda ij: ij[1])


# --- sentences ------------------------------------------------------------------------------

_BOUNDARY = re.compile(r"\n|[.!?](?=\s|$)")
_WINDOW = 600  # chars searched either side of a span for a sentence boundary


def sentence_window(text: str, start: int, end: int) -> tuple[str, int]:
    """(sentence, its start offset) around text[start:end]: from the previous sentence end or
    newline to the next one. A heuristic for showing gold misses in context, nothing more."""
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    s, e = lo, hi
    for m in _BOUNDARY.finditer(text, lo, hi):
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            e = m.start() if m.group() == "\n" else m.end()
            break
    while s < start and text[s].isspace():
        s += 1
    return text[s:e].rstrip(), s


# --- scoring --------------------------------------------------------------------------------


def records(frame: pd.DataFrame) -> list[Row]:
    """Frame -> list of dicts with Python scalars and None for missing values."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def unique_drugs(preds: list[Row], golds: list[Row], doc_ids: Iterable[str]) -> tuple[Score, list[DocDrugs]]:
    """Micro-averaged P/R/F1 over each document's set of canonical drugs (drug rows only)."""

    def drug_sets(rows: list[Row]) -> dict[str, set[str]]:
        sets: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            if r["kind"] == "drug" and r.get("drug"):
                sets[r["doc_id"]].add(_norm(r["drug"]))
        return sets

    pred_sets, gold_sets = drug_sets(preds), drug_sets(golds)
    tp = n_pred = n_gold = 0
    by_doc = []
    for doc_id in doc_ids:
        p, g = pred_sets.get(doc_id, set()), gold_sets.get(doc_id, set())
        tp, n_pred, n_gold = tp + len(p & g), n_pred + len(p), n_gold + len(g)
        by_doc.append(DocDrugs(doc_id, sorted(g), sorted(p), sorted(g - p), sorted(p - g)))
    return prf(tp, n_pred, n_gold), by_doc


def _group(rows: list[Row]) -> dict[tuple[str, str], list[int]]:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for idx, r in enumerate(rows):
        groups[(r["doc_id"], r["kind"])].append(idx)
    return groups


def evaluate_mode(
    preds: list[Row],
    golds: list[Row],
    documents: dict[str, str],
    mode: SpanMode,
    drugs: Score,
    tolerance: float = DEFAULT_TOLERANCE,
) -> ModeResult:
    """Scores, field accuracies, misses and false positives for one span mode."""
    pred_groups, gold_groups = _group(preds), _group(golds)
    pairs: list[tuple[int, int]] = []  # global (pred index, gold index)
    for key in sorted(set(pred_groups) | set(gold_groups)):
        p_idx, g_idx = pred_groups.get(key, []), gold_groups.get(key, [])
        local = align([preds[i] for i in p_idx], [golds[j] for j in g_idx], mode, tolerance)
        pairs.extend((p_idx[i], g_idx[j]) for i, j in local)

    def count(rows: list[Row], kind: str) -> int:
        return sum(r["kind"] == kind for r in rows)

    scores = {"unique_drugs": drugs}
    for metric, (kind, fields) in _METRIC_RULES.items():
        tp = sum(
            golds[j]["kind"] == kind and not _disagreements(preds[i], golds[j], fields, tolerance)
            for i, j in pairs
        )
        scores[metric] = prf(tp, count(preds, kind), count(golds, kind))

    field_acc, mismatches = {}, []
    for field, kinds in FIELD_KINDS.items():
        relevant = [(i, j) for i, j in pairs if golds[j]["kind"] in kinds]
        correct = 0
        for i, j in relevant:
            p, g = preds[i], golds[j]
            if FIELD_EQUAL[field](p, g, tolerance):
                correct += 1
            else:
                mismatches.append(
                    FieldMismatch(
                        g["doc_id"], g["kind"], g["start"], g["end"], g["text"], field,
                        _field_repr(g, field), _field_repr(p, field),
                    )  # fmt: skip
                )
        total = len(relevant)
        field_acc[field] = FieldAccuracy(field, kinds, correct, total, correct / total if total else None)

    misses, fps = _issues(preds, golds, pairs, documents, mode, tolerance)
    return ModeResult(mode, scores, field_acc, misses, fps, mismatches)


def _issues(
    preds: list[Row],
    golds: list[Row],
    pairs: list[tuple[int, int]],
    documents: dict[str, str],
    mode: SpanMode,
    tolerance: float,
) -> tuple[list[Issue], list[Issue]]:
    """Misses and false positives under each kind's own criterion (`_KIND_FIELDS`)."""
    partner_of_gold = {j: i for i, j in pairs}
    partner_of_pred = {i: j for i, j in pairs}
    no_span = "no overlapping span" if mode == "overlap" else "no span with the same offsets"

    def reason(row: Row, partner: Row | None, partner_side: str) -> str | None:
        if partner is None:
            return f"{no_span} in the {partner_side}"
        pred, gold = (row, partner) if partner_side == "gold" else (partner, row)
        diffs = _disagreements(pred, gold, _KIND_FIELDS[row["kind"]], tolerance)
        if not diffs:
            return None
        return f"{partner_side} span {partner['start']}:{partner['end']} {partner['text']!r} matched, but " + "; ".join(diffs)

    misses = []
    for j, g in enumerate(golds):
        partner = preds[partner_of_gold[j]] if j in partner_of_gold else None
        why = reason(g, partner, "predictions")
        if why:
            doc = documents.get(g["doc_id"])
            sentence, sentence_start = sentence_window(doc, g["start"], g["end"]) if doc else (g["text"], g["start"])
            misses.append(
                Issue(
                    "miss", g["doc_id"], g["kind"], g["start"], g["end"], g["text"], sentence, sentence_start,
                    describe(g), why, f"{g.get('gold_file')}:{g.get('gold_line')}",
                )  # fmt: skip
            )
    fps = []
    for i, p in enumerate(preds):
        partner = golds[partner_of_pred[i]] if i in partner_of_pred else None
        why = reason(p, partner, "gold")
        if why:
            sentence = p.get("sentence") or p["text"]
            sentence_start = p["sentence_start"] if p.get("sentence") is not None else p["start"]
            fps.append(
                Issue(
                    "fp", p["doc_id"], p["kind"], p["start"], p["end"], p["text"], sentence, sentence_start,
                    describe(p), why, _fmt(p.get("evidence_id")),
                )  # fmt: skip
            )
    order = attrgetter("doc_id", "start", "end", "kind")
    return sorted(misses, key=order), sorted(fps, key=order)


def evaluate(
    predictions: pd.DataFrame,
    gold: pd.DataFrame,
    documents: dict[str, str],
    doc_ids: Iterable[str] | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> Evaluation:
    """Score predictions against gold in both span modes.

    Only documents in `doc_ids` (default: those in the gold) are scored; predictions for other
    documents are ignored, since nobody annotated them.
    """
    doc_ids = sorted(set(gold["doc_id"].dropna()) if doc_ids is None else set(doc_ids))
    preds = records(predictions[predictions["doc_id"].isin(doc_ids)])
    golds = records(gold)
    drugs, by_doc = unique_drugs(preds, golds, doc_ids)
    modes = {m: evaluate_mode(preds, golds, documents, m, drugs, tolerance) for m in SPAN_MODES}
    return Evaluation(modes, by_doc)
