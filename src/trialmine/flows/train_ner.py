"""Prefect 3 flow: train the trialmine BC5CDR NER model.

    python -m trialmine.flows.train_ner --data ../shared/data/bc5cdr --out models/trialmine_ner_bc5cdr

read+convert -> train -> evaluate (test split) -> write metrics. All the work is done
by functions in ``trialmine.ner.train``; this file only orchestrates them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Optional

from prefect import flow, task

from trialmine.ner import train as ner_train


@task(name="read-and-convert")
def prepare(data_dir: str, work_dir: str, tokenizer: str, max_docs: Optional[int], seed: int) -> ner_train.PreparedCorpus:
    return ner_train.prepare_corpus(data_dir, Path(work_dir) / "corpus", tokenizer, max_docs=max_docs, seed=seed)


@task(name="train")
def train(corpus: ner_train.PreparedCorpus, work_dir: str, out_dir: str, config: Optional[str], seed: int,
          max_epochs: Optional[int], max_steps: Optional[int], vectors: Optional[str] = None) -> dict[str, Any]:
    best, seconds = ner_train.train_model(
        corpus, Path(work_dir) / "train", config, seed, max_epochs, max_steps, ner_train.vectors_overrides(vectors)
    )
    out = ner_train.install_model(best, out_dir)
    return {"model_dir": str(out), "training_seconds": round(seconds, 1)}


@task(name="evaluate")
def evaluate(model_dir: str, data_dir: str, max_docs: Optional[int]) -> dict[str, Any]:
    import spacy

    return ner_train.evaluate_split(spacy.load(model_dir), data_dir, "test", max_docs)


@task(name="write-metrics")
def write(model_dir: str, metrics: dict[str, Any]) -> str:
    return str(ner_train.write_metrics(model_dir, metrics))


@flow(name="train-ner-bc5cdr")
def train_ner_flow(
    data_dir: str = str(ner_train.default_data_dir()),
    out_dir: str = "models/trialmine_ner_bc5cdr",
    config: Optional[str] = None,
    tokenizer: str = "trialmine",
    max_docs: Optional[int] = None,
    max_epochs: Optional[int] = None,
    max_steps: Optional[int] = None,
    seed: int = ner_train.DEFAULT_SEED,
    work_dir: Optional[str] = None,
    vectors: Optional[str] = None,
) -> dict[str, Any]:
    work_dir = work_dir or str(ner_train.default_work_dir(out_dir))
    corpus = prepare(data_dir, work_dir, tokenizer, max_docs, seed)
    trained = train(corpus, work_dir, out_dir, config, seed, max_epochs, max_steps, vectors)
    test = evaluate(trained["model_dir"], data_dir, max_docs)
    metrics = {
        "model": ner_train.MODEL_NAME,
        "config": Path(config).name if config else ner_train.CONFIG_NAME,
        "seed": seed,
        "tokenizer": tokenizer,
        "train_docs": corpus.n_train_docs,
        "holdout_docs": corpus.n_dev_docs,
        "training_seconds": trained["training_seconds"],
        "alignment": corpus.alignment,
        "test": test,
        "overrides": ner_train.vectors_overrides(vectors),
    }
    write(trained["model_dir"], metrics)
    return metrics


def main() -> None:
    ap = argparse.ArgumentParser(description="Train the trialmine BC5CDR NER model (Prefect flow).")
    ap.add_argument("--data", default=str(ner_train.default_data_dir()))
    ap.add_argument("--out", default="models/trialmine_ner_bc5cdr")
    ap.add_argument("--config", default=None)
    ap.add_argument("--max-docs", type=int, default=None)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--seed", type=int, default=ner_train.DEFAULT_SEED)
    ap.add_argument("--vectors", default=None, help="static vectors pipeline (python -m trialmine.ner.vectors)")
    a = ap.parse_args()
    m = train_ner_flow(a.data, a.out, a.config, "trialmine", a.max_docs, a.epochs, a.max_steps, a.seed,
                       vectors=a.vectors)
    print({lab: v["f"] for lab, v in m["test"]["per_label"].items()})


if __name__ == "__main__":
    main()
