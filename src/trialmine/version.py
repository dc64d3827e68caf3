"""The extractor version: one hash of what decides the facts (rules, pipeline config, NER model,
trialmine itself). Each document in the store remembers the version its facts came from; a run
under another version re-extracts it, so facts from old rules never mix with new ones.

Computed without loading spaCy or the model, so an unchanged re-run stays fast (a custom arm rules
file named by an operator's pipeline config is compiled to check it, which imports spaCy, not a model).
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


class PipelineConfigError(ValueError):
    """An operator's pipeline config (`--pipeline-config`) or a rules file it names cannot be used."""


def load_pipeline_config(path: Path | None = None, check_rules: bool = True) -> dict:
    """The pipeline config at `path` (None: the installed `configs/pipeline.toml`), each component's
    `rules_path` made absolute (a relative one is read beside the config file) and, with
    `check_rules`, loaded the way its component will load it.

    Raises PipelineConfigError naming the file and the problem: a missing or unreadable file, bad
    TOML, no `[ner]` table or `[[components]]` list, a rules file that is missing or not valid rules."""
    if path is None:
        return tomllib.loads(_package_file("configs/pipeline.toml").read_text("utf-8"))
    path = Path(path).expanduser()
    try:
        config = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise PipelineConfigError(f"pipeline config {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PipelineConfigError(f"pipeline config {path}: cannot read it ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise PipelineConfigError(f"pipeline config {path}: not valid TOML ({exc})") from None
    if not isinstance(config.get("ner"), dict) or not isinstance(config.get("components"), list):
        raise PipelineConfigError(f"pipeline config {path}: needs an [ner] table and [[components]] entries (see configs/pipeline.toml)")
    for component in config["components"]:
        settings = component.get("config") if isinstance(component, dict) else None
        if not isinstance(settings, dict) or not settings.get("rules_path"):
            continue
        rules = Path(str(settings["rules_path"])).expanduser()
        rules = rules if rules.is_absolute() else (path.parent / rules)
        if not rules.is_file():
            raise PipelineConfigError(f"pipeline config {path}: rules_path of {component.get('factory')}: no such file: {rules}")
        if check_rules:
            _check_rules(component.get("factory"), rules, path)
        settings["rules_path"] = str(rules.resolve())
    return config


def _check_rules(factory: str | None, rules: Path, pipeline_config: Path) -> None:
    """Load a rules file the way its component will, so a bad one fails before any work."""
    if factory == "trialmine_arms":
        from trialmine.extract.arm_rules import ArmRules, ArmRulesError

        try:
            loaded = ArmRules.load(rules)  # its errors name the rules file
        except ArmRulesError as exc:
            raise PipelineConfigError(f"pipeline config {pipeline_config}: {exc}") from None
        import spacy
        from trialmine.extract.arm_rules import ArmCues

        blank = spacy.blank("en")
        try:  # the Matcher patterns compile only against a vocabulary
            ArmCues(blank.vocab, loaded, blank.make_doc)
        except ArmRulesError as exc:  # names the rules file
            raise PipelineConfigError(f"pipeline config {pipeline_config}: {exc}") from None
        except (ValueError, TypeError, KeyError) as exc:
            raise PipelineConfigError(f"pipeline config {pipeline_config}: {rules}: {exc}") from None


def rules_files(config: dict) -> list[Path]:
    """The rules files a (loaded) pipeline config names as `rules_path`, in component order."""
    return [
        Path(c["config"]["rules_path"]) for c in config.get("components", [])
        if isinstance(c.get("config"), dict) and c["config"].get("rules_path")
    ]  # fmt: skip


def _hash_rules_files(digest, config: dict) -> None:
    for rules in rules_files(config):  # none in the installed config
        digest.update(b"rules_path\0" + rules.read_bytes())


def config_fingerprint(pipeline_config: Path | None = None) -> str:
    """A hash of a pipeline config file and the rules files it names ("" for the installed config):
    the pipeline cache's key, taken per batch, so the files are read, not checked again (the run
    checked them when it computed its `extractor_version`)."""
    if pipeline_config is None:
        return ""
    digest = hashlib.sha256(Path(pipeline_config).expanduser().read_bytes())
    _hash_rules_files(digest, load_pipeline_config(pipeline_config, check_rules=False))
    return digest.hexdigest()


def resolve_ner_model(ner_model: str | None = None, pipeline_config: Path | None = None) -> str:
    """The model a run uses: `ner_model`, else `[ner] model` of the pipeline config, else
    $TRIALMINE_NER_MODEL, else the bundled model (see `trialmine.ner.load_model`)."""
    return _ner_model_of(load_pipeline_config(pipeline_config), ner_model)


def _ner_model_of(config: dict, ner_model: str | None) -> str:
    """`resolve_ner_model` for a config already loaded (and checked)."""
    from trialmine.ner import ENV_VAR, bundled_model_path

    return ner_model or config["ner"].get("model") or os.environ.get(ENV_VAR, "").strip() or str(bundled_model_path())


def extractor_version(ner_model: str | None = None, pipeline_config: Path | None = None) -> str:
    """sha256 (first 16 hex digits) over trialmine's version, rules, pipeline config (the installed
    one, or `pipeline_config` and the rules files it names) and models.

    Raises PipelineConfigError for a config that cannot be used, ModelUnavailableError for a model."""
    config = load_pipeline_config(pipeline_config)  # checked first: a bad config fails before any work
    digest = hashlib.sha256(f"trialmine {trialmine.__version__}\n".encode())
    for name in ("configs/pipeline.toml", *sorted(f"rules/{p.name}" for p in _package_file("rules").iterdir() if p.suffix == ".json")):
        source = Path(pipeline_config).expanduser() if pipeline_config is not None and name == "configs/pipeline.toml" else _package_file(name)
        digest.update(name.encode() + b"\0" + source.read_bytes())
    _hash_rules_files(digest, config)  # none in the installed config: its version is unchanged
    digest.update(model_fingerprint(_ner_model_of(config, ner_model)).encode())  # the config loaded once
    for model, remedy in _enabled_component_models(config):
        digest.update(model_fingerprint(model, remedy).encode())
    return digest.hexdigest()[:16]


def _enabled_component_models(config: dict) -> list[tuple[str, str]]:
    """The models of the pipes the pipeline runs that load their own (the dependency parser, the
    outcome phrase tagger), each with what to tell a user when it is missing."""
    models = []
    for component in config.get("components", []):
        known = _COMPONENT_MODELS.get(component.get("factory"))
        if known and component.get("enabled", True):
            bundled, remedy = known
            models.append(((component.get("config") or {}).get("model") or str(_package_file(f"models/{bundled}")), remedy))
    return models


NER_REMEDY = (
    "cannot load NER model {name!r}: it is neither a model directory (with config.cfg) nor an "
    "installed spaCy package. Pass an existing one with --ner-model, fix TRIALMINE_NER_MODEL or "
    "[ner] model in pipeline.toml, or unset them to use the bundled trialmine model."
)
def _component_remedy(model: str, factory: str, command: str) -> str:
    """What to tell a user when the model of one of the pipeline's own-model pipes is missing."""
    return (
        f"cannot load {model} model {{name!r}} (the {factory} pipe of pipeline.toml): it is not a model "
        f"directory with config.cfg. Set its `model` to an existing one, retrain it with `trialmine "
        f"{command} train`, or set `enabled = false` to extract without it."
    )


PARSER_REMEDY = _component_remedy("dependency parser", "trialmine_parser", "parser")
PHRASES_REMEDY = _component_remedy("outcome phrase tagger", "trialmine_outcome_phrases", "phrases")
# factory -> (its bundled model under trialmine/models, the remedy when its model is missing)
_COMPONENT_MODELS = {
    "trialmine_parser": ("trialmine_parser_craft", PARSER_REMEDY),
    "trialmine_outcome_phrases": ("trialmine_result_phrases", PHRASES_REMEDY),
}


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
