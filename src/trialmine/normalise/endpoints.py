"""The endpoint vocabulary as a lookup: any listed phrase or code -> its code (rules/endpoints.json).

Light (JSON only, no spaCy): the review form resolves a typed endpoint with it, and validation
compares gold and predicted endpoints through it ("diarrhoea" is the vocabulary's `diarrhea`).
`read_endpoint_rules` is the one reader of the file, also for the spaCy components and the linker."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def read_endpoint_rules() -> dict:
    """rules/endpoints.json as written, read afresh (callers may keep or change what they get)."""
    return json.loads(resources.files("trialmine.rules").joinpath("endpoints.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def endpoint_vocabulary() -> dict[str, str]:
    """lower-case code or phrase -> code, from rules/endpoints.json."""
    data = read_endpoint_rules()
    vocabulary: dict[str, str] = {}
    for category, codes in data.items():
        if category.startswith("_") or not isinstance(codes, dict):
            continue
        for code, phrases in codes.items():
            vocabulary.setdefault(code.lower(), code)
            for phrase in phrases:
                vocabulary.setdefault(phrase.lower(), code)
    return vocabulary


def endpoint_code(text: str) -> str:
    """The vocabulary's code for a phrase or code, else the text itself."""
    return endpoint_vocabulary().get(" ".join(text.lower().split()), text)
