"""Ingestion: corpus files in, `Document`s with fixed, clean text out (see `document.py`)."""
