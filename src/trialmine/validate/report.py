"""The validation report, its thresholds, and its three renderings (JSON, Markdown, HTML)."""

from __future__ import annotations

import dataclasses
import html
import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from trialmine.store.files import write_text_atomic
from trialmine.validate.match import (
    FIELD_KINDS,
    METRICS,
    SPAN_MODES,
    V2_FIELDS,
    ArmDetection,
    DocDrugs,
    FieldAccuracy,
    Issue,
    ModeResult,
)

PRIMARY_MODE = "overlap"  # the mode whose misses / false positives the Markdown and HTML list
DEFAULT_THRESHOLDS = Path(__file__).resolve().parent.parent / "configs" / "thresholds.toml"
_STATS = {"precision": "P", "recall": "R", "f1": "F1"}

Thresholds = dict[str, dict[str, float]]  # span mode -> key ("results_f1", "endpoint_accuracy") -> minimum


class ThresholdError(ValueError):
    """The thresholds file is unreadable or names an unknown mode, metric or statistic."""


@dataclass(frozen=True)
class ValidationReport:
    generated_at: str
    evidence: str
    gold_dir: str
    corpus_dir: str
    documents: list[str]
    n_gold: int
    n_predictions: int  # predictions for the gold's documents (the ones scored)
    n_ignored_predictions: int  # predictions for documents without gold
    tolerance: float
    modes: dict[str, ModeResult]
    drugs_by_doc: list[DocDrugs]
    thresholds: Thresholds = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    n_gold_arms: int = 0  # gold arm records (not in n_gold)
    n_gold_v2: int = 0  # gold lines written under guidelines v2 (arm records included)
    arm_detection: ArmDetection | None = None

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict:
        return {"passed": self.passed, **dataclasses.asdict(self)}


# --- thresholds ----------------------------------------------------------------------------


def _parse_key(key: str) -> tuple[str, str] | None:
    """"results_endpoint_value_f1" -> ("results_endpoint_value", "f1"); "n_accuracy" -> ("n", "accuracy")."""
    for stat in (*_STATS, "accuracy"):
        name = key.removesuffix(f"_{stat}")
        if name != key and (name in METRICS if stat in _STATS else name in FIELD_KINDS):
            return name, stat
    return None


def load_thresholds(path: Path) -> Thresholds:
    """`[overlap]` / `[exact]` tables of `<metric>_<precision|recall|f1>` or `<field>_accuracy` minima."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ThresholdError(f"cannot read thresholds {path}: {exc}") from None
    thresholds: Thresholds = {}
    for mode, table in data.items():
        if mode not in SPAN_MODES or not isinstance(table, dict):
            raise ThresholdError(f"{path}: unknown section [{mode}] (expected [{'], ['.join(SPAN_MODES)}])")
        for key, value in table.items():
            if _parse_key(key) is None:
                known = [f"{m}_{s}" for m in METRICS for s in _STATS] + [f"{f}_accuracy" for f in FIELD_KINDS]
                raise ThresholdError(f"{path}: [{mode}] unknown key {key!r} (known: {', '.join(known)})")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ThresholdError(f"{path}: [{mode}] {key} must be a number in [0, 1], got {value!r}")
        thresholds[mode] = {k: float(v) for k, v in table.items()}
    return thresholds


def _figure(report: ValidationReport, mode: str, key: str) -> tuple[str, float | None]:
    """(label, value) of one thresholded figure."""
    name, stat = _parse_key(key)  # type: ignore[misc]  # keys were checked by load_thresholds
    if stat == "accuracy":
        return f"{name} accuracy", report.modes[mode].fields[name].accuracy
    return f"{METRICS[name]} {_STATS[stat]}", getattr(report.modes[mode].scores[name], stat)


def check_thresholds(report: ValidationReport, thresholds: Thresholds) -> list[str]:
    """One readable line per figure under its threshold, e.g.
    "results (endpoint, value) F1 0.710 < threshold 0.8 (overlap)"."""
    failures = []
    for mode, table in thresholds.items():
        for key, minimum in table.items():
            label, value = _figure(report, mode, key)
            if value is None:
                failures.append(f"{label} n/a (nothing matched) < threshold {minimum:g} ({mode})")
            elif value < minimum:
                failures.append(f"{label} {value:.3f} < threshold {minimum:g} ({mode})")
    return failures


def threshold_figures(report: ValidationReport) -> dict[str, float | None]:
    """`mode:metric` -> value for every figure that has a threshold (what a run records)."""
    return {f"{mode}:{key}": _figure(report, mode, key)[1] for mode, table in report.thresholds.items() for key in table}


def threshold_status(report: ValidationReport, mode: str, name: str) -> tuple[str, str]:
    """(threshold cell, pass cell) for a metric or field in the figures tables."""
    own = {k: v for k, v in report.thresholds.get(mode, {}).items() if (_parse_key(k) or ("",))[0] == name}
    if not own:
        return "—", "—"
    cells, ok = [], True
    for key, minimum in own.items():
        label, value = _figure(report, mode, key)
        cells.append(f"{label.rsplit(' ', 1)[-1]}≥{minimum:g}")
        ok = ok and value is not None and value >= minimum
    return ", ".join(cells), "pass" if ok else "FAIL"


# --- writing -------------------------------------------------------------------------------


def report_paths(out_dir: Path) -> dict[str, Path]:
    out_dir = Path(out_dir)
    return {ext: out_dir / f"validation.{ext}" for ext in ("json", "md", "html")}


def write_reports(report: ValidationReport, out_dir: Path) -> dict[str, Path]:
    """validation.json, validation.md and validation.html in out_dir -> their paths."""
    paths = report_paths(out_dir)
    write_text_atomic(paths["json"], json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
    write_text_atomic(paths["md"], render_markdown(report))
    write_text_atomic(paths["html"], render_html(report))
    return paths


# --- rendering -----------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _acc(fa: FieldAccuracy | None) -> str:
    return "n/a" if fa is None or fa.accuracy is None else f"{fa.accuracy:.3f} ({fa.correct}/{fa.total})"


def v2_rows(report: ValidationReport) -> list[tuple[str, str, list[str]]]:
    """(field, scope, one accuracy cell per mode) of the v2 figures; all n/a on v1-only gold."""
    return [
        (name, scope, [_acc(report.modes[m].v2_fields.get(name)) for m in _modes(report)])
        for name, scope in V2_FIELDS.items()
    ]


def arm_detection_cells(report: ValidationReport) -> tuple[str, str, str, str, str] | None:
    """(P, R, F1, tp/pred/gold, n accuracy) of arm detection, or None when no arm table was given."""
    ad = report.arm_detection
    if ad is None or ad.score is None:
        return None
    sc = ad.score
    return _pct(sc.precision), _pct(sc.recall), _pct(sc.f1), f"{sc.tp}/{sc.n_pred}/{sc.n_gold}", _acc(ad.n_total)


def arm_detection_note(report: ValidationReport) -> str:
    ad = report.arm_detection
    if ad is None or ad.score is None:
        return "Arm detection: not available (no predicted arms table given)."
    return f"Arm detection over {ad.documents} document(s) with gold arm records."


def _modes(report: ValidationReport) -> list[str]:
    """Span modes, the primary one first."""
    return sorted(report.modes, key=lambda m: m != PRIMARY_MODE)


def _by_doc(issues: Iterable[Issue]) -> dict[str, list[Issue]]:
    grouped: dict[str, list[Issue]] = {}
    for issue in issues:
        grouped.setdefault(issue.doc_id, []).append(issue)
    return grouped


def _span_in_sentence(issue: Issue) -> tuple[str, str, str]:
    """(before, span, after) of the issue's sentence; falls back to searching for the text when the
    offsets do not line up, and to appending the span when the sentence does not contain it."""
    s = issue.sentence
    a, b = issue.start - issue.sentence_start, issue.end - issue.sentence_start
    if not (0 <= a < b <= len(s) and s[a:b] == issue.text):
        a = s.find(issue.text)
        if a < 0:
            return s + " … ", issue.text, ""
        b = a + len(issue.text)
    return s[:a], s[a:b], s[b:]


_MD_SPECIAL = set("\\`*_[]<>|#")


def _md_cell(text: str) -> str:
    """One line of Markdown showing `text` literally (no tags, emphasis or table breaks)."""
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in " ".join(text.split()))



def _summary_lines(report: ValidationReport) -> list[str]:
    return [
        f"Generated {report.generated_at} from `{report.evidence}` against `{report.gold_dir}`.",
        f"Documents: {', '.join(report.documents)}. Gold rows: {report.n_gold}. "
        f"Predictions scored: {report.n_predictions} (ignored, no gold: {report.n_ignored_predictions}). "
        f"Value tolerance: ±{report.tolerance:g}.",
        f"Gold arm records: {report.n_gold_arms}. Gold lines under guidelines v2: {report.n_gold_v2} "
        "(v2 figures count only these).",
    ]


def render_markdown(report: ValidationReport) -> str:
    out = ["# Validation report", "", f"**{'PASS' if report.passed else 'FAIL'}**", ""]
    out += [line + "  " for line in _summary_lines(report)] + [""]
    if report.failures:
        out += ["Below threshold:", ""] + [f"- {f}" for f in report.failures] + [""]
    for mode in _modes(report):
        out += [f"## Figures ({mode} spans)", "", "| metric | P | R | F1 | threshold | pass |", "|---|---|---|---|---|---|"]
        for key, label in METRICS.items():
            sc = report.modes[mode].scores[key]
            thr, ok = threshold_status(report, mode, key)
            out.append(f"| {label} | {_pct(sc.precision)} | {_pct(sc.recall)} | {_pct(sc.f1)} | {thr} | {ok} |")
        out.append("")
    out += ["## Per-field accuracy over matched pairs", ""]
    out += ["| field | kinds | " + " | ".join(_modes(report)) + " |", "|---|---|" + "---|" * len(report.modes)]
    for name, kinds in FIELD_KINDS.items():
        cells = [
            f"{_pct(fa.accuracy)} ({fa.correct}/{fa.total})"
            for fa in (report.modes[m].fields[name] for m in _modes(report))
        ]
        out.append(f"| {name} | {', '.join(kinds)} | " + " | ".join(cells) + " |")
    out.append("")
    out += ["## v2 fields: accuracy over matched results (gold v2 only)", ""]
    out += ["| field | over | " + " | ".join(_modes(report)) + " |", "|---|---|" + "---|" * len(report.modes)]
    out += [f"| {name} | {_md_cell(scope)} | " + " | ".join(cells) + " |" for name, scope, cells in v2_rows(report)]
    out += ["", "## Arm detection", "", arm_detection_note(report), ""]
    if cells := arm_detection_cells(report):
        out += ["| P | R | F1 | tp/pred/gold | n accuracy |", "|---|---|---|---|---|", "| " + " | ".join(cells) + " |", ""]
        ad = report.arm_detection
        out += [f"- missed: {_md_cell(', '.join(ad.missed)) or '—'}", f"- extra: {_md_cell(', '.join(ad.extra)) or '—'}", ""]
    primary = report.modes[PRIMARY_MODE]
    out += [
        f"## Misses and false positives ({PRIMARY_MODE} spans)",
        "",
        "Counts for every mode, and field disagreements, are in validation.json.",
        "",
    ]
    misses, fps = _by_doc(primary.misses), _by_doc(primary.false_positives)
    for doc_id in report.documents:
        out += [f"### {doc_id}", ""]
        for title, issues in (("Misses", misses.get(doc_id, [])), ("False positives", fps.get(doc_id, []))):
            out += [f"#### {title} ({len(issues)})", ""]
            for it in issues:
                before, span, after = _span_in_sentence(it)
                out.append(
                    f"- **{it.kind}** {it.start}:{it.end} “{_md_cell(it.text)}” — {_md_cell(it.detail)} — "
                    f"{_md_cell(it.reason)} ({it.ref})"
                )
                out.append(f"  > {_md_cell(before)} **{_md_cell(span)}** {_md_cell(after)}")
            out.append("")
    out += ["## Unique drugs per document", "", "| document | gold | predicted | missing | extra |", "|---|---|---|---|---|"]
    for d in report.drugs_by_doc:
        out.append(
            f"| {d.doc_id} | {len(d.gold)} | {len(d.predicted)} | "
            f"{_md_cell(', '.join(d.missing)) or '—'} | {_md_cell(', '.join(d.extra)) or '—'} |"
        )
    return "\n".join(out) + "\n"


_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#17692f;font-weight:600}.FAIL{color:#b00020;font-weight:600}
mark.miss{background:#ffd6d6;outline:1px solid #c33}mark.fp{background:#fff0b3;outline:1px solid #b80}
li{margin:.4rem 0}.meta{color:#555;font-size:12px}.sentence{display:block;margin:.15rem 0 0 1rem}
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _issue_html(it: Issue, css_class: str) -> str:
    before, span, after = _span_in_sentence(it)
    return (
        f"<li><b>{_esc(it.kind)}</b> <span class=meta>{it.start}:{it.end}</span> "
        f"{_esc(it.detail)} — <i>{_esc(it.reason)}</i> <span class=meta>{_esc(it.ref)}</span>"
        f'<span class=sentence>{_esc(before)}<mark class="{css_class}">{_esc(span)}</mark>{_esc(after)}</span></li>'
    )


def render_html(report: ValidationReport) -> str:
    """A self-contained page: inline CSS, no scripts or external assets; all text escaped."""
    status = "pass" if report.passed else "FAIL"
    body = [f'<h1>Validation report <span class="{status}">{status.upper()}</span></h1>']
    body += [f"<p>{_esc(line)}</p>" for line in _summary_lines(report)]
    if report.failures:
        body.append("<p>Below threshold:</p><ul>" + "".join(f"<li>{_esc(f)}</li>" for f in report.failures) + "</ul>")
    for mode in _modes(report):
        rows = []
        for key, label in METRICS.items():
            sc = report.modes[mode].scores[key]
            thr, ok = threshold_status(report, mode, key)
            nums = "".join(f"<td class=num>{_pct(v)}</td>" for v in (sc.precision, sc.recall, sc.f1))
            rows.append(
                f"<tr><td>{_esc(label)}</td>{nums}<td class=num>{sc.tp}/{sc.n_pred}/{sc.n_gold}</td>"
                f'<td>{_esc(thr)}</td><td class="{_esc(ok)}">{_esc(ok)}</td></tr>'
            )
        body.append(
            f"<h2>Figures ({_esc(mode)} spans)</h2><table><tr><th>metric</th><th>P</th><th>R</th><th>F1</th>"
            "<th>TP/pred/gold</th><th>threshold</th><th>pass</th></tr>" + "".join(rows) + "</table>"
        )
    head = "".join(f"<th>{_esc(m)}</th>" for m in _modes(report))
    rows = []
    for name, kinds in FIELD_KINDS.items():
        cells = "".join(
            f"<td class=num>{_pct(fa.accuracy)} ({fa.correct}/{fa.total})</td>"
            for fa in (report.modes[m].fields[name] for m in _modes(report))
        )
        rows.append(f"<tr><td>{_esc(name)}</td><td>{_esc(', '.join(kinds))}</td>{cells}</tr>")
    body.append(
        f"<h2>Per-field accuracy over matched pairs</h2><table><tr><th>field</th><th>kinds</th>{head}</tr>"
        + "".join(rows)
        + "</table>"
    )
    rows = [
        f"<tr><td>{_esc(name)}</td><td>{_esc(scope)}</td>" + "".join(f"<td class=num>{_esc(c)}</td>" for c in cells) + "</tr>"
        for name, scope, cells in v2_rows(report)
    ]
    body.append(
        f"<h2>v2 fields: accuracy over matched results (gold v2 only)</h2><table><tr><th>field</th><th>over</th>{head}</tr>"
        + "".join(rows)
        + "</table>"
    )
    body.append(f"<h2>Arm detection</h2><p>{_esc(arm_detection_note(report))}</p>")
    if cells := arm_detection_cells(report):
        ad = report.arm_detection
        body.append(
            "<table><tr><th>P</th><th>R</th><th>F1</th><th>TP/pred/gold</th><th>n accuracy</th></tr><tr>"
            + "".join(f"<td class=num>{_esc(c)}</td>" for c in cells)
            + f"</tr></table><p>missed: {_esc(', '.join(ad.missed) or '—')}<br>extra: {_esc(', '.join(ad.extra) or '—')}</p>"
        )
    primary = report.modes[PRIMARY_MODE]
    misses, fps = _by_doc(primary.misses), _by_doc(primary.false_positives)
    body.append(f"<h2>Misses and false positives ({PRIMARY_MODE} spans)</h2>")
    for doc_id in report.documents:
        body.append(f"<h3>{_esc(doc_id)}</h3>")
        for title, issues, css in (("Misses", misses.get(doc_id, []), "miss"), ("False positives", fps.get(doc_id, []), "fp")):
            body.append(f"<h4>{title} ({len(issues)})</h4><ul>" + "".join(_issue_html(i, css) for i in issues) + "</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>trialmine validation — {status}</title><style>{_CSS}</style></head>"
        "<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
