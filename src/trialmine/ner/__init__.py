"""Biomedical NER (CHEMICAL, DISEASE) for trialmine.

:func:`load_model` returns a spaCy pipeline whose ``doc.ents`` carry CHEMICAL and
DISEASE. Which model, in order:

1. ``name`` if given (an installed package such as ``en_ner_bc5cdr_md`` or a path);
2. the ``TRIALMINE_NER_MODEL`` environment variable (same forms);
3. the model bundled in this package, ``trialmine/models/trialmine_ner_bc5cdr``
   (trained by trialmine on BC5CDR; see its MODEL.md).
"""

from __future__ import annotations

import functools
import os
import warnings
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from . import tokenizer as _tokenizer  # noqa: F401  (registers trialmine.set_tokenizer.v1)

__all__ = ["ENV_VAR", "BUNDLED_MODEL_NAME", "ModelNotFoundError", "bundled_model_path", "load_model"]

ENV_VAR = "TRIALMINE_NER_MODEL"
BUNDLED_MODEL_NAME = "trialmine_ner_bc5cdr"
#: Labels every model returned by :func:`load_model` must produce.
REQUIRED_LABELS = ("CHEMICAL", "DISEASE")


class ModelNotFoundError(OSError):
    """No NER model could be loaded under the requested name."""


def bundled_model_path() -> Path:
    """Where the bundled model lives inside the installed package."""
    return Path(str(resources.files("trialmine") / "models" / BUNDLED_MODEL_NAME))


def _resolve_name(name: str | None) -> str:
    if name:
        return name
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    return str(bundled_model_path())


def load_model(name: str | None = None) -> Language:
    """Load the NER pipeline (cached per resolved name; see the module docstring)."""
    return _load_cached(_resolve_name(name))


@functools.lru_cache(maxsize=8)
def _load_cached(name: str) -> Language:
    path = Path(name).expanduser()
    looks_like_path = path.exists() or os.sep in name or name.startswith(".")
    if looks_like_path and not (path / "config.cfg").exists():
        if Path(name) == bundled_model_path():
            hint = (
                "the bundled trialmine model is missing from this installation; reinstall trialmine, "
                "train it with `trialmine ner train --out src/trialmine/models/trialmine_ner_bc5cdr`, "
                f"or set {ENV_VAR} to an installed scispaCy model such as en_ner_bc5cdr_md"
            )
        else:
            hint = f"no spaCy pipeline (config.cfg) at {path}"
        raise ModelNotFoundError(f"cannot load NER model {name!r}: {hint}")
    try:
        with warnings.catch_warnings():
            # scispaCy-derived tokenizer regexes trigger re's "Possible set union" FutureWarning
            warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
            nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"cannot load NER model {name!r}: it is neither an installed spaCy/scispaCy package nor a "
            f"model directory. Install it (e.g. `pip install <url of en_ner_bc5cdr_md-0.5.x.tar.gz>` from "
            f"https://allenai.github.io/scispacy/), pass a path, or unset {ENV_VAR} to use the bundled "
            f"trialmine model."
        ) from exc
    labels = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()
    missing = [lab for lab in REQUIRED_LABELS if lab not in labels]
    if missing:
        raise ModelNotFoundError(
            f"NER model {name!r} does not predict {', '.join(missing)} (labels: {sorted(labels)}); "
            "use a BC5CDR model such as en_ner_bc5cdr_md or the bundled trialmine model"
        )
    return nlp
