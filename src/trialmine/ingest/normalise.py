"""Character clean-up applied before a text becomes `Document.text` (never after)."""

from __future__ import annotations

import unicodedata

_SPACES = {
    "\u2009": " ",  # thin space
    "\u202f": " ",  # narrow no-break space
    "\u2007": " ",  # figure space
    "\u200a": " ",  # hair space
}
_NBSP = {"\u00a0": " "}
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_MICRO = {"\U0001d707": "\u00b5", "\u03bc": "\u00b5"}  # math italic mu, Greek mu -> micro sign

_TABLE_KEEP_NBSP = str.maketrans({**_SPACES, **_LIGATURES, **_MICRO})
_TABLE = str.maketrans({**_SPACES, **_NBSP, **_LIGATURES, **_MICRO})


def normalise_text(text: str, *, keep_nbsp: bool = False) -> str:
    """Unify line ends, odd spaces, ligatures and mu signs, then NFC. Idempotent.

    `keep_nbsp=True` is for text files: there a no-break space is deliberate content (the
    corpus paper writes "35\\u00a0mg/m2" and its gold spans quote it), so it is kept; in PDF
    output it is layout noise and becomes a plain space.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TABLE_KEEP_NBSP if keep_nbsp else _TABLE)
    return unicodedata.normalize("NFC", text)
