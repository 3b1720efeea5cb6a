"""Shared helpers for the Lede dataset converters (Python 3 standard library only).

Every converter in this folder writes the Lede JSONL schema, one record per line:

    {"id": str, "title": str | null, "article": str,
     "references": [[sentence, ...], ...], "source": str}

This module holds what they have in common: a small rule-based sentence splitter
for reference summaries, reading text files with an encoding fallback, record
validation, and writing plain or gzip-compressed JSONL.

It is a format tool, not Lede's segmenter: the splitter is deliberately simple
and documented below so that its output can be predicted.
"""

import gzip
import io
import json
import re
import sys

# --------------------------------------------------------------------------
# Errors and messages
# --------------------------------------------------------------------------


class ConversionError(Exception):
    """A problem in an input file, reported as `path:line: reason` (line optional)."""

    def __init__(self, path, reason, line=None):
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {reason}")


def warn(message):
    """Prints a warning to standard error."""
    print(f"warning: {message}", file=sys.stderr)


# --------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------

# Abbreviations that never end a sentence in news text: they are followed by a name.
TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "capt", "cllr", "sen", "rep", "gov",
    "gen", "col", "lt", "sgt", "rev", "fr", "amb", "hon", "mt", "ft", "no", "vs",
}

# Abbreviations that may or may not end a sentence ("Quellon Inc. said" /
# "... bought by Quellon Inc. The deal ...").  After these (and after dotted
# acronyms such as U.S., U.N., a.m.) a boundary is placed only when the next
# word is a common sentence opener.
AMBIGUOUS_ABBREVIATIONS = {"inc", "ltd", "co", "corp", "plc", "jr", "sr", "etc", "bros"}

SENTENCE_OPENERS = {
    "a", "an", "the", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "this", "that", "these", "those", "there", "but",
    "and", "so", "yet", "in", "on", "at", "for", "after", "before", "when",
    "while", "if", "as", "since", "mr", "mrs", "ms", "dr", "prof",
}

# A candidate boundary: terminal punctuation, optional closing quotes or
# brackets, whitespace, then (optionally an opening quote or bracket and) an
# upper-case letter or a digit.
_BOUNDARY = re.compile(
    r"(?P<end>\.\.\.|…|[.!?])(?P<close>[\"”’')\]]*)(?P<space>\s+)"
    r"(?=[\"“‘'(\[]*[A-Z0-9])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.&]*)$")
_NEXT_WORD = re.compile(r"[\"“‘'(\[]*([A-Za-z]+)")


def _is_boundary(text, match):
    """Decides whether the candidate boundary `match` in `text` ends a sentence."""
    if match.group("end") != ".":
        return True  # ! ? and ellipses followed by a capital end a sentence
    if match.group("close"):
        return True  # `.”` or `.)` followed by a capital: the quote ended the sentence
    before = _WORD_BEFORE.search(text, 0, match.start())
    if before is None:
        return True  # e.g. a number: "rose 3.2%." / "in 2027."
    word = before.group(1)
    bare = word.rstrip(".").lower()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. P. Mallory"
    if bare in TITLE_ABBREVIATIONS:
        return False
    next_word = _NEXT_WORD.match(text, match.end())
    opener = next_word is not None and next_word.group(1).lower() in SENTENCE_OPENERS
    if "." in word or bare in AMBIGUOUS_ABBREVIATIONS:
        return opener  # U.S. / a.m. / Inc.: only before a clear sentence opener
    return True


def split_sentences(text):
    """Splits `text` into sentences.

    Rules, in order: a boundary is terminal punctuation (`.`, `!`, `?`, `...`,
    `…`), optionally followed by closing quotes or brackets, then whitespace,
    then a capital letter or digit (optionally behind an opening quote or
    bracket).  Not a boundary: after a single capital initial (`J. K.`), after a
    title (`Mr.`, `Dr.`, `St.` ...).  After a dotted acronym (`U.S.`, `a.m.`)
    or a company suffix (`Inc.`, `Ltd.`) only before a common sentence opener
    (`The`, `It`, `She` ...).  Line breaks always end a sentence.
    """
    sentences = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        start = 0
        for match in _BOUNDARY.finditer(line):
            if _is_boundary(line, match):
                end = match.start("space")
                sentences.append(line[start:end])
                start = match.end()
        if line[start:]:
            sentences.append(line[start:])
    return sentences


# --------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------


def read_text(path):
    """Returns the text of `path`, decoded as UTF-8 (a BOM is dropped) or, failing that, cp1252."""
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warn(f"{path}: not UTF-8, decoded as cp1252")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def make_record(record_id, title, paragraphs, references, source):
    """A record of the schema: the paragraphs joined by blank lines into the article."""
    return {
        "id": record_id,
        "title": title,
        "article": "\n\n".join(paragraphs),
        "references": references,
        "source": source,
    }


def check_record(record, where):
    """Raises ConversionError unless `record` follows the schema and has an article and a reference."""
    for key in ("id", "title", "article", "references", "source"):
        if key not in record:
            raise ConversionError(where, f"record lacks {key!r}")
    if not record["article"].strip():
        raise ConversionError(where, "empty article")
    refs = record["references"]
    if not isinstance(refs, list) or not all(
        isinstance(ref, list) and all(isinstance(s, str) for s in ref) for ref in refs
    ):
        raise ConversionError(where, "references must be a list of lists of strings")
    if not any(any(s.strip() for s in ref) for ref in refs):
        raise ConversionError(where, "no non-empty reference summary")


class JSONLWriter:
    """Writes records as JSON Lines to a file (gzip when the name ends in .gz) or to stdout ('-')."""

    def __init__(self, path):
        self.path = path
        self.count = 0
        self.ids = set()
        if path == "-":
            self._file = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
            self._owned = False
        elif path.endswith(".gz"):
            # mtime=0 and no file name in the header make the output reproducible.
            raw = open(path, "wb")
            self._gzip = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)
            self._raw = raw
            self._file = io.TextIOWrapper(self._gzip, encoding="utf-8", newline="\n")
            self._owned = True
        else:
            self._file = open(path, "w", encoding="utf-8", newline="\n")
            self._owned = True

    def write(self, record, where):
        check_record(record, where)
        if record["id"] in self.ids:
            raise ConversionError(where, f"duplicate id {record['id']!r}")
        self.ids.add(record["id"])
        ordered = {key: record[key] for key in ("id", "title", "article", "references", "source")}
        self._file.write(json.dumps(ordered, ensure_ascii=False) + "\n")
        self.count += 1

    def close(self):
        self._file.flush()
        if self._owned:
            self._file.close()
            if hasattr(self, "_raw"):
                self._raw.close()
        else:
            self._file.detach()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
