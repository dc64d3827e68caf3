"""EXPERIMENT, not part of the pipeline: does a learned tagger of value spans (RCT-ART's own
approach) find values better than the rules on sentences it was not trained on?

Development data only: RCT-ART's cardiovascular_disease.jsonl (112 result sentences, 299 MEAS
spans) and the result values of our own development gold (PMC dev, the older abstracts devset,
dev2). Held-out sets are not read.

The tagger is a spaCy NER (label MEAS) over the pipeline's own tokenizer and the NER model's
in-domain static vectors (PMC word2vec, 100d, shared vocab), its tok2vec (the NER model's
architecture: MultiHashEmbed + MaxoutWindowEncoder, width 96) started from the bundled NER
model's trained weights (or fresh: `--fresh`), trained with `nlp.update` for a fixed number
of epochs (no early stopping, so no development data is spent on it).

1. 5-fold cross-validation over the cardiovascular sentences (folds of whole sentences): MEAS recall
   (a gold MEAS span overlapped by a prediction, as `rct_art_eval.py` counts values found) and
   precision (a prediction overlapping some gold MEAS) of (a) the rules (the pipeline's result rows),
   (b) the tagger, (c) the union (the rules' rows plus tagger spans that overlap no rule row).
   Optionally (`--with-gold`) the training folds also hold the sentences of our development gold
   that carry result values (their values as MEAS).
2. Trained on all cardiovascular sentences, run over the development gold documents: how many gold
   results (value spans) the union adds to the rules' result rows, and how many spans it adds that
   overlap no gold result (the precision cost), with the results-span P/R/F1 (overlap) of the rules
   and of the union.

    python benchmarks/learned_values.py [--epochs N] [--fresh] [--with-gold] [--scope all|result] [--skip-cv|--skip-dev]

A third question (`--ours`): the same tagger trained on our own definition of a result value (the
77 development gold documents, their gold result values as spans), 5-fold cross-validation over
those documents (folds of whole documents) against the rules.

Figures (branch value-tagger from main 5a0ba8a; default settings unless named; ~4 min each):

    5-fold CV, 299 cardiovascular MEAS   recall (found)   precision
    rules                                0.829 (248)      0.950
    tagger                               0.883 (264)      0.971
    union                                0.950 (284)      0.951   (36 MEAS added, 2 spans on none)
    union, --scope result                0.893 (267)      0.949
    --fresh --epochs 25: tagger          0.920            0.940;  union 0.963 / 0.924
    --fresh --with-gold --epochs 10:     tagger 0.803 / 0.925;    union 0.883 / 0.931

    the 36 MEAS the union adds, read one by one: 10 the count of a percentage the rules found as one
    row ("109 of 211 ... (51.7%)"), 9 arm or population sizes ("n = 773"), 1 dose, 6 "no / none /
    all" words, 10 counts of patients with an event that the rules miss (results in our sense)

    development gold (trained on all cardiovascular sentences); results span R / P / F1, added gold / none
    set        rules                union                       union, --scope result
    pmc_dev    .929 / .989 / .958   .975 / .436 / .603  5/242   .929 / .844 / .885  0/32
    devset     .973 / 1.00 / .986   1.00 / .540 / .701  2/64    1.00 / .962 / .980  2/3
    dev2       .950 / .962 / .956   .981 / .486 / .650  4/159   .963 / .851 / .903  2/21
    --fresh --with-gold --epochs 10 (each set tagged by a model that never saw it):
    pmc_dev .934/.819/.873 2/39, devset .973/.890/.930 0/9, dev2 .956/.818/.882 1/28

    --ours --epochs 10 (433 gold results of 77 documents): rules .945 / .981 / .962, tagger
    .753 / .927 / .831, union .952 / .928 / .940 (3 gold results added, 24 spans on none)

Not shipped (README "A learned value tagger, measured and not shipped"): the cross-validated gain on
RCT-ART is mostly spans our guidelines do not make result rows, and results-span precision and F1
drop on every development gold set.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from abstracts_eval import GOLD_SETS as ABSTRACT_GOLD_SETS  # noqa: E402
from abstracts_eval import gold_documents  # noqa: E402
from pmc_sets import GOLD_SETS as PMC_GOLD_SETS  # noqa: E402
from pmc_sets import pmc_documents  # noqa: E402
from rct_art_eval import DATA, sentence_documents  # noqa: E402

from trialmine.ner import load_model  # noqa: E402
from trialmine.phrases.train import NER_ARCHITECTURE, fit  # noqa: E402
from trialmine.run import extract, normalise  # noqa: E402
from trialmine.validate.gold import gold_doc_ids, load_gold  # noqa: E402
from trialmine.validate.match import records, sentence_window  # noqa: E402
from trialmine.validate.rct_art import load_sentences  # noqa: E402

LABEL = "MEAS"
FOLDS = 5
SEED = 1337
Spans = list[tuple[int, int]]
Item = tuple[str, Spans]  # a text and its value spans (character offsets)

# --- data -----------------------------------------------------------------------------------


def cardiovascular() -> list:
    return load_sentences(DATA / "cardiovascular_disease.jsonl")


def meas_items(sentences: list) -> list[Item]:
    return [(s.text, [(sp.start, sp.end) for sp in s.spans if sp.label == LABEL]) for s in sentences]


@lru_cache(maxsize=1)
def development_documents() -> dict[str, tuple[Path, list]]:
    return {
        "pmc_dev": (PMC_GOLD_SETS["dev"], pmc_documents(gold_doc_ids(PMC_GOLD_SETS["dev"]))),
        "devset": (ABSTRACT_GOLD_SETS["dev"], gold_documents(ABSTRACT_GOLD_SETS["dev"])),
        "dev2": (ABSTRACT_GOLD_SETS["dev2"], gold_documents(ABSTRACT_GOLD_SETS["dev2"])),
    }


def gold_results(gold_dir: Path, docs: list) -> dict[str, Spans]:
    """doc_id -> the value spans of its gold results."""
    texts = {d.doc_id: d.text for d in docs}
    out: dict[str, Spans] = defaultdict(list)
    for r in records(load_gold(gold_dir, texts)):
        if r["kind"] == "result" and r.get("start") is not None:
            out[r["doc_id"]].append((int(r["start"]), int(r["end"])))
    return out


def gold_document_items(gold_dir: Path, docs: list) -> list[Item]:
    """Each development gold document (title + abstract) with its gold result values as spans: its
    sentences without results teach the tagger what is no result value."""
    golds = gold_results(gold_dir, docs)
    return [(d.text, golds.get(d.doc_id, [])) for d in docs]


# --- the tagger -----------------------------------------------------------------------------


def blank_tagger(pretrained: bool) -> Language:
    """A pipeline of one NER ("values") over the bundled NER model's tokenizer and vocab (its
    static vectors), with its own tok2vec."""
    base = load_model()
    nlp = spacy.blank("en", vocab=base.vocab)
    nlp.tokenizer = base.tokenizer
    nlp.add_pipe("ner", name="values", config={"model": NER_ARCHITECTURE})
    nlp.get_pipe("values").add_label(LABEL)
    nlp.initialize()
    if pretrained:  # start from the NER model's trained tok2vec (same architecture)
        trained = base.get_pipe("tok2vec").model.to_bytes()
        nlp.get_pipe("values").model.get_ref("tok2vec").layers[0].from_bytes(trained)
    return nlp


def example(nlp: Language, item: Item) -> Example:
    """A training example: the text's tokens, its value spans as MEAS entities (widened to token
    boundaries; a span overlapping an earlier one is dropped)."""
    text, spans = item
    reference = nlp.make_doc(text)
    ents = []
    for start, end in sorted(spans):
        span = reference.char_span(start, end, label=LABEL, alignment_mode="expand")
        if span is not None and all(span.start >= e.end or span.end <= e.start for e in ents):
            ents.append(span)
    reference.ents = ents
    return Example(nlp.make_doc(text), reference)


def train(items: list[Item], epochs: int, pretrained: bool, seed: int = SEED) -> Language:
    spacy.util.fix_random_seed(seed)
    nlp = blank_tagger(pretrained)
    fit(nlp, [example(nlp, item) for item in items], epochs, seed)
    return nlp


def tag(nlp: Language, texts: list[str]) -> list[Spans]:
    return [[(e.start_char, e.end_char) for e in doc.ents] for doc in nlp.pipe(texts)]


# --- scoring --------------------------------------------------------------------------------


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def union(rules: Spans, tagger: Spans, text: str, scope: str) -> Spans:
    """The rules' spans plus the tagger's spans that overlap none of them; with scope "result", only
    tagger spans in a sentence where the rules found a result."""
    if scope == "result":
        windows = [(s0, s0 + len(sentence)) for sentence, s0 in (sentence_window(text, *r) for r in rules)]
        tagger = [t for t in tagger if any(lo <= t[0] and t[1] <= hi for lo, hi in windows)]
    return rules + [t for t in tagger if not any(overlaps(t, r) for r in rules)]


class Tally:
    """Recall (gold spans overlapped by a prediction) and precision (predictions overlapping a gold span)."""

    def __init__(self) -> None:
        self.found = self.gold = self.right = self.predicted = 0

    def add(self, predicted: Spans, gold: Spans) -> None:
        self.gold += len(gold)
        self.found += sum(any(overlaps(g, p) for p in predicted) for g in gold)
        self.predicted += len(predicted)
        self.right += sum(any(overlaps(p, g) for g in gold) for p in predicted)

    def figures(self) -> tuple[float, float, float]:
        """(recall, precision, F1), 0 where nothing was counted."""
        r = self.found / self.gold if self.gold else 0.0
        p = self.right / self.predicted if self.predicted else 0.0
        return r, p, (2 * p * r / (p + r) if p + r else 0.0)

    def line(self) -> str:
        r, p, f = self.figures()
        return f"R {r:.3f} ({self.found}/{self.gold})  P {p:.3f} ({self.right}/{self.predicted})  F1 {f:.3f}"

    def short(self) -> str:
        return "{:.3f}/{:.3f}/{:.3f}".format(*self.figures())


def rule_rows(sentences: list) -> dict[str, Spans]:
    """sentence id -> the value spans of the pipeline's result rows."""
    result = extract(sentence_documents(sentences, DATA))
    out: dict[str, Spans] = defaultdict(list)
    for row in result.rows:
        if row.get("kind") == "result":
            out[row["doc_id"]].append((row["start"], row["end"]))
    return out


def rule_results(docs: list) -> dict[str, Spans]:
    """doc_id -> the value spans of the pipeline's result rows."""
    out: dict[str, Spans] = defaultdict(list)
    for r in records(normalise(extract(docs).rows)):
        if r["kind"] == "result" and r.get("start") is not None:
            out[r["doc_id"]].append((int(r["start"]), int(r["end"])))
    return out


def cross_validate(epochs: int, pretrained: bool, extra: list[Item], scope: str) -> None:
    sentences = cardiovascular()
    items = meas_items(sentences)
    rules = rule_rows(sentences)
    order = list(range(len(sentences)))
    random.Random(SEED).shuffle(order)
    tallies = {name: Tally() for name in ("rules", "tagger", "union")}
    gained, cost, new = [], [], []
    for fold in range(FOLDS):
        test = order[fold::FOLDS]
        train_items = [items[i] for i in order if i not in set(test)] + extra
        t0 = time.time()
        nlp = train(train_items, epochs, pretrained)
        tagged = tag(nlp, [items[i][0] for i in test])
        print(f"  fold {fold + 1}: {len(train_items)} training texts, {time.time() - t0:.0f} s", flush=True)
        for i, spans in zip(test, tagged):
            gold = items[i][1]
            ruled = rules.get(sentences[i].sentence_id, [])
            both = union(ruled, spans, items[i][0], scope)
            tallies["rules"].add(ruled, gold)
            tallies["tagger"].add(spans, gold)
            tallies["union"].add(both, gold)
            text = items[i][0]
            new += [f"{sentences[i].sentence_id}: {text[g[0]:g[1]]!r}" for g in gold
                    if not any(overlaps(g, r) for r in ruled) and any(overlaps(g, t) for t in both)]  # fmt: skip
            for t in both[len(ruled) :]:
                hit = any(overlaps(t, g) for g in gold)
                (gained if hit else cost).append(f"{sentences[i].sentence_id}: {text[t[0]:t[1]]!r}")
    for name, tally in tallies.items():
        print(f"  {name:<8}{tally.line()}")
    print(f"  union adds {len(gained) + len(cost)} spans: {len(gained)} on a gold MEAS, {len(cost)} on none")
    print(f"  gold MEAS the union finds and the rules do not: {len(new)}")
    for line in new:
        print(f"    new MEAS: {line}")
    for line in cost[:12]:
        print(f"    no MEAS: {line}")


def development_texts(epochs: int, pretrained: bool, with_gold: bool, scope: str) -> None:
    """Trained on all cardiovascular sentences (with `with_gold`, also the other two gold sets'
    documents: each set is tagged by a model that never saw it)."""
    sets = development_documents()
    cardio = meas_items(cardiovascular())
    names = list(sets) if with_gold else ["all"]
    models = {}
    for name in names:
        extra = [it for other, (g, d) in sets.items() if other != name for it in gold_document_items(g, d)] if with_gold else []
        models[name] = train(cardio + extra, epochs, pretrained)
    print(f"{'set':<9}{'gold':>5}  {'rules R/P/F1':<22}{'union R/P/F1':<22}added: gold / none")
    for name, (gold_dir, docs) in sets.items():
        nlp = models[name if with_gold else "all"]
        golds, preds = gold_results(gold_dir, docs), rule_results(docs)
        rules_t, union_t = Tally(), Tally()
        gained, cost = [], []
        for doc, spans in zip(docs, tag(nlp, [d.text for d in docs])):
            gold, ruled = golds.get(doc.doc_id, []), preds.get(doc.doc_id, [])
            both = union(ruled, spans, doc.text, scope)
            rules_t.add(ruled, gold)
            union_t.add(both, gold)
            for t in both[len(ruled) :]:
                context = doc.text[max(0, t[0] - 40) : t[1] + 20].replace("\n", " ")
                (gained if any(overlaps(t, g) for g in gold) else cost).append(f"{doc.doc_id}: {doc.text[t[0]:t[1]]!r} in ...{context}...")
        print(f"{name:<9}{rules_t.gold:>5}  {rules_t.short():<22}{union_t.short():<22}{len(gained)} / {len(cost)}")
        for line in gained[:5]:
            print(f"    gold: {line}")
        for line in cost[:8]:
            print(f"    none: {line}")


def cross_validate_documents(epochs: int, pretrained: bool, with_cardio: bool, scope: str) -> None:
    """Our own definition of a result value: a tagger trained on the development gold documents
    (their result values; with `with_cardio` also RCT-ART's cardiovascular MEAS), scored by 5-fold
    cross-validation over those documents (folds of whole documents) against the rules."""
    entries = []  # (set, document, gold spans, rule spans)
    for name, (gold_dir, docs) in development_documents().items():
        golds, ruled = gold_results(gold_dir, docs), rule_results(docs)
        entries += [(name, d, golds.get(d.doc_id, []), ruled.get(d.doc_id, [])) for d in docs]
    order = list(range(len(entries)))
    random.Random(SEED).shuffle(order)
    cardio = meas_items(cardiovascular()) if with_cardio else []
    tallies = {(name, kind): Tally() for name in [*development_documents(), "all"] for kind in ("rules", "tagger", "union")}
    gained, cost = [], []
    for fold in range(FOLDS):
        test = set(order[fold::FOLDS])
        t0 = time.time()
        nlp = train([(entries[i][1].text, entries[i][2]) for i in order if i not in test] + cardio, epochs, pretrained)
        tested = sorted(test)
        print(f"  fold {fold + 1}: {len(entries) - len(test)} training documents, {time.time() - t0:.0f} s", flush=True)
        for i, spans in zip(tested, tag(nlp, [entries[i][1].text for i in tested])):
            name, doc, gold, ruled = entries[i]
            both = union(ruled, spans, doc.text, scope)
            for key in (name, "all"):
                tallies[key, "rules"].add(ruled, gold)
                tallies[key, "tagger"].add(spans, gold)
                tallies[key, "union"].add(both, gold)
            for t in both[len(ruled) :]:
                context = doc.text[max(0, t[0] - 40) : t[1] + 20].replace("\n", " ")
                (gained if any(overlaps(t, g) for g in gold) else cost).append(f"{doc.doc_id}: {doc.text[t[0]:t[1]]!r} in ...{context}...")
    for (name, kind), tally in tallies.items():
        print(f"  {name:<8}{kind:<8}{tally.line()}")
    print(f"  union adds {len(gained) + len(cost)} spans: {len(gained)} on a gold result, {len(cost)} on none")
    for line in gained[:15]:
        print(f"    gold: {line}")
    for line in cost[:10]:
        print(f"    none: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--fresh", action="store_true", help="a fresh tok2vec, not the NER model's trained one")
    parser.add_argument("--with-gold", action="store_true", help="also train on our development gold documents (their result values as MEAS)")
    parser.add_argument("--scope", choices=["all", "result"], default="all",
                        help="result: keep tagger spans only in sentences where the rules found a result")
    parser.add_argument("--skip-dev", action="store_true", help="cross-validation only")
    parser.add_argument("--skip-cv", action="store_true", help="development documents only")
    parser.add_argument("--ours", action="store_true",
                        help="only: 5-fold cross-validation over our development gold documents (our definition of a result value)")
    args = parser.parse_args()
    if args.ours:
        print(f"== 5-fold cross-validation over the development gold documents (epochs {args.epochs}, "
              f"{'with' if args.with_gold else 'without'} the cardiovascular sentences, scope {args.scope}) ==")  # fmt: skip
        cross_validate_documents(args.epochs, not args.fresh, args.with_gold, args.scope)
        return
    extra = []
    if args.with_gold:
        extra = [it for g, d in development_documents().values() for it in gold_document_items(g, d)]
    if not args.skip_cv:
        print(f"== 5-fold cross-validation over the cardiovascular sentences (epochs {args.epochs}, "
              f"tok2vec {'from the NER model' if not args.fresh else 'fresh'}, {len(extra)} gold documents added, scope {args.scope}) ==")  # fmt: skip
        cross_validate(args.epochs, not args.fresh, extra, args.scope)
    if not args.skip_dev:
        print("\n== development gold documents: rules' result rows against rules + tagger ==")
        development_texts(args.epochs, not args.fresh, args.with_gold, args.scope)


if __name__ == "__main__":
    main()
