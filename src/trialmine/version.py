"""The extractor version: one hash of what decides the facts (rules, pipeline config, NER model,
trialmine itself). Each document in the store remembers the version its facts came from; a run
under another version re-extracts it, so facts from old rules never mix with new ones.

Computed without loading spaCy or the model, so an unchanged re-run stays fast.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import tomllib
from importlib import resources
from pathlib import Path

import trialmine


class ModelUnavailableError(RuntimeError):
    """A model the run needs (the NER model asked for, or the configured parser) cannot be found."""


def resolve_ner_model(ner_model: str | None = None) -> str:
    """The model a run uses: `ner_model`, else `[ner] model` of pipeline.toml, else
    $TRIALMINE_NER_MODEL, else the bundled model (see `trialmine.ner.load_model`)."""
    from trialmine.ner import ENV_VAR, bundled_model_path

    config = tomllib.loads(_package_file("configs/pipeline.toml").read_text("utf-8"))
    return ner_model or config["ner"].get("model") or os.environ.get(ENV_VAR, "").strip() or str(bundled_model_path())


def explicitly_requested(ner_model: str | None = None) -> bool:
    """Whether an operator named a model (option, pipeline.toml or $TRIALMINE_NER_MODEL)."""
    from trialmine.ner import bundled_model_path

    return resolve_ner_model(ner_model) != str(bundled_model_path())


def extractor_version(ner_model: str | None = None) -> str:
    """sha256 (first 16 hex digits) over trialmine's version, rules, pipeline config and models."""
    digest = hashlib.sha256(f"trialmine {trialmine.__version__}\n".encode())
    for name in ("configs/pipeline.toml", *sorted(f"rules/{p.name}" for p in _package_file("rules").iterdir() if p.suffix == ".json")):
        digest.update(name.encode() + b"\0" + _package_file(name).read_bytes())
    digest.update(model_fingerprint(resolve_ner_model(ner_model)).encode())
    for parser_model in _enabled_parser_models():
        digest.update(model_fingerprint(parser_model, PARSER_REMEDY).encode())
    return digest.hexdigest()[:16]


def _enabled_parser_models() -> list[str]:
    """The dependency parser models the pipeline runs (pipeline.toml `trialmine_parser` pipes)."""
    config = tomllib.loads(_package_file("configs/pipeline.toml").read_text("utf-8"))
    return [
        (c.get("config") or {}).get("model") or str(_package_file("models/trialmine_parser_craft"))
        for c in config.get("components", [])
        if c.get("factory") == "trialmine_parser" and c.get("enabled", True)
    ]


NER_REMEDY = (
    "cannot load NER model {name!r}: it is neither a model directory (with config.cfg) nor an "
    "installed spaCy package. Pass an existing one with --ner-model, fix TRIALMINE_NER_MODEL or "
    "[ner] model in pipeline.toml, or unset them to use the bundled trialmine model."
)
PARSER_REMEDY = (
    "cannot load dependency parser model {name!r} (the trialmine_parser pipe of pipeline.toml): it is "
    "not a model directory with config.cfg. Set its `model` to an existing one, retrain it with "
    "`trialmine parser train`, or set `enabled = false` to extract without it."
)


def model_fingerprint(name: str, remedy: str = NER_REMEDY) -> str:
    """A model directory: a hash of the files spaCy loads (not its *.md documentation); an
    installed package: its name and version.

    Raises ModelUnavailableError with `remedy` (naming the model) when neither exists."""
    path = Path(name).expanduser()
    if (path / "config.cfg").is_file():
        digest = hashlib.sha256()
        for file in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix != ".md"):
            digest.update(file.relative_to(path).as_posix().encode() + b"\0" + file.read_bytes())
        return f"dir:{digest.hexdigest()}"
    try:
        return f"package:{name}=={importlib.metadata.version(name)}"
    except (importlib.metadata.PackageNotFoundError, ValueError):
        pass
    raise ModelUnavailableError(remedy.format(name=name))


def _package_file(name: str) -> Path:
    return Path(str(resources.files("trialmine").joinpath(name)))
