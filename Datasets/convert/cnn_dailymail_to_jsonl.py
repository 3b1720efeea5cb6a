#!/usr/bin/env python3
"""Convert CNN/DailyMail `.story` files into the Lede JSONL schema.

Input layout (the "questions" release used by See et al., 2017): one file per
story, named <sha1 of the story URL>.story, in cnn/stories/ and dailymail/stories/.

    <paragraph>                      paragraphs separated by blank lines
                                     (a paragraph may span several lines)
    <paragraph>

    @highlight

    <highlight sentence>

    @highlight

    <highlight sentence>

Output per story: id = file stem (the URL hash, as in the Hugging Face
release), title = null, article = paragraphs joined with "\\n\\n",
references = [[highlight, highlight, ...]] (one reference whose sentences are
the highlights), source = "cnn_dailymail" (see --source).

Stories with an empty article or without any highlight are skipped with a
warning naming the file (an error with --strict).  Selecting a split: pass
the split's URL list (url_lists/all_val.txt, all_test.txt ...) with
--url-list; each URL is hashed with SHA-1 to find its story file, and records
are written in the order of the list.

Examples:
    python3 cnn_dailymail_to_jsonl.py cnn/stories dailymail/stories \\
        --url-list url_lists/all_val.txt -o cnndm-validation.jsonl.gz
    python3 cnn_dailymail_to_jsonl.py examples/cnn -o -
"""

import argparse
import hashlib
import os
import sys

from ledeconv import ConversionError, JSONLWriter, make_record, read_text, warn


def parse_story(path):
    """Returns (paragraphs, highlights) of a .story file; raises ConversionError if it has neither."""
    paragraphs, highlights = [], []
    block = []
    in_highlights = False
    expecting_highlight_at = None  # line number of an @highlight still waiting for its text
    for number, raw in enumerate(read_text(path).split("\n"), start=1):
        line = " ".join(raw.split())
        if line.lower() == "@highlight":
            if expecting_highlight_at is not None:
                warn(f"{path}:{expecting_highlight_at}: @highlight without text")
            in_highlights = True
            expecting_highlight_at = number
            if block:
                paragraphs.append(" ".join(block))
                block = []
            continue
        if not in_highlights:
            if line:
                block.append(line)
            elif block:
                paragraphs.append(" ".join(block))
                block = []
        elif line:
            if expecting_highlight_at is None:
                # Text after a highlight with no @highlight marker: a continuation line.
                highlights[-1] = f"{highlights[-1]} {line}"
            else:
                highlights.append(line)
                expecting_highlight_at = None
    if block:
        paragraphs.append(" ".join(block))
    if expecting_highlight_at is not None:
        warn(f"{path}:{expecting_highlight_at}: @highlight without text")
    return paragraphs, highlights


def story_files(inputs):
    for item in inputs:
        if os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".story"):
                        yield os.path.join(root, name)
        elif os.path.isfile(item):
            yield item
        else:
            raise ConversionError(item, "no such file or directory")


def select_by_url_list(files, url_list):
    """Orders and filters `files` by the SHA-1 hashes of the URLs in `url_list`."""
    by_hash = {os.path.splitext(os.path.basename(f))[0]: f for f in files}
    selected = []
    missing = 0
    for number, raw in enumerate(read_text(url_list).split("\n"), start=1):
        url = raw.strip()
        if not url:
            continue
        digest = hashlib.sha1(url.encode("utf-8")).hexdigest()
        if digest in by_hash:
            selected.append(by_hash[digest])
        else:
            missing += 1
    if missing:
        warn(f"{url_list}: {missing} listed URLs have no story file among the inputs")
    return selected


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Convert CNN/DailyMail .story files into Lede JSONL.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="PATH", help=".story files or folders (searched recursively)")
    parser.add_argument("-o", "--output", default="-", help="output file (.gz to compress); default: stdout")
    parser.add_argument("--url-list", metavar="FILE", help="keep only the stories of this URL list, in its order")
    parser.add_argument("--source", default="cnn_dailymail", help="value of the 'source' field (default: %(default)s)")
    parser.add_argument("--strict", action="store_true", help="stop at the first story without article or highlights")
    args = parser.parse_args(argv)

    skipped = 0
    try:
        files = list(story_files(args.inputs))
        if args.url_list:
            files = select_by_url_list(files, args.url_list)
        with JSONLWriter(args.output) as writer:
            for path in files:
                paragraphs, highlights = parse_story(path)
                problem = "empty article" if not paragraphs else "no @highlight summary" if not highlights else None
                if problem:
                    if args.strict:
                        raise ConversionError(path, problem)
                    warn(f"{path}: {problem}; skipped")
                    skipped += 1
                    continue
                record = make_record(os.path.splitext(os.path.basename(path))[0], None, paragraphs, [highlights], args.source)
                writer.write(record, path)
        print(f"wrote {writer.count} records to {args.output}; skipped {skipped}", file=sys.stderr)
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
