"""Check the held-out gold (gold/<pmid>.jsonl) and print its figures.

Checks: every line has exactly the §1 + §7.1 keys in order; kinds; offsets against the document
text trialmine ingests; sort order; no overlapping spans except arm records over drug records;
every '%' sign is covered by exactly one result record, except the '%' of a confidence-interval
level or bound ("95% CI", "(95% CI, 29.5–57.7%)"), whose values live in ci_low/ci_high of their
result. It also lists drug names annotated somewhere in a document that occur elsewhere in it as
whole words without a drug record (to review, not an error).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/pmc_heldout/check.py
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/pmc_heldout/check.py --bundled   # corpus/gold
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import GOLD_KEYS, documents  # noqa: E402

HERE = Path(__file__).resolve().parent
KINDS = ("drug", "dose", "result", "arm")
# the '%' of a CI level ("95% CI", "95%CI", "95 % confidence interval")
CI_LEVEL = re.compile(r"\d+\s?%\s?(?:CI\b|confidence interval)")
# a '%' bound inside the CI that a level opened: "(95% CI, 29.5–57.7%)", "[95% CI: 0, 43%]"
CI_OPEN = re.compile(r"(?:CI\b|confidence interval)\)?[^;()\[\]]{0,40}$")


def check_file(path: Path, text: str) -> tuple[list[str], list[dict]]:
    problems: list[str] = []
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for i, r in enumerate(recs, 1):
        if tuple(r) != GOLD_KEYS:
            problems.append(f"line {i}: keys differ from §1+§7.1 order")
        if r["kind"] not in KINDS:
            problems.append(f"line {i}: kind {r['kind']!r}")
        if text[r["start"]:r["end"]] != r["text"]:
            problems.append(f"line {i}: text[{r['start']}:{r['end']}] != {r['text']!r}")
        if r["doc_id"] != path.stem:
            problems.append(f"line {i}: doc_id {r['doc_id']!r}")
        if r["kind"] == "result" and (r["category"] is None or r["value_unit"] is None
                                      or r["endpoint_text"] is None):
            problems.append(f"line {i}: result without category/value_unit/endpoint_text")
        if r["kind"] == "result" and r["arm"] is not None and r["arm"] not in {
                a["arm"] for a in recs if a["kind"] == "arm"}:
            problems.append(f"line {i}: arm {r['arm']!r} has no arm record")
    if [r["start"] for r in recs] != sorted(r["start"] for r in recs):
        problems.append("not sorted by start")
    spans = [r for r in recs if r["kind"] != "arm"]
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            problems.append(f"overlap: {a['text']!r}@{a['start']} and {b['text']!r}@{b['start']}")
    exempt = {m.start() + m.group(0).index("%") for m in CI_LEVEL.finditer(text)}
    for i, ch in enumerate(text):
        if ch != "%":
            continue
        covering = [r for r in recs if r["kind"] == "result" and r["start"] <= i < r["end"]]
        if i in exempt or (not covering and CI_OPEN.search(text[max(0, i - 60):i])):
            continue
        if len(covering) != 1:
            problems.append(f"'%' at {i} covered by {len(covering)} result records: "
                            f"{text[max(0, i - 40):i + 1]!r}")
    return problems, recs


def unannotated_drug_mentions(text: str, recs: list[dict]) -> list[str]:
    names = {r["text"] for r in recs if r["kind"] == "drug"}
    covered = [(r["start"], r["end"]) for r in recs if r["kind"] == "drug"]
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text, re.I):
            if not any(s <= m.start() < e for s, e in covered):
                out.append(f"{name!r}@{m.start()}")
    return out


def check_bundled(corpus: Path) -> int:
    """The same checks on the bundled v2 gold (corpus/gold/<doc_id>.jsonl against corpus/<doc_id>.txt)."""
    bad = 0
    for f in sorted((corpus / "gold").glob("*.jsonl")):
        problems, recs = check_file(f, (corpus / f"{f.stem}.txt").read_text(encoding="utf-8"))
        for p in problems:
            print(f"{f.name}: {p}", file=sys.stderr)
        bad += len(problems)
        print(f.stem, dict(Counter(r["kind"] for r in recs)))
    print(f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if sys.argv[1:] == ["--bundled"]:
        return check_bundled(HERE.parents[1] / "corpus")
    files = sorted((HERE / "gold").glob("*.jsonl"))
    docs = documents({f.stem for f in files})
    total, bad = Counter(), 0
    print("| PMID | licence | design | drug | dose | result | arm | total |")
    print("|---|---|---|---|---|---|---|---|")
    designs = Counter()
    for f in files:
        text, article = docs[f.stem]
        problems, recs = check_file(f, text)
        for p in problems:
            print(f"{f.name}: {p}", file=sys.stderr)
        bad += len(problems)
        for w in unannotated_drug_mentions(text, recs):
            print(f"{f.name}: review: drug name without a drug record: {w}", file=sys.stderr)
        counts = Counter(r["kind"] for r in recs)
        arms = counts["arm"]
        design = "single-arm" if arms == 1 else f"comparative ({arms} arms)"
        designs["single-arm" if arms == 1 else "comparative"] += 1
        total.update(counts)
        print(f"| {f.stem} | {article['license']} | {design} | " +
              " | ".join(str(counts[k]) for k in KINDS) + f" | {sum(counts.values())} |")
    print(f"| **total** ({len(files)} abstracts: {designs['comparative']} comparative, "
          f"{designs['single-arm']} single-arm) | | | " +
          " | ".join(f"**{total[k]}**" for k in KINDS) + f" | **{sum(total.values())}** |")
    results = [json.loads(line) for f in files
               for line in f.read_text(encoding="utf-8").splitlines()]
    results = [r for r in results if r["kind"] == "result"]
    print("\nresult rows by value_unit:", dict(Counter(r["value_unit"] for r in results)))
    print("result rows by category:", dict(Counter(r["category"] for r in results)))
    print("result rows with an arm:", sum(r["arm"] is not None for r in results),
          "| with a CI:", sum(r["ci_low"] is not None for r in results),
          "| with a P value:", sum(r["p_value"] is not None for r in results),
          "| with a timepoint:", sum(r["timepoint"] is not None for r in results))
    print(f"\n{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
