#!/usr/bin/env python3
"""Builds the dataset parity fixture: candidate/reference pairs from the shared datasets, scored
by rouge-score and ROUGE-1.5.5, stored as descriptions of the pairs plus the expected numbers.

No dataset text is written. Each pair names a dataset file and record id; its references are
the record's references; its candidate is described reproducibly as either
  {"spans": [[start, end], ...]}  sentences cut from the record's article at these Unicode
                                  code point offsets (lead sentences, later sentences, or
                                  windows that cut through words), or
  {"reference_of": id, "reference": k, "sentences": [i, ...]}  sentences, in this order, of
                                  reference k of record `id` of the same file (the record's own
                                  references, shuffled and subset, or another record's).
The parity test (Tests/LedeEvalTests/PredictionsDatasetParityTests.swift) rebuilds the texts
from ../shared/datasets (or $LEDE_DATASETS) and skips when they are absent.

Expected numbers per pair:
  "rs":   rouge-score 0.1.2 score_multi, [precision, recall, fmeasure] of rouge1, rouge2, rougeL,
          rougeLsum, as shortest round-trip strings, without ("plain") and with ("stem") stemming;
  "perl": ROUGE-1.5.5 per-item [R, P, F] as printed (-d) for ROUGE-1, ROUGE-2, ROUGE-L,
          ROUGE-W-1.2, ROUGE-SU4 under -n 2 -w 1.2 -2 4 -u -f A -p 0.5, without and with -m.
The first line holds the script's printed averages (Average_R/P/F with 95% intervals from 1,000
resamples; eval ids "1", "2", ... in pair order, system id "A").

Writes Eval/rouge/fixtures/dataset-pairs.jsonl.gz. Run from the repository root:
  Eval/.venv/bin/python Eval/rouge/make_dataset_fixture.py [--datasets ../shared/datasets]
"""
import argparse
import gzip
import io
import json
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_scorers as ref  # noqa: E402

OUT = os.path.join(ref.REPO, "Eval", "rouge", "fixtures", "dataset-pairs.jsonl.gz")
SEED = 1_550
PLAN = [  # dataset file, pairs
    ("cnn_dailymail/validation.jsonl.gz", 450),
    ("bbc_news_summary/all.jsonl.gz", 450),
    ("cnn_dailymail/validation_tokenized.jsonl.gz", 250),
    ("scisummnet/all.jsonl.gz", 250),
    ("sumpubmed/sample500.jsonl.gz", 150),
]
RS_TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
PERL_MEASURES = ["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4"]
PERL_OPTIONS = ["-n", 2, "-w", 1.2, "-2", 4, "-u", "-c", 95, "-r", 1000, "-f", "A", "-p", 0.5]


def sentence_spans(text):
    spans, position = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+", text):
        if text[position:match.start()].strip():
            spans.append([position, match.start()])
        position = match.end()
    if text[position:].strip():
        spans.append([position, len(text)])
    return spans


def has_token(sentences):
    return any(re.search(r"[A-Za-z0-9]", s) for s in sentences)


def usable(record):
    text = record["article"] + "".join(s for r in record["references"] for s in r)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return False  # lone surrogates would not survive every JSON reader
    return all(has_token(r) for r in record["references"]) and len(record["references"]) > 0


def describe_candidate(rng, record, others):
    article = record["article"]
    spans = sentence_spans(article)
    roll = rng.random()
    if roll < 0.35 and spans:
        return {"kind": "lead", "spans": spans[:rng.randint(1, 4)]}
    if roll < 0.55 and len(spans) > 1:
        start = rng.randrange(len(spans))
        return {"kind": "sentences", "spans": spans[start:start + rng.randint(1, 3)]}
    if roll < 0.70 and len(article) > 200:
        length = rng.randint(100, min(600, len(article) - 1))
        start = rng.randrange(len(article) - length)
        cuts = sorted(rng.sample(range(start + 1, start + length), rng.randint(0, 2)))
        bounds = [start] + cuts + [start + length]
        return {"kind": "window", "spans": [[a, b] for a, b in zip(bounds, bounds[1:])]}
    if roll < 0.85:
        source = rng.choice(others)
        reference = rng.randrange(len(source["references"]))
    else:
        source, reference = record, rng.randrange(len(record["references"]))
    count = len(source["references"][reference])
    chosen = rng.sample(range(count), rng.randint(1, count))
    return {"kind": "reference", "reference_of": source["id"], "reference": reference, "sentences": chosen}


def candidate_sentences(description, record, by_id):
    if "spans" in description:
        return [record["article"][a:b] for a, b in description["spans"]]
    source = by_id[description["reference_of"]]["references"][description["reference"]]
    return [source[i] for i in description["sentences"]]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", default=os.environ.get("LEDE_DATASETS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "datasets")))
    args = parser.parse_args()
    rng = random.Random(SEED)
    pairs = []
    for name, count in PLAN:
        with gzip.open(os.path.join(args.datasets, name), "rt", encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines]
        by_id = {r["id"]: r for r in records}
        candidates = [r for r in records if usable(r)]
        for record in rng.sample(candidates, count):
            description = describe_candidate(rng, record, candidates)
            sentences = candidate_sentences(description, record, by_id)
            pairs.append((name, record, description, sentences))
    items = [(sentences, record["references"]) for _, record, _, sentences in pairs]

    started = time.time()
    rs = {variant: [ref.rouge_score(c, r, stem=variant == "stem", types=RS_TYPES) for c, r in items]
          for variant in ("plain", "stem")}
    rs_seconds = time.time() - started
    perl, averages = {}, {}
    started = time.time()
    for variant in ("plain", "stem"):
        options = PERL_OPTIONS + (["-m"] if variant == "stem" else [])
        perl[variant], averages[variant] = ref.run_perl(items, options)
    perl_seconds = time.time() - started

    kinds = {}
    for _, _, description, _ in pairs:
        kinds[description["kind"]] = kinds.get(description["kind"], 0) + 1
    header = {
        "generator": "Eval/rouge/make_dataset_fixture.py", "seed": SEED, "pairs": len(pairs),
        "rouge_score_types": RS_TYPES, "perl_measures": PERL_MEASURES,
        "perl_options": [str(o) for o in PERL_OPTIONS], "perl_averages": averages, "kinds": kinds,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    # A fixed header (no file name, time 0) so that the same content gives the same bytes.
    with open(OUT, "wb") as raw, gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as packed:
        out = io.TextIOWrapper(packed, encoding="utf-8")
        out.write(json.dumps(header) + "\n")
        for index, (name, record, description, _) in enumerate(pairs):
            description = {k: v for k, v in description.items() if k != "kind"}
            entry = {
                "dataset": name, "id": record["id"], "candidate": description,
                "rs": {v: [rs[v][index][t] for t in RS_TYPES] for v in rs},
                "perl": {v: [perl[v][index][m] for m in PERL_MEASURES] for v in perl},
            }
            out.write(json.dumps(entry, separators=(",", ":")) + "\n")
        out.flush()
        out.detach()
    print(f"{OUT}: {len(pairs)} pairs {kinds}; rouge-score {rs_seconds:.1f} s, ROUGE-1.5.5 {perl_seconds:.1f} s")


if __name__ == "__main__":
    main()
