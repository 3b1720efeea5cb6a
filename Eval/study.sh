#!/usr/bin/env bash
# The tuning study of Lede's default configuration (Eval/README.md, "Beating Lead-3"): every
# part of the default varied one at a time on the tuning split, the tokenized CNN/DailyMail
# validation sample, against Lead-3 and the published algorithms.
#
#   Eval/study.sh            writes Eval/results/study-tokenized.md
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
Scripts/install-deps
swift build -c release --product lede >/dev/null

systems="lead-3,lead-2,lead-4,default,positional,lexrank,lexrank-continuous,textrank"
for v in 0 0.25 0.5 1 1.5; do systems+=",default:position=$v"; done
for v in 1 0.5 0.1; do systems+=",default:quotation=$v"; done
for v in none 25 45; do systems+=",default:length=$v"; done
for v in 0.3 0.7 1; do systems+=",default:redundancy=$v"; done
for v in 0 10; do systems+=",default:min-words=$v"; done
for v in -0.3 -1; do systems+=",default:preceding=$v"; done
for v in 0.1 0.2; do systems+=",default:threshold=$v"; done
systems+=",default:digest=none,oracle"

mkdir -p Eval/results
.build/release/lede eval "$datasets/cnn_dailymail/validation_tokenized.jsonl.gz" \
    --label cnn_dailymail/validation_tokenized.jsonl.gz --systems "$systems" \
    | tee Eval/results/study-tokenized.md
