"""Build the extraction pipeline once, from `configs/pipeline.toml` or an operator's copy of it."""

from __future__ import annotations

import logging
import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

import scispacy.abbreviation  # noqa: F401  (registers "abbreviation_detector")
from trialmine.extract import arms  # noqa: F401  (registers trialmine_arms)
from trialmine.limits import Limits
from trialmine.ner import ENV_VAR
from trialmine.nlp import abbreviations, components, sentences  # noqa: F401  (register trialmine_* components)
from trialmine.parser import pipe as _parser_pipe  # noqa: F401  (registers trialmine_parser)
from trialmine.phrases import pipe as _phrases_pipe  # noqa: F401  (registers trialmine_outcome_phrases)
from trialmine.version import load_pipeline_config

log = logging.getLogger(__name__)
# scispaCy's abbreviation detector warns on every document that its optional user-pattern matcher is empty
warnings.filterwarnings("ignore", message=r"\[W036\]", category=UserWarning)
# pipes of full scispaCy models that extraction does not use (tok2vec stays: the NER listens to it)
_UNUSED_PIPES = {"tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"}
# trialmine's pipes whose models read the bundled NER model's static vectors (trialmine.ner.shared_vectors)
_NEED_NER_VECTORS = {"trialmine_parser": "the dependency parser", "trialmine_outcome_phrases": "the learned outcome phrase tagger"}


@dataclass(frozen=True)
class PipelineInfo:
    ner_model: str  # what was loaded, or "none (lexicon only)"
    note: str = ""  # why the NER model is missing, when it is


def default_config_path() -> Path:
    return Path(str(resources.files("trialmine") / "configs" / "pipeline.toml"))


@lru_cache(maxsize=4)
def build_pipeline(
    ner_model: str | None = None, pipeline_config: Path | None = None, fingerprint: str = ""
) -> tuple[Language, PipelineInfo]:
    """The NER model (see `trialmine.ner.load_model`) plus trialmine's components, as `pipeline_config`
    (default: the installed config) lists them; a relative `rules_path` is read beside that file.

    `ner_model` overrides the config's `[ner] model`. A model that was asked for and cannot load
    raises ModelNotFoundError naming it; a config that cannot be used, PipelineConfigError. Cached:
    a run builds it once; `fingerprint` (`trialmine.version.config_fingerprint`) is only part of the
    cache key, so a process builds anew once the config or its rules files change.
    """
    config = load_pipeline_config(pipeline_config)
    name = ner_model or config["ner"].get("model") or None
    # a model someone asked for (option, config or TRIALMINE_NER_MODEL) must load: only a missing
    # bundled model may fall back to the lexicon
    requested = bool(name or os.environ.get(ENV_VAR, "").strip())
    nlp, model_label, note = _load_ner(name, fallback=config["ner"].get("fallback_to_lexicon", True) and not requested)
    for pipe in list(nlp.pipe_names):
        if pipe in _UNUSED_PIPES:
            nlp.remove_pipe(pipe)  # tagger/parser of full scispaCy models are not needed here
    for component in config["components"]:
        if not component.get("enabled", True):
            continue
        if component["factory"] in _NEED_NER_VECTORS and note:  # their vectors come with the missing NER model
            note += f"; {_NEED_NER_VECTORS[component['factory']]} is off (it needs the NER model's vectors)"
            continue
        nlp.add_pipe(component["factory"], config=component.get("config", {}))
    # texts reach the statistical pipes in chunks (nlp/long_docs.py); a direct nlp(text) call
    # accepts what ingestion accepts
    nlp.max_length = Limits.from_env().max_chars
    return nlp, PipelineInfo(model_label, note)


def _load_ner(name: str | None, fallback: bool) -> tuple[Language, str, str]:
    from trialmine.ner import ModelNotFoundError, load_model

    try:
        nlp = load_model(name)
    except ModelNotFoundError as exc:
        if not fallback:
            raise
        log.warning("NER model unavailable, using the drug lexicon alone: %s", exc)
        return spacy.blank("en"), "none (lexicon only)", str(exc)
    # load_model caches the pipeline; extraction adds components, so work on a fresh copy
    nlp = spacy.load(nlp.path) if nlp.path else nlp
    return nlp, str(name or nlp.meta.get("name", "bundled")), ""
