"""A learned tagger of outcome (OC) and arm (INTV) phrases in trial result sentences.

A spaCy NER trained on RCT-ART's annotation scheme: RCT-ART's cardiovascular development sentences
plus trialmine's blind development sentence sets (``benchmarks/rct_sentences``), see the model card
``trialmine/models/trialmine_result_phrases/MODEL.md``. The extraction pipeline uses its OC phrases
only, as the outcome of a result the rules name none for (``trialmine.phrases.pipe``); its arm
phrases were measured to make arms wrong on our gold and are not used (README, "A learned outcome
and arm phrase tagger").

Like the parser, the model directory holds no static vectors: :func:`load_model` reads the bundled
NER model's, which it was trained with.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from spacy.language import Language

from trialmine.ner.shared_vectors import SharedVectorsError, load_with_ner_vectors

__all__ = ["BUNDLED_MODEL_NAME", "LABELS", "PhraseVectorsError", "bundled_model_path", "load_model"]

BUNDLED_MODEL_NAME = "trialmine_result_phrases"
LABELS = ("OC", "INTV")  # RCT-ART's outcome and intervention (arm) spans


class PhraseVectorsError(SharedVectorsError):
    """The static vectors the phrase tagger was trained with cannot be found."""


def bundled_model_path() -> Path:
    return Path(str(resources.files("trialmine") / "models" / BUNDLED_MODEL_NAME))


def load_model(path: str | Path | None = None, vectors_from: str | Path | None = None) -> Language:
    """The phrase tagger at ``path`` (default: the bundled one) with the static vectors of the
    spaCy pipeline ``vectors_from`` (default: the bundled NER model).

    Raises FileNotFoundError for a directory without a pipeline, PhraseVectorsError for missing or
    other vectors than the model was trained with."""
    path = Path(path) if path else bundled_model_path()
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no spaCy pipeline (config.cfg) at {path}; train one with `trialmine phrases train`")
    return load_with_ner_vectors(path, vectors_from, "phrase tagger", PhraseVectorsError)
