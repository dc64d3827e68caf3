"""trialmine: clinical literature in, a reviewed and queryable evidence table out.

`trialmine.load(...)`, `trialmine.results(...)` and `trialmine.connect(...)` (see `trialmine.api`)
read the evidence database as typed pandas DataFrames; imported on first use, so importing a
submodule stays light.
"""

__version__ = "0.1.0"
__all__ = ["connect", "load", "results"]


def __getattr__(name: str):
    if name in __all__:
        from trialmine import api

        return getattr(api, name)
    raise AttributeError(f"module 'trialmine' has no attribute {name!r}")
