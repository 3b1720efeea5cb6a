#!/usr/bin/env python3
"""Scores the same 10,000 candidate/reference pairs with rouge-score and with `lede rouge`, and
prints pairs per second for each and the ratio.

Measures: rouge1, rouge2, rougeL and rougeLsum with stemming (rouge-score's
RougeScorer([...], use_stemmer=True).score_multi, one reference per pair).

Pairs: for each article of cnn_dailymail/validation, cnn_dailymail/validation_tokenized and
bbc_news_summary/all (in file order), the first three and the next three sentences of the
article (split after . ! or ? followed by white space) against the article's reference; the first
10,000 such pairs. They are written to Eval/work/bench/ (ignored by git) as a predictions file
and a dataset file.

Timing: both tools score texts already in memory. rouge-score's loop is timed around
score_multi only (texts joined with newlines beforehand); Lede's time is the scoring time
`lede rouge --timing` reports (after reading and parsing the files). The end-to-end wall time
of the lede process (reading, JSON parsing, scoring, output) is shown too. Lede runs are
repeated and the median is reported. Lede runs with OPENBLAS_NUM_THREADS=1: the binary links
OpenBLAS (for the summarizer), whose worker threads otherwise spin at start-up.

Run from the repository root (builds the release binary first):
  Eval/.venv/bin/python Eval/rouge/benchmark.py [--cpu haswell] [--runs 5]
"""
import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import time

from rouge_score import rouge_scorer

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(REPO, "Eval", "work", "bench")
FILES = ["cnn_dailymail/validation.jsonl.gz", "cnn_dailymail/validation_tokenized.jsonl.gz",
         "bbc_news_summary/all.jsonl.gz"]
TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
PAIRS = 10_000


def make_pairs(datasets):
    pairs = []
    for name in FILES:
        with gzip.open(os.path.join(datasets, name), "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                sentences = [s for s in re.split(r"(?<=[.!?])\s+", record["article"]) if s.strip()]
                for part, chosen in enumerate((sentences[:3], sentences[3:6])):
                    if chosen:
                        pairs.append((f"{record['id']}#{part}", chosen, record["references"]))
    return pairs[:PAIRS]


def write_files(pairs):
    os.makedirs(WORK, exist_ok=True)
    predictions = os.path.join(WORK, "predictions.jsonl")
    dataset = os.path.join(WORK, "dataset.jsonl")
    with open(predictions, "w", encoding="utf-8") as out:
        for pair_id, candidate, _ in pairs:
            out.write(json.dumps({"id": pair_id, "summary": candidate}) + "\n")
    with open(dataset, "w", encoding="utf-8") as out:
        for pair_id, _, references in pairs:
            out.write(json.dumps({"id": pair_id, "article": "-", "references": references}) + "\n")
    return predictions, dataset


def time_rouge_score(pairs):
    scorer = rouge_scorer.RougeScorer(TYPES, use_stemmer=True)
    texts = [("\n".join(candidate), ["\n".join(r) for r in references]) for _, candidate, references in pairs]
    totals = {t: 0.0 for t in TYPES}
    started = time.perf_counter()
    for candidate, references in texts:
        scores = scorer.score_multi(references, candidate)
        for t in TYPES:
            totals[t] += scores[t].fmeasure
    seconds = time.perf_counter() - started
    return seconds, {t: totals[t] / len(texts) for t in TYPES}


def build(cpu):
    command = ["swift", "build", "-c", "release", "--product", "lede"]
    if cpu:
        command += ["-Xswiftc", "-target-cpu", "-Xswiftc", cpu, "--scratch-path", os.path.join(REPO, ".build-" + cpu)]
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    path = subprocess.run(command + ["--show-bin-path"], cwd=REPO, check=True, capture_output=True,
                          text=True).stdout.strip()
    return os.path.join(path, "lede"), " ".join(command)


TIMING = re.compile(r"scored (\d+) items in ([0-9.]+) s")


def time_lede(binary, predictions, dataset, threads, runs):
    # `lede` links OpenBLAS for the summarizer; its thread pool starts with the process and
    # spins for a while, taking a core from the scorer. One BLAS thread keeps it idle.
    environment = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    scoring, wall, means = [], [], None
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([binary, "rouge", "--predictions", predictions, "--dataset", dataset, "--stemming",
                               "--threads", str(threads), "--timing", "--format", "json"],
                              check=True, capture_output=True, text=True, env=environment)
        wall.append(time.perf_counter() - started)
        match = TIMING.search(done.stderr)
        if not match:
            sys.exit(f"no timing in lede's output: {done.stderr}")
        scoring.append(float(match.group(2)))
        means = {t: v["fmeasure"] for t, v in json.loads(done.stdout).items()}
    return statistics.median(scoring), statistics.median(wall), means


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", default="/work/shared/datasets")
    parser.add_argument("--cpu", help="pass -target-cpu CPU to swiftc (e.g. haswell); default: the generic target")
    parser.add_argument("--runs", type=int, default=5, help="lede runs per thread count (median reported)")
    args = parser.parse_args()

    pairs = make_pairs(args.datasets)
    predictions, dataset = write_files(pairs)
    binary, build_command = build(args.cpu)
    print(f"{len(pairs)} pairs; measures {', '.join(TYPES)} with stemming; lede built with: {build_command}")
    print(f"machine: {os.cpu_count()} cores, load average before the runs {os.getloadavg()[0]:.2f} "
          "(other processes share the cores)")

    rs_seconds, rs_means = time_rouge_score(pairs)
    rows = [("rouge-score 0.1.2 (Python, 1 thread)", rs_seconds, None)]
    results = {}
    for threads in (1, 2):
        scoring, wall, means = time_lede(binary, predictions, dataset, threads, args.runs)
        results[threads] = means
        rows.append((f"lede rouge, {threads} thread{'s' if threads > 1 else ''}: scoring", scoring, None))
        rows.append((f"lede rouge, {threads} thread{'s' if threads > 1 else ''}: whole process", wall,
                     "reads and parses both files, scores, prints JSON"))

    worst = max(abs(results[1][t] - rs_means[t]) for t in TYPES)
    same_threads = results[1] == results[2]
    print(f"mean F agree with rouge-score: largest |difference| {worst:.3g}; 1 and 2 threads identical: {same_threads}")
    print(f"{'':48} {'seconds':>9} {'pairs/s':>10} {'x rouge-score':>14}")
    rs_rate = len(pairs) / rs_seconds
    for label, seconds, note in rows:
        rate = len(pairs) / seconds
        print(f"{label:48} {seconds:9.3f} {rate:10.0f} {rate / rs_rate:14.1f}" + (f"  ({note})" if note else ""))


if __name__ == "__main__":
    main()
