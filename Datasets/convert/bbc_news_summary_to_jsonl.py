#!/usr/bin/env python3
"""Convert the BBC News Summary folder layout into the Lede JSONL schema.

Input layout (the Kaggle "BBC News Summary" release):

    ROOT/News Articles/<category>/NNN.txt   first line: the title; then the
                                            paragraphs, separated by blank lines
    ROOT/Summaries/<category>/NNN.txt       the extractive summary: article
                                            sentences concatenated with no space
                                            between them ("...$10.9bn.For the...")

Output per article: id = "bbc-<category>-<NNN>", title = the first line,
article = the remaining non-empty lines joined with "\\n\\n", references =
[[summary sentences]], source = "bbc_news_summary" (see --source).

Splitting the summary back into sentences (greedy matching): the article's
paragraphs are cut at every ". ", "! " or "? " (closing quotes allowed), and
every run of consecutive pieces of one paragraph, with its original spacing,
is a candidate.  Walking through the summary, the longest candidate that the
remaining summary text starts with is taken as the next sentence.  Because
the candidates keep the article's spaces, an over-eager cut (after "Mr." or
"U.S.") is repaired by a longer run, while two sentences the summary glued
together ("bn.For") can only match one by one.  When nothing matches, the
text up to the next sentence-final punctuation followed by a capital letter
(or the end) is taken instead, and counted as "unmatched" in the report.

Files that are not UTF-8 are decoded as cp1252 (with a warning).  An article
whose summary file is missing or empty is skipped with a warning (an error
with --strict).

Examples:
    python3 bbc_news_summary_to_jsonl.py "BBC News Summary" -o bbc.jsonl.gz
    python3 bbc_news_summary_to_jsonl.py examples/bbc --category business -o -
"""

import argparse
import os
import re
import sys

from ledeconv import ConversionError, JSONLWriter, make_record, read_text, warn

ARTICLES = "News Articles"
SUMMARIES = "Summaries"

# End of a piece: sentence punctuation, optional closing quotes/brackets, then whitespace.
_CUT = re.compile(r"[.!?][\"'”’)\]]*(?=\s)")
# Fallback: shortest text ending in sentence punctuation followed by a capital, a quote or the end.
_FALLBACK = re.compile(r".+?[.!?][\"'”’)\]]*(?=[A-Z\"“‘']|\s*$)", re.DOTALL)


def normalize(text):
    return " ".join(text.split())


def candidates(paragraphs):
    """All runs of consecutive pieces of each paragraph, longest first."""
    found = set()
    for paragraph in paragraphs:
        starts, ends = [0], []
        for match in _CUT.finditer(paragraph):
            ends.append(match.end())
            starts.append(match.end() + 1)  # text is normalized: exactly one space follows
        ends.append(len(paragraph))
        for i, start in enumerate(starts):
            for end in ends[i:]:
                if end > start:
                    found.add(paragraph[start:end])
    return sorted(found, key=len, reverse=True)


def split_summary(summary, paragraphs):
    """Returns (sentences, number of sentences found verbatim in the article)."""
    text = normalize(summary)
    pool = candidates([normalize(p) for p in paragraphs])
    sentences, matched = [], 0
    position = 0
    while position < len(text):
        if text[position] == " ":
            position += 1
            continue
        piece = next((c for c in pool if text.startswith(c, position)), None)
        if piece is not None:
            matched += 1
        else:
            fallback = _FALLBACK.match(text, position)
            piece = fallback.group(0) if fallback else text[position:]
        sentences.append(piece.strip())
        position += len(piece)
    return sentences, matched


def parse_article(path):
    lines = [normalize(line) for line in read_text(path).split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        raise ConversionError(path, "expected a title line followed by at least one paragraph")
    return lines[0], lines[1:]


def article_files(root, categories):
    base = os.path.join(root, ARTICLES)
    if not os.path.isdir(base):
        raise ConversionError(root, f"no {ARTICLES!r} folder here (expected ROOT/{ARTICLES}/<category>/NNN.txt)")
    for category in sorted(os.listdir(base)):
        folder = os.path.join(base, category)
        if not os.path.isdir(folder) or (categories and category not in categories):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                yield category, name, os.path.join(folder, name)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Convert the BBC News Summary folders into Lede JSONL.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("root", help=f"folder holding '{ARTICLES}/' and '{SUMMARIES}/'")
    parser.add_argument("-o", "--output", default="-", help="output file (.gz to compress); default: stdout")
    parser.add_argument("--category", action="append", metavar="NAME",
                        help="convert only this category (repeatable); default: all")
    parser.add_argument("--source", default="bbc_news_summary", help="value of the 'source' field (default: %(default)s)")
    parser.add_argument("--strict", action="store_true", help="stop at the first article without a usable summary")
    args = parser.parse_args(argv)

    skipped = total = verbatim = 0
    try:
        with JSONLWriter(args.output) as writer:
            for category, name, path in article_files(args.root, args.category):
                title, paragraphs = parse_article(path)
                summary_path = os.path.join(args.root, SUMMARIES, category, name)
                summary = read_text(summary_path) if os.path.isfile(summary_path) else ""
                if not summary.strip():
                    problem = "summary file is missing" if not os.path.isfile(summary_path) else "summary file is empty"
                    if args.strict:
                        raise ConversionError(summary_path, problem)
                    warn(f"{summary_path}: {problem}; {path} skipped")
                    skipped += 1
                    continue
                sentences, matched = split_summary(summary, [title] + paragraphs)
                total += len(sentences)
                verbatim += matched
                record = make_record(f"bbc-{category}-{os.path.splitext(name)[0]}", title, paragraphs, [sentences], args.source)
                writer.write(record, path)
        share = f" ({verbatim / total:.1%})" if total else ""
        print(
            f"wrote {writer.count} records to {args.output}; skipped {skipped}; "
            f"{verbatim} of {total} summary sentences found verbatim in their article{share}",
            file=sys.stderr,
        )
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
