#!/usr/bin/env python3
"""Compares the outputs of two `lede` builds, record by record, on every shared dataset
(issue 10: "the same answers").

    python3 Eval/bench/compare_builds.py BASELINE_LEDE CANDIDATE_LEDE [--algorithms default,textrank]

Build the baseline from another commit in a scratch checkout (for example
`git worktree add --detach ../lede-baseline main`, then `swift build -c release --product lede`
there). Both builds run `lede --jsonl --explain --threads 1 --algorithm A` on each
`*.jsonl.gz` under ../shared/datasets (or $LEDE_DATASETS). For each dataset and algorithm it
prints the records compared, how many have identical summaries, identical candidate lists
(every sentence's score and rank, bit for bit), and for the others the largest relative score
difference and whether the ranks or the summary changed; records whose summaries differ are
listed by id. Exit status 1 when some summary differs.
"""
import argparse
import glob
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def run(lede, path, algorithm):
    with gzip.open(path, "rb") as source:
        data = source.read()
    result = subprocess.run([lede, "--jsonl", "--explain", "--threads", "1", "--algorithm", algorithm],
                            input=data, capture_output=True, check=False)
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines() if line.strip()]


def compare(baseline, candidate):
    counts = {"records": 0, "same summary": 0, "same candidates": 0, "rank changes": 0}
    worst = 0.0
    changed = []
    for old, new in zip(baseline, candidate):
        counts["records"] += 1
        if old.get("summary") == new.get("summary"):
            counts["same summary"] += 1
        else:
            changed.append(old.get("id"))
        old_candidates, new_candidates = old.get("candidates", []), new.get("candidates", [])
        if old_candidates == new_candidates:
            counts["same candidates"] += 1
            continue
        if [c["rank"] for c in old_candidates] != [c["rank"] for c in new_candidates]:
            counts["rank changes"] += 1
        for a, b in zip(old_candidates, new_candidates):
            scale = max(abs(a["score"]), abs(b["score"]), 1e-300)
            worst = max(worst, abs(a["score"] - b["score"]) / scale)
    if len(baseline) != len(candidate):
        changed.append(f"(record counts differ: {len(baseline)} vs {len(candidate)})")
    return counts, worst, changed


def main():
    parser = argparse.ArgumentParser(description="Compare two lede builds on the shared datasets.")
    parser.add_argument("baseline")
    parser.add_argument("candidate")
    parser.add_argument("--algorithms", default="default")
    parser.add_argument("--datasets", default=os.environ.get("LEDE_DATASETS")
                        or os.path.join(ROOT, "..", "shared", "datasets"))
    args = parser.parse_args()
    paths = sorted(glob.glob(os.path.join(args.datasets, "**", "*.jsonl.gz"), recursive=True))
    if not paths:
        sys.exit(f"no *.jsonl.gz under {args.datasets}")
    print("| dataset | algorithm | records | same summary | same scores (bit for bit) | rank changes | largest relative score difference |")
    print("|---|---|---:|---:|---:|---:|---:|")
    any_changed = False
    for path in paths:
        name = os.path.relpath(path, args.datasets)
        for algorithm in args.algorithms.split(","):
            counts, worst, changed = compare(run(args.baseline, path, algorithm), run(args.candidate, path, algorithm))
            print(f"| {name} | {algorithm} | {counts['records']} | {counts['same summary']} | "
                  f"{counts['same candidates']} | {counts['rank changes']} | {worst:.2g} |", flush=True)
            if changed:
                any_changed = True
                print(f"  summaries differ: {', '.join(map(str, changed[:20]))}", file=sys.stderr)
    sys.exit(1 if any_changed else 0)


if __name__ == "__main__":
    main()
