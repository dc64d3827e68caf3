"""Where development gold arms are lost: the arm inventory against the gold arm records, and each
gold result's arm against the arms the pipeline could have chosen.

Development data only: the PMC development gold (benchmarks/pmc_dev/gold) and the older abstracts
development gold (benchmarks/devset/gold), the second abstracts development gold
(benchmarks/abstracts_dev2/gold), the third PMC development gold (benchmarks/pmc_dev3/gold), and RCT-ART's
cardiovascular sentences. For every document it prints the gold arms and the
detected arms (label, regimen, method) side by side when they differ; then, for every gold result
with an arm that a prediction matches, one of: right, "no candidate" (no detected arm, or arm the
sentence names, carries the gold arm's label or regimen), "wrong choice" (one does, another was
chosen), "none chosen". Usage:

    python benchmarks/arm_funnel.py [--set pmc|abstracts|dev2|dev3|both|rct-art|all] [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from abstracts_eval import GOLD_SETS as ABSTRACT_GOLD_SETS, gold_documents  # noqa: E402
from pmc_sets import GOLD_SETS, pmc_documents  # noqa: E402

from rct_art_eval import DATA as RCT_ART, SPLITS, sentence_documents  # noqa: E402

import trialmine.extract.link as link_module  # noqa: E402
from trialmine.run import extract, normalise  # noqa: E402
from trialmine.validate.rct_art import ARM_RELATIONS, _ARM_GENERIC, arm_words, load_sentences  # noqa: E402
from trialmine.validate.match import phrase_tokens  # noqa: E402
from trialmine.validate.gold import gold_doc_ids, read_gold_file  # noqa: E402
from trialmine.validate.match import _norm_regimen, arm_label_match  # noqa: E402


def _same_arm(label: str | None, regimen: str | None, gold: dict) -> bool:
    """A detected arm is the gold arm when the labels match or the regimens are the same drugs."""
    if arm_label_match(label, gold["arm"]):
        return True
    p, g = _norm_regimen(regimen), _norm_regimen(gold.get("regimen"))
    return bool(p) and p == g


class _RuleRecorder:
    """Which linking rule gave each value its arm: (document text, value start char) -> rule name,
    recorded around `link_value_to_arm` as `trialmine.extract.link` calls it."""

    def __init__(self) -> None:
        self.rules: dict[str, dict[int, str]] = defaultdict(dict)
        self._original = link_module.link_value_to_arm

    def __enter__(self) -> "_RuleRecorder":
        def recording(doc, value, *args, **kwargs):
            found = self._original(doc, value, *args, **kwargs)
            self.rules[doc.text][doc[value[0]].idx] = found.rule
            return found

        link_module.link_value_to_arm = recording
        return self

    def __exit__(self, *exc) -> None:
        link_module.link_value_to_arm = self._original


def funnel(documents, gold_dir: Path, name: str, quiet: bool) -> Counter:
    with _RuleRecorder() as recorder:
        result = extract(documents)
    by_text = {text: rules for text, rules in recorder.rules.items()}
    table = normalise(result.rows)
    rows = defaultdict(list)
    for row in table.astype(object).where(table.notna(), None).to_dict("records"):
        rows[row["doc_id"]].append(row)
    arms = defaultdict(list)
    for arm in result.arms:
        arms[arm["doc_id"]].append(arm)
    tally: Counter = Counter()
    rule_tally: Counter = Counter()  # (linking rule, right/wrong) over gold results whose row has an arm
    texts = {d.doc_id: d.text for d in documents}
    for document in documents:
        gold = read_gold_file(gold_dir / f"{document.doc_id}.jsonl")
        gold_arms = [g for g in gold if g["kind"] == "arm"]
        detected = arms[document.doc_id]
        found = [g for g in gold_arms if any(_same_arm(a["label"], a["regimen"], g) for a in detected)]
        tally["gold arms"] += len(gold_arms)
        tally["gold arms found"] += len(found)
        tally["detected arms"] += len(detected)
        lines = []
        if len(found) < len(gold_arms) or len(detected) != len(gold_arms):
            lines.append(f"\n== {name} {document.doc_id}: gold {len(gold_arms)} arms, detected {len(detected)}")
            for g in gold_arms:
                lines.append(f"   gold  {g['arm']!r:45} regimen={g.get('regimen')!r} note={g.get('note')!r} {'ok' if g in found else 'MISSING'}")
            for a in detected:
                lines.append(f"   det   {a['label']!r:45} regimen={a['regimen']!r} role={a['role']} method={a['method']} n={a['n']}")
        labels = {g["arm"]: g for g in gold_arms}
        for g in gold:
            if g["kind"] != "result" or not g.get("arm") or g.get("category") != "efficacy":
                continue
            pred = next((p for p in rows[document.doc_id] if p["kind"] == "result" and p["start"] < g["end"] and g["start"] < p["end"]), None)
            if pred is None:
                tally["value not found"] += 1
                continue
            gold_arm = labels.get(g["arm"], {"arm": g["arm"], "regimen": g.get("regimen")})
            right = _same_arm(pred.get("arm"), pred.get("regimen") if pred.get("arm") else None, gold_arm)
            rule = next((r for text, rules in by_text.items() if text.endswith(texts[document.doc_id][-200:])
                         for start, r in rules.items() if start == pred["start"]), None)
            if rule is not None and pred.get("arm"):
                rule_tally[(rule, "right" if right else "wrong")] += 1
            if right:
                tally["right"] += 1
                continue
            candidates = detected or []
            if any(_same_arm(a["label"], a["regimen"], gold_arm) for a in candidates):
                outcome = "wrong choice" if pred.get("arm") else "none chosen"
            else:
                outcome = "no candidate"
            tally[outcome] += 1
            text = texts[document.doc_id]
            lines.append(f"   {outcome:13} {text[max(0, g['start'] - 80):g['end'] + 40]!r}\n"
                         f"                 value {g['text']!r} gold arm {g['arm']!r}, got {pred.get('arm')!r} / {pred.get('regimen')!r}"
                         + (f" by {rule}" if rule and pred.get("arm") else ""))
        if lines and not quiet:
            print("\n".join(lines))
    rules = sorted({rule for rule, _ in rule_tally})
    print(f"\n{name} arms given by each linking rule (right/wrong): "
          + ", ".join(f"{rule} {rule_tally[(rule, 'right')]}/{rule_tally[(rule, 'wrong')]}" for rule in rules))
    return tally


def rct_art_funnel(quiet: bool) -> Counter:
    """RCT-ART development sentences: each A1_RES/A2_RES relation whose value a row holds, right
    (the row's arm or regimen shares a word with the gold arm), or the sentence's arms and the pick."""
    sentences = [s for name in SPLITS["dev"] for s in load_sentences(RCT_ART / f"{name}.jsonl")]
    result = extract(sentence_documents(sentences, RCT_ART))
    rows = defaultdict(list)
    for row in result.rows:
        if row.get("kind") == "result":
            rows[row["doc_id"]].append(row)
    arms = defaultdict(list)
    for arm in result.arms:
        arms[arm["doc_id"]].append(arm["label"])
    tally: Counter = Counter()
    for sentence in sentences:
        for rel in sentence.relations:
            if rel.label not in ARM_RELATIONS:
                continue
            on = [r for r in rows[sentence.sentence_id] if r["start"] < rel.child.end and rel.child.start < r["end"]]
            if not on:
                tally["value not found"] += 1
                continue
            own = set(phrase_tokens(rel.head.text, _ARM_GENERIC))
            if any(arm_words(r) & own or arm_label_match(r.get("arm"), rel.head.text) for r in on):
                tally["right"] += 1
                continue
            outcome = "none chosen" if all(r.get("arm") is None for r in on) else "wrong choice"
            tally[outcome] += 1
            if not quiet:
                print(f"\n   {outcome:13} {sentence.sentence_id}: {sentence.text!r}\n"
                      f"                 value {rel.child.text!r} gold arm {rel.head.text!r}, got "
                      f"{[(r.get('arm'), r.get('regimen')) for r in on]} inventory {arms[sentence.sentence_id]}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("pmc", "abstracts", "dev2", "dev3", "both", "rct-art", "all"), default="all")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args()
    sets = []
    if args.set in ("pmc", "both", "all"):
        gold = GOLD_SETS["dev"]
        sets.append(("pmc", pmc_documents(gold_doc_ids(gold)), gold))
    if args.set in ("abstracts", "both", "all"):
        gold = ABSTRACT_GOLD_SETS["dev"]
        sets.append(("abstracts", gold_documents(gold), gold))
    if args.set in ("dev2", "all"):
        gold = ABSTRACT_GOLD_SETS["dev2"]
        sets.append(("dev2", gold_documents(gold), gold))
    if args.set in ("dev3", "all"):
        gold = GOLD_SETS["dev3"]
        sets.append(("dev3", pmc_documents(gold_doc_ids(gold)), gold))
    for name, documents, gold in sets:
        tally = funnel(documents, gold, name, args.quiet)
        print(f"\n{name} dev: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    if args.set in ("rct-art", "all"):
        tally = rct_art_funnel(args.quiet)
        print("\nrct-art dev: " + ", ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
