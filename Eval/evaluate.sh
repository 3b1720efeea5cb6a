#!/usr/bin/env bash
# Reproduces the tables of Eval/README.md: every Lede system and every Python peer on the
# shared datasets, under the same budget, scored by the same scorer (`lede eval`).
#
#   Eval/evaluate.sh [cnn|cnn-tokenized|bbc|scisummnet|all] [--no-peers | --reuse-peers]
#   Eval/evaluate.sh classic-cnn|classic-cnn-tokenized|classic-bbc|classic-scisummnet|classic [...]
#
# The classic-* tables put Lede's LSA, Luhn, SumBasic, KL-Sum and Edmundson beside sumy 0.13's
# implementations of the same algorithms (Eval/results/classic-<name>.md). sumy runs on the
# parity datasets, CNN/DailyMail raw and BBC; on the others the tables hold Lede's systems only
# (sumy's KL-Sum is quadratic in the sentences and takes hours on ScisummNet).
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
classic_systems="lead-3,lsa,luhn,sumbasic,klsum,edmundson"
classic_peers=(sumy-lsa sumy-luhn sumy-sumbasic sumy-kl sumy-edmundson)
# Table names: the `lexrank` package becomes `pylexrank`, apart from Lede's own lexrank.
table_name() { [[ $1 == lexrank ]] && echo pylexrank || echo "$1"; }

Scripts/install-deps
swift build -c release --product lede >/dev/null
lede=$root/.build/release/lede
mkdir -p Eval/results

run() {
    local name=$1 file=$2 budget_lede=$3 budget_peers=$4 baseline=$5 systems=$6 with_peers=${7:-$peers}
    local -a names=("${peer_names[@]}")
    [[ $name == classic-* ]] && names=("${classic_peers[@]}")
    local path=$datasets/$file
    [[ -e "$path" ]] || { echo "evaluate.sh: $path not found (set LEDE_DATASETS)" >&2; exit 1; }
    local extra=()
    if [[ $with_peers != no ]]; then
        local venv
        venv=$(sh Eval/peers/setup.sh | tail -n 1)
        local out=Eval/work/peers/$name
        if [[ $with_peers == yes || ! -e "$out/timing.json" ]]; then
            local selected
            selected=$(IFS=,; echo "${names[*]}")
            "$venv/bin/python" Eval/peers/run_peers.py --dataset "$path" $budget_peers --peers "$selected" --outdir "$out" >&2
        fi
        extra=(--timing "$out/timing.json" --predictions)
        for peer in "${names[@]}"; do extra+=("$(table_name "$peer")=$out/$peer.jsonl"); done
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
classic-cnn|classic) run classic-cnn cnn_dailymail/validation.jsonl.gz "--sentences 3" "--sentences 3" lead-3 "$classic_systems" ;;&
classic-cnn-tokenized|classic) run classic-cnn-tokenized cnn_dailymail/validation_tokenized.jsonl.gz "--sentences 3" "" lead-3 "$classic_systems" no ;;&
classic-bbc|classic) run classic-bbc bbc_news_summary/all.jsonl.gz "--match-reference" "--match-reference" lead "${classic_systems/lead-3/lead}" ;;&
classic-scisummnet|classic) run classic-scisummnet scisummnet/all.jsonl.gz "--match-reference" "" lead "${classic_systems/lead-3/lead}" no ;;&
classic-sumpubmed|classic) run classic-sumpubmed sumpubmed/sample500.jsonl.gz "--match-reference" "" lead "${classic_systems/lead-3/lead}" no ;;&
cnn|cnn-tokenized|bbc|scisummnet|all|classic|classic-cnn|classic-cnn-tokenized|classic-bbc|classic-scisummnet|classic-sumpubmed) ;;
*) echo "usage: Eval/evaluate.sh [cnn|cnn-tokenized|bbc|scisummnet|all|classic|classic-NAME] [--no-peers | --reuse-peers]" >&2; exit 2 ;;
esac
