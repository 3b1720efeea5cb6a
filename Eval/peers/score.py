#!/usr/bin/env python3
"""Scores peer predictions against a Lede dataset with Google's rouge-score.

A small cross-check for `lede rouge`: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1,
Porter stemming on, each summary and reference given as its sentences joined
with newlines (rougeLsum's summary-level LCS splits on them). With several
references, each measure takes its best F1 over the references (rouge-score's
score_multi). Prints the mean over the articles of the predictions file.
"""

import argparse
import json
import sys
from pathlib import Path

from dataset import DatasetError, read_articles

MEASURES = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def read_predictions(path):
    """Maps id -> list of summary sentences; errors name FILE:LINE."""
    predictions = {}
    try:
        stream = open(path, encoding="utf-8")
    except OSError as error:
        raise DatasetError(f"{path}: cannot open: {error.strerror}") from None
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatasetError(f"{where}: invalid JSON: {error.msg}") from None
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                raise DatasetError(f"{where}: expected an object with a string 'id'")
            summary = record.get("summary")
            if not isinstance(summary, list) or not all(isinstance(s, str) for s in summary):
                raise DatasetError(f"{where}: 'summary' must be a list of strings")
            if record["id"] in predictions:
                raise DatasetError(f"{where}: duplicate id {record['id']!r}")
            predictions[record["id"]] = summary
    return predictions


def score_file(scorer, predictions_path, references):
    predictions = read_predictions(predictions_path)
    unknown = [key for key in predictions if key not in references]
    if unknown:
        raise DatasetError(
            f"{predictions_path}: {len(unknown)} id(s) not in the dataset, e.g. {unknown[0]!r}"
        )
    totals = dict.fromkeys(MEASURES, 0.0)
    for key, summary in predictions.items():
        targets = ["\n".join(reference) for reference in references[key]]
        scores = scorer.score_multi(targets, "\n".join(summary))
        for measure in MEASURES:
            totals[measure] += scores[measure].fmeasure
    count = len(predictions)
    return count, {m: (totals[m] / count if count else float("nan")) for m in MEASURES}


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="score.py",
        description="Mean ROUGE-1/2/Lsum F1 (rouge-score 0.1.2, stemming on) of "
        "predictions files written by run_peers.py.",
        epilog="example:\n  Eval/.venv/bin/python Eval/peers/score.py \\\n"
        "      --dataset ../shared/datasets/cnn_dailymail/validation.jsonl.gz \\\n"
        "      --predictions Eval/work/peers/cnn/*.jsonl\n\n"
        "Only the articles present in a predictions file are scored; an id that\n"
        "is not in the dataset is an error. Scores are printed as percentages.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--predictions", required=True, nargs="+", type=Path, metavar="FILE",
                        help='one or more JSONL files of {"id", "summary": [sentences]}')
    parser.add_argument("--dataset", required=True, type=Path, metavar="FILE",
                        help="the dataset the predictions were made from (JSONL, optionally gzipped)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object per predictions file instead of a table")
    arguments = parser.parse_args(argv)

    from rouge_score import rouge_scorer

    try:
        references = {a.id: a.references for a in read_articles(arguments.dataset)}
    except DatasetError as error:
        print(f"score.py: {error}", file=sys.stderr)
        return 2
    scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)

    if not arguments.json:
        print(f"{'predictions':<28} {'n':>5} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'R-Lsum':>6}")
    status = 0
    for path in arguments.predictions:
        try:
            count, means = score_file(scorer, path, references)
        except DatasetError as error:
            print(f"score.py: {error}", file=sys.stderr)
            status = 2
            continue
        if arguments.json:
            print(json.dumps({"predictions": str(path), "articles": count,
                              **{f"{m}_f": means[m] for m in MEASURES}}))
        else:
            print(f"{path.stem:<28} {count:>5} "
                  + " ".join(f"{100 * means[m]:6.2f}" for m in MEASURES))
    return status


if __name__ == "__main__":
    sys.exit(main())
