#!/usr/bin/env python3
"""Lead-K predictions: the first K sentences of each article, cut at `.`, `!`, `?` before
whitespace and after `。`, `！`, `？` (no abbreviation rules: the plain baseline of issue 11).

Usage: lead_k.py DATASET.jsonl[.gz] K > predictions.jsonl   (JSONL {"id", "summary": [...]})
"""
import gzip
import json
import re
import sys

CUT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def sentences(text):
    return [s.strip() for s in CUT.split(text) if s.strip()]


def records(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def main():
    path, k = sys.argv[1], int(sys.argv[2])
    for record in records(path):
        summary = sentences(record["article"])[:k]
        print(json.dumps({"id": record["id"], "summary": summary}, ensure_ascii=False))


if __name__ == "__main__":
    main()
