#!/usr/bin/env python3
"""Scores the same candidate/reference pairs with rouge-score, rougers and `lede rouge`, and
prints pairs per second for each and the ratios.

Measures: rouge1, rouge2, rougeL and rougeLsum with stemming, one reference per pair
(rouge-score's RougeScorer([...], use_stemmer=True).score_multi; rougers' (pip rouge-score-rs)
RougeScorer(...).score_batch, which claims rouge-score's numbers bit for bit).

Pairs: for each article of cnn_dailymail/validation, cnn_dailymail/validation_tokenized and
bbc_news_summary/all (in file order), the first three and the next three sentences of the
article (split after . ! or ? followed by white space) against the article's reference; the first
--pairs such pairs (10,000 by default). They are written to Eval/work/bench/ (ignored by git) as
a predictions file (JSON Lines) and a gzip-compressed dataset file.

Timing, one thread each:
- rouge-score and rougers score texts already in memory (joined with newlines beforehand): the
  timer runs around the scoring loop or the score_batch call only. rougers runs with
  RAYON_NUM_THREADS=1.
- lede is timed as a whole process: start-up, reading and decompressing both files, JSON
  parsing, scoring, printing the JSON report (`lede rouge --threads 1 --format json`).
  OPENBLAS_NUM_THREADS=1: the binary links OpenBLAS (for the summarizer), whose worker threads
  otherwise spin at start-up. Two threads (`--threads 2`) are shown as well.
rougers and lede run alternately, --runs times each, so that both see the same load; the table
gives medians and the ratio of each round is listed. Each figure is given as wall-clock time and
as CPU time (user + system, of the Python process for rougers, of the child for lede): on a
shared, loaded machine the CPU time is the steadier of the two.

Mean F of every measure: lede's must equal rougers' and rouge-score's exactly; the script says
whether they do.

Run from the repository root (builds the release binary first):
  Eval/.venv/bin/python Eval/rouge/benchmark.py [--runs 7] [--pairs 0] [--skip-rouge-score]
The shared datasets are read from $LEDE_DATASETS, else ../shared/datasets beside the repository.
"""
import argparse
import gzip
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time

# rougers sizes its thread pool when the pool starts: one thread, like the others.
os.environ["RAYON_NUM_THREADS"] = "1"

from rouge_score import rouge_scorer  # noqa: E402
import rouge_score_rs  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(REPO, "Eval", "work", "bench")
DATASETS = os.environ.get("LEDE_DATASETS", os.path.join(REPO, "..", "shared", "datasets"))
FILES = ["cnn_dailymail/validation.jsonl.gz", "cnn_dailymail/validation_tokenized.jsonl.gz",
         "bbc_news_summary/all.jsonl.gz"]
TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def make_pairs(datasets, limit):
    pairs = []
    for name in FILES:
        with gzip.open(os.path.join(datasets, name), "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                sentences = [s for s in re.split(r"(?<=[.!?])\s+", record["article"]) if s.strip()]
                for part, chosen in enumerate((sentences[:3], sentences[3:6])):
                    if chosen:
                        pairs.append((f"{record['id']}#{part}", chosen, record["references"]))
    return pairs[:limit] if limit else pairs


def write_files(pairs):
    os.makedirs(WORK, exist_ok=True)
    predictions = os.path.join(WORK, "predictions.jsonl")
    dataset = os.path.join(WORK, "dataset.jsonl.gz")
    with open(predictions, "w", encoding="utf-8") as out:
        for pair_id, candidate, _ in pairs:
            out.write(json.dumps({"id": pair_id, "summary": candidate}) + "\n")
    with gzip.open(dataset, "wt", encoding="utf-8") as out:
        for pair_id, _, references in pairs:
            out.write(json.dumps({"id": pair_id, "article": "-", "references": references}) + "\n")
    return predictions, dataset


def texts(pairs):
    """Candidates and their single references, sentences joined with newlines."""
    if any(len(references) != 1 for _, _, references in pairs):
        sys.exit("every pair must have exactly one reference (rougers' score_batch takes one)")
    return ["\n".join(candidate) for _, candidate, _ in pairs], ["\n".join(r[0]) for _, _, r in pairs]


def time_rouge_score(candidates, references):
    scorer = rouge_scorer.RougeScorer(TYPES, use_stemmer=True)
    totals = {t: 0.0 for t in TYPES}
    wall, cpu = time.perf_counter(), time.process_time()
    for candidate, reference in zip(candidates, references):
        scores = scorer.score_multi([reference], candidate)
        for t in TYPES:
            totals[t] += scores[t].fmeasure
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, {t: totals[t] / len(candidates) for t in TYPES}


def time_rougers(candidates, references):
    scorer = rouge_score_rs.RougeScorer(TYPES, use_stemmer=True)
    wall, cpu = time.perf_counter(), time.process_time()
    scores = scorer.score_batch(references, candidates)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, {t: sum(s[t].fmeasure for s in scores) / len(scores) for t in TYPES}


def build(cpu):
    command = ["swift", "build", "-c", "release", "--product", "lede"]
    if cpu:
        command += ["-Xswiftc", "-target-cpu", "-Xswiftc", cpu, "--scratch-path", os.path.join(REPO, ".build-" + cpu)]
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    path = subprocess.run(command + ["--show-bin-path"], cwd=REPO, check=True, capture_output=True,
                          text=True).stdout.strip()
    return os.path.join(path, "lede"), " ".join(command)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_lede(binary, predictions, dataset, threads):
    # `lede` links OpenBLAS for the summarizer; its thread pool starts with the process and
    # spins for a while, taking a core from the scorer. One BLAS thread keeps it idle.
    environment = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    wall, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run([binary, "rouge", "--predictions", predictions, "--dataset", dataset, "--stemming",
                           "--threads", str(threads), "--format", "json"],
                          check=True, capture_output=True, text=True, env=environment)
    wall, cpu = time.perf_counter() - wall, children_cpu() - cpu
    return wall, cpu, {t: v["fmeasure"] for t, v in json.loads(done.stdout).items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", default=DATASETS, help="the shared datasets (default: %(default)s)")
    parser.add_argument("--pairs", type=int, default=10_000, help="pairs to score (0: all; default %(default)s)")
    parser.add_argument("--cpu", help="pass -target-cpu CPU to swiftc (e.g. haswell); default: the generic target")
    parser.add_argument("--runs", type=int, default=7, help="rounds of rougers and lede (medians reported)")
    parser.add_argument("--skip-rouge-score", action="store_true", help="leave out rouge-score (slow: ~20 s)")
    args = parser.parse_args()

    pairs = make_pairs(args.datasets, args.pairs)
    predictions, dataset = write_files(pairs)
    candidates, references = texts(pairs)
    binary, build_command = build(args.cpu)
    count = len(pairs)
    print(f"{count} pairs; measures {', '.join(TYPES)} with stemming; lede built with: {build_command}")
    print(f"rouge-score-rs (rougers) {rouge_score_rs.__version__}; machine: {os.cpu_count()} cores, "
          f"load average before the runs {os.getloadavg()[0]:.2f} (other processes share the cores)")

    rows, means = [], {}
    if not args.skip_rouge_score:
        wall, cpu, means["rouge-score"] = time_rouge_score(candidates, references)
        rows.append(("rouge-score 0.1.2 (Python), in process", wall, cpu))

    results = {"rougers": [], "lede 1": [], "lede 2": []}
    for _ in range(args.runs):
        wall, cpu, means["rougers"] = time_rougers(candidates, references)
        results["rougers"].append((wall, cpu))
        for threads in (1, 2):
            wall, cpu, means[f"lede {threads}"] = time_lede(binary, predictions, dataset, threads)
            results[f"lede {threads}"].append((wall, cpu))

    def median(key, index):
        return statistics.median(run[index] for run in results[key])

    rows.append(("rougers (Rust), score_batch in process", median("rougers", 0), median("rougers", 1)))
    rows.append(("lede rouge, 1 thread, whole process", median("lede 1", 0), median("lede 1", 1)))
    rows.append(("lede rouge, 2 threads, whole process", median("lede 2", 0), median("lede 2", 1)))

    lede = means["lede 1"]
    for name, values in means.items():
        if name == "lede 1":
            continue
        worst = max(abs(values[t] - lede[t]) for t in TYPES)
        print(f"mean F of {name:11} equal to lede's (1 thread): {values == lede} (largest |difference| {worst:.3g})")

    rougers_wall, rougers_cpu = count / median("rougers", 0), count / median("rougers", 1)
    print(f"\n{'':42} {'wall s':>8} {'pairs/s':>9} {'x rougers':>10} {'CPU s':>8} {'pairs/s':>9} {'x rougers':>10}")
    for label, wall, cpu in rows:
        print(f"{label:42} {wall:8.3f} {count / wall:9.0f} {count / wall / rougers_wall:10.2f}"
              f" {cpu:8.3f} {count / cpu:9.0f} {count / cpu / rougers_cpu:10.2f}")
    ratios = [(r[0] / l[0], r[1] / l[1]) for r, l in zip(results["rougers"], results["lede 1"])]
    print("\nlede (1 thread) / rougers, round by round: wall "
          + ", ".join(f"{w:.2f}" for w, _ in ratios) + "; CPU " + ", ".join(f"{c:.2f}" for _, c in ratios))


if __name__ == "__main__":
    main()
