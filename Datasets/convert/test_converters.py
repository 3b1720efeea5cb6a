"""Runs each converter on the tiny inputs in examples/ and checks the records.

    python3 -m unittest discover -s Datasets/convert -p 'test_*.py'
"""

import contextlib
import io
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bbc_news_summary_to_jsonl  # noqa: E402
import cnn_dailymail_to_jsonl  # noqa: E402
import duc_to_jsonl  # noqa: E402
import pages_to_jsonl  # noqa: E402
from ledeconv import split_sentences  # noqa: E402

EXAMPLES = os.path.join(HERE, "examples")


def run(main, *args):
    """Runs a converter's main() writing to a temporary file; returns (exit code, records, stderr)."""
    with tempfile.TemporaryDirectory() as folder:
        output = os.path.join(folder, "out.jsonl")
        errors = io.StringIO()
        with contextlib.redirect_stderr(errors):
            code = main([*args, "-o", output])
        records = []
        if os.path.exists(output):
            with open(output, encoding="utf-8") as handle:
                records = [json.loads(line) for line in handle]
        return code, records, errors.getvalue()


class SentenceSplitterTests(unittest.TestCase):
    def test_abbreviations_initials_and_quotes(self):
        text = ("Mr. J. P. Mallory saved it at 7.45 p.m. on Friday. “It’s true.” She left. "
                "The U.S. bank Corran Hale & Co. Inc. agreed... Then it rose 2.5% to $1.13bn. Done!")
        self.assertEqual(split_sentences(text), [
            "Mr. J. P. Mallory saved it at 7.45 p.m. on Friday.",
            "“It’s true.”",
            "She left.",
            "The U.S. bank Corran Hale & Co. Inc. agreed...",
            "Then it rose 2.5% to $1.13bn.",
            "Done!",
        ])

    def test_acronym_at_sentence_end_before_an_opener(self):
        self.assertEqual(split_sentences("They moved to the U.S. The firm grew."),
                         ["They moved to the U.S.", "The firm grew."])


class PagesTests(unittest.TestCase):
    def test_sample_pages(self):
        code, records, _ = run(pages_to_jsonl.main, os.path.join(HERE, "..", "pages"))
        self.assertEqual(code, 0)
        self.assertGreaterEqual(len(records), 12)
        demo = records[0]
        self.assertEqual(demo["id"], "001-marenhaven-storm-gates")
        self.assertTrue(demo["title"].startswith("Marenhaven Closes"))
        self.assertEqual(len(demo["references"]), 1)
        self.assertEqual(len(demo["references"][0]), 3)
        for record in records:
            body = record["article"]
            self.assertNotIn("Comment", body.split("\n\n")[-1])
            self.assertNotIn("Photo:", body)
            self.assertNotIn("Original Source", body)

    def test_committed_sample_is_up_to_date(self):
        code, records, _ = run(pages_to_jsonl.main, os.path.join(HERE, "..", "pages"))
        with open(os.path.join(HERE, "..", "sample.jsonl"), encoding="utf-8") as handle:
            committed = [json.loads(line) for line in handle]
        self.assertEqual(records, committed)


class CNNTests(unittest.TestCase):
    stories = os.path.join(EXAMPLES, "cnn", "stories")

    def test_stories_and_empty_highlights(self):
        code, records, errors = run(cnn_dailymail_to_jsonl.main, self.stories)
        self.assertEqual(code, 0)
        self.assertEqual(len(records), 2)
        self.assertIn("no @highlight summary; skipped", errors)
        bridge = next(r for r in records if r["id"].startswith("24e554d5"))
        self.assertEqual(bridge["references"], [[
            "Cedar Creek bridge closes for six weeks from Monday",
            "About 4,000 vehicles a day will take a 9-mile detour",
        ]])
        self.assertEqual(bridge["article"].count("\n\n"), 2)
        self.assertIsNone(bridge["title"])

    def test_url_list_orders_and_filters(self):
        url_list = os.path.join(EXAMPLES, "cnn", "url_list.txt")
        code, records, _ = run(cnn_dailymail_to_jsonl.main, self.stories, "--url-list", url_list)
        self.assertEqual([r["id"][:8] for r in records], ["24e554d5", "17167c38"])

    def test_strict_fails_with_file_name(self):
        code, _, errors = run(cnn_dailymail_to_jsonl.main, self.stories, "--strict")
        self.assertEqual(code, 1)
        self.assertIn("85198ea4e8e6f2c1000225a3dfd96c3b9ca9e4ec.story: no @highlight summary", errors)


class BBCTests(unittest.TestCase):
    def test_summaries_are_split_back_into_article_sentences(self):
        code, records, errors = run(bbc_news_summary_to_jsonl.main, os.path.join(EXAMPLES, "bbc"))
        self.assertEqual(code, 0)
        self.assertEqual([r["id"] for r in records], ["bbc-business-001", "bbc-business-002", "bbc-tech-001"])
        self.assertEqual(records[0]["references"][0][1],
                         "Mr. J. Fenwick, the chief executive, said the group would open a warehouse in Ohio next year.")
        self.assertEqual(len(records[0]["references"][0]), 3)
        self.assertEqual(records[0]["title"], "Kettleworth profits rise on strong U.S. sales")
        self.assertIn("summary file is missing", errors)
        self.assertIn("7 of 7 summary sentences", errors)


class DUCTests(unittest.TestCase):
    docs = os.path.join(EXAMPLES, "duc", "docs")

    def test_multi_document_models(self):
        code, records, _ = run(duc_to_jsonl.main, "--docs", self.docs,
                               "--models", os.path.join(EXAMPLES, "duc", "models"), "--size", "100",
                               "--topics", os.path.join(EXAMPLES, "duc", "topics.sgml"))
        self.assertEqual(code, 0)
        self.assertEqual([r["id"] for r in records], ["D001", "D002"])
        self.assertEqual(len(records[0]["references"]), 2)
        self.assertEqual(records[0]["title"], "Vessa glacier lake")
        self.assertIn("valley & nearby farms", records[0]["article"])
        self.assertEqual(records[1]["article"].count("\n\n"), 2)  # indented paragraphs, two documents

    def test_single_document_sgml_summaries(self):
        code, records, _ = run(duc_to_jsonl.main, "--docs", self.docs,
                               "--models", os.path.join(EXAMPLES, "duc", "perdocs"), "--mode", "single")
        self.assertEqual([r["id"] for r in records], ["NWS19990301-0003", "XNA20260105.0012"])
        self.assertEqual(len(records[0]["references"]), 2)
        self.assertEqual(records[0]["title"], "Ferry strike ends after pay deal")

    def test_multi_document_sgml_summary(self):
        code, records, _ = run(duc_to_jsonl.main, "--docs", self.docs,
                               "--models", os.path.join(EXAMPLES, "duc", "perdocs"))
        self.assertEqual([r["id"] for r in records], ["D002B"])
        self.assertEqual(len(records[0]["references"][0]), 2)


if __name__ == "__main__":
    unittest.main()
