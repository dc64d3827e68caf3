"""Reproducible clinical-looking noise for parser robustness tests."""

import random


def random_text(pieces: list[str], size: int, seed: int) -> str:
    """`size` characters made of randomly chosen `pieces`."""
    rng = random.Random(seed)
    out, n = [], 0
    while n < size:
        piece = rng.choice(pieces)
        out.append(piece)
        n += len(piece)
    return "".join(out)[:size]
