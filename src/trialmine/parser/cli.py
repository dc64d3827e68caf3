"""``trialmine parser ...``: train and evaluate the CRAFT tagger + dependency parser.

Mounted by the main CLI as ``trialmine parser``; also runnable as
``python -m trialmine.parser.cli --help``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .craft import default_treebank

parser_app = typer.Typer(
    name="parser",
    help="Biomedical tagger (Penn tags) + dependency parser: train on the CRAFT treebank (whole "
    "documents held out for test), evaluate TAG accuracy, UAS and LAS.",
    no_args_is_help=True,
    add_completion=False,
)

DEFAULT_OUT = Path("src") / "trialmine" / "models" / "trialmine_parser_craft"


def _scores_table(title: str, results: dict[str, dict]) -> Table:
    table = Table(title=title)
    for col in ("tokens", "TAG acc", "UAS", "LAS", "words", "words/s"):
        table.add_column(col, justify="left" if col == "tokens" else "right")
    for name, r in results.items():
        table.add_row(name, f"{r['tag_acc']:.4f}", f"{r['dep_uas']:.4f}", f"{r['dep_las']:.4f}", f"{r['n_words']:,}", f"{r['words_per_second']:,}")
    return table


@parser_app.command("train")
def train_cmd(
    data: Path = typer.Option(default_treebank(), "--data", help="CRAFT CoNLL-U file (craft_dependency.conllu.gz)."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", help="Where the trained pipeline is written (an existing MODEL.md is kept)."),
    config: Optional[Path] = typer.Option(None, "--config", help="spaCy config (default: trialmine/configs/parser_craft.cfg)."),
    max_docs: Optional[int] = typer.Option(None, "--max-docs", min=1, help="Use at most N documents per split (quick run)."),
    epochs: Optional[int] = typer.Option(None, "--epochs", min=1, help="Override training.max_epochs."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", min=1, help="Override training.max_steps."),
    seed: int = typer.Option(1337, "--seed", help="Random seed."),
    work_dir: Optional[Path] = typer.Option(None, "--work-dir", help="Scratch dir for corpus and checkpoints (default outputs/parser_work/NAME)."),
) -> None:
    """Train on CRAFT's train documents, select on dev, score the shipped copy on test (metrics.json)."""
    from .train import run_training

    metrics = run_training(data, out, config_path=config, max_docs=max_docs, max_epochs=epochs,
                           max_steps=max_steps, seed=seed, work_dir=work_dir)  # fmt: skip
    results = {"CRAFT": metrics["test_gold_tokens"], "trialmine tokenizer": metrics["test_trialmine_tokens"]}
    Console().print(_scores_table(f"test ({metrics['counts']['test']['docs']} CRAFT documents), model {out}", results))
    Console().print(f"training {metrics['training_seconds']:.0f} s")


@parser_app.command("evaluate")
def evaluate_cmd(
    data: Path = typer.Option(default_treebank(), "--data", help="CRAFT CoNLL-U file."),
    model: Optional[Path] = typer.Option(None, "--model", help="Parser model directory (default: the bundled one)."),
    split: str = typer.Option("test", "--split", help="Which documents: test | dev | train (the split is by sha1 of the PMID)."),
    max_docs: Optional[int] = typer.Option(None, "--max-docs", min=1, help="Evaluate on the first N documents of the split."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """TAG accuracy, UAS and LAS (spaCy's scorer) on CRAFT documents, on gold and on trialmine tokens."""
    from trialmine.ner import tokenizer as _tokenizer

    from . import load_model
    from .craft import gold_docs, read_documents, retokenize, split_documents
    from .train import evaluate_docs

    if split not in ("train", "dev", "test"):
        raise typer.BadParameter(f"--split must be train, dev or test, not {split!r}")
    try:
        nlp = load_model(model)
        documents = read_documents(data)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    ids = getattr(split_documents(documents), split)[:max_docs]
    gold = [d for pmid in ids for d in gold_docs(documents[pmid])]
    splitter = _tokenizer.blank_pipeline(_tokenizer.DEFAULT_TOKENIZER)
    results = {
        "CRAFT": evaluate_docs(nlp, gold, gold_tokens=True),
        "trialmine tokenizer": evaluate_docs(nlp, (retokenize(d, splitter) for d in gold), gold_tokens=False),
    }
    if as_json:
        typer.echo(json.dumps({"split": split, "documents": list(ids), **results}, indent=2))
    else:
        Console().print(_scores_table(f"{split} ({len(ids)} CRAFT documents)", results))


if __name__ == "__main__":
    parser_app()
