"""``trialmine ner ...``: train and evaluate the BC5CDR NER model.

Mounted by the main CLI as ``trialmine ner``; also runnable as
``python -m trialmine.ner.cli --help``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

ner_app = typer.Typer(
    name="ner",
    help="Biomedical NER (CHEMICAL, DISEASE): train on BC5CDR, evaluate on PubTator files.",
    no_args_is_help=True,
    add_completion=False,
)

DEFAULT_OUT = Path("models") / "trialmine_ner_bc5cdr"


def _metrics_table(title: str, result: dict) -> Table:
    table = Table(title=title)
    for col in ("label", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="left" if col == "label" else "right")
    rows = list(result["per_label"].items()) + [("micro", result["micro"])]
    for lab, m in rows:
        table.add_row(lab, f"{m['p']:.4f}", f"{m['r']:.4f}", f"{m['f']:.4f}", str(m["tp"]), str(m["fp"]), str(m["fn"]))
    return table


@ner_app.command("train")
def train_cmd(
    data: Path = typer.Option(Path("..") / "shared" / "data" / "bc5cdr", "--data", help="Directory with the BC5CDR CDR_*Set.PubTator.txt files."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", help="Where the trained pipeline is written."),
    config: Optional[Path] = typer.Option(None, "--config", help="spaCy config (default: trialmine/configs/ner_bc5cdr.cfg)."),
    max_docs: Optional[int] = typer.Option(None, "--max-docs", min=1, help="Read at most N documents per split (quick run)."),
    epochs: Optional[int] = typer.Option(None, "--epochs", min=1, help="Override training.max_epochs."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", min=1, help="Override training.max_steps."),
    seed: int = typer.Option(1337, "--seed", help="Random seed."),
    tokenizer: str = typer.Option("trialmine", "--tokenizer", help="trialmine | scispacy | spacy"),
    vectors: Optional[Path] = typer.Option(None, "--vectors", help="spaCy vectors pipeline (python -m trialmine.ner.vectors) to use as static vectors."),
    work_dir: Optional[Path] = typer.Option(None, "--work-dir", help="Scratch dir for corpus and checkpoints (default outputs/ner_work/NAME)."),
) -> None:
    """Train on BC5CDR train+development, evaluate on test, write metrics.json."""
    from .train import run_training, vectors_overrides

    metrics = run_training(
        data, out, config_path=config, tokenizer=tokenizer, max_docs=max_docs,
        max_epochs=epochs, max_steps=max_steps, seed=seed, eval_max_docs=max_docs,
        overrides=vectors_overrides(vectors), work_dir=work_dir,
    )
    console = Console()
    console.print(_metrics_table(f"test ({metrics['test']['n_docs']} docs), model {out}", metrics["test"]))
    lost = metrics["alignment"]["train+dev"]
    console.print(
        f"training {metrics['training_seconds']:.0f} s; {lost['misaligned']} of {lost['total']} train+dev "
        f"mentions could not align to tokens, {lost['overlapping']} overlapped a longer one."
    )


@ner_app.command("evaluate")
def evaluate_cmd(
    pubtator: Path = typer.Option(..., "--pubtator", exists=True, dir_okay=False, help="PubTator file with gold mentions."),
    model: Optional[str] = typer.Option(None, "--model", help="Model name or path (default: $TRIALMINE_NER_MODEL or the bundled model)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    max_docs: Optional[int] = typer.Option(None, "--max-docs", min=1, help="Evaluate on the first N documents."),
) -> None:
    """Exact-span precision/recall/F1 per label on raw PubTator offsets."""
    from . import ModelNotFoundError, load_model
    from .pubtator import read_pubtator
    from .train import evaluate_pubtator

    try:
        nlp = load_model(model)
    except ModelNotFoundError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    result = evaluate_pubtator(nlp, read_pubtator(pubtator, max_docs=max_docs))
    result["model"] = model or "default"
    result["pubtator"] = str(pubtator)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        console = Console()
        console.print(_metrics_table(f"{pubtator.name} ({result['n_docs']} docs)", result))
        lost = result["gold_unalignable"]
        console.print(
            "gold mentions the model's tokenizer cannot represent (counted as misses): "
            + ", ".join(f"{k} {v}" for k, v in lost.items())
            + f"; {result['words_per_second']:,} words/s"
        )


if __name__ == "__main__":
    ner_app()
