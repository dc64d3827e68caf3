"""EXPERIMENT: would a learned tagger of OUTCOME and ARM phrases give the values the rules find the
outcome phrase (endpoint_text) and the arm the rules miss, on domains it was not trained on?
Its outcome fallback passed and ships as `trialmine_outcome_phrases` (measured as shipped by
benchmarks/outcome_phrases.py); its arm fallback and "always" did not. Here "rules" are the
pipeline with that shipped fallback off.

Development data only: RCT-ART's cardiovascular_disease.jsonl (112 sentences, OC and INTV spans)
and every blind development sentence set of benchmarks/rct_sentences (first endocrine, mental,
general, oncology, 194 sentences; then also respiratory, infection, periop, 315 in all; their
outcome and arm snippets as OC and INTV spans). Held-out sets are not read.

The tagger is a spaCy NER (labels OC and INTV), trained as `trialmine.phrases.train` trains it:
the pipeline's own tokenizer and the NER model's vocabulary and static vectors, its tok2vec started
from the bundled NER model's trained weights, `nlp.update` for a fixed number of epochs (no early
stopping, no tuning on the left-out data).

1. Leave-one-GROUP-out over the groups (cardiovascular and each sentence set): train on the others,
   tag the one left out (a domain the tagger never saw, as held-out data is).
2. The rules' rows of the left-out sentences (`rct_art_eval.sentence_rows`) are scored with the
   evaluation's own scorer (`score_sentences`) three ways: (a) the rules alone; (b) FALLBACK: a
   result row without endpoint_text gets the learned OC phrase nearest its value, a row without
   an arm the nearest learned INTV phrase; (c) ALWAYS: every result row takes the nearest learned
   phrase where the tagger found one in its sentence (the rules' otherwise).
   "Nearest", fixed before measuring: among the tagged phrases of the row's sentence that do not
   overlap its value, an outcome is the closest one ending before the value, else the closest one
   after it ("mortality was 12%"); an arm is the one with the smallest gap on either side
   ("12% in the placebo group", "in the placebo group, 12%"), the following one on a tie.
3. Per left-out group and pooled: outcome_linked and arm_linked for (a)/(b)/(c), and the tagger's
   span P/R/F1 (exact, and recall by overlap) for OC and INTV.
4. Precision check on our own gold (`--gold-check`): the tagger trained on all groups, the
   fallback applied to the pipeline's rows of PMC dev, the abstracts devset and dev2, scored by the
   validator: endpoint_text and arm_comparative with and without the fallback.

    python benchmarks/learned_spans.py [--epochs N] [--skip-cv] [--gold-check] [--misses N]

Figures (branch learned-spans from main 8abd7c9, epochs 30, seed 1337; ~6 min for the five trainings,
~2 min for the gold check):

    leave-one-group-out   outcome_linked rules / fallback / always   arm_linked rules / fallback / always
    cardiovascular (112)  0.775 / 0.781 / 0.637                      0.875 / 0.875 / 0.664
    endocrine (46)        0.533 / 0.580 / 0.367                      0.423 / 0.548 / 0.433
    general (46)          0.512 / 0.567 / 0.528                      0.710 / 0.731 / 0.527
    mental (46)           0.629 / 0.629 / 0.500                      0.581 / 0.628 / 0.453
    oncology (56)         0.695 / 0.708 / 0.643                      0.772 / 0.789 / 0.588
    pooled (306)          0.664 / 0.684 / 0.559 (889 relations)      0.725 / 0.757 / 0.568 (662)
    --seed 7, pooled      0.664 / 0.681 / 0.573                      0.725 / 0.752 / 0.560 (arm wins 3/5)
    tagger, pooled over the left-out groups: OC exact P/R/F1 0.407/0.303/0.347 (recall by overlap
    0.529); INTV 0.670/0.604/0.635 (0.713)

    development gold, tagger trained on all 306 sentences; rules -> fallback
    pmc_dev  endpoint_text 0.837 -> 0.870   arm_comparative 0.897 -> 0.776 (14 made wrong, 0 right)
    devset   endpoint_text 0.973 -> 0.973   arm_comparative 0.917 -> 0.875 (2 made wrong)
    dev2     endpoint_text 0.855 -> 0.862   arm_comparative 0.810 -> 0.743 (9 made wrong, 2 right)
    every arm made wrong is on a result whose gold has no arm (a between-arm effect, a pooled value)

Not shipped (README "A learned outcome and arm phrase tagger, measured and not shipped"): the outcome
fallback gains +0.020 pooled (< 0.03); the arm fallback's +0.032 is on relations the RCT-ART scorer
counts, and costs arm_comparative 0.04-0.12 on every development gold set.

Again with three more blind sets (respiratory, infection, periop; eight groups, 427 sentences; main
f59c173; ~7 min for the eight trainings): pooled outcome linked 0.623 -> 0.654 (seed 1337, ahead in 7 of
8 groups) and 0.656 (seed 7, 6 of 8); arm linked 0.639 -> 0.699 / 0.703 (7 of 8); gold check (all 427
sentences): endpoint_text pmc_dev 0.837 -> 0.848, devset 0.973 -> 0.973, dev2 0.855 -> 0.868,
arm_comparative pmc_dev 0.897 -> 0.793, devset 0.917 -> 0.875, dev2 0.810 -> 0.733. The outcome
fallback passes the bar (>= 0.03, most groups, no gold figure down); the arm fallback does not.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from abstracts_eval import GOLD_SETS as ABSTRACT_GOLD_SETS  # noqa: E402
from abstracts_eval import gold_documents  # noqa: E402
from outcome_phrases import pipeline_config  # noqa: E402
from pmc_sets import GOLD_SETS as PMC_GOLD_SETS  # noqa: E402
from pmc_sets import pmc_documents  # noqa: E402
from rct_art_eval import DATA, SENTENCE_SETS, sentence_rows  # noqa: E402

from trialmine.phrases.train import development_sentences, phrase_item, train  # noqa: E402
from trialmine.run import extract, normalise  # noqa: E402
from trialmine.validate import run_validation  # noqa: E402
from trialmine.validate.gold import gold_doc_ids  # noqa: E402
from trialmine.validate.rct_art import Sentence, score_sentences  # noqa: E402

LABELS = ("OC", "INTV")
FIELD = {"OC": "endpoint_text", "INTV": "arm"}
SEED = 1337
Phrase = tuple[int, int, str]  # start, end, label (character offsets)


def groups() -> dict[str, list[Sentence]]:
    """The development groups: RCT-ART cardiovascular and every blind sentence set of benchmarks/rct_sentences."""
    return development_sentences(DATA, SENTENCE_SETS)


def rules_rows(sentences: list[Sentence]) -> dict[str, list[dict]]:
    """The rows of the pipeline with the shipped outcome phrase fallback off."""
    with tempfile.TemporaryDirectory() as tmp:
        return sentence_rows(sentences, SENTENCE_SETS, pipeline_config=pipeline_config(Path(tmp), None))


def tag(nlp: Language, texts: Iterable[str]) -> list[list[Phrase]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


# --- choosing a phrase for a row ------------------------------------------------------------


def nearest(phrases: list[Phrase], start: int, end: int, label: str) -> Phrase | None:
    """The phrase of `label` nearest the value at start:end (see the module docstring): an OC
    preceding the value first, else following; an INTV by the smallest gap, following on a tie."""
    candidates = [p for p in phrases if p[2] == label and (p[1] <= start or p[0] >= end)]
    before = sorted((start - p[1], p) for p in candidates if p[1] <= start)
    after = sorted((p[0] - end, p) for p in candidates if p[0] >= end)
    if label == "OC":
        chosen = before or after
        return chosen[0][1] if chosen else None
    both = sorted([(gap, 1, p) for gap, p in before] + [(gap, 0, p) for gap, p in after])
    return both[0][2] if both else None


def with_phrases(row: dict, phrases: list[Phrase], text: str, always: bool) -> dict:
    """The result row with endpoint_text / arm from the nearest tagged phrase of its sentence
    (`phrases` in `text` offsets): where the rules gave none, or (`always`) wherever one is found."""
    if row.get("kind") != "result":
        return row
    lo = row.get("sentence_start") or 0
    hi = lo + len(row.get("sentence") or text)
    own = [p for p in phrases if lo <= p[0] and p[1] <= hi]
    out = dict(row)
    for label, field in FIELD.items():
        if out.get(field) and not always:
            continue
        chosen = nearest(own, row["start"], row["end"], label)
        if chosen is not None:
            out[field] = text[chosen[0] : chosen[1]]
    return out


MODES: dict[str, Callable[[dict, list[Phrase], str], dict] | None] = {
    "rules": None,
    "fallback": lambda r, p, t: with_phrases(r, p, t, always=False),
    "always": lambda r, p, t: with_phrases(r, p, t, always=True),
}


# --- scoring --------------------------------------------------------------------------------


class SpanTally:
    """Exact P/R/F1 of tagged phrases of one label, and recall by overlap."""

    def __init__(self) -> None:
        self.gold = self.pred = self.exact = self.overlap = 0

    def add(self, predicted: list[Phrase], gold: list[Phrase]) -> None:
        self.gold += len(gold)
        self.pred += len(predicted)
        self.exact += len(set(predicted) & set(gold))
        self.overlap += sum(any(max(g[0], p[0]) < min(g[1], p[1]) for p in predicted) for g in gold)

    def line(self) -> str:
        p = self.exact / self.pred if self.pred else 0.0
        r = self.exact / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ro = self.overlap / self.gold if self.gold else 0.0
        return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (exact; {self.exact}/{self.pred}/{self.gold})  R overlap {ro:.3f}"


def combined_rows(
    rows: dict[str, list[dict]], sentences: list[Sentence], tagged: dict[str, list[Phrase]], mode: str
) -> dict[str, list[dict]]:
    combine = MODES[mode]
    if combine is None:
        return rows
    texts = {s.sentence_id: s.text for s in sentences}
    return {sid: [combine(r, tagged.get(sid, []), texts[sid]) for r in rs] for sid, rs in rows.items() if sid in texts}


def leave_one_group_out(epochs: int, seed: int, misses: int) -> None:
    data = groups()
    everything = [s for sentences in data.values() for s in sentences]
    t0 = time.time()
    rows = rules_rows(everything)
    print(f"rules' rows of {len(everything)} sentences: {time.time() - t0:.0f} s", flush=True)
    tagged: dict[str, list[Phrase]] = {}
    tallies = {(g, label): SpanTally() for g in [*data, "pooled"] for label in LABELS}
    for left_out, sentences in data.items():
        t0 = time.time()
        nlp, _ = train([phrase_item(s) for g, ss in data.items() if g != left_out for s in ss], epochs, seed)
        for s, phrases in zip(sentences, tag(nlp, [s.text for s in sentences])):
            tagged[s.sentence_id] = phrases
            gold = phrase_item(s)[1]
            for label in LABELS:
                for key in (left_out, "pooled"):
                    tallies[key, label].add([p for p in phrases if p[2] == label], sorted({g for g in gold if g[2] == label}))
        print(f"  trained without {left_out}: {time.time() - t0:.0f} s", flush=True)
    header = "".join(f"{f + ' rules / fallback / always':<46}" for f in ("outcome_linked", "arm_linked", "arm_linked_distinct"))
    print(f"\n{'left out':<15}{'sent':>5}  {header}")
    wins = {"outcome_linked": 0, "arm_linked": 0}
    for name, sentences in [*data.items(), ("pooled", everything)]:
        scores = {mode: score_sentences(sentences, combined_rows(rows, sentences, tagged, mode)) for mode in MODES}
        cells = []
        for figure in ("outcome_linked", "arm_linked", "arm_linked_distinct"):
            rates = [getattr(scores[m], figure) for m in MODES]
            cells.append(" / ".join(f"{r.rate:.3f}" for r in rates) + f" ({'/'.join(str(r.hits) for r in rates)} of {rates[0].total})")
            if name != "pooled" and figure in wins and rates[1].rate - rates[0].rate > 0:
                wins[figure] += 1
        print(f"{name:<15}{len(sentences):>5}  {cells[0]:<46}{cells[1]:<46}{cells[2]}")
    print(f"groups where the fallback beats the rules: outcome {wins['outcome_linked']}/{len(data)}, arm {wins['arm_linked']}/{len(data)}")
    print("\ntagger spans on the left-out groups")
    for (name, label), tally in tallies.items():
        print(f"  {name:<15}{label:<5}{tally.line()}")
    unscored(everything, rows, tagged)
    if misses:
        explain(everything, rows, tagged, misses)


def unscored(sentences: list[Sentence], rows: dict[str, list[dict]], tagged: dict[str, list[Phrase]]) -> None:
    """Where the fallback's phrases land: on a value the gold relates to an outcome / arm (what
    outcome_linked and arm_linked score), on a value with no such relation (the scorer cannot see
    it; under our guidelines a between-arm effect has no arm), or on no gold value."""
    from trialmine.validate.rct_art import _overlaps

    print("\nrows the fallback gave a phrase, by the gold value they overlap")
    for label, field, relations in (("OC", "endpoint_text", ("OC_RES",)), ("INTV", "arm", ("A1_RES", "A2_RES"))):
        counts = {"related": 0, "value without relation": 0, "no gold value": 0}
        for s in sentences:
            for row in rows.get(s.sentence_id, []):
                if row.get("kind") != "result" or row.get(field):
                    continue
                if with_phrases(row, tagged.get(s.sentence_id, []), s.text, always=False).get(field) is None:
                    continue
                measures = [m for m in s.spans if m.label == "MEAS" and _overlaps(row, m)]
                related = [r for r in s.relations if r.label in relations and r.child in measures]
                counts["related" if related else "value without relation" if measures else "no gold value"] += 1
        print(f"  {field}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def explain(sentences: list[Sentence], rows: dict[str, list[dict]], tagged: dict[str, list[Phrase]], misses: int) -> None:
    """Why the fallback misses: for each gold relation whose value the rules found without an
    outcome phrase / arm, did the tagger find the gold phrase (overlap), and did 'nearest' pick it?"""
    from trialmine.validate.rct_art import _overlaps

    print("\nrelations whose value the rules found without endpoint_text / arm: what the fallback did")
    for label, field, relations in (("OC", "endpoint_text", ("OC_RES",)), ("INTV", "arm", ("A1_RES", "A2_RES"))):
        counts = {"tagger missed the gold phrase": 0, "nearest picked another": 0, "picked the gold phrase": 0}
        shown = []
        for s in sentences:
            phrases = [p for p in tagged.get(s.sentence_id, []) if p[2] == label]
            results = [r for r in rows.get(s.sentence_id, []) if r.get("kind") == "result"]
            for rel in s.relations:
                if rel.label not in relations:
                    continue
                on = [r for r in results if _overlaps(r, rel.child)]
                if not on or any(r.get(field) for r in on):
                    continue
                found = [p for p in phrases if max(p[0], rel.head.start) < min(p[1], rel.head.end)]
                picked = [nearest(phrases, r["start"], r["end"], label) for r in on]
                if not found:
                    kind = "tagger missed the gold phrase"
                elif any(p in found for p in picked):
                    kind = "picked the gold phrase"
                else:
                    kind = "nearest picked another"
                counts[kind] += 1
                if kind != "picked the gold phrase" and len(shown) < misses:
                    names = [s.text[p[0] : p[1]] for p in picked if p]
                    tagged_texts = [s.text[p[0] : p[1]] for p in phrases]
                    shown.append(f"    {kind}: gold {rel.head.text!r} -> {rel.child.text!r}; tagged {tagged_texts}; picked {names}")
        print(f"  {field}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        print("\n".join(shown))


# --- precision on our own gold ---------------------------------------------------------------


def gold_check(epochs: int, seed: int) -> None:
    data = groups()
    t0 = time.time()
    nlp, _ = train([phrase_item(s) for ss in data.values() for s in ss], epochs, seed)
    print(f"\n== development gold, tagger trained on all {sum(map(len, data.values()))} sentences ({time.time() - t0:.0f} s) ==")
    sets = {
        "pmc_dev": (PMC_GOLD_SETS["dev"], pmc_documents(gold_doc_ids(PMC_GOLD_SETS["dev"]))),
        "devset": (ABSTRACT_GOLD_SETS["dev"], gold_documents(ABSTRACT_GOLD_SETS["dev"])),
        "dev2": (ABSTRACT_GOLD_SETS["dev2"], gold_documents(ABSTRACT_GOLD_SETS["dev2"])),
    }
    figures = ("endpoint_text", "arm_comparative")
    print(f"{'set':<9}{'mode':<10}" + "".join(f"{f:<22}" for f in figures) + "rows changed (endpoint_text / arm)")
    for name, (gold, docs) in sets.items():
        with tempfile.TemporaryDirectory() as tmp:
            result = extract(docs, pipeline_config=pipeline_config(Path(tmp), None))
        texts = {d.doc_id: d.text for d in docs}
        phrases = dict(zip(texts, tag(nlp, texts.values())))
        wrong: dict[str, set] = {}
        for mode in ("rules", "fallback"):
            rows = result.rows
            if mode == "fallback":
                rows = [with_phrases(r, phrases[r["doc_id"]], texts[r["doc_id"]], always=False) for r in result.rows]
            changed = [sum(a.get(f) != b.get(f) for a, b in zip(result.rows, rows)) for f in FIELD.values()]
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp)
                (out / "thresholds.toml").write_text("# none\n", encoding="utf-8")
                arms = getattr(result, "arms", None)
                report, _ = run_validation(normalise(rows), gold, out, out, out / "thresholds.toml", arms=arms, texts=texts)
            cells = []
            for f in figures:
                fa = report.modes["overlap"].v2_fields[f]
                cells.append("n/a" if fa.accuracy is None else f"{fa.accuracy:.3f} {fa.correct}/{fa.total}")
            print(f"{name:<9}{mode:<10}" + "".join(f"{c:<22}" for c in cells) + f"{changed[0]} / {changed[1]}")
            wrong[mode] = {m for m in report.modes["overlap"].field_mismatches if m.field in figures}
        for f in figures:
            before = {(m.doc_id, m.start): m for m in wrong["rules"] if m.field == f}
            after = {(m.doc_id, m.start): m for m in wrong["fallback"] if m.field == f}
            made_wrong = [after[k] for k in sorted(after.keys() - before.keys())]
            still = [after[k] for k in sorted(after.keys() & before.keys()) if after[k].predicted != before[k].predicted]
            no_gold = sum(m.gold == "—" for m in made_wrong)
            print(f"    {f}: {len(before.keys() - after.keys())} made right, {len(made_wrong)} made wrong "
                  f"({no_gold} whose gold has none), {len(still)} wrong before and after")
            for m in (made_wrong + still)[:6]:
                print(f"      {m.doc_id} {m.text!r}: gold {m.gold!r}, fallback {m.predicted!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--skip-cv", action="store_true", help="no leave-one-group-out")
    parser.add_argument("--gold-check", action="store_true", help="the precision check on the development gold sets")
    parser.add_argument("--misses", type=int, default=0, help="explain up to N fallback misses per field")
    args = parser.parse_args()
    if not args.skip_cv:
        print(f"== leave-one-group-out, epochs {args.epochs}, seed {args.seed} ==")
        leave_one_group_out(args.epochs, args.seed, args.misses)
    if args.gold_check:
        gold_check(args.epochs, args.seed)


if __name__ == "__main__":
    main()
