#!/usr/bin/env bash
# Browser check of Lede's HTML pages: writes the `lede eval --html` report and a `lede --format html`
# page, opens both in headless Chromium (Debian's `chromium`, installed when missing), and fails on
# any console message or script error, on an empty chart, or when the explorer or the table's
# sorting does not work. Saves a screenshot of each page.
#
#   Eval/report/browser-check.sh [DATASET] [ARTICLE]
#
# DATASET defaults to ../shared/datasets/cnn_dailymail/validation.jsonl.gz (or $LEDE_DATASETS/...),
# and to the test fixture when that is absent; ARTICLE to Datasets/pages/001-marenhaven-storm-gates.txt.
# Pages and screenshots go to Eval/work/report/; `--commit-screenshots` also copies the screenshots
# to Eval/report-*.png (what the README shows).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
copy=false
if [[ "${1:-}" == "--commit-screenshots" ]]; then copy=true; shift; fi
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
dataset=${1:-$datasets/cnn_dailymail/validation.jsonl.gz}
[[ -f "$dataset" ]] || dataset=Tests/LedeEvalTests/Fixtures/jsonl/valid.jsonl
article=${2:-Datasets/pages/001-marenhaven-storm-gates.txt}

if ! command -v chromium >/dev/null 2>&1; then
    sudo=""; [[ "$(id -u)" == "0" ]] || sudo="sudo"
    echo "Installing chromium ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -qq chromium >/dev/null 2>&1 || {
        $sudo apt-get update -qq >/dev/null
        $sudo apt-get install -y -qq chromium >/dev/null
    }
fi

swift build -c release --product lede >/dev/null
lede=$root/.build/release/lede
work=Eval/work/report
mkdir -p "$work"

"$lede" eval "$dataset" --label "$(basename "$dataset")" --html "$work/report.html" >"$work/report.md"
"$lede" --format html "$article" >"$work/article.html"

python3 Eval/report/browser_check.py "$work/report.html" "$work/article.html" --screenshots "$work"
if $copy; then
    # Committed copies as 256-colour PNGs (Pillow, Eval/report/requirements.txt), a third of the size.
    venv=$(sh Eval/peers/setup.sh | tail -n 1)
    "$venv/bin/python" -c 'import PIL' 2>/dev/null || "$venv/bin/pip" install --quiet -r Eval/report/requirements.txt
    "$venv/bin/python" - "$work/report.png" Eval/report-eval.png "$work/article.png" Eval/report-article.png <<'PY'
import sys
from PIL import Image
pairs = sys.argv[1:]
for source, target in zip(pairs[::2], pairs[1::2]):
    Image.open(source).convert("RGB").quantize(256, dither=Image.Dither.NONE).save(target, optimize=True)
    print("wrote", target)
PY
fi
