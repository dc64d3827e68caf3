"""Training, evaluation and packaging of the trialmine CRAFT tagger + parser.

Mirrors ``trialmine.ner.train`` and reuses its ``train_model`` / ``install_model``:

1. :func:`trialmine.parser.craft.prepare_treebank` -- CRAFT split by whole document into DocBins.
2. ``train_model`` -- ``spacy train`` with ``configs/parser_craft.cfg`` and the NER model's vectors.
3. :func:`evaluate_docbin` -- spaCy's scorer (TAG accuracy, UAS, LAS) on the test documents, once
   on CRAFT's own tokens and once on the trialmine tokenizer's tokens (what the pipeline sees).
4. :func:`write_metrics` -- ``metrics.json`` + ``meta.json``.
"""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from trialmine.ner import bundled_model_path
from trialmine.ner import tokenizer as _tokenizer
from trialmine.ner.shared_vectors import drop_shared_vocab
from trialmine.ner.train import DEFAULT_SEED, install_model, train_model, vectors_overrides

from .craft import DEFAULT_N_DEV, DEFAULT_N_TEST, PreparedTreebank, prepare_treebank

CONFIG_NAME = "parser_craft.cfg"
MODEL_NAME = "trialmine_parser_craft"


def default_config_path() -> Path:
    return Path(str(resources.files("trialmine") / "configs" / CONFIG_NAME))


def default_work_dir(out_dir: str | Path) -> Path:
    """Scratch space for corpus and checkpoints: ``outputs/parser_work/<name>`` (git-ignored)."""
    return Path("outputs") / "parser_work" / Path(out_dir).resolve().name


def prepare(treebank: str | Path, work_dir: str | Path, max_docs: int | None = None) -> PreparedTreebank:
    nlp = _tokenizer.blank_pipeline(_tokenizer.DEFAULT_TOKENIZER)
    return prepare_treebank(treebank, Path(work_dir) / "corpus", nlp, _tokenizer.DEFAULT_TOKENIZER,
                            DEFAULT_N_TEST, DEFAULT_N_DEV, max_docs=max_docs)  # fmt: skip


def evaluate_docbin(nlp: Language, path: str | Path, gold_tokens: bool) -> dict[str, Any]:
    """:func:`evaluate_docs` on the Docs of a ``.spacy`` file."""
    return evaluate_docs(nlp, DocBin().from_disk(path).get_docs(nlp.vocab), gold_tokens)


def evaluate_docs(nlp: Language, gold: Iterable[Doc], gold_tokens: bool) -> dict[str, Any]:
    """TAG accuracy, UAS, LAS (spaCy's scorer, punctuation excluded as spaCy does) and words/s.

    ``gold_tokens``: the model reads the gold tokens; otherwise its tokenizer reads the text and
    spaCy aligns its tokens to the gold ones (a token split differently has no gold head)."""
    gold = list(gold)
    if gold_tokens:
        examples = [Example(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]), d) for d in gold]
    else:
        examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples, batch_size=64)
    seconds = time.perf_counter() - t0
    n_words = sum(len(e.predicted) for e in examples)
    per_type = {k: round(v["f"], 4) for k, v in sorted((scores.get("dep_las_per_type") or {}).items())}
    return {
        "tag_acc": round(scores["tag_acc"], 4),
        "dep_uas": round(scores["dep_uas"], 4),
        "dep_las": round(scores["dep_las"], 4),
        "sents_f": round(scores["sents_f"], 4) if scores.get("sents_f") is not None else None,
        "dep_las_per_type": per_type,
        "n_words": n_words,
        "words_per_second": round(n_words / seconds) if seconds else None,
    }


def write_metrics(model_dir: str | Path, metrics: dict[str, Any]) -> Path:
    """``metrics.json`` beside the model; test figures into ``meta.json['performance']``."""
    model_dir = Path(model_dir)
    (model_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    test = metrics["test_gold_tokens"]
    meta["performance"] = {
        "tag_acc": test["tag_acc"], "dep_uas": test["dep_uas"], "dep_las": test["dep_las"],
        "trialmine_metrics": "metrics.json",
    }  # fmt: skip
    meta.update(
        name=MODEL_NAME,
        version="0.1.0",
        license="MIT (model); CRAFT training data: CC BY 3.0 (Bada et al. 2012; Cohen et al. 2017)",
        description="trialmine tagger (Penn) + dependency parser trained on the CRAFT treebank with spaCy; see MODEL.md and metrics.json",
    )
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return model_dir / "metrics.json"


def run_training(
    treebank: str | Path,
    out_dir: str | Path,
    config_path: str | Path | None = None,
    max_docs: int | None = None,
    max_epochs: int | None = None,
    max_steps: int | None = None,
    seed: int = DEFAULT_SEED,
    work_dir: str | Path | None = None,
) -> dict[str, Any]:
    """Prepare, train, ship to ``out_dir`` (without the shared vectors), evaluate the shipped
    model on the test documents, write metrics. Static vectors: the bundled NER model's."""
    out_dir = Path(out_dir)
    work = Path(work_dir) if work_dir else default_work_dir(out_dir)
    corpus = prepare(treebank, work, max_docs)
    overrides = vectors_overrides(bundled_model_path())
    best, seconds = train_model(corpus, work / "train", config_path or default_config_path(), seed,
                                max_epochs, max_steps, overrides)  # fmt: skip
    return ship(best, out_dir, corpus, seconds, config_path, seed)


def ship(
    best: str | Path, out_dir: str | Path, corpus: PreparedTreebank, seconds: float,
    config_path: str | Path | None = None, seed: int = DEFAULT_SEED,
) -> dict[str, Any]:  # fmt: skip
    """Copy a trained pipeline to ``out_dir`` without the shared vectors, evaluate the copy on the
    test documents and write ``metrics.json`` / ``meta.json``."""
    from . import load_model

    out_dir = Path(out_dir)
    install_model(best, out_dir)
    drop_shared_vocab(out_dir)
    nlp = load_model(out_dir)
    metrics = {
        "model": MODEL_NAME,
        "config": Path(config_path).name if config_path else CONFIG_NAME,
        "seed": seed,
        "tokenizer": corpus.tokenizer,
        "split": {"train": list(corpus.split.train), "dev": list(corpus.split.dev), "test": list(corpus.split.test)},
        "counts": corpus.counts,
        "training_seconds": round(seconds, 1),
        "test_gold_tokens": evaluate_docbin(nlp, corpus.test_path.with_name("test_gold_tokens.spacy"), gold_tokens=True),
        "test_trialmine_tokens": evaluate_docbin(nlp, corpus.test_path, gold_tokens=False),
        "vectors": "the bundled NER model's (trialmine_ner_bc5cdr), read from its directory at load time",
        "spacy_version": spacy.__version__,
    }
    write_metrics(out_dir, metrics)
    return metrics


__all__ = ["drop_shared_vocab", "evaluate_docbin", "evaluate_docs", "prepare", "run_training", "ship", "write_metrics"]
