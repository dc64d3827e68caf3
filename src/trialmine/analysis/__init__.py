"""Analyst commands: read-only SQL (`query`), summaries and plots (`summary`), exports (`export`)."""
