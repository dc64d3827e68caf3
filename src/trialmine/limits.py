"""Resource limits for one ingestion run, so a single huge or hostile file cannot stall a batch."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 200
    max_pages: int = 500
    max_chars: int = 20_000_000

    def __post_init__(self) -> None:
        for f in fields(self):
            if not getattr(self, f.name) > 0:
                raise ValueError(f"{f.name} must be positive, got {getattr(self, f.name)!r}")

    @classmethod
    def from_env(cls) -> Limits:
        """Defaults overridden by TRIALMINE_MAX_FILE_MB, TRIALMINE_MAX_PAGES, TRIALMINE_MAX_CHARS."""
        values: dict[str, float | int] = {}
        for f in fields(cls):
            variable = f"TRIALMINE_{f.name.upper()}"
            raw = os.environ.get(variable, "").strip()
            if not raw:
                continue
            parse = float if f.name == "max_file_mb" else int
            try:
                values[f.name] = parse(raw.replace("_", ""))
            except ValueError:
                raise ValueError(f"{variable}={raw!r} is not a valid {parse.__name__}") from None
        return cls(**values)
