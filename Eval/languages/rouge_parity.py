#!/usr/bin/env python3
"""Checks `lede rouge --tokenizer words|characters` against rougers (pip rouge-score-rs 0.2.1,
its UnicodeTokenizer and CharacterTokenizer) item by item on the shared multilingual data:
Lead-K summaries (lead_k.py; K = 1 for Chinese, 2 otherwise) against each article's first
reference, ROUGE-1, -2, -L and -Lsum precision, recall and F. Exits 1 when any value differs by
more than 1e-6.

Usage (from the repository root, after `swift build -c release --product lede`):
  Eval/.venv/bin/python Eval/languages/rouge_parity.py [LEDE_BINARY]
Datasets: $LEDE_DATASETS, else ../shared/datasets.
"""
import json
import os
import subprocess
import sys
import tempfile

from rouge_score_rs import rouge_scorer
from rouge_score_rs.tokenizers import CharacterTokenizer, UnicodeTokenizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lead_k  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATASETS = os.environ.get("LEDE_DATASETS", os.path.join(ROOT, "..", "shared", "datasets"))
FILES = {"fr_orangesum": 2, "vi_vietnews": 2, "zh_lcsts": 1, "ko_scinewssum": 2}
MEASURES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
TOKENIZERS = {"words": UnicodeTokenizer, "characters": CharacterTokenizer}


def main():
    lede = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "lede")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, k in FILES.items():
            dataset = os.path.join(DATASETS, "multilingual", f"{name}.jsonl.gz")
            records = list(lead_k.records(dataset))
            predictions = os.path.join(tmp, f"{name}.jsonl")
            with open(predictions, "w", encoding="utf-8") as f:
                for record in records:
                    f.write(json.dumps({"id": record["id"], "summary": lead_k.sentences(record["article"])[:k]}, ensure_ascii=False) + "\n")
            for tokenizer, reference_class in TOKENIZERS.items():
                items = os.path.join(tmp, f"{name}-{tokenizer}-items.jsonl")
                subprocess.run([lede, "rouge", "--predictions", predictions, "--dataset", dataset,
                                "--tokenizer", tokenizer, "--per-item", items], check=True, stdout=subprocess.DEVNULL)
                ours = {}
                with open(items, encoding="utf-8") as f:
                    for line in f:
                        row = json.loads(line)
                        ours[row["id"]] = row
                scorer = rouge_scorer.RougeScorer(MEASURES, tokenizer=reference_class())
                differences = 0
                largest = 0.0
                for record in records:
                    candidate = "\n".join(lead_k.sentences(record["article"])[:k])
                    reference = "\n".join(record["references"][0])
                    expected = scorer.score(reference, candidate)
                    for measure in MEASURES:
                        for field in ("precision", "recall", "fmeasure"):
                            gap = abs(getattr(expected[measure], field) - ours[record["id"]][measure][field])
                            largest = max(largest, gap)
                            differences += gap > 1e-6
                worst = max(worst, largest)
                print(f"{name} {tokenizer}: {len(records)} items, {differences} values off by > 1e-6, largest gap {largest:.2e}")
    sys.exit(1 if worst > 1e-6 else 0)


if __name__ == "__main__":
    main()
