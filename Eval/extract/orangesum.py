#!/usr/bin/env python3
"""Abstracts and summaries from web pages: OrangeSum's 750 French pages against their clean text.

1. `lede extract --format json` on every page of $LEDE_DATASETS/html/orangesum_fr: the share of
   pages whose extracted `abstract` is the reference of multilingual/fr_orangesum.jsonl.gz (same
   ids), compared on lower-cased letters and digits only (typography and markup aside).
2. `lede eval` (system `default`, 3 sentences) on the pages as JSONL records {"id", "html",
   "references"} and on the clean JSONL records of the same articles: ROUGE-1/2/L of the
   summaries drawn from the extracted body against those drawn from the clean text.
   The clean text is the page's paragraphs flattened: joined without a space where the markup
   had no white space between them ("Pyrénées.Alors", the datasets README; also "DEMANDÉELe"
   after an intertitle, "vivantsDans", "franceinfoJeudi" after a video's credit line), with a
   space elsewhere, which hides sentence and paragraph ends that the page shows. The clean text
   is therefore also scored with what the page witnesses restored, its letters unchanged. The
   page's own text is read with a line break at each block boundary and `<br>` (`</p><p>`,
   `<br>`, `</div>`...); "joins restored": inside a run of the clean text without white space, a
   paragraph break between two parts that the page shows as the end and the start of words on
   either side of a line break; "paragraphs restored": also a paragraph break at a space whose
   two words before and two words after are those around a line break of the page. Every row is
   reported, and the difference of the HTML row against each.
3. With --per-article FILE, every article's ROUGE-1 F1 from each input, and whether its extracted
   body is the clean article (letters and digits compared), as JSONL.

Usage: python3 Eval/extract/orangesum.py [--lede .build/release/lede] [--limit N] [--per-article FILE]
"""
import argparse
import gzip
import html.parser
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def normalized(text):
    return "".join(character for character in (text or "").lower() if character.isalnum())


class PageText(html.parser.HTMLParser):
    """The text of a page, with a line break at each block boundary and `<br>`."""
    BLOCKS = {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
              "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
              "p", "pre", "script", "section", "style", "table", "td", "th", "tr", "ul"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attributes):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def page_breaks(page):
    """The line breaks of the page's text: (end of the word before, start of the word after), and
    the two words before and the two words after, of each."""
    parser = PageText()
    parser.feed(page)
    text = re.sub(r"\s+", lambda run: "\n" if "\n" in run.group() else " ", "".join(parser.parts)).strip()
    glued, spaced = set(), set()
    words = re.split(r"([ \n])", text)
    for index in range(1, len(words) - 1, 2):
        if words[index] == "\n":
            glued.add((words[index - 1][-12:], words[index + 1][:12]))
            if 3 <= index <= len(words) - 4:
                spaced.add((words[index - 3], words[index - 1], words[index + 1], words[index + 3]))
    return glued, spaced


def restored_joins(record_line, breaks, spaces=False):
    """The clean JSONL record with a paragraph break at each join without white space that the page
    shows as a line break (both sides at least 2 characters, 5 together); with `spaces`, also at
    each space between words that the page shows as a line break (the same two words before and
    after it)."""
    glued, spaced = breaks
    record = json.loads(record_line)
    pieces = []
    for token in re.split(r"(\s+)", record["article"]):
        start = 0
        for cut in range(2, len(token) - 1):
            left, right = token[start:cut], token[cut:]
            if len(left) >= 2 and len(left) + len(right) >= 5 and (left[-12:], right[:12]) in glued:
                pieces.append(left + "\n\n")
                start = cut
        pieces.append(token[start:])
    text = "".join(pieces)
    if spaces:
        words = re.split(r"(\s+)", text)
        for index in range(3, len(words) - 3, 2):
            if "\n" not in words[index] and (words[index - 3], words[index - 1], words[index + 1], words[index + 3]) in spaced:
                words[index] = "\n\n"
        text = "".join(words)
    record["article"] = text
    return json.dumps(record, ensure_ascii=False) + "\n"


def rouge_row(lede, dataset, limit):
    command = [lede, "eval", dataset, "--systems", "default", "--baseline", "none", "--format", "json"]
    if limit:
        command += ["--limit", str(limit)]
    report = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lede", default=os.path.join(ROOT, ".build", "release", "lede"))
    parser.add_argument("--datasets", default=os.environ.get("LEDE_DATASETS", os.path.join(ROOT, "..", "shared", "datasets")))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--per-article", metavar="FILE", help="also write every article's ROUGE-1 from each input (JSONL)")
    arguments = parser.parse_args()

    pages = os.path.join(arguments.datasets, "html", "orangesum_fr")
    clean = os.path.join(arguments.datasets, "multilingual", "fr_orangesum.jsonl.gz")
    references = {}
    with gzip.open(clean, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            references[record["id"].removeprefix("orangesum-")] = " ".join(record["references"][0])
    names = sorted(name for name in os.listdir(pages) if name.endswith(".html.gz"))
    if arguments.limit:
        names = names[: arguments.limit]

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name in names:
            path = os.path.join(folder, name.removesuffix(".gz"))
            with gzip.open(os.path.join(pages, name), "rb") as source, open(path, "wb") as target:
                target.write(source.read())
            paths.append(path)
        reports = json.loads(subprocess.run([arguments.lede, "extract", "--format", "json", *paths],
                                            capture_output=True, check=True).stdout)
        if isinstance(reports, dict):
            reports = [reports]
        matched = 0
        misses = []
        bodies = {}
        for name, report in zip(names, reports):
            page_id = name.removesuffix(".html.gz")
            bodies["orangesum-" + page_id] = normalized(" ".join(report["body"]))
            if normalized(report["abstract"]) == normalized(references.get(page_id)):
                matched += 1
            else:
                misses.append(page_id)
        print(f"abstract = reference: {matched} of {len(names)} pages ({100 * matched / len(names):.1f}%)")
        if misses:
            print(f"first misses: {', '.join(misses[:10])}")

        wanted = {}
        with gzip.open(clean, "rt", encoding="utf-8") as source:
            for line in source:
                record = json.loads(line)
                wanted[record["id"]] = line
        # Every input as a JSONL dataset, on all pages and on the pages whose extracted body is
        # the clean article letter for letter.
        inputs = ["html", "clean text", "clean text, joins restored", "clean text, paragraphs restored"]
        identical = set()
        files = {(label, same): open(os.path.join(folder, f"{index}-{int(same)}.jsonl"), "w")
                 for index, label in enumerate(inputs) for same in (False, True)}
        for name, path in zip(names, paths):
            record_id = "orangesum-" + name.removesuffix(".html.gz")
            line = wanted[record_id]
            with open(path, encoding="utf-8", errors="replace") as page:
                markup = page.read()
            breaks = page_breaks(markup)
            records = {"html": json.dumps({"id": record_id, "html": markup, "references": json.loads(line)["references"]}) + "\n",
                       "clean text": line, "clean text, joins restored": restored_joins(line, breaks),
                       "clean text, paragraphs restored": restored_joins(line, breaks, spaces=True)}
            same = bodies[record_id] == normalized(json.loads(line)["article"])
            if same:
                identical.add(record_id)
            for label, record in records.items():
                files[(label, False)].write(record)
                if same:
                    files[(label, True)].write(record)
        for handle in files.values():
            handle.close()
        rows = {}
        for label in inputs:
            rows[label] = rouge_row(arguments.lede, files[(label, False)].name, None)
        for label in ("html", "clean text, paragraphs restored"):
            rows[label + ", pages whose body is the clean article"] = rouge_row(arguments.lede, files[(label, True)].name, None)
        if arguments.per_article:
            write_per_article(arguments.lede, folder, {label: files[(label, False)].name for label in inputs}, identical,
                              files[("clean text", False)].name, arguments.per_article)

    print("| input | articles | ROUGE-1 | ROUGE-2 | ROUGE-L |")
    print("|---|---:|---:|---:|---:|")
    scores = {}
    for label, report in rows.items():
        system = report["systems"][0]
        values = {measure: system[measure]["fmeasure"] * 100 for measure in ("rouge1", "rouge2", "rougeL")}
        scores[label] = values
        print(f"| {label} | {report['articles']} | {values['rouge1']:.2f} | {values['rouge2']:.2f} | {values['rougeL']:.2f} |")
    html_score = scores["html"]["rouge1"]
    for label in inputs[1:]:
        print(f"ROUGE-1 difference, html - {label}: {html_score - scores[label]['rouge1']:+.2f}")
    same = (scores["html, pages whose body is the clean article"]["rouge1"]
            - scores["clean text, paragraphs restored, pages whose body is the clean article"]["rouge1"])
    print(f"ROUGE-1 difference on the pages whose extracted body is the clean article "
          f"(against the clean text, paragraphs restored): {same:+.2f}")


def write_per_article(lede, folder, datasets, identical, references, path):
    """Every article's ROUGE-1 F1 (rougers' word tokens, as `lede eval` scores French) from each input,
    and whether its extracted body is the clean article, as JSONL."""
    scores = {}
    for index, (label, dataset) in enumerate(datasets.items()):
        outputs = os.path.join(folder, f"outputs-{index}")
        subprocess.run([lede, "eval", dataset, "--systems", "default", "--baseline", "none", "--outputs", outputs,
                        "--format", "json"], capture_output=True, check=True)
        items = os.path.join(folder, f"items-{index}.jsonl")
        subprocess.run([lede, "rouge", "--predictions", os.path.join(outputs, "default.jsonl"), "--dataset", references,
                        "--tokenizer", "words", "--language", "fr", "--measures", "rouge1", "--per-item", items],
                       capture_output=True, check=True)
        with open(items) as handle:
            for line in handle:
                item = json.loads(line)
                scores.setdefault(item["id"], {})[label] = item["rouge1"]["fmeasure"]
    with open(path, "w") as handle:
        for record_id, values in scores.items():
            handle.write(json.dumps({"id": record_id, "body is the clean article": record_id in identical,
                                     "rouge1": values}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
