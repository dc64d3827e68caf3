"""Training, evaluation and packaging of the trialmine BC5CDR NER model.

The Prefect flow (``trialmine.flows.train_ner``), the CLI (``trialmine ner train``) and the
tests all call these functions:

1. :func:`prepare_corpus` -- read PubTator train+development, tokenize, convert to
   DocBin (a seeded held-out slice becomes spaCy's dev set for early stopping),
   and report entities that could not align.
2. :func:`train_model` -- ``spacy train`` machinery with ``configs/ner_bc5cdr.cfg``.
3. :func:`evaluate_pubtator` -- exact-span P/R/F1 per label on raw PubTator offsets.
4. :func:`write_metrics` -- ``metrics.json`` + ``meta.json["performance"]``.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language

from . import tokenizer as _tokenizer  # registers trialmine.set_tokenizer.v1
from .convert import LABELS, AlignmentReport, convert, to_docbin
from .pubtator import PubTatorDocument, read_pubtator

SPLIT_FILES = {
    "train": "CDR_TrainingSet.PubTator.txt",
    "dev": "CDR_DevelopmentSet.PubTator.txt",
    "test": "CDR_TestSet.PubTator.txt",
}
CONFIG_NAME = "ner_bc5cdr.cfg"
DEFAULT_SEED = 1337
MODEL_NAME = "trialmine_ner_bc5cdr"


def default_config_path() -> Path:
    """The committed config, ``trialmine/configs/ner_bc5cdr.cfg``."""
    return Path(str(resources.files("trialmine") / "configs" / CONFIG_NAME))


def default_data_dir() -> Path:
    """``../shared/data/bc5cdr`` relative to the current directory."""
    return Path("..") / "shared" / "data" / "bc5cdr"


@dataclass
class PreparedCorpus:
    train_path: Path
    dev_path: Path
    n_train_docs: int
    n_dev_docs: int
    tokenizer: str
    alignment: dict[str, dict[str, Any]] = field(default_factory=dict)


def _read_split(data_dir: Path, split: str, max_docs: int | None) -> list[PubTatorDocument]:
    path = Path(data_dir) / SPLIT_FILES[split]
    if not path.exists():
        raise FileNotFoundError(f"BC5CDR file not found: {path} (pass --data DIR)")
    return read_pubtator(path, max_docs=max_docs)


def measure_alignment(
    data_dir: Path, tokenizer: str = _tokenizer.DEFAULT_TOKENIZER, splits: Iterable[str] = SPLIT_FILES
) -> dict[str, dict[str, Any]]:
    """Alignment losses of ``tokenizer`` on each split."""
    nlp = _tokenizer.blank_pipeline(tokenizer)
    out = {}
    for split in splits:
        _, rep = convert(nlp, _read_split(data_dir, split, None))
        out[split] = rep.as_dict()
    return out


def prepare_corpus(
    data_dir: str | Path,
    out_dir: str | Path,
    tokenizer: str = _tokenizer.DEFAULT_TOKENIZER,
    max_docs: int | None = None,
    holdout_fraction: float = 0.1,
    seed: int = DEFAULT_SEED,
) -> PreparedCorpus:
    """Convert BC5CDR train+development into ``train.spacy`` / ``dev.spacy`` under ``out_dir``.

    ``max_docs`` limits the documents read from each of the two splits (quick runs).
    A seeded ``holdout_fraction`` of the documents is held out as spaCy's dev set.
    The test split is not read.
    """
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    nlp = _tokenizer.blank_pipeline(tokenizer)
    docs: list = []
    alignment: dict[str, dict[str, Any]] = {}
    total = AlignmentReport()
    for split in ("train", "dev"):
        sdocs, rep = convert(nlp, _read_split(data_dir, split, max_docs))
        alignment[split] = rep.as_dict()
        total.add(rep)
        docs.extend(sdocs)
    alignment["train+dev"] = total.as_dict()
    rng = random.Random(seed)
    order = list(range(len(docs)))
    rng.shuffle(order)
    n_hold = max(1, int(round(len(docs) * holdout_fraction))) if len(docs) > 1 else 0
    hold = set(order[:n_hold])
    train_docs = [d for i, d in enumerate(docs) if i not in hold]
    dev_docs = [d for i, d in enumerate(docs) if i in hold] or train_docs[:1]
    out_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = out_dir / "train.spacy", out_dir / "dev.spacy"
    to_docbin(train_docs, train_path)
    to_docbin(dev_docs, dev_path)
    return PreparedCorpus(train_path, dev_path, len(train_docs), len(dev_docs), tokenizer, alignment)


def train_model(
    corpus: PreparedCorpus,
    output_dir: str | Path,
    config_path: str | Path | None = None,
    seed: int = DEFAULT_SEED,
    max_epochs: int | None = None,
    max_steps: int | None = None,
    overrides: dict[str, Any] | None = None,
) -> tuple[Path, float]:
    """Train with ``spacy train``'s machinery; return (best model dir, seconds)."""
    from spacy.cli.train import train as spacy_train

    config_path = Path(config_path) if config_path else default_config_path()
    output_dir = Path(output_dir)
    ov: dict[str, Any] = {
        "paths.train": str(corpus.train_path),
        "paths.dev": str(corpus.dev_path),
        "system.seed": seed,
        "initialize.before_init.name": corpus.tokenizer,
    }
    if max_epochs is not None:
        ov["training.max_epochs"] = max_epochs
    if max_steps is not None:
        ov["training.max_steps"] = max_steps
        ov["training.eval_frequency"] = max(1, min(300, max_steps))
    ov.update(overrides or {})
    t0 = time.perf_counter()
    spacy_train(config_path, output_dir, use_gpu=-1, overrides=ov)
    seconds = time.perf_counter() - t0
    best = output_dir / "model-best"
    if not best.exists():
        best = output_dir / "model-last"
    return best, seconds


def default_work_dir(out_dir: str | Path) -> Path:
    """Scratch space for corpus and checkpoints: ``outputs/ner_work/<name>`` (git-ignored)."""
    return Path("outputs") / "ner_work" / Path(out_dir).resolve().name


def install_model(best: str | Path, out_dir: str | Path) -> Path:
    """Copy a trained pipeline to ``out_dir`` (replacing it), keeping an existing MODEL.md."""
    out_dir = Path(out_dir)
    card = out_dir / "MODEL.md"
    card_text = card.read_text(encoding="utf-8") if card.exists() else None
    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(best, out_dir)
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")
    return out_dir


def vectors_overrides(vectors: str | Path | None) -> dict[str, Any]:
    """Config overrides that add static in-domain vectors (see ``trialmine.ner.vectors``)."""
    if not vectors:
        return {}
    return {"paths.vectors": str(vectors), "components.tok2vec.model.embed.include_static_vectors": True}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def evaluate_pubtator(nlp: Language, docs: Iterable[PubTatorDocument], batch_size: int = 16) -> dict[str, Any]:
    """Exact-span P/R/F1 per label against the raw PubTator character offsets.

    Gold = the set of (start, end, label) of all mentions (duplicates collapsed); a
    gold mention the tokenizer cannot represent is simply a false negative.
    """
    docs = list(docs)
    labels = sorted(set(LABELS.values()))
    counts = {lab: [0, 0, 0] for lab in labels}  # tp, fp, fn
    unalignable = {lab: 0 for lab in labels}  # gold spans the model's tokenizer cannot produce
    n_words = 0
    t0 = time.perf_counter()
    for pdoc, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        n_words += len(doc)
        gold = {(m.start, m.end, LABELS[m.type]) for m in pdoc.mentions}
        for start, end, lab in gold:
            if doc.char_span(start, end, alignment_mode="strict") is None:
                unalignable[lab] += 1
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in counts}
        for lab in labels:
            g = {x for x in gold if x[2] == lab}
            p = {x for x in pred if x[2] == lab}
            counts[lab][0] += len(g & p)
            counts[lab][1] += len(p - g)
            counts[lab][2] += len(g - p)
    seconds = time.perf_counter() - t0
    per_label = {lab: _prf(*c) for lab, c in counts.items()}
    micro = _prf(*[sum(c[i] for c in counts.values()) for i in range(3)])
    return {
        "per_label": per_label,
        "micro": micro,
        "gold_unalignable": unalignable,
        "n_docs": len(docs),
        "n_words": n_words,
        "seconds": round(seconds, 2),
        "words_per_second": round(n_words / seconds) if seconds else None,
    }


def evaluate_split(nlp: Language, data_dir: str | Path, split: str = "test", max_docs: int | None = None) -> dict:
    return evaluate_pubtator(nlp, _read_split(Path(data_dir), split, max_docs))


def write_metrics(model_dir: str | Path, metrics: dict[str, Any]) -> Path:
    """Write ``metrics.json`` beside the model and merge it into ``meta.json['performance']``."""
    model_dir = Path(model_dir)
    (model_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    perf = dict(meta.get("performance") or {})
    test = metrics.get("test") or {}
    if test:
        perf["test_ents_p"] = test["micro"]["p"]
        perf["test_ents_r"] = test["micro"]["r"]
        perf["test_ents_f"] = test["micro"]["f"]
        perf["test_ents_per_type"] = {
            lab: {k: v[k] for k in ("p", "r", "f")} for lab, v in test["per_label"].items()
        }
    perf["trialmine_metrics"] = "metrics.json"
    meta["performance"] = perf
    meta["name"] = MODEL_NAME
    meta["version"] = "0.1.0"
    meta["license"] = "MIT (model); BC5CDR training data: NCBI public domain notice"
    meta["description"] = (
        "trialmine NER (CHEMICAL, DISEASE) trained on BC5CDR train+development with spaCy; "
        "see MODEL.md and metrics.json"
    )
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return model_dir / "metrics.json"


def run_training(
    data_dir: str | Path,
    out_dir: str | Path,
    config_path: str | Path | None = None,
    tokenizer: str = _tokenizer.DEFAULT_TOKENIZER,
    max_docs: int | None = None,
    max_epochs: int | None = None,
    max_steps: int | None = None,
    seed: int = DEFAULT_SEED,
    eval_max_docs: int | None = None,
    overrides: dict[str, Any] | None = None,
    work_dir: str | Path | None = None,
) -> dict[str, Any]:
    """Prepare, train, evaluate on test, write metrics; the model ends up in ``out_dir``.

    ``out_dir`` receives the best pipeline itself (loadable with ``spacy.load``; a
    MODEL.md already there is kept). Corpus and checkpoints go to ``work_dir``
    (default ``outputs/ner_work/<out_dir name>``).
    """
    out_dir = Path(out_dir)
    work = Path(work_dir) if work_dir else default_work_dir(out_dir)
    corpus = prepare_corpus(data_dir, work / "corpus", tokenizer, max_docs=max_docs, seed=seed)
    best, seconds = train_model(corpus, work / "train", config_path, seed, max_epochs, max_steps, overrides)
    install_model(best, out_dir)
    nlp = spacy.load(out_dir)
    test = evaluate_split(nlp, data_dir, "test", eval_max_docs)
    metrics = {
        "model": MODEL_NAME,
        "config": Path(config_path).name if config_path else CONFIG_NAME,
        "seed": seed,
        "tokenizer": tokenizer,
        "train_docs": corpus.n_train_docs,
        "holdout_docs": corpus.n_dev_docs,
        "training_seconds": round(seconds, 1),
        "alignment": corpus.alignment,
        "test": test,
        "overrides": {k: v for k, v in (overrides or {}).items()},
        "spacy_version": spacy.__version__,
    }
    write_metrics(out_dir, metrics)
    return metrics
