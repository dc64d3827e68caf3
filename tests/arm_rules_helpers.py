"""Custom arm rules files and pipeline configs that name them, for the tests of a custom
`trialmine_arms` `rules_path` (tests/test_custom_rules.py, tests/test_run_config.py)."""

from __future__ import annotations

import json
from importlib import resources

from trialmine.nlp.pipeline import default_config_path


def bundled_arm_rules() -> dict:
    """The bundled rules/arms.json, to edit into a custom rules file."""
    return json.loads(resources.files("trialmine.rules").joinpath("arms.json").read_text("utf-8"))


def with_bad_matcher_pattern(rules: dict) -> tuple[dict, str]:
    """`rules` with a Matcher pattern spaCy refuses added to its first cue label, and that label."""
    label = next(iter(rules["patterns"]))
    rules["patterns"][label].append([{"NOT_A_TOKEN_ATTRIBUTE": "x"}])
    return rules, label


def config_naming_arm_rules(rules_path: str) -> str:
    """The installed pipeline.toml's text with `rules_path` as its trialmine_arms rules file."""
    config = default_config_path().read_text("utf-8").replace(
        'factory = "trialmine_arms"', f'factory = "trialmine_arms"\nconfig = {{ rules_path = {json.dumps(rules_path)} }}'
    )
    assert config.count("rules_path") == 1  # the installed config names no rules file of its own
    return config
