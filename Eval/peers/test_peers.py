"""Tests of the peer runner. Run with the venv of setup.sh:

    Eval/.venv/bin/python -m unittest discover -s Eval/peers -v

The texts below are made up for these tests (no dataset text).
"""

import gzip
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dataset import DatasetError, read_articles  # noqa: E402
from punkt_free import PunktFreeTokenizer, is_word  # noqa: E402
import run_peers  # noqa: E402

HARBOUR = (
    "The harbour council voted on Tuesday to rebuild the old stone pier. "
    "The pier was damaged by winter storms and has been closed since March. "
    "Fishermen said the closure had cut their catch and their income. "
    "The council will pay for the new pier with a loan from the regional bank.\n\n"
    "Work on the pier is expected to start in the spring and to last a year. "
    "A local engineer said the stone from the old pier would be reused. "
    "Some residents asked for a wider pier with room for a small market. "
    "The council said the market could be added later if the loan allowed it."
)

ORCHARD = (
    "An orchard near the river produced a record apple harvest this autumn. "
    "The owners credit a new watering system and a mild spring. "
    "Pickers worked long days to bring the apples in before the first frost. "
    "Most of the harvest will be pressed into juice at the village mill."
)


class TokenizerTests(unittest.TestCase):
    def test_word_filter_matches_sumy(self):
        from sumy.nlp.tokenizers import Tokenizer

        tokens = [
            "a", "Pier", "don", "n't", "'s", "well-known", "-x", "x-", "3rd", "x_y", "_x",
            "é", "café", "straße", "١٢", "ab1", "a.b", "o'neil", "--", "''", "``", "Ⅻ",
            "x\u0301", "\u0301x", "U.S", "e.g.", "naïve", "北京", "I", "",
        ]
        for token in tokens:
            with self.subTest(token=token):
                self.assertEqual(is_word(token), Tokenizer._is_word(token))

    def test_sentences_and_words(self):
        tokenizer = PunktFreeTokenizer()
        sentences = tokenizer.to_sentences(
            "  Boats, e.g. ferries, stopped.  Why? The pier is closed!  "
        )
        self.assertEqual(sentences, ("Boats, e.g. ferries, stopped.", "Why?", "The pier is closed!"))
        self.assertEqual(
            tokenizer.to_words("The pier's 3 well-known stones aren't 'old'."),
            ("The", "pier", "well-known", "stones", "are", "n't", "old"),
        )

    def test_sumy_parser_accepts_it(self):
        from sumy.parsers.plaintext import PlaintextParser

        document = PlaintextParser.from_string(HARBOUR, PunktFreeTokenizer()).document
        self.assertEqual(len(document.paragraphs), 2)
        self.assertEqual(len(document.sentences), 8)


class SelectionTests(unittest.TestCase):
    def test_in_document_order_with_repeated_sentences(self):
        sentences = ["a", "b", "a", "c"]
        self.assertEqual(run_peers.in_document_order(sentences, ["c", "a", "a"]), ["a", "a", "c"])
        self.assertEqual(run_peers.in_document_order(sentences, ["c", "a"]), ["a", "c"])

    def test_summa_top_n_equals_summas_own_ratio_selection(self):
        from summa import summarizer

        peer = run_peers.build_peers(["summa-textrank"])["summa-textrank"]
        candidates = len(summarizer.summarize(HARBOUR, ratio=1.0, split=True))
        for count in range(1, candidates + 1):
            with self.subTest(count=count):
                ratio = (count + 0.5) / candidates  # int(candidates * ratio) == count
                expected = summarizer.summarize(HARBOUR, ratio=ratio, split=True)
                self.assertEqual(peer.summarize(HARBOUR, count), expected)

    def test_every_peer_returns_budgeted_sentences_in_document_order(self):
        peers = run_peers.build_peers(list(run_peers.PEER_NAMES))
        for name, peer in peers.items():
            with self.subTest(peer=name):
                peer.prepare([HARBOUR, ORCHARD])
                summary = peer.summarize(HARBOUR, 3)
                self.assertEqual(len(summary), 3)
                positions = [HARBOUR.index(sentence) for sentence in summary]
                self.assertEqual(positions, sorted(positions))

    def test_lexrank_package_matches_get_summary(self):
        peer = run_peers.build_peers(["lexrank"])["lexrank"]
        peer.prepare([HARBOUR, ORCHARD])
        sentences = [s for p in HARBOUR.split("\n\n") for s in PunktFreeTokenizer().to_sentences(p)]
        chosen = peer.model.get_summary(sentences, summary_size=2, threshold=.1)
        self.assertEqual(sorted(peer.summarize(HARBOUR, 2)), sorted(chosen))


class FailingPeer:
    def prepare(self, texts):
        pass

    def summarize(self, text, count):
        if "orchard" in text:
            raise RuntimeError("no\napples")
        return [text.split(". ")[0]]


class RunPeerTests(unittest.TestCase):
    def test_a_failure_gives_an_empty_summary_and_is_counted(self):
        articles = [
            run_peers_article("one", HARBOUR),
            run_peers_article("two", ORCHARD),
            run_peers_article("three", HARBOUR),
        ]
        stderr = sys.stderr
        with tempfile.TemporaryFile("w+") as captured:
            sys.stderr = captured
            try:
                summaries, timing = run_peers.run_peer(
                    "failing", FailingPeer(), articles, [1, 1, 1], run_peers.Progress()
                )
            finally:
                sys.stderr = stderr
            captured.seek(0)
            log = captured.read()
        self.assertEqual(log, "two: failing: RuntimeError: no apples\n")
        self.assertEqual(summaries[1], [])
        self.assertEqual(len(summaries[0]), 1)
        self.assertEqual(timing["failures"], 1)
        self.assertEqual(timing["failed_ids"], ["two"])
        self.assertIsNone(timing["seconds"][1])
        self.assertGreater(timing["mean_seconds_per_article"], 0)


def run_peers_article(article_id, text):
    from dataset import Article

    return Article(article_id, text, [["x"]], 1)


class DatasetTests(unittest.TestCase):
    def write(self, directory, name, lines, compress=False):
        path = Path(directory) / name
        data = "".join(line + "\n" for line in lines).encode()
        path.write_bytes(gzip.compress(data) if compress else data)
        return path

    def record(self, article_id, text=HARBOUR, references=(("The pier will be rebuilt.",),)):
        return json.dumps({"id": article_id, "title": None, "article": text,
                           "references": [list(r) for r in references], "source": "test"})

    def test_reads_gzip_and_limit(self):
        with tempfile.TemporaryDirectory() as directory:
            path = self.write(directory, "d.jsonl.gz", [self.record("a"), "", self.record("b")], True)
            self.assertEqual([a.id for a in read_articles(path)], ["a", "b"])
            self.assertEqual([a.line for a in read_articles(path)], [1, 3])
            self.assertEqual([a.id for a in read_articles(path, limit=1)], ["a"])

    def test_errors_name_file_and_line(self):
        cases = {
            "{not json": "invalid JSON",
            "[1, 2]": "expected a JSON object",
            json.dumps({"id": "x", "references": []}): "missing key 'article'",
            json.dumps({"id": "x", "article": "t", "references": ["flat"]}): "'references' must be",
            self.record("a"): "duplicate id 'a'",
        }
        for bad, reason in cases.items():
            with self.subTest(reason=reason), tempfile.TemporaryDirectory() as directory:
                path = self.write(directory, "d.jsonl", [self.record("a"), bad])
                with self.assertRaises(DatasetError) as raised:
                    list(read_articles(path))
                self.assertTrue(str(raised.exception).startswith(f"{path}:2: "), raised.exception)
                self.assertIn(reason, str(raised.exception))


class CommandLineTests(unittest.TestCase):
    def test_end_to_end(self):
        with tempfile.TemporaryDirectory() as directory:
            dataset = Path(directory) / "tiny.jsonl.gz"
            records = [
                {"id": "harbour", "title": None, "article": HARBOUR, "source": "test",
                 "references": [["The pier will be rebuilt.", "Work starts in spring."]]},
                {"id": "orchard", "title": None, "article": ORCHARD, "source": "test",
                 "references": [["A record apple harvest."]]},
            ]
            dataset.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode()))
            outdir = Path(directory) / "out"
            environment = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
            result = subprocess.run(
                [sys.executable, str(HERE / "run_peers.py"), "--dataset", str(dataset),
                 "--outdir", str(outdir), "--match-reference",
                 "--peers", "sumy-luhn,lexrank,summa-textrank"],
                capture_output=True, text=True, env=environment, check=False,
            )
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stderr, "")
            for peer in ("sumy-luhn", "lexrank", "summa-textrank"):
                lines = [json.loads(line) for line in (outdir / f"{peer}.jsonl").read_text().splitlines()]
                self.assertEqual([line["id"] for line in lines], ["harbour", "orchard"])
                self.assertEqual([len(line["summary"]) for line in lines], [2, 1])
            timing = json.loads((outdir / "timing.json").read_text())
            self.assertEqual(timing["environment"]["PYTHONHASHSEED"], "0")
            self.assertEqual(timing["ids"], ["harbour", "orchard"])
            self.assertEqual(len(timing["peers"]["lexrank"]["seconds"]), 2)
            self.assertEqual(timing["peers"]["lexrank"]["failures"], 0)

    def test_malformed_dataset_is_reported_with_its_line(self):
        with tempfile.TemporaryDirectory() as directory:
            dataset = Path(directory) / "bad.jsonl"
            dataset.write_text('{"id": "a", "article": "x", "references": [["y"]]}\n{oops\n')
            result = subprocess.run(
                [sys.executable, str(HERE / "run_peers.py"), "--dataset", str(dataset),
                 "--outdir", str(Path(directory) / "out")],
                capture_output=True, text=True, check=False,
            )
            self.assertEqual(result.returncode, 2)
            self.assertIn(f"{dataset}:2: invalid JSON", result.stderr)


if __name__ == "__main__":
    unittest.main()
