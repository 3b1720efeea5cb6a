#!/usr/bin/env bash
# What the long-document edge window costs in ROUGE (issue 10): the thresholded algorithms
# (LexRank with a threshold, positional with a threshold) link a sentence of a body longer than
# 3,000 sentences only to sentences at most 3,000 distinct sentences away. Here every text takes
# the long-document path and is summarized exact (no window) and with windows shorter than the
# texts, so that the window bites (`lede-benchmark window --help`):
#
#   Eval/bench/window-effect.sh            # the tables in Eval/README.md
#
# 1. ScisummNet (911 papers, ~200 sentences each) and SumPubMed (500 papers) as they are,
#    windows 25, 50 and 100 sentences;
# 2. the same papers joined 20 at a time into texts of ~4,000 sentences (their first references
#    joined into one), windows 300, 1,000 and 3,000 (the one Lede uses).
# The budget is the (joined) reference's sentence count.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
algorithms=${ALGORITHMS:-lexrank,positional:threshold=0.3}

swift build -c release --product lede-benchmark >/dev/null
bench=$(swift build -c release --product lede-benchmark --show-bin-path)/lede-benchmark

for dataset in scisummnet/all.jsonl.gz sumpubmed/sample500.jsonl.gz; do
    "$bench" window "$datasets/$dataset" --algorithms "$algorithms" --windows 25,50,100
    echo
    "$bench" window "$datasets/$dataset" --algorithms "$algorithms" --join 20 --windows 300,1000,3000
    echo
done
