#!/usr/bin/env bash
# Reproduces the tables of Eval/README.md: every Lede system and every Python peer on the
# shared datasets, under the same budget, scored by the same scorer (`lede eval`).
#
#   Eval/evaluate.sh [cnn|cnn-tokenized|bbc|scisummnet|all] [--no-peers | --reuse-peers]
#
# --reuse-peers keeps peer outputs already in Eval/work/peers/<name>/ (the peers take about
# half an hour on ScisummNet); --no-peers leaves them out of the tables.
#
# Writes Eval/results/<name>.md (the table) and Eval/results/<name>.json (the report).
# Peer predictions and timings go to Eval/work/peers/<name>/ (git-ignored: they are dataset
# text). Datasets come from $LEDE_DATASETS (default: ../shared/datasets beside the checkout).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
which=${1:-all}
peers=yes
for argument in "$@"; do
    case $argument in
    --no-peers) peers=no ;;
    --reuse-peers) peers=reuse ;;
    esac
done
[[ "$which" == --* ]] && which=all

systems="lead-3,default,lexrank,lexrank-continuous,textrank,positional,oracle"
peer_names=(sumy-lexrank sumy-textrank sumy-lsa sumy-luhn lexrank summa-textrank)
# Table names: the `lexrank` package becomes `pylexrank`, apart from Lede's own lexrank.
table_name() { [[ $1 == lexrank ]] && echo pylexrank || echo "$1"; }

Scripts/install-deps
swift build -c release --product lede >/dev/null
lede=$root/.build/release/lede
mkdir -p Eval/results

run() {
    local name=$1 file=$2 budget_lede=$3 budget_peers=$4 baseline=$5 systems=$6
    local path=$datasets/$file
    [[ -e "$path" ]] || { echo "evaluate.sh: $path not found (set LEDE_DATASETS)" >&2; exit 1; }
    local extra=()
    if [[ $peers != no ]]; then
        local venv
        venv=$(sh Eval/peers/setup.sh | tail -n 1)
        local out=Eval/work/peers/$name
        if [[ $peers == yes || ! -e "$out/timing.json" ]]; then
            "$venv/bin/python" Eval/peers/run_peers.py --dataset "$path" $budget_peers --outdir "$out" >&2
        fi
        extra=(--timing "$out/timing.json" --predictions)
        for peer in "${peer_names[@]}"; do extra+=("$(table_name "$peer")=$out/$peer.jsonl"); done
    fi
    echo "== $name" >&2
    "$lede" eval "$path" $budget_lede --systems "$systems" --baseline "$baseline" "${extra[@]}" \
        --label "$file" --save-report "Eval/results/$name.json" > "Eval/results/$name.md"
    cat "Eval/results/$name.md"
}

case $which in
cnn|all) run cnn cnn_dailymail/validation.jsonl.gz "--sentences 3" "--sentences 3" lead-3 "$systems" ;;&
cnn-tokenized|all) run cnn-tokenized cnn_dailymail/validation_tokenized.jsonl.gz "--sentences 3" "--sentences 3" lead-3 "$systems" ;;&
bbc|all) run bbc bbc_news_summary/all.jsonl.gz "--match-reference" "--match-reference" lead "${systems/lead-3/lead}" ;;&
scisummnet|all) run scisummnet scisummnet/all.jsonl.gz "--match-reference" "--match-reference" lead "${systems/lead-3/lead}" ;;&
cnn|cnn-tokenized|bbc|scisummnet|all) ;;
*) echo "usage: Eval/evaluate.sh [cnn|cnn-tokenized|bbc|scisummnet|all] [--no-peers | --reuse-peers]" >&2; exit 2 ;;
esac
