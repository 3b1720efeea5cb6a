#!/usr/bin/env python3
"""Writes one long plain text made of CNN/DailyMail validation articles joined, for the
long-document benchmarks (issue 10). The text is generated, never committed.

    python3 Eval/bench/long_text.py --sentences 94000 --output Eval/work/long/94000.txt

Articles come from cnn_dailymail/validation.jsonl.gz (raw) then validation_tokenized.jsonl.gz
(lower-cased, PTB-tokenized), one paragraph each, separated by blank lines, cycling through both
files again when more sentences are asked for than they hold (so texts above ~159,000 sentences
repeat sentences). Sentences are counted approximately: a split after `.`, `!` or `?` followed by
whitespace, as in the datasets' README. The first N sentences' worth of whole articles is kept.
"""
import argparse
import gzip
import json
import os
import re
import sys

SPLIT = re.compile(r"(?<=[.!?])\s+")


def articles(datasets):
    names = ["cnn_dailymail/validation.jsonl.gz", "cnn_dailymail/validation_tokenized.jsonl.gz"]
    while True:
        for name in names:
            with gzip.open(os.path.join(datasets, name), "rt", encoding="utf-8") as lines:
                for line in lines:
                    text = " ".join(json.loads(line)["article"].split())
                    if text:
                        yield text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, required=True, help="approximate sentence count")
    parser.add_argument("--output", required=True)
    parser.add_argument("--datasets", default=os.environ.get("LEDE_DATASETS") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "datasets"))
    args = parser.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    count = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for text in articles(args.datasets):
            if count >= args.sentences:
                break
            out.write(text + "\n\n")
            count += len(SPLIT.split(text))
    print(f"{args.output}: {count} sentences, {os.path.getsize(args.output)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
