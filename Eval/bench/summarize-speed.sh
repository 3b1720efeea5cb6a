#!/usr/bin/env bash
# Time per article of Lede's summarizer and of the fastest Python peers, on the same articles,
# in one run (issue: Lede core, acceptance 5).
#
#   Eval/bench/summarize-speed.sh [DATASET] [ARTICLES]
#   CPU=haswell Eval/bench/summarize-speed.sh     # Lede built for AVX2 machines (see below)
#
# Defaults: the first 1,000 articles of cnn_dailymail/validation.jsonl.gz, 3 sentences.
# Both sides are timed in process around the summarize call only (no process start-up, no file
# reading), one thread. Lede: best of 3 passes over the articles (lede-benchmark summarize).
# Peers: Eval/peers/run_peers.py, which times each article once; it runs twice and the faster
# mean counts, so that both sides get a best-of figure. The machine is shared: run it twice.
# By default Lede is built for baseline x86-64, as `swift build -c release` does; with
# CPU=haswell it is built with `-Xswiftc -target-cpu -Xswiftc haswell` (AVX2, FMA), the flags
# recommended for benchmarks on these machines (never put in Package.swift).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
dataset=${1:-$datasets/cnn_dailymail/validation.jsonl.gz}
articles=${2:-1000}
peers=summa-textrank,sumy-lexrank

Scripts/install-deps
cpu_flags=()
if [[ -n "${CPU:-}" ]]; then cpu_flags=(-Xswiftc -target-cpu -Xswiftc "$CPU"); fi
swift build -c release --product lede-benchmark "${cpu_flags[@]}" >/dev/null
venv=$(sh Eval/peers/setup.sh | tail -n 1)
work=Eval/work/bench
mkdir -p "$work"

lede_time() {
    .build/release/lede-benchmark summarize "$dataset" --limit "$articles" --passes 3 \
        | awk -F': ' '/seconds per article/ {print $2}'
}

before=$(lede_time)
for pass in 1 2; do
    "$venv/bin/python" Eval/peers/run_peers.py --dataset "$dataset" --limit "$articles" --peers "$peers" \
        --outdir "$work/peers-$pass" >/dev/null
done
after=$(lede_time)

"$venv/bin/python" - "$dataset" "$articles" "$before" "$after" "$work/peers-1/timing.json" "$work/peers-2/timing.json" <<'PY'
import json, sys
dataset, articles, before, after = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
runs = [json.load(open(path))["peers"] for path in sys.argv[5:]]
lede = min(before, after)
import os
cpu = os.environ.get("CPU") or "baseline x86-64"
print(f"{articles} articles of {dataset}, 3 sentences, one thread; Lede built for {cpu}")
print(f"Lede (default configuration): {lede * 1e6:.1f} us/article (runs: {before * 1e6:.1f}, {after * 1e6:.1f})")
print()
print("| system | ms/article | Lede is faster by |")
print("|---|---|---|")
print(f"| lede (default) | {lede * 1e3:.3f} | 1x |")
for name in runs[0]:
    peer = min(run[name]["mean_seconds_per_article"] for run in runs)
    print(f"| {name} | {peer * 1e3:.2f} | {peer / lede:.0f}x |")
PY
