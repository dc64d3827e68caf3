"""How adverse events the vocabulary does not list are coded: the development gold's safety results
scored with the vocabulary's adverse-event terms withheld from the extractor.

New trials report adverse events no vocabulary lists; the guidelines (GUIDELINES §4.4) code a
safety result by its term in lower case. `rules/endpoints.json` lists about 60 terms, many added
while reading the development sets, so those sets cannot show how an unlisted term fares. This
script runs the real pipeline on the development gold documents (PMC dev, the older abstracts
devset, dev2) twice: with the full vocabulary, and with every safety code but the generic ones
(`--keep`) withheld from the extractor (validation still compares through the full vocabulary, so
"diarrhoea" is `diarrhea`). Each gold safety result is then found (a predicted result overlaps its
value) and right (same code through the vocabulary) or not. Held-out sets are not read. Usage:

    python benchmarks/adverse_event_ablation.py [--keep TERM ...] [--misses]
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = {"pmc_dev": HERE / "pmc_dev" / "gold", "devset": HERE / "devset" / "gold", "dev2": HERE / "abstracts_dev2" / "gold"}
GENERIC = ("adverse events", "grade 3-4 adverse events", "grade 1-2 adverse events", "toxicity")


def score(withhold: bool, keep: tuple[str, ...]) -> dict:
    """Per set: found / right counts of the gold safety results, and the misses."""
    sys.path.insert(0, str(HERE))
    import trialmine.nlp.components as components
    import trialmine.normalise.endpoints as vocabulary

    vocabulary.endpoint_vocabulary()  # the comparator's full vocabulary, cached before any change
    full = vocabulary.read_endpoint_rules()

    def extractor_rules() -> dict:
        rules = copy.deepcopy(full)
        if withhold:
            rules["safety"] = {code: phrases for code, phrases in rules["safety"].items() if code in keep}
        return rules

    components.read_endpoint_rules = extractor_rules  # what the pipeline's endpoint matcher is built from
    from abstracts_eval import gold_documents
    from pmc_sets import pmc_documents

    from trialmine.run import extract
    from trialmine.validate.match import FIELD_EQUAL

    same_code = FIELD_EQUAL["endpoint"]
    documents, gold = [], {}
    for name, folder in SETS.items():
        ids = sorted(p.stem for p in folder.glob("*.jsonl"))
        documents += pmc_documents(ids) if name == "pmc_dev" else gold_documents(folder)
        for doc_id in ids:
            rows = [json.loads(line) for line in (folder / f"{doc_id}.jsonl").read_text(encoding="utf-8").splitlines()]
            gold[doc_id] = (name, [r for r in rows if r["kind"] == "result" and r["category"] == "safety"])
    predicted: dict[str, list[dict]] = {}
    for row in extract(documents).rows:
        if row["kind"] == "result":
            predicted.setdefault(row["doc_id"], []).append(row)
    counts: dict[str, Counter] = {name: Counter() for name in SETS}
    misses = []
    for doc_id, (name, results) in gold.items():
        for g in results:
            match = next((p for p in predicted.get(doc_id, []) if p["start"] < g["end"] and g["start"] < p["end"]), None)
            counts[name]["gold"] += 1
            if match is None:
                continue
            counts[name]["found"] += 1
            if same_code(g, match, 0.05):
                counts[name]["right"] += 1
            else:
                misses.append(f"{doc_id} {g['text']!r}: gold {g['endpoint']!r}, got {match['endpoint']!r} "
                              f"({match['category']}, phrase {match['endpoint_text']!r}, {match['method']})")
    return {"counts": {k: dict(v) for k, v in counts.items()}, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", nargs="*", default=list(GENERIC), help="safety codes left in the vocabulary when withholding")
    parser.add_argument("--misses", action="store_true", help="print the results coded wrongly with the terms withheld")
    parser.add_argument("--mode", choices=("full", "withheld"), help=argparse.SUPPRESS)  # one run, in a child process
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(score(args.mode == "withheld", tuple(args.keep))))
        return
    runs = {}
    for mode in ("full", "withheld"):  # each in its own process: the pipeline is built once per process
        print(f"running the pipeline on {len(SETS)} development sets ({mode} vocabulary) ...", file=sys.stderr, flush=True)
        child = subprocess.run([sys.executable, __file__, "--mode", mode, "--keep", *args.keep], capture_output=True, text=True, check=True)
        runs[mode] = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"safety results of the development gold; withheld: every safety code but {', '.join(args.keep)}")
    print(f"{'set':10} {'gold':>5}  {'full: found / right':>20}  {'withheld: found / right':>24}")
    totals = {mode: Counter() for mode in runs}
    for name in SETS:
        cells = []
        for mode, run in runs.items():
            c = Counter(run["counts"][name])
            totals[mode].update(c)
            cells.append(f"{c['found']:>3} / {c['right']:>3} ({c['right'] / max(c['gold'], 1):.3f})")
        print(f"{name:10} {runs['full']['counts'][name].get('gold', 0):>5}  {cells[0]:>20}  {cells[1]:>24}")
    cells = [f"{t['found']:>3} / {t['right']:>3} ({t['right'] / max(t['gold'], 1):.3f})" for t in totals.values()]
    print(f"{'all':10} {totals['full']['gold']:>5}  {cells[0]:>20}  {cells[1]:>24}")
    if args.misses:
        print("\nwrong or no code, terms withheld:")
        print("\n".join(f"  {m}" for m in runs["withheld"]["misses"]))


if __name__ == "__main__":
    main()
