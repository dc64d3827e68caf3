"""Does the shipped learned outcome phrase fallback (`trialmine_outcome_phrases`) give outcomes to
values on domains its tagger was not trained on, and does it make any development gold outcome wrong?

Development data only: RCT-ART's cardiovascular sentences and every blind development sentence set
of benchmarks/rct_sentences (the tagger's training data, `trialmine.phrases.train`), and the
development gold documents (PMC dev, the abstracts devset, dev2). Held-out sets are not read.

1. Leave-one-group-out: for each group, the tagger is trained on the other groups exactly as
   `trialmine phrases train` trains the shipped one, written to a temporary folder, and the real
   pipeline runs the left-out group's sentences with a pipeline config naming that model. Its rows
   are scored with RCT-ART's scorer against the rows of the pipeline with the fallback off
   ("rules"): outcome_linked (what the fallback is for) and arm_linked (which it must not move).
2. `--gold-check`: the pipeline as shipped (tagger trained on every group) and with the fallback
   off, on the development gold sets: endpoint_text, and every gold outcome the fallback made wrong.
   (The shipped tagger never saw these documents, but it saw sentences of other articles of
   their domains.)

    python benchmarks/outcome_phrases.py [--epochs N] [--seed N] [--skip-cv] [--gold-check]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from abstracts_eval import GOLD_SETS as ABSTRACT_GOLD_SETS  # noqa: E402
from abstracts_eval import gold_documents  # noqa: E402
from pmc_sets import GOLD_SETS as PMC_GOLD_SETS  # noqa: E402
from pmc_sets import pmc_documents  # noqa: E402
from rct_art_eval import DATA, SENTENCE_SETS, sentence_rows  # noqa: E402

from trialmine.nlp.pipeline import default_config_path  # noqa: E402
from trialmine.phrases.train import DEFAULT_EPOCHS, DEFAULT_SEED, development_sentences, phrase_item, ship, train  # noqa: E402
from trialmine.run import extract, normalise  # noqa: E402
from trialmine.validate import run_validation  # noqa: E402
from trialmine.validate.gold import gold_doc_ids  # noqa: E402
from trialmine.validate.rct_art import score_sentences  # noqa: E402

_PHRASES_BLOCK = re.compile(r'(factory = "trialmine_outcome_phrases".*?\nenabled = )true(.*?\nconfig = \{ model = )""', re.S)


def pipeline_config(folder: Path, model: str | None) -> Path:
    """The installed pipeline.toml with the outcome phrase pipe reading ``model``, or off (None)."""
    text, found = _PHRASES_BLOCK.subn(
        lambda m: m.group(1) + ("true" if model else "false") + m.group(2) + (f'"{model}"' if model else '""'),
        default_config_path().read_text("utf-8"),
    )
    if found != 1:
        raise SystemExit("the installed pipeline.toml has no trialmine_outcome_phrases block to change")
    path = folder / f"pipeline_{'off' if model is None else Path(model).name}.toml"
    path.write_text(text, "utf-8")
    return path


def leave_one_group_out(epochs: int, seed: int) -> None:
    groups = development_sentences(DATA, SENTENCE_SETS)
    everything = [s for sentences in groups.values() for s in sentences]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.time()
        rules = sentence_rows(everything, SENTENCE_SETS, pipeline_config=pipeline_config(folder, None))
        print(f"rules' rows of {len(everything)} sentences: {time.time() - t0:.0f} s", flush=True)
        fallback: dict[str, list[dict]] = {}
        for left_out, sentences in groups.items():
            t0 = time.time()
            nlp, _ = train([phrase_item(s) for g, ss in groups.items() if g != left_out for s in ss], epochs, seed)
            model = ship(nlp, folder / f"without_{left_out}", {})
            fallback.update(sentence_rows(sentences, SENTENCE_SETS, pipeline_config=pipeline_config(folder, str(model))))
            print(f"  trained without {left_out}: {time.time() - t0:.0f} s", flush=True)
    print(f"\n{'left out':<16}{'sent':>5}  {'outcome_linked rules -> fallback':<40}arm_linked rules -> fallback")
    ahead = 0
    for name, sentences in [*groups.items(), ("pooled", everything)]:
        before, after = score_sentences(sentences, rules), score_sentences(sentences, fallback)
        cells = [f"{getattr(before, f).rate:.3f} -> {getattr(after, f).rate:.3f} ({getattr(before, f).hits} -> {getattr(after, f).hits} of {getattr(before, f).total})"
                 for f in ("outcome_linked", "arm_linked")]  # fmt: skip
        ahead += name != "pooled" and after.outcome_linked.rate > before.outcome_linked.rate
        print(f"{name:<16}{len(sentences):>5}  {cells[0]:<40}{cells[1]}")
    print(f"groups where the fallback links more outcomes: {ahead} of {len(groups)}")


def gold_check() -> None:
    sets = {
        "pmc_dev": (PMC_GOLD_SETS["dev"], pmc_documents(gold_doc_ids(PMC_GOLD_SETS["dev"]))),
        "devset": (ABSTRACT_GOLD_SETS["dev"], gold_documents(ABSTRACT_GOLD_SETS["dev"])),
        "dev2": (ABSTRACT_GOLD_SETS["dev2"], gold_documents(ABSTRACT_GOLD_SETS["dev2"])),
    }
    print(f"\n{'set':<9}endpoint_text off -> shipped        rows given a learned outcome")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        configs = {"off": pipeline_config(folder, None), "shipped": None}
        for name, (gold, docs) in sets.items():
            texts = {d.doc_id: d.text for d in docs}
            figures, wrong, learned = {}, {}, 0
            for mode, config in configs.items():
                result = extract(docs, pipeline_config=config)
                learned = sum(r["method"].endswith("+learned:outcome") for r in result.rows)
                (folder / "thresholds.toml").write_text("# none\n", encoding="utf-8")
                report, _ = run_validation(normalise(result.rows), gold, folder, folder, folder / "thresholds.toml", arms=result.arms, texts=texts)
                field = report.modes["overlap"].v2_fields["endpoint_text"]
                figures[mode] = f"{field.accuracy:.3f} {field.correct}/{field.total}"
                wrong[mode] = {(m.doc_id, m.start): m for m in report.modes["overlap"].field_mismatches if m.field == "endpoint_text"}
            made_wrong = [wrong["shipped"][k] for k in sorted(wrong["shipped"].keys() - wrong["off"].keys())]
            made_right = len(wrong["off"].keys() - wrong["shipped"].keys())
            print(f"{name:<9}{figures['off']} -> {figures['shipped']:<18}{learned}; {made_right} made right, {len(made_wrong)} made wrong")
            for m in made_wrong:
                print(f"    made wrong: {m.doc_id} {m.text!r}: gold {m.gold!r}, learned {m.predicted!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--skip-cv", action="store_true", help="no leave-one-group-out")
    parser.add_argument("--gold-check", action="store_true", help="the shipped tagger on the development gold sets")
    args = parser.parse_args()
    if not args.skip_cv:
        print(f"== leave-one-group-out, epochs {args.epochs}, seed {args.seed} ==")
        leave_one_group_out(args.epochs, args.seed)
    if args.gold_check:
        gold_check()


if __name__ == "__main__":
    main()
