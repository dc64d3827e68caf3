"""Turn the hand-written anchors (anchors/<pmid>.yaml) into gold JSON-lines (gold/<pmid>.jsonl).

Each anchor names its span as quoted text; this script finds it in the document text that
trialmine ingests, checks ``text[start:end] == span`` and writes every key of guidelines §1 and
§7.1 on every line. Anchors are listed in document order: a span is searched from the end of the
previous drug/dose/result record (``ctx`` narrows the search to a longer quoted context, ``skip``
passes over earlier occurrences). Arm records (§7.2) may overlap drug records, so they are searched
from the same place and do not move it.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/pmc_heldout/annotate.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import yaml

from trialmine.ingest.abstracts import abstract_document
from trialmine.validate.gold import GOLD_KEYS as V1_KEYS
from trialmine.validate.gold import GOLD_V2_KEYS as V2_KEYS

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parents[1] / ".." / "shared" / "data" / "pmc_rct" / "articles.jsonl.gz"

GOLD_KEYS = (*V1_KEYS, *V2_KEYS)  # every key of GUIDELINES §1, then §7.1, in order
SHORT = {"k": "kind", "s": "text", "r": "regimen", "q": "qualifier", "ep": "endpoint",
         "et": "endpoint_text", "u": "value_unit", "cat": "category", "pop": "population",
         "tp": "timepoint", "f": "dose_frequency", "sch": "dose_schedule", "nt": "n_total"}
ANCHOR_ONLY = ("c", "skip", "v", "lo", "hi", "ci", "p", "d")


class AnchorError(ValueError):
    pass


def documents(pmids: set[str]) -> dict[str, tuple[str, dict]]:
    """pmid -> (document text, article record) for the wanted PMIDs."""
    found: dict[str, tuple[str, dict]] = {}
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["pmid"] in pmids:
                doc = abstract_document({"pmid": rec["pmid"], "title": rec["title"],
                                         "text": rec["abstract"]}, "pmc_rct")
                found[rec["pmid"]] = (doc.text, rec)
    missing = pmids - set(found)
    if missing:
        raise AnchorError(f"{ARTICLES}: no record for PMID(s) {', '.join(sorted(missing))}")
    return found


def _parse_p(p: str) -> tuple[float, str]:
    p = str(p).strip()
    for q in ("≤", "≥", "<", ">", "="):
        if p.startswith(q):
            return float(p[len(q):]), q
    return float(p), "="


def build_record(doc_id: str, text: str, anchor: dict, cursor: int) -> dict:
    span = anchor["s"]
    base = cursor
    if "c" in anchor:
        ctx_at = text.find(anchor["c"], cursor)
        if ctx_at < 0:
            raise AnchorError(f"context {anchor['c']!r} not found after {cursor}")
        base = ctx_at
    start = base - 1
    for _ in range(int(anchor.get("skip", 0)) + 1):
        start = text.find(span, start + 1)
        if start < 0:
            raise AnchorError(f"span {span!r} not found after {base}")
    if "c" in anchor and start + len(span) > base + len(anchor["c"]):
        raise AnchorError(f"span {span!r} not inside its context {anchor['c']!r}")
    rec = dict.fromkeys(GOLD_KEYS)
    rec.update(doc_id=doc_id, start=start, end=start + len(span))
    for key, val in anchor.items():
        if key in ANCHOR_ONLY:
            continue
        full = SHORT.get(key, key)
        if full not in GOLD_KEYS:
            raise AnchorError(f"unknown key {key!r} in anchor {span!r}")
        rec[full] = val
    kind = rec["kind"]
    if kind not in ("drug", "dose", "result", "arm"):
        raise AnchorError(f"unknown kind {kind!r} in anchor {span!r}")
    if kind == "drug" and rec["drug"] is None:
        rec["drug"] = span.lower()
    if kind == "dose":
        low, high, unit = anchor["d"]
        rec.update(dose_low=low, dose_high=high, dose_unit=unit)
        if not rec["drug"]:
            raise AnchorError(f"dose {span!r} has no drug")
    if kind == "result":
        if "v" in anchor:
            rec.update(value=anchor["v"], value_low=anchor["v"], value_high=anchor["v"])
        if "lo" in anchor:
            rec.update(value=None, value_low=anchor["lo"], value_high=anchor["hi"])
        if rec["value_low"] is not None and rec["qualifier"] is None:
            rec["qualifier"] = "="
        if rec["value_unit"] is None:
            if "%" in span:
                rec["value_unit"] = "%"
            elif rec["value_low"] is None:
                rec["value_unit"] = "n"
            else:
                raise AnchorError(f"result {span!r} needs a value_unit")
        if "ci" in anchor:
            rec["ci_low"], rec["ci_high"] = anchor["ci"]
        if "p" in anchor:
            rec["p_value"], rec["p_qualifier"] = _parse_p(anchor["p"])
        if rec["category"] is None:
            raise AnchorError(f"result {span!r} has no category")
    if text[rec["start"]:rec["end"]] != span:
        raise AnchorError(f"offset check failed for {span!r}")
    return rec


def annotate(anchor_file: Path, text: str) -> list[dict]:
    spec = yaml.safe_load(anchor_file.read_text(encoding="utf-8"))
    doc_id = str(spec["pmid"])
    cursor, records = 0, []
    for i, anchor in enumerate(spec["records"]):
        try:
            rec = build_record(doc_id, text, anchor, cursor)
        except (AnchorError, KeyError, TypeError, ValueError) as e:
            raise AnchorError(f"{anchor_file}: record {i + 1}: {e}") from e
        if rec["kind"] != "arm":
            cursor = rec["end"]
        records.append(rec)
    records.sort(key=lambda r: (r["start"], -r["end"], r["kind"] != "arm"))
    return records


def main(argv: list[str]) -> int:
    files = sorted((HERE / "anchors").glob("*.yaml"))
    if argv:
        files = [f for f in files if f.stem in argv]
    docs = documents({f.stem for f in files})
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for f in files:
        text = docs[f.stem][0]
        try:
            records = annotate(f, text)
        except AnchorError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        tmp = out / f".{f.stem}.jsonl.tmp"
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                       encoding="utf-8")
        tmp.replace(out / f"{f.stem}.jsonl")
        kinds = {k: sum(r["kind"] == k for r in records) for k in ("drug", "dose", "result", "arm")}
        print(f.stem, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
