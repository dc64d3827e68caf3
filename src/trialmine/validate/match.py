"""Match predicted evidence rows to gold rows and score them; pure functions, no I/O.

Rows are matched per (doc_id, kind), one-to-one and greedily: candidate pairs whose spans match
under the span mode are taken best first (exact offsets, then larger overlap, then agreeing
attributes), so a prediction matches at most one gold row and vice versa. Each metric then counts
the matched pairs that satisfy its own criterion as true positives; every other prediction is a
false positive and every other gold row a miss.

Version-2 figures (`V2_FIELDS`, `arm_detection`) are computed only over gold written under
guidelines v2 (§7): a missing prediction column or NA counts as wrong, never as an error.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Literal

import pandas as pd

from trialmine.normalise.endpoints import endpoint_code

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

# v2 field -> what its accuracy is computed over (pairs of matched results whose gold row is v2)
V2_FIELDS: dict[str, str] = {
    "endpoint_text": "results whose gold has endpoint_text; lenient text match",
    "arm_comparative": "efficacy results of comparative trials (gold has >= 2 arm records)",
    "arm_single_arm": "efficacy results of single-arm trials (gold has 1 arm record)",
    "regimen_comparative": "efficacy results of comparative trials",
    "regimen_single_arm": "efficacy results of single-arm trials",
    "value_unit": "all results",
    "ci": "results where gold or prediction states a CI",
    "p_value": "results where gold or prediction states a P value",
    "timepoint": "results where gold or prediction states a timepoint",
}
ARM_COLUMNS = ("doc_id", "label", "regimen", "n", "start", "end")  # a predicted arm

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
    v2_fields: dict[str, FieldAccuracy] = field(default_factory=dict)


@dataclass(frozen=True)
class ArmDetection:
    """Predicted arms against gold arm records; `score` is None when no arms were predicted at all
    (the pipeline provides none), as distinct from predicting none for these documents."""

    score: Score | None
    n_total: FieldAccuracy | None  # predicted n vs gold n_total over matched arms
    documents: int  # documents with gold arm records
    missed: list[str] = field(default_factory=list)  # "doc_id: label"
    extra: list[str] = field(default_factory=list)


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
    arm_detection: ArmDetection | None = None


def prf(tp: int, n_pred: int, n_gold: int) -> Score:
    """P/R/F1; with nothing predicted (or nothing to find) the empty side scores 1.0 only if both are empty."""
    precision = tp / n_pred if n_pred else float(n_gold == 0)
    recall = tp / n_gold if n_gold else float(n_pred == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(tp, n_pred, n_gold, precision, recall, f1)


# --- comparing attributes -------------------------------------------------------------------


def _norm(text: str | None) -> str | None:
    return " ".join(text.casefold().split()) if text is not None else None


def _norm_endpoint(text: str | None) -> str | None:
    """Endpoints compare through the vocabulary: a listed phrase is its code ("diarrhoea" is `diarrhea`)."""
    return _norm(endpoint_code(text)) if text is not None else None


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


_WORD = re.compile(r"[^\W_]+")
_ENDPOINT_FILLER = frozenset({"a", "an", "the", "rate", "rates", "median", "mean"})
_ARM_FILLER = frozenset({"a", "an", "the", "arm", "arms", "group", "groups", "cohort"})
TEXT_OVERLAP = 0.5  # minimum token F1 for two outcome phrases to match


def phrase_tokens(text: str | None, filler: frozenset[str] = _ENDPOINT_FILLER) -> list[str]:
    """Lower-case word tokens without punctuation and filler words ("the ORR rate" -> ["orr"])."""
    return [t for t in _WORD.findall(text.casefold()) if t not in filler] if text else []


def token_f1(a: list[str], b: list[str]) -> float:
    """Token-multiset F1 (Dice) of two token lists, as in SQuAD's answer F1."""
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b)) if common else 0.0


def outcome_text_match(predicted: str | None, gold: str | None) -> bool:
    """Lenient outcome-phrase match: after lower-casing and dropping punctuation, articles,
    "rate(s)" and "median/mean", the token lists are equal or their token F1 is >= 0.5.
    A missing prediction never matches."""
    if not predicted or not gold:
        return False
    p, g = phrase_tokens(predicted), phrase_tokens(gold)
    if not p or not g:  # nothing but filler ("rate"): compare what was written
        return _norm(predicted) == _norm(gold)
    return p == g or token_f1(p, g) >= TEXT_OVERLAP


def arm_label_match(predicted: str | None, gold: str | None) -> bool:
    """Arm labels match when their words agree, ignoring case, punctuation, articles and
    "arm"/"group"/"cohort" ("the XELIRI arm" = "XELIRI"); null matches only null."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return phrase_tokens(predicted, _ARM_FILLER) == phrase_tokens(gold, _ARM_FILLER)


def _p_equal(a: Row, b: Row, _tolerance: float) -> bool:
    """P values compare to 6 significant digits with their qualifier ("=" when unstated)."""
    pa, pb = a.get("p_value"), b.get("p_value")
    if pa is None or pb is None:
        return pa is None and pb is None
    qa, qb = a.get("p_qualifier") or "=", b.get("p_qualifier") or "="
    return qa == qb and math.isclose(pa, pb, rel_tol=1e-6, abs_tol=1e-12)


def _ci_equal(a: Row, b: Row, tolerance: float) -> bool:
    return _close(a.get("ci_low"), b.get("ci_low"), tolerance) and _close(a.get("ci_high"), b.get("ci_high"), tolerance)


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
    "endpoint": _same(_norm_endpoint, "endpoint"),
    "value": values_equal,
    "n": _same(lambda v: v, "n"),
    "n_total": _same(lambda v: v, "n_total"),
    "regimen": _same(_norm_regimen, "regimen"),
    "category": _same(_norm, "category"),
    "drug": _same(_norm, "drug"),
    "dose": _doses_close,
    "dose_unit": _same(_norm_unit, "dose_unit"),
    "dose_frequency": _same(_norm, "dose_frequency"),
    "endpoint_text": lambda a, b, _t: outcome_text_match(a.get("endpoint_text"), b.get("endpoint_text")),
    "arm": lambda a, b, _t: arm_label_match(a.get("arm"), b.get("arm")),
    "value_unit": _same(_norm_unit, "value_unit"),
    "ci": _ci_equal,
    "p_value": _p_equal,
    "timepoint": _same(_norm, "timepoint"),
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


def _field_agrees(p: dict, g: dict, field: str, compared: str, tolerance: float, mismatches: list) -> bool:
    """Does the prediction's `compared` field equal the gold's? A disagreement is recorded under `field`."""
    if FIELD_EQUAL[compared](p, g, tolerance):
        return True
    mismatches.append(
        FieldMismatch(g["doc_id"], g["kind"], g["start"], g["end"], g["text"], field, _field_repr(g, compared), _field_repr(p, compared))
    )
    return False


def _field_repr(row: Row, field: str) -> str:
    if field == "value":
        low, high = value_interval(row)
        return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"
    if field == "dose":
        low, high = dose_interval(row)
        return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"
    if field == "ci":
        return "—" if row.get("ci_low") is None and row.get("ci_high") is None else f"{_fmt(row.get('ci_low'))}–{_fmt(row.get('ci_high'))}"
    if field == "p_value":
        return "—" if row.get("p_value") is None else f"{row.get('p_qualifier') or '='} {_fmt(row.get('p_value'))}"
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
    arms_per_doc: dict[str, int] | None = None,
) -> ModeResult:
    """Scores, field accuracies, misses and false positives for one span mode.

    `arms_per_doc` (doc_id -> number of gold arm records) splits the v2 arm/regimen accuracies
    into comparative (>= 2 arms) and single-arm documents."""
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
    for name, kinds in FIELD_KINDS.items():
        relevant = [(i, j) for i, j in pairs if golds[j]["kind"] in kinds]
        correct = sum(_field_agrees(preds[i], golds[j], name, name, tolerance, mismatches) for i, j in relevant)
        total = len(relevant)
        field_acc[name] = FieldAccuracy(name, kinds, correct, total, correct / total if total else None)

    v2_fields = _v2_accuracies(preds, golds, pairs, arms_per_doc or {}, tolerance, mismatches)
    misses, fps = _issues(preds, golds, pairs, documents, mode, tolerance)
    return ModeResult(mode, scores, field_acc, misses, fps, mismatches, v2_fields)


def _v2_scope(name: str, p: Row, g: Row, arms_per_doc: dict[str, int]) -> bool:
    """Whether a matched result pair (gold v2) counts for the v2 field `name` (see V2_FIELDS)."""
    if name == "endpoint_text":
        return g.get("endpoint_text") is not None
    if name.startswith(("arm_", "regimen_")):
        n_arms = arms_per_doc.get(g["doc_id"], 0)
        wanted = n_arms >= 2 if name.endswith("_comparative") else n_arms == 1
        return g.get("category") == "efficacy" and wanted
    if name == "ci":
        return any(r.get(k) is not None for r in (p, g) for k in ("ci_low", "ci_high"))
    if name in ("p_value", "timepoint"):
        return p.get(name) is not None or g.get(name) is not None
    return True  # value_unit


def _v2_accuracies(
    preds: list[Row],
    golds: list[Row],
    pairs: list[tuple[int, int]],
    arms_per_doc: dict[str, int],
    tolerance: float,
    mismatches: list[FieldMismatch],
) -> dict[str, FieldAccuracy]:
    """Accuracy of each V2_FIELDS entry over matched results whose gold row is v2; appends the
    disagreements to `mismatches`."""
    v2_pairs = [(preds[i], golds[j]) for i, j in pairs if golds[j]["kind"] == "result" and golds[j].get("gold_version") == 2]
    out = {}
    for name in V2_FIELDS:
        compared = name.split("_")[0] if name.startswith(("arm_", "regimen_")) else name
        scoped = [(p, g) for p, g in v2_pairs if _v2_scope(name, p, g, arms_per_doc)]
        total = len(scoped)
        correct = sum(_field_agrees(p, g, name, compared, tolerance, mismatches) for p, g in scoped)
        out[name] = FieldAccuracy(name, ("result",), correct, total, correct / total if total else None)
    return out


# --- arms -------------------------------------------------------------------------------------


def _arm_pair_key(p: Row, g: Row) -> tuple[bool, bool, int] | None:
    """How well a predicted arm fits a gold arm record, or None when it does not: same regimen
    (as a set of drugs), overlapping label span, and the size of the overlap."""
    p_reg, g_reg = _norm_regimen(p.get("regimen")), _norm_regimen(g.get("regimen"))
    same_regimen = bool(p_reg) and p_reg == g_reg
    overlap = 0
    if p.get("start") is not None and p.get("end") is not None:
        overlap = max(0, min(p["end"], g["end"]) - max(p["start"], g["start"]))
    if not same_regimen and not overlap:
        return None
    return (same_regimen and overlap > 0, same_regimen, overlap)


def arms_frame(arms: Any) -> pd.DataFrame | None:
    """Predicted arms as a frame of at least `ARM_COLUMNS`: from None (not available), a frame, or
    a list of dicts or dataclasses. A regimen given as a list of drugs (`regimen` or `drugs`) is
    joined with " + "."""
    if arms is None:
        return None
    if isinstance(arms, pd.DataFrame):
        rows = records(arms)
    else:
        rows = [dataclasses.asdict(a) if dataclasses.is_dataclass(a) else dict(a) for a in arms]
    for row in rows:
        if row.get("regimen") is None and row.get("drugs") is not None:
            row["regimen"] = row["drugs"]
        if isinstance(row.get("regimen"), (list, tuple, set, frozenset)):
            row["regimen"] = " + ".join(sorted(row["regimen"])) or None
    columns = list(dict.fromkeys([*ARM_COLUMNS, *(k for r in rows for k in r)]))
    return pd.DataFrame(rows, columns=columns)


def arm_detection(arms: Any, gold: pd.DataFrame, doc_ids: Iterable[str]) -> ArmDetection:
    """P/R/F1 of predicted arms (`ARM_COLUMNS`) against the gold arm records of `doc_ids`.

    A predicted arm matches a gold arm of its document when their regimens are the same set of
    drugs or their label spans overlap; one-to-one, best pairs first (both, then regimen, then
    the larger overlap). Only documents with gold arm records are scored. `arms=None` (no arm
    table at all) gives score None: "not available"."""
    doc_ids = set(doc_ids)
    golds = [r for r in records(gold) if r["kind"] == "arm" and r["doc_id"] in doc_ids]
    arm_docs = sorted({g["doc_id"] for g in golds})
    frame = arms_frame(arms)
    if frame is None:
        return ArmDetection(None, None, len(arm_docs))
    preds = [r for r in records(frame) if r["doc_id"] in arm_docs]
    tp, n_correct, n_compared, missed, extra = 0, 0, 0, [], []
    for doc_id in arm_docs:
        p_doc = [r for r in preds if r["doc_id"] == doc_id]
        g_doc = [r for r in golds if r["doc_id"] == doc_id]
        candidates = sorted(
            ((key, -j, -i) for i, p in enumerate(p_doc) for j, g in enumerate(g_doc) if (key := _arm_pair_key(p, g))),
            reverse=True,
        )
        used_p, used_g = set(), set()
        for _key, neg_j, neg_i in candidates:
            i, j = -neg_i, -neg_j
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            if g_doc[j].get("n_total") is not None or p_doc[i].get("n") is not None:
                n_compared += 1
                n_correct += p_doc[i].get("n") == g_doc[j].get("n_total")
        tp += len(used_g)
        missed += [f"{doc_id}: {g['arm']}" for j, g in enumerate(g_doc) if j not in used_g]
        extra += [f"{doc_id}: {_fmt(p.get('label'))}" for i, p in enumerate(p_doc) if i not in used_p]
    n_total = FieldAccuracy("arm_n", ("arm",), n_correct, n_compared, n_correct / n_compared if n_compared else None)
    return ArmDetection(prf(tp, len(preds), len(golds)), n_total, len(arm_docs), missed, extra)


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
    arms: Any = None,
) -> Evaluation:
    """Score predictions against gold in both span modes, and predicted `arms` against the gold
    arm records (None: the pipeline gave no arm table, reported as not available).

    Only documents in `doc_ids` (default: those in the gold) are scored; predictions for other
    documents are ignored, since nobody annotated them.
    """
    doc_ids = sorted(set(gold["doc_id"].dropna()) if doc_ids is None else set(doc_ids))
    preds = records(predictions[predictions["doc_id"].isin(doc_ids)])
    all_golds = records(gold)
    golds = [g for g in all_golds if g["kind"] != "arm"]
    arms_per_doc = Counter(g["doc_id"] for g in all_golds if g["kind"] == "arm")
    drugs, by_doc = unique_drugs(preds, golds, doc_ids)
    modes = {m: evaluate_mode(preds, golds, documents, m, drugs, tolerance, arms_per_doc) for m in SPAN_MODES}
    return Evaluation(modes, by_doc, arm_detection(arms, gold, doc_ids))
