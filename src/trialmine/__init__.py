"""trialmine: clinical literature in, a reviewed and queryable evidence table out."""

__version__ = "0.1.0"
