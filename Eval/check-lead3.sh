#!/usr/bin/env bash
# Checks that `lede eval`'s lead-3 scores equal those of Google's rouge-score (stemming on)
# applied to the same first three sentences (issue: evaluation harness, acceptance 1).
#
#   Eval/check-lead3.sh [DATASET.jsonl.gz ...]     (default: both CNN/DailyMail validation files)
#
# Prints, for each dataset, the mean F of rouge1, rouge2, rougeL and rougeLsum from both tools
# and the largest difference; exits 1 if any differs by 5e-5 or more (4 decimals).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
files=("$@")
((${#files[@]})) || files=("$datasets/cnn_dailymail/validation.jsonl.gz" "$datasets/cnn_dailymail/validation_tokenized.jsonl.gz")

Scripts/install-deps
swift build -c release --product lede >/dev/null
venv=$(sh Eval/peers/setup.sh | tail -n 1)
work=Eval/work/lead3
mkdir -p "$work"
status=0
for file in "${files[@]}"; do
    name=$(basename "$file" .jsonl.gz)
    .build/release/lede eval "$file" --systems lead-3 --baseline none --resamples 1 --trials 1 \
        --outputs "$work/$name" --save-report "$work/$name.json" >/dev/null
    "$venv/bin/python" Eval/peers/score.py --dataset "$file" --predictions "$work/$name/lead-3.jsonl" --json \
        > "$work/$name.rouge-score.json"
    "$venv/bin/python" - "$work/$name.json" "$work/$name.rouge-score.json" "$file" <<'PY' || status=1
import json, sys
lede = json.load(open(sys.argv[1]))["systems"][0]
reference = json.loads(open(sys.argv[2]).read().strip().splitlines()[-1])
worst = 0.0
print(sys.argv[3])
print(f"{'measure':10} {'lede eval':>12} {'rouge-score':>12}")
for measure in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
    a, b = lede[measure]["fmeasure"], reference[f"{measure}_f"]
    worst = max(worst, abs(a - b))
    print(f"{measure:10} {a:12.6f} {b:12.6f}")
print(f"largest difference: {worst:.2e} over {reference['articles']} articles")
sys.exit(0 if worst < 5e-5 else 1)
PY
done
exit $status
