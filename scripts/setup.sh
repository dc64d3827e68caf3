#!/usr/bin/env bash
# Create .venv (if missing) and install trialmine with its test extras. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
# The pins in pyproject.toml are measured: pip check passes without them but runs break.
.venv/bin/python - <<'PY'
import Bio, duckdb, filelock, pandas, pandera, pdfplumber, prefect, pyarrow, scispacy, spacy, typer
import trialmine.cli, trialmine.flows.extract, trialmine.ner
print(f"trialmine ready: spacy {spacy.__version__}, scispacy {scispacy.__version__}, prefect {prefect.__version__}, "
      f"duckdb {duckdb.__version__}, pyarrow {pyarrow.__version__}")
PY
