#!/usr/bin/env python3
"""Runs the classic Python extractive summarizers ("peers") on a Lede dataset.

For every selected peer, every article of the dataset is summarized with the
same sentence budget, and the script writes

  OUTDIR/<peer>.jsonl   one line per article, in dataset order:
                        {"id": "...", "summary": ["sentence", ...]}
  OUTDIR/timing.json    seconds per article for each peer (summarization only)

Run it with the Python of the venv that Eval/peers/setup.sh creates.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

PEER_NAMES = (
    "sumy-lexrank",
    "sumy-textrank",
    "sumy-lsa",
    "sumy-luhn",
    "lexrank",
    "summa-textrank",
)

PEER_HELP = """\
peers:
  sumy-lexrank    sumy LexRankSummarizer (cosine over tf-idf of the article's
                  own sentences, threshold 0.1, power method)
  sumy-textrank   sumy TextRankSummarizer (word-overlap PageRank, d = 0.85)
  sumy-lsa        sumy LsaSummarizer (SVD of the term-sentence matrix)
  sumy-luhn       sumy LuhnSummarizer (significant-word clusters)
                  All four: Snowball English stemmer, sumy's English stop
                  words, the punkt-free tokenizer (see README.md).
  lexrank         the `lexrank` package: LexRank(documents, stopwords=
                  STOPWORDS['en']) with IDF from all articles of this run,
                  get_summary(sentences, summary_size=N, threshold=.1);
                  sentences split as for the sumy peers
  summa-textrank  summa.summarizer.summarize (TextRank, its own sentence
                  splitter); the N best-scored sentences

Every summary lists its sentences in document order.
"""

EPILOG = PEER_HELP + """
budget:
  --sentences N       N sentences per article (default 3)
  --match-reference   as many sentences as the article's first reference has
                      (use for BBC News Summary, whose references are extracts)

examples:
  Eval/.venv/bin/python Eval/peers/run_peers.py \\
      --dataset ../shared/datasets/cnn_dailymail/validation.jsonl.gz \\
      --limit 50 --outdir Eval/work/peers/cnn
  Eval/.venv/bin/python Eval/peers/run_peers.py --match-reference \\
      --dataset ../shared/datasets/bbc_news_summary/all.jsonl.gz \\
      --peers sumy-lexrank,lexrank --outdir Eval/work/peers/bbc

The script re-executes itself with PYTHONHASHSEED=0 and one BLAS/OpenMP thread
(sumy's and summa's results depend on set iteration order), so runs repeat.
A peer that raises on an article gets an empty summary for it; the error is
logged to stderr as "ID: PEER: ERROR" and counted in timing.json.
"""

# Environment under which peers run: fixed hash seed (set iteration order
# decides ties in sumy and summa) and single-threaded numerical libraries.
FIXED_ENVIRONMENT = {
    "PYTHONHASHSEED": "0",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}

PACKAGES = ("sumy", "lexrank", "summa", "nltk", "numpy", "scipy")


def parse_peers(text):
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names or names == ["all"]:
        return list(PEER_NAMES)
    unknown = [name for name in names if name not in PEER_NAMES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown peer {', '.join(unknown)} (choose from {', '.join(PEER_NAMES)})"
        )
    return list(dict.fromkeys(names))  # keep the given order, drop repeats


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="run_peers.py",
        description="Summarize every article of a Lede dataset with the classic Python "
        "summarizers (sumy, lexrank, summa) and time them, for side-by-side evaluation "
        "with Lede.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--dataset", required=True, type=Path, metavar="FILE",
        help="dataset in Lede's JSONL schema, plain or gzip-compressed "
        "(e.g. ../shared/datasets/cnn_dailymail/validation.jsonl.gz)",
    )
    parser.add_argument(
        "--outdir", required=True, type=Path, metavar="DIR",
        help="where to write <peer>.jsonl and timing.json (created if missing; "
        "existing files of the selected peers are replaced)",
    )
    parser.add_argument(
        "--peers", type=parse_peers, default=list(PEER_NAMES), metavar="LIST",
        help="comma-separated peers to run (default: all): " + ",".join(PEER_NAMES),
    )
    parser.add_argument(
        "--language", default="english", metavar="NAME",
        help="the articles' language as sumy and summa name it (default: english); "
        "sumy's stemmer and stop words and summa's language= follow it; the lexrank "
        "package peer is English only",
    )
    parser.add_argument(
        "--limit", type=positive_int, metavar="N",
        help="use only the first N articles of the dataset",
    )
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument(
        "--sentences", type=positive_int, default=3, metavar="N",
        help="summary length in sentences (default: 3)",
    )
    budget.add_argument(
        "--match-reference", action="store_true",
        help="summary length = number of sentences of the article's first reference",
    )
    return parser.parse_args(argv)


def ensure_fixed_environment():
    """Re-executes this script unless the fixed environment is already in force."""
    if all(os.environ.get(key) == value for key, value in FIXED_ENVIRONMENT.items()):
        return
    os.environ.update(FIXED_ENVIRONMENT)
    script = os.path.abspath(sys.argv[0])
    os.execv(sys.executable, [sys.executable, script, *sys.argv[1:]])


# --- peers -------------------------------------------------------------------
# Imported only after the environment is fixed (numpy reads the thread
# variables when it is first imported).


def build_peers(names, language="english"):
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    from punkt_free import PunktFreeTokenizer

    tokenizer = PunktFreeTokenizer()

    def candidate_sentences(text):
        """The sentences sumy's plain-text parser makes of ``text``.

        Paragraphs are separated by blank lines, the lines of a paragraph are
        joined with spaces, and each paragraph is split by ``tokenizer``; lines
        all in upper case are headings and are not candidates.
        """
        document = PlaintextParser.from_string(text, tokenizer).document
        return [str(sentence) for sentence in document.sentences]

    class SumyPeer:
        def __init__(self, summarizer_class):
            self.summarizer = summarizer_class(Stemmer(language))
            self.summarizer.stop_words = get_stop_words(language)

        def prepare(self, texts):
            pass

        def summarize(self, text, count):
            # A fresh parse per call: sumy caches each sentence's words on the
            # document, so sharing one between peers would flatter later peers.
            document = PlaintextParser.from_string(text, tokenizer).document
            return [str(sentence) for sentence in self.summarizer(document, count)]

    class LexRankPackagePeer:
        def __init__(self):
            from lexrank import STOPWORDS, LexRank

            self._lexrank_class = LexRank
            self._stopwords = STOPWORDS["en"]
            self.model = None

        def prepare(self, texts):
            # The package's IDF comes from a document collection given up front:
            # here, the articles of this run, each a list of its sentences.
            documents = [candidate_sentences(text) for text in texts]
            self.model = self._lexrank_class(documents, stopwords=self._stopwords)

        def summarize(self, text, count):
            sentences = candidate_sentences(text)
            if not sentences:
                return []
            chosen = self.model.get_summary(sentences, summary_size=count, threshold=.1)
            return in_document_order(sentences, chosen)

    class SummaPeer:
        def __init__(self):
            from summa import summarizer

            self._summarize = summarizer.summarize

        def prepare(self, texts):
            pass

        def summarize(self, text, count):
            # With ratio=1.0 summa keeps every candidate sentence, and with
            # scores=True it returns (sentence, score) pairs in document order.
            # Its own selection sorts candidates by score, descending, with a
            # stable sort (ties stay in document order) and keeps the first
            # int(len * ratio); the same stable sort and the first `count`
            # give exactly the sentences summa would pick for that many.
            scored = self._summarize(text, ratio=1.0, split=True, scores=True, language=language)
            best = sorted(range(len(scored)), key=lambda i: scored[i][1], reverse=True)[:count]
            return [scored[i][0] for i in sorted(best)]

    factories = {
        "sumy-lexrank": lambda: SumyPeer(LexRankSummarizer),
        "sumy-textrank": lambda: SumyPeer(TextRankSummarizer),
        "sumy-lsa": lambda: SumyPeer(LsaSummarizer),
        "sumy-luhn": lambda: SumyPeer(LuhnSummarizer),
        "lexrank": LexRankPackagePeer,
        "summa-textrank": SummaPeer,
    }
    return {name: factories[name]() for name in names}


def in_document_order(sentences, chosen):
    """Orders ``chosen`` (a selection from ``sentences``) as in the document.

    A sentence text that occurs several times is matched to its earliest
    occurrence not yet used.
    """
    used = set()
    positions = []
    for sentence in chosen:
        position = next(i for i, s in enumerate(sentences) if s == sentence and i not in used)
        used.add(position)
        positions.append(position)
    return [sentences[i] for i in sorted(positions)]


# --- running -----------------------------------------------------------------


class Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal."""

    def __init__(self):
        self.enabled = sys.stderr.isatty()
        self.last = 0.0

    def show(self, peer, done, total):
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.2:
            return
        self.last = now
        sys.stderr.write(f"\r\x1b[K{peer}: {done}/{total}")
        sys.stderr.flush()

    def clear(self):
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def log_error(article_id, peer, error):
    message = " ".join(str(error).split()) or "(no message)"
    print(f"{article_id}: {peer}: {type(error).__name__}: {message}", file=sys.stderr, flush=True)


def run_peer(name, peer, articles, budgets, progress):
    """Summarizes every article with ``peer``; returns summaries and timing."""
    texts = [article.article for article in articles]
    summaries = [[] for _ in articles]
    seconds = [None] * len(articles)
    failed_ids = []

    setup_started = time.perf_counter()
    try:
        peer.prepare(texts)
        setup_error = None
    except Exception as error:  # noqa: BLE001 - a peer's failure must not end the run
        setup_error = error
        log_error("(setup)", name, error)
    setup_seconds = time.perf_counter() - setup_started

    for index, (article, text, count) in enumerate(zip(articles, texts, budgets)):
        if setup_error is not None:
            failed_ids.append(article.id)
            continue
        started = time.perf_counter()
        try:
            summary = peer.summarize(text, count)
        except Exception as error:  # noqa: BLE001
            log_error(article.id, name, error)
            failed_ids.append(article.id)
        else:
            seconds[index] = time.perf_counter() - started
            summaries[index] = [str(sentence) for sentence in summary]
        progress.show(name, index + 1, len(articles))
    progress.clear()

    measured = [s for s in seconds if s is not None]
    timing = {
        "mean_seconds_per_article": statistics.fmean(measured) if measured else None,
        "median_seconds_per_article": statistics.median(measured) if measured else None,
        "total_seconds": sum(measured),
        "setup_seconds": setup_seconds,
        "failures": len(failed_ids),
        "failed_ids": failed_ids,
        "seconds": seconds,
    }
    return summaries, timing


def write_json_atomically(path, write):
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as stream:
        write(stream)
    os.replace(temporary, path)


def write_predictions(path, articles, summaries):
    def write(stream):
        for article, summary in zip(articles, summaries):
            stream.write(json.dumps({"id": article.id, "summary": summary}, ensure_ascii=False))
            stream.write("\n")

    write_json_atomically(path, write)


def package_versions():
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in PACKAGES:
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = None
    return versions


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    ensure_fixed_environment()

    from dataset import DatasetError, read_articles

    try:
        articles = list(read_articles(arguments.dataset, arguments.limit))
    except DatasetError as error:
        print(f"run_peers.py: {error}", file=sys.stderr)
        return 2
    if not articles:
        print(f"run_peers.py: {arguments.dataset}: no articles", file=sys.stderr)
        return 2

    if arguments.match_reference:
        budgets = []
        for article in articles:
            if not article.references or not article.references[0]:
                print(
                    f"run_peers.py: {arguments.dataset}:{article.line}: --match-reference "
                    "needs a first reference with at least one sentence",
                    file=sys.stderr,
                )
                return 2
            budgets.append(len(article.references[0]))
        budget = {"match_reference": True}
    else:
        budgets = [arguments.sentences] * len(articles)
        budget = {"sentences": arguments.sentences}

    try:
        arguments.outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"run_peers.py: {arguments.outdir}: cannot create: {error.strerror}", file=sys.stderr)
        return 2

    peers = build_peers(arguments.peers, arguments.language)
    timing = {
        "dataset": str(arguments.dataset.resolve()),
        "articles": len(articles),
        "budget": budget,
        "language": arguments.language,
        "measured": "time.perf_counter around each peer's summarize call (parsing, "
        "tokenizing, ranking, selection); excludes imports, file I/O and setup_seconds "
        "(the lexrank package's IDF over the run's articles); one process, one thread",
        "environment": {
            "python": sys.version.split()[0],
            **{key: os.environ[key] for key in FIXED_ENVIRONMENT},
            "packages": package_versions(),
        },
        "ids": [article.id for article in articles],
        "peers": {},
    }
    timing_path = arguments.outdir / "timing.json"
    progress = Progress()
    for name, peer in peers.items():
        summaries, peer_timing = run_peer(name, peer, articles, budgets, progress)
        write_predictions(arguments.outdir / f"{name}.jsonl", articles, summaries)
        timing["peers"][name] = peer_timing
        write_json_atomically(timing_path, lambda stream: json.dump(timing, stream, indent=1))
        mean = peer_timing["mean_seconds_per_article"]
        mean_text = f"{mean * 1000:9.2f} ms/article" if mean is not None else "      n/a ms/article"
        print(
            f"{name:<15} {len(articles)} articles {mean_text}  "
            f"{peer_timing['failures']} failures  -> {arguments.outdir / (name + '.jsonl')}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
