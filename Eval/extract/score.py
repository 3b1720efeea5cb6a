#!/usr/bin/env python3
"""Article extraction on trafilatura's evaluation set: Lede and trafilatura in the same run.

Each page's `with` snippets found in the extracted text are true positives (missing: false
negatives), its `without` snippets found are false positives (absent: true negatives); precision,
recall and F1 are over all snippets (the datasets README). Lede's text is what `lede extract`
prints (title, abstract, body paragraphs; here one per line, from `--format json`);
trafilatura's is `trafilatura.extract(html)` with its defaults. Both run as one process over the
whole set, one thread each, and are timed from process start to exit, in CPU time (user +
system, robust on a shared machine) and in wall-clock time.

Usage: Eval/.venv/bin/python Eval/extract/score.py [--lede .build/release/lede] [--limit N] [--repeat K]
The set is read from $LEDE_DATASETS/html/trafilatura_eval (default ../shared/datasets).
"""
import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def trafilatura_worker(folder, names):
    """Runs in its own process: extracts every page with trafilatura, prints {name: text}."""
    import trafilatura
    results = {}
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            html = handle.read()
        results[name] = trafilatura.extract(html) or ""
    json.dump(results, sys.stdout)


def lede_texts(lede, folder, names):
    paths = [os.path.join(folder, name) for name in names]
    output = subprocess.run([lede, "extract", "--format", "json", *paths], capture_output=True, check=True).stdout
    reports = json.loads(output)
    if isinstance(reports, dict):
        reports = [reports]
    texts = {}
    for name, report in zip(names, reports):
        parts = [report[key] for key in ("title", "abstract") if report.get(key)] + report["body"]
        texts[name] = "\n".join(parts)
    return texts


def score(annotations, texts):
    tp = fn = fp = tn = 0
    for item in annotations:
        text = texts.get(item["name"], "")
        for snippet in item["with"]:
            if snippet in text:
                tp += 1
            else:
                fn += 1
        for snippet in item["without"]:
            if snippet in text:
                fp += 1
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fn": fn, "fp": fp, "tn": tn}


def timed(function):
    """The result, the wall-clock seconds and the CPU seconds (user + system) of child processes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = function()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lede", default=os.path.join(ROOT, ".build", "release", "lede"))
    parser.add_argument("--datasets", default=os.environ.get("LEDE_DATASETS", os.path.join(ROOT, "..", "shared", "datasets")))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeat", type=int, default=1, help="time each tool this many times (scores are from the first run)")
    parser.add_argument("--skip-trafilatura", action="store_true", help="Lede only (while iterating)")
    parser.add_argument("--failures", help="write Lede's missed and wrongly kept snippets to this JSON file")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.worker:
        folder, listing = arguments.worker
        with open(listing) as handle:
            trafilatura_worker(folder, json.load(handle))
        return

    base = os.path.join(arguments.datasets, "html", "trafilatura_eval")
    with open(os.path.join(base, "annotations.json")) as handle:
        raw = json.load(handle)
    annotations = []
    for url, item in raw.items():
        annotations.append({"url": url, "name": item["file"].removesuffix(".gz"), "file": item["file"],
                            "with": item.get("with", []), "without": item.get("without", [])})
    annotations.sort(key=lambda item: item["name"])
    if arguments.limit:
        annotations = annotations[: arguments.limit]

    with tempfile.TemporaryDirectory() as folder:
        for item in annotations:
            with gzip.open(os.path.join(base, "pages", item["file"]), "rb") as source:
                data = source.read()
            with open(os.path.join(folder, item["name"]), "wb") as target:
                target.write(data)
        names = [item["name"] for item in annotations]
        listing = os.path.join(folder, "names.json")
        with open(listing, "w") as handle:
            json.dump(names, handle)
        environment = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")

        systems = {}
        lede_times = []
        for run in range(arguments.repeat):
            texts, seconds, cpu = timed(lambda: lede_texts(arguments.lede, folder, names))
            lede_times.append((seconds, cpu))
            if run == 0:
                systems["lede"] = texts
        rows = [("lede", systems["lede"], lede_times)]
        if not arguments.skip_trafilatura:
            trafilatura_times = []
            for run in range(arguments.repeat):
                command = [sys.executable, os.path.abspath(__file__), "--worker", folder, listing]
                completed, seconds, cpu = timed(lambda: subprocess.run(command, capture_output=True, check=True, env=environment))
                trafilatura_times.append((seconds, cpu))
                if run == 0:
                    systems["trafilatura"] = json.loads(completed.stdout)
            rows.append(("trafilatura", systems["trafilatura"], trafilatura_times))

    results = {}
    print(f"{len(annotations)} pages, {sum(len(a['with']) + len(a['without']) for a in annotations)} snippets")
    print("| system | precision | recall | F1 | CPU ms/page (best run) | wall ms/page (best run) | whole-process CPU seconds, run by run |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, texts, times in rows:
        measured = score(annotations, texts)
        results[name] = dict(measured, seconds=[wall for wall, _ in times], cpu=[cpu for _, cpu in times])
        print(f"| {name} | {measured['precision']:.3f} | {measured['recall']:.3f} | {measured['f1']:.3f} | "
              f"{1000 * min(cpu for _, cpu in times) / len(annotations):.2f} | {1000 * min(wall for wall, _ in times) / len(annotations):.2f} | "
              f"{', '.join(f'{cpu:.2f}' for _, cpu in times)} |")
    if "trafilatura" in results:
        for kind in ("cpu", "seconds"):
            ratios = [t / l for t, l in zip(results["trafilatura"][kind], results["lede"][kind])]
            label = "CPU" if kind == "cpu" else "wall-clock"
            print(f"trafilatura / lede {label} time, run by run: {', '.join(f'{r:.1f}x' for r in ratios)}")
    if arguments.failures:
        failures = []
        for item in annotations:
            text = systems["lede"].get(item["name"], "")
            missed = [s for s in item["with"] if s not in text]
            kept = [s for s in item["without"] if s in text]
            if missed or kept:
                failures.append({"name": item["name"], "url": item["url"], "missed": missed, "kept": kept})
        with open(arguments.failures, "w") as handle:
            json.dump(failures, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
