#!/usr/bin/env bash
# Time per article of Lede's classic summarizers (LSA, Luhn, SumBasic, KL-Sum, Edmundson) and of
# sumy 0.13's implementations of the same algorithms, on the same articles, in one run.
#
#   Eval/bench/classic-speed.sh [DATASET] [ARTICLES]
#
# Defaults: the first 300 articles of cnn_dailymail/validation.jsonl.gz, 3 sentences. Both sides
# are timed in process around the summarize call only, one thread. Lede: best of 3 passes
# (lede-benchmark summarize --algorithm NAME), measured before and after the peers, the better
# counting. sumy: Eval/peers/run_peers.py, which times each article once (mean). The machine is
# shared: run it twice and compare the ratios, not the absolute times.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
dataset=${1:-$datasets/cnn_dailymail/validation.jsonl.gz}
articles=${2:-300}
pairs=(lsa:sumy-lsa luhn:sumy-luhn sumbasic:sumy-sumbasic klsum:sumy-kl edmundson:sumy-edmundson)

Scripts/install-deps
swift build -c release --product lede-benchmark >/dev/null
venv=$(sh Eval/peers/setup.sh | tail -n 1)
work=Eval/work/bench-classic
mkdir -p "$work"

lede_time() {
    .build/release/lede-benchmark summarize "$dataset" --limit "$articles" --algorithm "$1" --passes 3 \
        | awk -F': ' '/seconds per article/ {print $2}'
}

echo "$articles articles of $dataset, 3 sentences, one thread"
echo
echo "| algorithm | Lede us/article | sumy ms/article | Lede is faster by |"
echo "|---|---|---|---|"
for pair in "${pairs[@]}"; do
    algorithm=${pair%%:*} peer=${pair#*:}
    before=$(lede_time "$algorithm")
    "$venv/bin/python" Eval/peers/run_peers.py --dataset "$dataset" --limit "$articles" --peers "$peer" \
        --outdir "$work/$peer" >/dev/null
    after=$(lede_time "$algorithm")
    "$venv/bin/python" - "$algorithm" "$peer" "$before" "$after" "$work/$peer/timing.json" <<'PY'
import json, sys
algorithm, peer, before, after, timing = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
lede = min(before, after)
sumy = json.load(open(timing))["peers"][peer]["mean_seconds_per_article"]
print(f"| {algorithm} (vs {peer}) | {lede * 1e6:.0f} (runs {before * 1e6:.0f}, {after * 1e6:.0f}) | {sumy * 1e3:.2f} | {sumy / lede:.0f}x |")
PY
done
