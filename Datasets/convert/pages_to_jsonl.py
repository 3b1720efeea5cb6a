#!/usr/bin/env python3
"""Convert scraped news pages (Datasets/pages/*.txt) into the Lede JSONL schema.

A page has one item per line (blank lines are ignored):

    <header chrome>   section, tag line, byline, date line, comment count ...
    <title>
    <header chrome>   only lines recognisable as chrome: "By ...", "Published ...", a photo caption
    <abstract>        the summary paragraph; becomes the single reference
    <body>            one paragraph (or one bullet item) per line
    <footer chrome>   "Original Source: ...", "Post Comment", "Share this article" ...

Heuristic (a format tool, deliberately simple -- not Lede's page parser):

  1. Chrome lines are dropped wherever they occur: they match one of the
     patterns in CHROME below (comment counts, "By ..." bylines, "Published /
     Updated ..." lines, "Original Source:" / "Source:", "Post Comment",
     "Share this article", "Follow us on ...", "Advertisement", "Read more:",
     "Related:", "Tags:", "Sign up for our newsletter"; these only match
     lines that do not end in sentence punctuation), and photo captions,
     i.e. lines containing "Photo:", "Picture:" or "Image:".
  2. The abstract is the first remaining line that reads as prose: it ends in
     sentence punctuation (optionally followed by a closing quote) and has at
     least MIN_PROSE_WORDS words.
  3. The title is the last remaining line before the abstract; the other
     lines before it (section name, tag line, a byline without "By ") are
     header chrome and are dropped.
  4. Every remaining line after the abstract is a body paragraph; bullet
     items keep their marker ("• ", "- ", "* ") and are paragraphs of their own.

Output per page: id = file stem, title, article = body paragraphs joined with
a blank line ("\\n\\n"), references = [[abstract sentences]], source.
Pages without an abstract cannot be told apart by this heuristic; use
--check to print the word overlap between each abstract and its body (an
abstract re-uses the body's facts, a lead paragraph mostly does not).

Example:
    python3 Datasets/convert/pages_to_jsonl.py Datasets/pages -o Datasets/sample.jsonl
"""

import argparse
import os
import re
import sys

from ledeconv import ConversionError, JSONLWriter, make_record, read_text, split_sentences, warn

MIN_PROSE_WORDS = 15

# Whole-line patterns for header and footer chrome.  They only apply to lines
# that do not end in sentence punctuation, so a body sentence such as
# "By 2030, the city ..." or "Published in 1902, the book ..." is never dropped.
CHROME = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\d[\d,.]*k?\s+comments?$",                  # 0 Comments / 1 Comment / 1,204 Comments
        r"^by\s+\S+(\s+\S+){0,11}$",                    # By Hannah Oduya and Peter Lisle
        r"^(published|updated|last updated|posted)\b.{0,80}$",  # Published 14:32 GMT, 3 March 2026
        r"^(original\s+)?source:",                     # Original Source: www.example.com
        r"^post (a )?comment$",
        r"^share (this|the) (article|story)$",
        r"^follow us\b",
        r"^advertisement$",
        r"^(read more|related|see also|tags|more on this story):",
        r"^sign up (for|to) our newsletter",
    )
]
# A photo caption: any line with a "Photo:" (or Picture:, Image:) credit.
CAPTION = re.compile(r"\b(photo|photograph|picture|image)( credit)?:\s*\S", re.IGNORECASE)

_PROSE_END = re.compile(r"(\.\.\.|…|[.!?])[\"”’')]*$")


def is_chrome(line):
    if CAPTION.search(line):
        return True
    return not _PROSE_END.search(line) and any(pattern.search(line) for pattern in CHROME)


def is_prose(line):
    return bool(_PROSE_END.search(line)) and len(line.split()) >= MIN_PROSE_WORDS


def parse_page(path):
    """Returns (title, abstract, body paragraphs) of the page at `path`."""
    lines = [
        (number, " ".join(raw.split()))
        for number, raw in enumerate(read_text(path).split("\n"), start=1)
    ]
    content = [(n, text) for n, text in lines if text and not is_chrome(text)]
    abstract_at = next((i for i, (_, text) in enumerate(content) if is_prose(text)), None)
    if abstract_at is None:
        raise ConversionError(path, "no prose line found (expected a summary paragraph after the title)")
    if abstract_at == 0:
        line = content[0][0]
        raise ConversionError(path, "the first prose line has no title line before it", line)
    title = content[abstract_at - 1][1]
    abstract = content[abstract_at][1]
    body = [text for _, text in content[abstract_at + 1:]]
    if not body:
        raise ConversionError(path, "no body paragraphs after the summary paragraph", content[abstract_at][0])
    return title, abstract, body


_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOP = set(
    "a an the and or but of to in on at for with from by as is are was were be been has have had "
    "it its this that these those he she they we i you his her their our not no after before about "
    "said says will would could can may also than then there which who whom what when where while "
    "into over up out more most some such".split()
)


def content_words(text):
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def abstract_overlap(abstract, body):
    """Share of the abstract's content words that also occur in the body."""
    words = content_words(abstract)
    if not words:
        return 0.0
    return len(words & content_words(" ".join(body))) / len(words)


def page_files(inputs):
    for item in inputs:
        if os.path.isdir(item):
            for name in sorted(os.listdir(item)):
                if name.endswith(".txt"):
                    yield os.path.join(item, name)
        elif os.path.isfile(item):
            yield item
        else:
            raise ConversionError(item, "no such file or directory")


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Convert scraped news pages (seed layout) into Lede JSONL.",
        epilog="Heuristic" + __doc__.split("Heuristic", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="PATH", help="page files or folders of *.txt pages")
    parser.add_argument("-o", "--output", default="-", help="output file (.gz to compress); default: stdout")
    parser.add_argument("--source", default="lede-pages", help="value of the 'source' field (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="print per-page statistics (words, paragraphs, abstract sentences, overlap) to stderr")
    args = parser.parse_args(argv)

    try:
        with JSONLWriter(args.output) as writer:
            for path in page_files(args.inputs):
                title, abstract, body = parse_page(path)
                sentences = split_sentences(abstract)
                record = make_record(os.path.splitext(os.path.basename(path))[0], title, body, [sentences], args.source)
                writer.write(record, path)
                if args.check:
                    overlap = abstract_overlap(abstract, body)
                    body_words = sum(len(p.split()) for p in body)
                    print(
                        f"{record['id']}: body {body_words} words / {len(body)} paragraphs; "
                        f"abstract {len(abstract.split())} words / {len(sentences)} sentences; "
                        f"overlap {overlap:.2f}",
                        file=sys.stderr,
                    )
                    if overlap < 0.6:
                        warn(f"{path}: the summary paragraph shares only {overlap:.0%} of its words "
                             "with the body; is it really an abstract?")
        print(f"wrote {writer.count} records to {args.output}", file=sys.stderr)
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
