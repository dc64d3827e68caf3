"""``trialmine phrases ...``: train and try the outcome/arm phrase tagger.

Mounted by the main CLI as ``trialmine phrases``; also runnable as ``python -m trialmine.phrases.cli --help``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

phrases_app = typer.Typer(
    name="phrases",
    help="The learned outcome (OC) and arm (INTV) phrase tagger: train it on the development result "
    "sentences, or tag a sentence with it.",
    no_args_is_help=True,
    add_completion=False,
)

DEFAULT_OUT = Path("src") / "trialmine" / "models" / "trialmine_result_phrases"


@phrases_app.command("train")
def train_cmd(
    rct_art: Path = typer.Option(Path("..") / "shared" / "data" / "rct_art", "--rct-art",
                                 help="RCT-ART folder; only its development file, cardiovascular_disease.jsonl, is read."),
    sentences: Path = typer.Option(Path("benchmarks") / "rct_sentences", "--sentences",
                                   help="trialmine's development sentence sets (one folder of <pmid>.json per domain)."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", help="Where the model is written (replaced at once; an existing MODEL.md is kept)."),
    epochs: int = typer.Option(30, "--epochs", min=1, help="Passes over the sentences (no early stopping)."),
    seed: int = typer.Option(1337, "--seed", help="Random seed."),
) -> None:
    """Train on RCT-ART's development sentences and every development sentence set; ship without the
    NER model's vectors (read from it at load time); write metrics.json (data counts, losses, time)."""
    from .train import run_training

    try:
        with Progress(*Progress.get_default_columns(), console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("training (epochs)", total=epochs)
            metrics = run_training(rct_art, sentences, out, epochs=epochs, seed=seed,
                                   progress=lambda done, _: bar.update(task, completed=done))  # fmt: skip
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    table = Table(title=f"training sentences ({metrics['sentences']}), model {out}")
    for column in ("group", "sentences", "OC", "INTV"):
        table.add_column(column, justify="left" if column == "group" else "right")
    for group, counts in metrics["training_data"].items():
        table.add_row(group, str(counts["sentences"]), str(counts["OC"]), str(counts["INTV"]))
    console = Console()
    console.print(table)
    console.print(f"{epochs} epochs in {metrics['training_seconds']:.0f} s; last epoch loss {metrics['last_epoch_loss']}; "
                  f"{metrics['phrases_dropped_overlapping']} phrases overlapping a longer one not trained on")  # fmt: skip


@phrases_app.command("tag")
def tag_cmd(
    text: str = typer.Argument(..., help="A result sentence."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model directory (default: the bundled one)."),
) -> None:
    """Print the outcome (OC) and arm (INTV) phrases the tagger finds in a sentence."""
    from . import load_model

    try:
        nlp = load_model(model)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for ent in nlp(text).ents:
        typer.echo(f"{ent.label_}\t{ent.start_char}\t{ent.end_char}\t{ent.text}")


if __name__ == "__main__":
    phrases_app()
