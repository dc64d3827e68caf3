"""An operator's own pipeline config (`trialmine run --pipeline-config`): custom arm rules change the
table, the config and its rules files are part of the extractor version (an unchanged re-run
extracts nothing, an edited rules file re-extracts), and a config that cannot be used fails before
any work with exit 2 naming the file. Real CLI, real spaCy pipeline, real DuckDB, one Prefect flow."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from arm_rules_helpers import bundled_arm_rules, config_naming_arm_rules, with_bad_matcher_pattern
from trialmine.cli import app
from trialmine.nlp.pipeline import default_config_path
from trialmine.run import DB_NAME
from trialmine.store import db
from trialmine.version import PipelineConfigError, extractor_version, load_pipeline_config

# 'inert solution' is no control term of the bundled rules/arms.json (tests/test_custom_rules.py)
PLACEBO = {
    "pmid": "920001",
    "title": "Ondansetron before induction",
    "text": "Patients were randomized to receive ondansetron 4 mg or inert solution (2 ml) before induction. "
    "Nausea occurred in 10% and 25% of patients in the ondansetron and inert solution groups, respectively.",
}
OTHER = {"pmid": "920002", "title": "Imatinib cohort", "text": "Results: imatinib 400 mg daily gave an ORR of 62%."}


def _write_rules(path: Path, extra_placebo: str | None) -> None:
    rules = bundled_arm_rules()
    if extra_placebo:
        rules["control_terms"]["placebo"].append(extra_placebo)
    path.write_text(json.dumps(rules), "utf-8")


def _write_config(folder: Path, rules_path: str) -> Path:
    """A copy of the installed pipeline.toml whose trialmine_arms reads `rules_path`."""
    (folder / "my_pipeline.toml").write_text(config_naming_arm_rules(rules_path), "utf-8")
    return folder / "my_pipeline.toml"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "abstracts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in (PLACEBO, OTHER)), "utf-8")
    return folder


def _doses(out: Path) -> dict[str, str | None]:
    table = db.read_evidence(out / DB_NAME)
    table = table[(table["doc_id"].str.contains("920001")) & (table["kind"] == "dose")]
    return dict(zip(table["text"], table["drug"]))


def _roles(out: Path) -> list:
    """The roles of the placebo abstract's arms in the published arms table."""
    arms = pd.read_parquet(out / "arms.parquet")
    return arms.loc[arms["doc_id"].str.contains("920001"), "role"].tolist()


def _run(corpus: Path, out: Path, *extra: str):
    result = CliRunner().invoke(app, ["run", "--no-prefect", "--corpus", str(corpus), "--out", str(out), *extra], env=WIDE)
    report = json.loads((out / "run_report.json").read_text("utf-8")) if (out / "run_report.json").exists() else None
    return result, report


WIDE = {"COLUMNS": "400"}  # rich tables fold long paths at the terminal's width


def _flat(text: str) -> str:
    return "".join(text.split())  # error messages wrap at the (import-time) console's width


def test_a_custom_config_changes_the_table_and_runs_stay_incremental(tmp_path: Path, corpus: Path) -> None:
    out, rules = tmp_path / "out", tmp_path / "my_arms.json"
    _write_rules(rules, "inert solution")
    config = _write_config(tmp_path, "my_arms.json")  # relative: read beside the config file

    result, report = _run(corpus, out)
    assert result.exit_code == 0, result.output
    assert report["pipeline_config"] == "" and "installed configs/pipeline.toml" in result.output
    assert _doses(out) == {"4 mg": "ondansetron", "2 ml": "ondansetron"}  # bundled rules: no placebo arm
    assert "control" not in _roles(out)

    result, report = _run(corpus, out, "--pipeline-config", str(config))
    assert result.exit_code == 0, result.output
    assert (report["documents_changed"], report["documents_processed"]) == (2, 2)  # another extractor version
    assert report["pipeline_config"] == str(config.resolve()) and str(config.resolve()) in result.output
    assert _doses(out) == {"4 mg": "ondansetron"}  # the placebo's amount doses no drug
    assert "control" in _roles(out)
    custom_version = report["version"]

    result, report = _run(corpus, out, "--pipeline-config", str(config))
    assert result.exit_code == 0, result.output
    assert (report["documents_unchanged"], report["documents_processed"]) == (2, 0)
    assert report["version"] == custom_version

    _write_rules(rules, None)  # the operator edits the rules file: back to the bundled rules' content
    result, report = _run(corpus, out, "--pipeline-config", str(config))
    assert result.exit_code == 0, result.output
    assert (report["documents_changed"], report["documents_processed"]) == (2, 2)
    assert report["version"] != custom_version
    assert _doses(out) == {"4 mg": "ondansetron", "2 ml": "ondansetron"}  # the process built the pipeline anew

    history = db.list_runs(out / DB_NAME)
    shown = CliRunner().invoke(app, ["runs", "show", history["run_id"].iloc[0], "--out", str(out)], env=WIDE)
    assert shown.exit_code == 0 and "pipeline_config" in shown.output
    assert str(config.resolve()) in shown.output


def test_the_version_covers_the_config_and_its_rules_files(tmp_path: Path) -> None:
    installed = extractor_version()
    copy = tmp_path / "copy.toml"
    copy.write_bytes(default_config_path().read_bytes())
    assert extractor_version(None, copy) == installed  # the same config decides the same facts
    rules = tmp_path / "rules" / "arms.json"
    rules.parent.mkdir()
    _write_rules(rules, "inert solution")
    config = _write_config(tmp_path, "rules/arms.json")
    arms = next(c for c in load_pipeline_config(config)["components"] if c["factory"] == "trialmine_arms")
    assert arms["config"]["rules_path"] == str(rules.resolve())
    custom = extractor_version(None, config)
    assert custom != installed and extractor_version(None, config) == custom
    _write_rules(rules, "sham solution")
    assert extractor_version(None, config) not in (custom, installed)


BAD_CONFIGS = {
    "missing config": ("missing.toml", None, "nosuchfile"),
    "not TOML": ("my_pipeline.toml", "[ner\nmodel = ", "notvalidTOML"),
    "no components": ("my_pipeline.toml", '[ner]\nmodel = ""\n', "[[components]]"),
    "missing rules file": ("my_pipeline.toml", "rules:absent.json", "nosuchfile"),
    "rules not JSON": ("bad_arms.json", "rules:{not json", "malformedarmrules"),
    "rules missing a key": ("bad_arms.json", 'rules:{"patterns": {}}', "missingcuepatterns"),
    "rules with a bad Matcher pattern": ("bad_arms.json", "rules:BAD_PATTERN", "badMatcherpattern"),
}


def _with_bad_pattern() -> str:
    return json.dumps(with_bad_matcher_pattern(bundled_arm_rules())[0])


@pytest.mark.parametrize("case", BAD_CONFIGS, ids=list(BAD_CONFIGS))
def test_a_config_that_cannot_be_used_exits_2_naming_the_file_before_any_work(tmp_path: Path, corpus: Path, case: str) -> None:
    named, content, problem = BAD_CONFIGS[case]
    config = tmp_path / "my_pipeline.toml"
    if content is None:
        config = tmp_path / named
    elif content.startswith("rules:"):
        body = content.removeprefix("rules:")
        body = _with_bad_pattern() if body == "BAD_PATTERN" else body
        if named != "my_pipeline.toml":
            (tmp_path / named).write_text(body, "utf-8")
        config = _write_config(tmp_path, named if named != "my_pipeline.toml" else "absent.json")
        named = named if named != "my_pipeline.toml" else "absent.json"
    else:
        config.write_text(content, "utf-8")
    out = tmp_path / "out"
    result, _ = _run(corpus, out, "--pipeline-config", str(config))
    assert result.exit_code == 2, result.output
    assert named in _flat(result.output) and problem in _flat(result.output), result.output
    assert not out.exists()  # before any work: no store, no run
    scheduled = CliRunner().invoke(app, ["schedule", "--interval", "60", "--corpus", str(corpus), "--out", str(out), "--pipeline-config", str(config)])
    assert scheduled.exit_code == 2 and named in _flat(scheduled.output), scheduled.output  # before serving anything
    with pytest.raises(PipelineConfigError, match=named.replace(".", r"\.")):
        extractor_version(None, config)  # the same check guards runs started from the API or a flow


@pytest.mark.slow
def test_the_flow_and_its_worker_processes_extract_with_the_config(tmp_path: Path, corpus: Path) -> None:
    """The Prefect flow takes the config as a parameter; batch tasks in other processes build the
    pipeline from it (one document a batch over 2 processes)."""
    from trialmine.flows.extract import flow_with_runner

    rules = tmp_path / "my_arms.json"
    _write_rules(rules, "inert solution")
    config = _write_config(tmp_path, str(rules))
    out = tmp_path / "out"
    report = flow_with_runner(workers=2)(corpus=corpus, out=out, pipeline_config=config, batch_size=1)
    assert report.pipeline_config == str(config) and report.documents_processed == 2
    assert _doses(out) == {"4 mg": "ondansetron"} and "control" in _roles(out)
