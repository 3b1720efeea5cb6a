"""Reading Lede's dataset files: JSON Lines, optionally gzip-compressed.

One article per line:
    {"id": str, "title": str | null, "article": str,
     "references": [[str, ...], ...], "source": str}

Only the fields the peer scripts use are checked (``id``, ``article``,
``references``); a line that breaks the schema raises ``DatasetError`` whose
message is ``FILE:LINE: reason``.
"""

import gzip
import json
from dataclasses import dataclass


class DatasetError(Exception):
    """A dataset line that cannot be used, or a file that cannot be read."""


@dataclass(frozen=True)
class Article:
    id: str
    article: str
    references: list  # list of references, each a list of sentences
    line: int  # 1-based line number in the file
    title: str | None = None


def _open_text(path):
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _check(record, where):
    if not isinstance(record, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(record).__name__}")
    for key in ("id", "article", "references"):
        if key not in record:
            raise DatasetError(f"{where}: missing key {key!r}")
    if not isinstance(record["id"], str) or not record["id"]:
        raise DatasetError(f"{where}: 'id' must be a non-empty string")
    if not isinstance(record["article"], str):
        raise DatasetError(f"{where}: 'article' must be a string")
    references = record["references"]
    if not isinstance(references, list) or not all(
        isinstance(ref, list) and all(isinstance(s, str) for s in ref) for ref in references
    ):
        raise DatasetError(f"{where}: 'references' must be a list of lists of strings")


def read_articles(path, limit=None):
    """Yields the first ``limit`` articles of ``path`` (all when ``limit`` is None).

    Blank lines are skipped; ids must be unique.
    """
    seen = {}
    count = 0
    try:
        stream = _open_text(path)
    except OSError as error:
        raise DatasetError(f"{path}: cannot open: {error.strerror or error}") from None
    with stream:
        line_number = 0
        while limit is None or count < limit:
            where = f"{path}:{line_number + 1}"
            try:
                line = stream.readline()
            except (OSError, EOFError, UnicodeDecodeError) as error:
                raise DatasetError(f"{where}: cannot read: {error}") from None
            if not line:
                break
            line_number += 1
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatasetError(f"{where}: invalid JSON: {error.msg} (column {error.colno})") from None
            _check(record, where)
            if record["id"] in seen:
                raise DatasetError(f"{where}: duplicate id {record['id']!r} (first on line {seen[record['id']]})")
            seen[record["id"]] = line_number
            count += 1
            yield Article(record["id"], record["article"], record["references"], line_number, record.get("title"))
