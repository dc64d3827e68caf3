"""Check the held-out gold (gold/<pmid>.jsonl) and print its figures.

The checks are the project's gold loader (`trialmine.validate.gold.load_gold`: keys, kinds,
types, offsets against the document text trialmine ingests, arm labels) and the guideline's
completeness rules (`annotation_problems`: key order, sort order, overlaps, required result
fields, every '%' inside exactly one result record except interval levels and bounds). It also
lists drug names annotated somewhere in a document that occur elsewhere in it as whole words
without a drug record (to review, not an error).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/pmc_heldout/check.py
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/pmc_heldout/check.py --bundled   # corpus/gold
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from trialmine.validate.gold import GoldError, annotation_problems, read_gold_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import documents  # noqa: E402

HERE = Path(__file__).resolve().parent
KINDS = ("drug", "dose", "result", "arm")


def check_file(path: Path, text: str) -> tuple[list[str], list[dict]]:
    """Problems of one gold file (the loader's first, then completeness) and its records."""
    try:
        read_gold_file(path, {path.stem: text})
    except GoldError as exc:
        return [str(exc)], []
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return annotation_problems(text, recs), recs


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
