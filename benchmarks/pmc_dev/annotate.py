"""Build the PMC development gold from hand-written anchors, and check it.

Each `anchors/<pmid>.py` holds one abstract's annotations, written by a person reading the text
(no extractor output was run or looked at). An anchor is a snippet of the document text with the
annotated span in braces, e.g. ``"ORR was {45%} with"``; the snippet must occur exactly
once in the text, or carry ``@k`` (0-based occurrence) at its end. Drug rows are listed from
the hand-made ``DRUGS`` surface table: every whole-word occurrence becomes a row, except the
occurrences named in ``NOT_DRUG`` (each one was read in context).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/pmc_dev/annotate.py          # build + check
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/pmc_dev/annotate.py --check  # check only

Building writes `gold/<pmid>.jsonl` (sorted by start, every key of GUIDELINES §1 and §7.1).
The check runs the project's gold loader and the guideline's completeness rules
(`trialmine.validate.gold`: keys, offsets, order, overlaps, and every '%' in the text inside
exactly one result row; CI levels such as "95% CI" have none, column headers listed in
`PCT_NO_ROW` are no values); it prints per-kind counts.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

from trialmine.ingest.abstracts import abstract_document
from trialmine.validate.gold import GOLD_KEYS, GOLD_V2_KEYS, GoldError, annotation_problems, read_gold_file

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parents[1] / ".." / "shared" / "data" / "pmc_rct" / "articles.jsonl.gz"
KEYS = (*GOLD_KEYS, *GOLD_V2_KEYS)  # every key of GUIDELINES §1, then §7.1, in order
KINDS = ("drug", "dose", "result", "arm")
CI_LEVEL = re.compile(r"\d+(?:\.\d+)?\s?%\s*(?:CI|C\.I\.|confidence|credible|CrI)", re.I)

QUALIFIER_WORDS = [
    ("approximately ", "~"), ("about ", "~"), ("around ", "~"), ("nearly ", "~"),
    ("more than ", ">"), ("greater than ", ">"), ("over ", ">"), ("exceeding ", ">"),
    ("at least ", "≥"), ("no less than ", "≥"), ("less than ", "<"), ("below ", "<"),
    ("up to ", "≤"), ("under ", "<"), ("∼", "~"), ("≥", "≥"), ("≤", "≤"), (">", ">"), ("<", "<"), ("~", "~"),
]
NUMBER = r"[+\-−]?\d+(?:[.·]\d+)?"
UNITS = {"%": "%", "months": "months", "month": "months", "weeks": "weeks", "week": "weeks",
         "days": "days", "day": "days", "years": "years", "year": "years",
         "hours": "hours", "hour": "hours"}


def load_texts(pmids: set[str]) -> dict[str, tuple[str, dict]]:
    found: dict[str, tuple[str, dict]] = {}
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if str(rec.get("pmid")) in pmids:
                doc = abstract_document(
                    {"pmid": rec["pmid"], "title": rec["title"], "text": rec["abstract"]}, "pmc_rct")
                found[str(rec["pmid"])] = (doc.text, rec)
    return found


def locate(text: str, anchor: str) -> tuple[int, int, str]:
    """Offsets of the bracketed span of `anchor` in `text`."""
    occurrence = None
    m = re.search(r"@(\d+)$", anchor)
    if m:
        occurrence, anchor = int(m.group(1)), anchor[: m.start()]
    if anchor.count("{") != 1 or anchor.count("}") != 1:
        left, span, right = "", anchor, ""
    else:
        left, rest = anchor.split("{", 1)
        span, right = rest.split("}", 1)
    snippet = left + span + right
    hits = [i for i in range(len(text)) if text.startswith(snippet, i)]
    if not hits:
        raise ValueError(f"anchor not found: {anchor!r}")
    if occurrence is None:
        if len(hits) > 1:
            raise ValueError(f"anchor occurs {len(hits)} times, add @k: {anchor!r}")
        occurrence = 0
    start = hits[occurrence] + len(left)
    return start, start + len(span), span


def _num(s: str) -> float | int:
    v = float(s.replace("·", ".").replace("−", "-").replace(",", ""))
    return int(v) if v.is_integer() and "." not in s and "·" not in s else v


def parse_value(span: str) -> dict:
    """qualifier, value, value_low, value_high and unit read off a result span."""
    s = span.strip()
    qualifier = "="
    for word, q in QUALIFIER_WORDS:
        if s.lower().startswith(word):
            qualifier, s = q, s[len(word):].strip()
            break
    unit = None
    for u, norm in UNITS.items():
        if re.search(rf"(?:\d|\s){re.escape(u)}$", s):
            unit, s = norm, s[: -len(u)].strip()
            break
    s = re.sub(r"\s*±\s*" + NUMBER + r"\s*%?$", "", s.replace("%", "", 1) if s.count("%") == 2 else s)
    s = s.replace("%", "").lstrip("+")
    rng = re.fullmatch(rf"({NUMBER})\s*(?:-|–|—|to)\s*({NUMBER})", s)
    if rng:
        lo, hi = _num(rng.group(1)), _num(rng.group(2))
        return {"qualifier": qualifier, "value": None, "value_low": lo, "value_high": hi, "unit": unit}
    one = re.fullmatch(NUMBER, s)
    if one:
        v = _num(s)
        return {"qualifier": qualifier, "value": v, "value_low": v, "value_high": v, "unit": unit}
    return {"qualifier": None, "value": None, "value_low": None, "value_high": None, "unit": unit}


def parse_p(p: str | None) -> tuple[float | None, str | None]:
    if p is None:
        return None, None
    m = re.fullmatch(r"\s*(<=|>=|≤|≥|<|>|=)?\s*([0-9.]+)\s*", p)
    if not m:
        raise ValueError(f"bad p value {p!r}")
    q = {"<=": "≤", ">=": "≥"}.get(m.group(1) or "=", m.group(1) or "=")
    return float(m.group(2)), q


def blank(doc_id: str, kind: str, start: int, end: int, text: str) -> dict:
    rec = {k: None for k in KEYS}
    rec.update(doc_id=doc_id, kind=kind, start=start, end=end, text=text)
    return rec


def drug_rows(doc_id: str, text: str, drugs: dict, not_drug: list[str]) -> list[dict]:
    skip = {locate(text, a)[:2] for a in not_drug}
    rows, taken = [], []
    for surface in sorted(drugs, key=len, reverse=True):
        flags = re.I if surface == surface.lower() else 0
        for m in re.finditer(rf"(?<![\w]){re.escape(surface)}(?![\w])", text, flags):
            span = (m.start(), m.end())
            if span in skip or any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            canon = drugs[surface]
            rec = blank(doc_id, "drug", *span, m.group(0))
            if isinstance(canon, tuple):
                rec["drug"], rec["regimen"] = canon
            else:
                rec["drug"] = canon
            rows.append(rec)
    used = {s for s, _ in [(r["start"], r["end"]) for r in rows]}
    for a in not_drug:
        if locate(text, a)[0] in used:
            raise ValueError(f"NOT_DRUG anchor still became a drug row: {a!r}")
    return rows


def build_doc(module, text: str) -> list[dict]:
    doc_id = module.PMID
    rows = drug_rows(doc_id, text, module.DRUGS, getattr(module, "NOT_DRUG", []))
    for extra in getattr(module, "EXTRA_DRUGS", []):  # drug mentions inside words, etc.
        start, end, span = locate(text, extra["at"])
        rec = blank(doc_id, "drug", start, end, span)
        rec["drug"], rec["regimen"], rec["note"] = extra["drug"], extra.get("regimen"), extra.get("note")
        rows.append(rec)
    arms = {}
    for a in getattr(module, "ARMS", []):
        start, end, span = locate(text, a["at"])
        rec = blank(doc_id, "arm", start, end, span)
        rec.update(arm=a["arm"], regimen=a.get("regimen"), n_total=a.get("n_total"),
                   note=a.get("note"), population=a.get("pop"))
        arms[a["arm"]] = a.get("regimen")
        rows.append(rec)
    for d in getattr(module, "DOSES", []):
        start, end, span = locate(text, d["at"])
        rec = blank(doc_id, "dose", start, end, span)
        rec.update(drug=d["drug"], dose_low=d["low"], dose_high=d.get("high", d["low"]),
                   dose_unit=d["unit"], dose_frequency=d.get("freq"), dose_schedule=d.get("sched"),
                   arm=d.get("arm"), population=d.get("pop"), note=d.get("note"))
        rec["regimen"] = d["reg"] if "reg" in d else arms.get(d.get("arm"))
        rows.append(rec)
    for r in getattr(module, "RESULTS", []):
        start, end, span = locate(text, r["at"])
        rec = blank(doc_id, "result", start, end, span)
        parsed = parse_value(span)
        unit = r.get("u", parsed["unit"])
        if unit == "n":
            parsed.update(qualifier=None, value=None, value_low=None, value_high=None)
        for key in ("qualifier", "value", "value_low", "value_high"):
            rec[key] = r.get({"qualifier": "q", "value": "v", "value_low": "lo", "value_high": "hi"}[key],
                             parsed[key])
        if "v" in r and "lo" not in r:
            rec["value_low"] = rec["value_high"] = r["v"]
        if rec["value_low"] is None and unit not in ("n",) and r.get("allow_null") is not True:
            raise ValueError(f"{doc_id}: no value parsed from {span!r}; give v=")
        p_value, p_qual = parse_p(r.get("p"))
        ci = r.get("ci") or (None, None)
        arm = r.get("arm")
        rec.update(category=r["cat"], endpoint=r.get("ep"), endpoint_text=r.get("et"),
                   value_unit=unit, n=r.get("n"), n_total=r.get("N"), population=r.get("pop"),
                   note=r.get("note"), arm=arm, ci_low=ci[0], ci_high=ci[1],
                   p_value=p_value, p_qualifier=p_qual, timepoint=r.get("tp"))
        rec["regimen"] = r["reg"] if "reg" in r else arms.get(arm)
        if arm is not None and arm not in arms:
            raise ValueError(f"{doc_id}: result arm {arm!r} has no arm record")
        rows.append(rec)
    rows.sort(key=lambda x: (x["start"], x["end"], KINDS.index(x["kind"])))
    return rows


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"anchors_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(texts: dict[str, str], modules: dict, gold_dir: Path = HERE / "gold") -> Counter:
    """The project's gold loader and the guideline's completeness rules on every gold file of
    `gold_dir` (exits 1 naming each problem); counts per kind and result unit."""
    counts: Counter = Counter()
    problems = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        pmid, text = path.stem, texts[path.stem]
        try:
            read_gold_file(path, {pmid: text})
        except GoldError as exc:
            problems.append(str(exc))
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        headers = {locate(text, a)[0] for a in getattr(modules[pmid], "PCT_NO_ROW", [])}
        problems += [f"{pmid}: {p}" for p in annotation_problems(text, rows, not_values=headers)]
        counts.update(r["kind"] for r in rows)
        counts.update(f"unit {r['value_unit']}" for r in rows if r["kind"] == "result")
        counts["header_%"] += len(headers)
        counts["ci_level_%"] += len(CI_LEVEL.findall(text))
        counts["dose_%"] += sum(r["text"].count("%") for r in rows if r["kind"] == "dose")
        counts["abstracts"] += 1
    for p in problems:
        print("PROBLEM", p)
    if problems:
        sys.exit(1)
    return counts


def write_gold(gold_dir: Path, modules: dict, texts: dict[str, str], build=None) -> None:
    """Build each anchor module's records (`build`, default `build_doc`) over its text and write
    them to `gold_dir/<pmid>.jsonl`, one record per line, through a temporary file."""
    gold_dir.mkdir(exist_ok=True)
    for pmid, module in modules.items():
        rows = (build or build_doc)(module, texts[pmid])
        out = gold_dir / f"{pmid}.jsonl"
        tmp = out.with_suffix(".tmp")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        tmp.replace(out)


def kind_counts(gold_dir: Path, pmid: str) -> Counter:
    return Counter(json.loads(x)["kind"] for x in (gold_dir / f"{pmid}.jsonl").read_text(encoding="utf-8").splitlines())


def print_table(modules: dict, gold_dir: Path, licences: dict[str, str | None]) -> None:
    """The README table: one line per abstract with its licence, design and records per kind."""
    print("| PMID | title | licence | design | drug | dose | result | arm |")
    print("|---|---|---|---|---|---|---|---|")
    for pmid, module in modules.items():
        c = kind_counts(gold_dir, pmid)
        print(f"| {pmid} | {module.SHORT} | {licences.get(pmid)} | {module.DESIGN} | " + " | ".join(str(c[k]) for k in KINDS) + " |")


def main(argv: list[str]) -> None:
    anchor_files = sorted((HERE / "anchors").glob("[0-9]*.py"))
    modules = {p.stem: load_module(p) for p in anchor_files}
    texts = load_texts(set(modules))
    if "--check" not in argv:
        write_gold(HERE / "gold", modules, {p: t for p, (t, _) in texts.items()})
    counts = check({p: t for p, (t, _) in texts.items()}, modules)
    if "--table" in argv:
        print_table(modules, HERE / "gold", {p: rec.get("license") for p, (_, rec) in texts.items()})
    designs = Counter(m.DESIGN for m in modules.values())
    print(f"abstracts {counts['abstracts']} ({dict(designs)}); "
          + ", ".join(f"{k} {counts[k]}" for k in KINDS)
          + f"; CI-level % without row {counts['ci_level_%']}; header % without row {counts['header_%']}; "
          f"% in dose rows {counts['dose_%']}")


if __name__ == "__main__":
    main(sys.argv[1:])
