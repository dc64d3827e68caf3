"""Find corpus files and ingest them, each inside its own error boundary.

A file that cannot be read becomes a `Failure` with a one-line reason and the batch goes on;
notes that did not stop a file (encoding fallback, duplicates) go to `IngestResult.warnings`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from trialmine.ingest.abstracts import is_abstracts_file, read_abstracts_file
from trialmine.ingest.document import Failure, IngestResult
from trialmine.ingest.errors import IngestError
from trialmine.ingest.identity import path_doc_id
from trialmine.ingest.pdf import pdf_engine_from_env, read_pdf
from trialmine.ingest.pubmed import is_medline, is_pubmed_xml, read_medline, read_pubmed_xml
from trialmine.ingest.text import TEXT_SUFFIXES, read_text_file
from trialmine.limits import Limits

_MB = 1_000_000
_SKIPPED_DIRS = ("gold",)
_SKIPPED_DIR_PAIRS = (("inbox", "done"),)


def discover(corpus_dir: Path) -> list[Path]:
    """Every file under corpus_dir, sorted, except hidden ones, `gold/` and `inbox/done/`.

    Symlinks are listed, not followed, so that `ingest_paths` can report where they point.
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(corpus_dir):
        here = Path(dirpath)
        parts = here.relative_to(corpus_dir).parts
        dirnames[:] = [d for d in dirnames if not _skipped_dir(parts + (d,))]
        linked_dirs = [d for d in dirnames if (here / d).is_symlink()]
        found += [here / name for name in filenames + linked_dirs if not name.startswith(".")]
    return sorted(found, key=lambda p: p.relative_to(corpus_dir).as_posix())


def ingest_paths(
    paths: Iterable[Path], limits: Limits, root: Path | None = None, extra_roots: Sequence[Path] = ()
) -> IngestResult:
    """Ingest each path; never raises for a bad file. Sources are relative to root when given.

    A file's doc_id is its path relative to root (or to the first of `extra_roots` holding it,
    e.g. an inbox outside the corpus) without the extension; an abstract's is its PMID. Two
    files may get the same doc_id here (`a.txt`, `a.md`): `identity.assign_doc_ids` settles it
    with what the store holds. A document whose text hash equals an earlier one is skipped with a
    warning; an abstract whose PMID is already taken by different text is a failure.
    """
    engine = pdf_engine_from_env()
    roots = [_absolute(r) for r in (root, *extra_roots) if r is not None]
    result = IngestResult(roots=[str(r) for r in roots])
    by_hash: dict[str, str] = {}
    by_pmid: dict[str, str] = {}
    for path in paths:
        source = _source_name(path, root)
        try:
            one = _ingest_file(path, source, limits, root, engine)
        except IngestError as e:
            result.failures.append(Failure(source, "ingest", str(e)))
            continue
        except OSError as e:
            result.failures.append(Failure(source, "ingest", f"cannot read file: {e.strerror or e}"))
            continue
        except Exception as e:  # the error boundary: one bad file must not stop the batch
            result.failures.append(Failure(source, "ingest", f"unexpected {_one_line(e)}"))
            continue
        result.failures += one.failures
        result.warnings += one.warnings
        origin = _absolute(path)
        for doc in one.documents:
            doc.origin = f"{origin}{doc.source[len(source):]}" if doc.source.startswith(source) else str(origin)
            if not doc.keyed_by_pmid:
                doc.doc_id = _path_doc_id(origin, roots)
            if doc.sha256 in by_hash:
                note = f"duplicate of {by_hash[doc.sha256]} (same content hash): skipped"
                result.warnings.append(Failure(doc.source, "ingest", note))
            elif doc.keyed_by_pmid and doc.doc_id in by_pmid:
                reason = f"PMID {doc.doc_id} already read from {by_pmid[doc.doc_id]} with another text"
                result.failures.append(Failure(doc.source, "ingest", reason))
            else:
                by_hash[doc.sha256] = doc.source
                if doc.keyed_by_pmid:
                    by_pmid[doc.doc_id] = doc.source
                result.documents.append(doc)
    return result


def _ingest_file(path: Path, source: str, limits: Limits, root: Path | None, engine: str) -> IngestResult:
    if path.is_symlink():
        _check_symlink(path, root)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise IngestError("file not found") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("not a regular file (device, socket or pipe)")
    if info.st_size == 0:
        raise IngestError("zero-byte file")
    if info.st_size > limits.max_file_mb * _MB:
        raise IngestError(
            f"file too large: {info.st_size / _MB:.1f} MB > max_file_mb {limits.max_file_mb:g}"
        )
    suffix = path.suffix.lower()
    if is_abstracts_file(path):
        return read_abstracts_file(path, source, limits)
    if is_pubmed_xml(path):
        return read_pubmed_xml(path, source, limits)
    if is_medline(path):
        return read_medline(path, source, limits)
    if suffix == ".pdf":
        return read_pdf(path, source, limits, engine=engine)
    if suffix in TEXT_SUFFIXES:
        return read_text_file(path, source, limits)
    raise IngestError(f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)")


def _check_symlink(path: Path, root: Path | None) -> None:
    target = path.resolve()
    if root is not None and not target.is_relative_to(root.resolve()):
        raise IngestError(f"symlink points outside the corpus: {os.readlink(path)}")
    if not target.exists():
        raise IngestError(f"broken symlink: {os.readlink(path)} does not exist")


def _skipped_dir(parts: tuple[str, ...]) -> bool:
    name = parts[-1]
    return name.startswith(".") or name in _SKIPPED_DIRS or parts[-2:] in _SKIPPED_DIR_PAIRS


def _path_doc_id(origin: Path, roots: Sequence[Path]) -> str:
    base = next((r for r in roots if origin.is_relative_to(r)), None)
    return path_doc_id(origin.relative_to(base).as_posix() if base else origin.name)


def _absolute(path: Path) -> Path:
    """The absolute path with `..` collapsed, symlinks kept: the place a user named."""
    return Path(os.path.abspath(path))


def _source_name(path: Path, root: Path | None) -> str:
    if root is not None:
        for candidate, base in ((path, root), (path.absolute(), root.absolute())):
            if candidate.is_relative_to(base):
                return candidate.relative_to(base).as_posix()
    return path.as_posix()


def _one_line(error: Exception) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message[:120]}"
