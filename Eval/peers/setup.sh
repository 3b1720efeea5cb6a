#!/bin/sh
# Creates or updates the Python venv of the peer runner, Eval/.venv, with the
# pinned packages of Eval/peers/requirements.txt (from PyPI). Safe to re-run:
# when every pin is already installed it changes nothing and needs no network.
#
#   sh Eval/peers/setup.sh            # from anywhere; prints the venv's path
#
# Environment:
#   PYTHON           interpreter that creates the venv (default: python3, >= 3.11)
#   LEDE_PEERS_VENV  venv location (default: Eval/.venv of this checkout)
#
# Eval/rouge/setup_venv.sh installs its scorers into the same Eval/.venv; the
# pins here (nltk, rouge-score) agree with it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv=${LEDE_PEERS_VENV:-$root/Eval/.venv}
requirements=$here/requirements.txt
python=${PYTHON:-python3}

fail() {
    echo "setup.sh: $*" >&2
    exit 1
}

command -v "$python" >/dev/null 2>&1 || fail "no '$python' on PATH (set PYTHON to a Python 3.11+ interpreter)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || fail "$("$python" -V 2>&1) is too old: Python 3.11 or newer is needed (numpy, scipy and regex pins)"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv" || fail "could not create a venv at $venv (on Debian: apt-get install python3-venv)"
elif ! "$venv/bin/python" -c '' >/dev/null 2>&1; then
    fail "$venv exists but its Python does not run; remove it and re-run"
fi

# Exit 0 when every "name==version" line of the requirements is installed.
pins_satisfied() {
    "$venv/bin/python" - "$requirements" <<'PY'
import sys
from importlib.metadata import PackageNotFoundError, version

missing = []
with open(sys.argv[1], encoding="utf-8") as requirements:
    for line in requirements:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, wanted = line.split("==")
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = None
        if installed != wanted:
            missing.append(f"{name}=={wanted} (installed: {installed})")
sys.exit(1 if missing else 0)
PY
}

if ! pins_satisfied; then
    # -qq: only errors; the pins are exact, so no resolver surprises to report.
    "$venv/bin/python" -m pip install -qq --disable-pip-version-check -r "$requirements" \
        || fail "pip could not install $requirements"
    pins_satisfied || fail "after pip install, some pins in $requirements are still not met"
fi

# The peers must import without any NLTK data download (see README.md).
"$venv/bin/python" -c '
import lexrank, nltk, numpy, rouge_score, summa, sumy
from sumy.summarizers.lex_rank import LexRankSummarizer
' || fail "the peers do not import in $venv"

echo "$venv"
