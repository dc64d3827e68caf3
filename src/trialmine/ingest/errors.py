"""The exception a reader raises when a whole file cannot be ingested."""


class IngestError(Exception):
    """A file-level failure; its message is the one-line reason shown in the run report."""
