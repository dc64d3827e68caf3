"""CRAFT dependency treebank -> spaCy DocBins, split by whole document.

CRAFT (97 PMC articles, gold tokens, Penn tags in column 5, Stanford/ClearNLP labels) keeps
hyphenated words whole ("post-hoc", "5-fluorouracil"); the trialmine tokenizer splits them at
hyphens and slashes. Trained on CRAFT's tokens as they are, spaCy's alignment would leave every
split word, and every word whose head it is, without a gold head. So :func:`retokenize` splits
such tokens the way the tokenizer does: the last word piece keeps the token's tag, head and label,
the other word pieces attach to it as ``compound`` (``nummod`` for numbers) and the punctuation
between them as ``punct`` (``HYPH`` for hyphens).

The split is deterministic and by document: documents are ordered by the sha1 of their PMID; the
first ``n_test`` are test, the next ``n_dev`` are the dev set for early stopping, the rest train.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs

DEFAULT_N_TEST = 10
DEFAULT_N_DEV = 5
SENTENCES_PER_DOC = 10
_NEWDOC = re.compile(r"^# newdoc id = (\S+)", re.M)
_PUNCT = re.compile(r"^\W+$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def default_treebank() -> Path:
    """``../shared/data/craft/craft_dependency.conllu.gz`` relative to the current directory."""
    return Path("..") / "shared" / "data" / "craft" / "craft_dependency.conllu.gz"


def read_documents(path: str | Path) -> dict[str, str]:
    """PMID -> that document's CoNLL-U text, in file order."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"CRAFT treebank not found: {path} (pass --data FILE)")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        text = fh.read()
    starts = [m for m in _NEWDOC.finditer(text)]
    if not starts:
        raise ValueError(f"{path}: no '# newdoc id = ...' line; not the CRAFT CoNLL-U file")
    docs = {}
    for m, nxt in zip(starts, starts[1:] + [None]):
        docs[m.group(1)] = text[m.start() : nxt.start() if nxt else len(text)]
    return docs


@dataclass(frozen=True)
class Split:
    train: tuple[str, ...]
    dev: tuple[str, ...]
    test: tuple[str, ...]


def split_documents(doc_ids, n_test: int = DEFAULT_N_TEST, n_dev: int = DEFAULT_N_DEV) -> Split:
    """Whole documents ordered by sha1(PMID): test first, then dev, the rest train."""
    ordered = sorted(set(doc_ids), key=lambda d: hashlib.sha1(d.encode()).hexdigest())
    if len(ordered) <= n_test + n_dev:
        raise ValueError(f"{len(ordered)} documents cannot hold {n_test} test + {n_dev} dev documents and a training set")
    return Split(
        train=tuple(sorted(ordered[n_test + n_dev :])),
        dev=tuple(sorted(ordered[n_test : n_test + n_dev])),
        test=tuple(sorted(ordered[:n_test])),
    )


def gold_docs(conllu: str, n_sents: int = SENTENCES_PER_DOC) -> Iterator[Doc]:
    """spaCy's CoNLL-U converter: Penn tag -> ``tag_``, UPOS -> ``pos_``, heads and labels."""
    yield from conllu_to_docs(conllu, n_sents=n_sents, no_print=True)


def retokenize(doc: Doc, nlp: Language) -> Doc:
    """``doc`` with each token split as ``nlp``'s tokenizer splits it (see the module docstring)."""
    words, spaces, tags, poses, lemmas, deps, sent_starts = [], [], [], [], [], [], []
    heads: list[int] = []  # index in the new doc (a head piece: its old head's index, resolved below)
    head_pieces: list[int] = []  # new index of each head piece
    new_index: list[int] = []  # old token -> index of its head piece in the new doc
    for tok in doc:
        pieces = [t.text for t in nlp.tokenizer(tok.text)] if len(tok.text) > 1 else [tok.text]
        if "".join(pieces) != tok.text or len(pieces) == 1:
            pieces = [tok.text]
        word_pieces = [i for i, p in enumerate(pieces) if not _PUNCT.match(p)]
        head_piece = word_pieces[-1] if word_pieces else len(pieces) - 1
        base = len(words)
        for i, piece in enumerate(pieces):
            words.append(piece)
            spaces.append(bool(tok.whitespace_) if i == len(pieces) - 1 else False)
            lemmas.append(tok.lemma_ if len(pieces) == 1 else piece.lower())
            sent_starts.append(bool(tok.is_sent_start) and i == 0)
            if i == head_piece:
                tags.append(tok.tag_)
                poses.append(tok.pos_)
                deps.append(tok.dep_)
                heads.append(tok.head.i)
                head_pieces.append(len(heads) - 1)
            elif _PUNCT.match(piece):
                tags.append("HYPH" if piece in "-–—‐‑" else ":" if piece in ":;" else "," if piece == "," else "SYM")
                poses.append("PUNCT")
                deps.append("punct")
                heads.append(base + head_piece)
            elif _NUMBER.match(piece):
                tags.append("CD")
                poses.append("NUM")
                deps.append("nummod")
                heads.append(base + head_piece)
            else:
                tags.append(tok.tag_)
                poses.append(tok.pos_)
                deps.append("compound")
                heads.append(base + head_piece)
        new_index.append(base + head_piece)
    for i in head_pieces:
        heads[i] = new_index[heads[i]]
    return Doc(
        nlp.vocab, words=words, spaces=spaces, tags=tags, pos=poses, lemmas=lemmas,
        heads=heads, deps=deps, sent_starts=sent_starts,
    )  # fmt: skip


@dataclass
class PreparedTreebank:
    train_path: Path
    dev_path: Path
    test_path: Path
    split: Split
    n_train_docs: int
    n_dev_docs: int
    tokenizer: str
    counts: dict


def prepare_treebank(
    treebank: str | Path,
    out_dir: str | Path,
    nlp: Language,
    tokenizer: str,
    n_test: int = DEFAULT_N_TEST,
    n_dev: int = DEFAULT_N_DEV,
    max_docs: int | None = None,
) -> PreparedTreebank:
    """Write ``train.spacy``, ``dev.spacy`` (retokenized by ``nlp``) and ``test.spacy`` plus
    ``test_gold_tokens.spacy`` (CRAFT's own tokens) under ``out_dir``.

    ``max_docs`` keeps only the first N documents of each split (quick runs)."""
    documents = read_documents(treebank)
    split = split_documents(documents, n_test, n_dev)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, dict[str, int]] = {}
    paths = {}
    for name, ids in (("train", split.train), ("dev", split.dev), ("test", split.test)):
        ids = ids[:max_docs] if max_docs else ids
        bin_, gold_bin = DocBin(store_user_data=False), DocBin(store_user_data=False)
        n_sents = n_words = n_words_gold = 0
        for pmid in ids:
            for doc in gold_docs(documents[pmid]):
                gold_bin.add(doc)
                re_doc = retokenize(doc, nlp)
                bin_.add(re_doc)
                n_sents += sum(1 for _ in doc.sents)
                n_words += len(re_doc)
                n_words_gold += len(doc)
        paths[name] = out_dir / f"{name}.spacy"
        bin_.to_disk(paths[name])
        if name == "test":
            gold_bin.to_disk(out_dir / "test_gold_tokens.spacy")
        counts[name] = {"docs": len(ids), "sentences": n_sents, "tokens_craft": n_words_gold, "tokens_retokenized": n_words}
    return PreparedTreebank(
        paths["train"], paths["dev"], paths["test"], split, counts["train"]["docs"], counts["dev"]["docs"], tokenizer, counts
    )
