"""Training the result phrase tagger (``trialmine phrases train``); benchmarks/outcome_phrases.py measures it as shipped.

Data: RCT-ART's development sentences (``cardiovascular_disease.jsonl``; its test domains, diabetes
and autism, are never read here) and every set of ``benchmarks/rct_sentences`` (trialmine's blind
development sentences, in RCT-ART's scheme), their OC and INTV spans as entities.

Model: one spaCy NER ("phrases") over the bundled NER model's tokenizer and vocabulary (its static
PMC vectors), its tok2vec started from the NER model's trained weights (the same architecture), then
``epochs`` passes of ``nlp.update`` (batches of 8, dropout 0.2), no early stopping. Shipped without
the shared vectors (``trialmine.ner.shared_vectors``).
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import minibatch

from trialmine.ner.shared_vectors import drop_shared_vocab
from trialmine.validate.rct_art import Sentence, load_sentences, load_value_annotations

from . import BUNDLED_MODEL_NAME, LABELS

DEFAULT_EPOCHS = 30
DEFAULT_SEED = 1337
#: the one RCT-ART file that is development data (diabetes.jsonl and autism.jsonl are its test set)
RCT_ART_DEVELOPMENT = "cardiovascular_disease.jsonl"
PIPE_NAME = "phrases"
Phrase = tuple[int, int, str]  # start, end (character offsets), label
Item = tuple[str, list[Phrase]]  # a sentence and its phrases
Progress = Callable[[int, int], None]  # (epochs done, epochs)

WIDTH = 96
TOK2VEC = {
    "@architectures": "spacy.Tok2Vec.v2",
    "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": WIDTH, "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
              "rows": [5000, 1000, 2500, 2500], "include_static_vectors": True},
    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": WIDTH, "depth": 4, "window_size": 1, "maxout_pieces": 3},
}  # fmt: skip
#: the bundled NER model's architecture, so its trained tok2vec weights can start this one
NER_ARCHITECTURE = {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
    "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None, "tok2vec": TOK2VEC,
}  # fmt: skip


def development_sentences(rct_art_dir: Path, sentence_sets_dir: Path) -> dict[str, list[Sentence]]:
    """Group -> its sentences: "cardiovascular" (RCT-ART's development file), then each sentence set
    (a folder of ``<pmid>.json`` files under ``sentence_sets_dir``) by folder name."""
    development = Path(rct_art_dir) / RCT_ART_DEVELOPMENT
    if not development.is_file():
        raise FileNotFoundError(f"RCT-ART development sentences not found: {development}")
    if not Path(sentence_sets_dir).is_dir():
        raise FileNotFoundError(f"sentence sets folder not found: {sentence_sets_dir}")
    groups = {"cardiovascular": load_sentences(development)}
    for folder in sorted(p for p in Path(sentence_sets_dir).iterdir() if p.is_dir()):
        groups[folder.name] = [s for path in sorted(folder.glob("*.json")) for s in load_value_annotations(path)]
    return groups


def phrase_item(sentence: Sentence) -> Item:
    return sentence.text, [(s.start, s.end, s.label) for s in sentence.spans if s.label in LABELS]


def blank_tagger() -> Language:
    """The untrained tagger: the bundled NER model's tokenizer and vocab, its tok2vec weights."""
    from trialmine.ner import bundled_model_path, load_model

    base = load_model(str(bundled_model_path()))
    nlp = spacy.blank("en", vocab=base.vocab)
    nlp.tokenizer = base.tokenizer
    ner = nlp.add_pipe("ner", name=PIPE_NAME, config={"model": NER_ARCHITECTURE})
    for label in LABELS:
        ner.add_label(label)
    nlp.initialize()
    ner.model.get_ref("tok2vec").layers[0].from_bytes(base.get_pipe("tok2vec").model.to_bytes())
    return nlp


def example(nlp: Language, item: Item) -> tuple[Example, int]:
    """The sentence's tokens with its phrases as entities, widened to token boundaries; a phrase
    overlapping an earlier (longer first) one is dropped. Returns the example and how many were."""
    text, phrases = item
    reference = nlp.make_doc(text)
    ents = []
    for start, end, label in sorted(phrases, key=lambda p: (p[0], -p[1])):
        span = reference.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and all(span.start >= e.end or span.end <= e.start for e in ents):
            ents.append(span)
    reference.ents = ents
    return Example(nlp.make_doc(text), reference), len(phrases) - len(ents)


def fit(nlp: Language, examples: list[Example], epochs: int, seed: int, progress: Progress | None = None) -> dict[str, float]:
    """``epochs`` passes of ``nlp.update`` over the shuffled examples (batches of 8, dropout 0.2),
    continuing the pipeline's weights; nothing tuned on held-back data. Returns the last pass's losses;
    ``progress(epochs done, epochs)`` is called after each pass."""
    optimizer = nlp.resume_training()
    rng = random.Random(seed)
    losses: dict[str, float] = {}
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=8):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        if progress:
            progress(epoch + 1, epochs)
    return losses


def train(
    items: list[Item], epochs: int = DEFAULT_EPOCHS, seed: int = DEFAULT_SEED, progress: Progress | None = None
) -> tuple[Language, dict[str, Any]]:
    """A tagger trained on ``items``, and what the training did (phrases dropped, losses, seconds)."""
    spacy.util.fix_random_seed(seed)
    started = time.perf_counter()
    nlp = blank_tagger()
    examples, dropped = [], 0
    for item in items:
        made, lost = example(nlp, item)
        examples.append(made)
        dropped += lost
    losses = fit(nlp, examples, epochs, seed, progress)
    return nlp, {"phrases_dropped_overlapping": dropped, "last_epoch_loss": round(losses.get(PIPE_NAME, 0.0), 2),
                 "training_seconds": round(time.perf_counter() - started, 1)}  # fmt: skip


def ship(nlp: Language, out_dir: Path, metrics: dict[str, Any]) -> Path:
    """Write the tagger to ``out_dir`` without the shared vectors, with ``meta.json`` (the vectors'
    shape) and ``metrics.json``; an existing MODEL.md is kept. The directory is replaced at once:
    a run killed midway leaves the old model."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.meta.update(  # spaCy adds the vectors' shape, which loading checks
        name=BUNDLED_MODEL_NAME, version="0.1.0",
        description="trialmine outcome (OC) and arm (INTV) phrase tagger for trial result sentences; see MODEL.md",
        license="MIT (model); trained on RCT-ART sentences (Apache-2.0; Whitton & Hunter 2023) and trialmine's sentence sets",
    )  # fmt: skip
    with tempfile.TemporaryDirectory(dir=out_dir.parent, prefix=f".{out_dir.name}.") as tmp:
        staged = Path(tmp) / out_dir.name
        nlp.to_disk(staged)
        drop_shared_vocab(staged)
        (staged / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if (out_dir / "MODEL.md").exists():
            shutil.copy2(out_dir / "MODEL.md", staged / "MODEL.md")
        old = Path(tmp) / "old"
        if out_dir.exists():
            out_dir.rename(old)
        staged.rename(out_dir)
    return out_dir


def run_training(rct_art_dir: Path, sentence_sets_dir: Path, out_dir: Path, epochs: int = DEFAULT_EPOCHS,
                 seed: int = DEFAULT_SEED, progress: Progress | None = None) -> dict[str, Any]:  # fmt: skip
    """Read the development sentences, train, ship; returns the metrics written beside the model."""
    groups = development_sentences(rct_art_dir, sentence_sets_dir)
    items = [phrase_item(s) for sentences in groups.values() for s in sentences]
    nlp, training = train(items, epochs, seed, progress)
    counts = {
        name: {"sentences": len(ss), **{label: sum(sp.label == label for s in ss for sp in s.spans) for label in LABELS}}
        for name, ss in groups.items()
    }  # fmt: skip
    metrics = {"model": BUNDLED_MODEL_NAME, "epochs": epochs, "seed": seed, "spacy_version": spacy.__version__,
               "training_data": counts, "sentences": len(items), **training}  # fmt: skip
    ship(nlp, out_dir, metrics)
    return metrics
