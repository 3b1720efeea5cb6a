#!/usr/bin/env python3
"""Convert DUC (Document Understanding Conference, 2001-2007) data into the Lede JSONL schema.

DUC data is distributed by NIST to registered participants only, so this
converter was written against the documented layout and tested on small
look-alike files of our own (examples/duc/), not on the real release.  The
layout it assumes:

Documents (--docs DIR): one sub-folder per document set, e.g. d061j/,
d30001t/, D0601A/.  Every file inside (searched recursively) holds one or
more SGML documents:

    <DOC>
    <DOCNO> APW19990101.0001 </DOCNO>
    <HEADLINE> optional title </HEADLINE>        (or <HL>, <HEAD>, <TITLE>)
    <TEXT>
    <P> paragraph </P>                           paragraphs in <P> ... </P>, or
    </TEXT>                                      separated by blank lines, or
    </DOC>                                       started by an indented line

Model (human) summaries (--models DIR, searched recursively), either form:

  * plain-text files named by the DUC 2003-2007 convention
    <SET>.<TYPE>.<SIZE>.<SELECTOR>.<SUMMARIZER>, e.g. D0601.M.250.A.A or
    D30001.M.100.T.A.  TYPE M = multi-document summary of document set SET.
    In --mode single, a plain-text model whose name ends with ".<DOCNO>" of a
    known document is that document's summary (e.g. D30001.P.10.T.A.APW19981016.0240).
  * SGML files with <SUM ...> elements (DUC 2001-2002, e.g. the "perdocs"
    files), whose attributes say what they summarize:
        <SUM DOCSET="d061j" DOCREF="AP880911-0016" SELECTOR="J" SUMMARIZER="B" SIZE="88"> text </SUM>
    DOCREF present = single-document summary of that document;
    DOCREF absent = multi-document summary of DOCSET.

A model summary belongs to a document set when the set's folder name,
lower-cased, equals the model's SET lower-cased, possibly followed by one
letter (the NIST selector: d061j <- D061, D0601A <- D0601).

Output:
  --mode multi  (default): one record per document set that has at least one
                model: id = SET as named by the models (e.g. "D0601"),
                title = the topic title from --topics if given, else null,
                article = the set's documents in DOCNO order, each document's
                paragraphs, all joined with "\\n\\n",
                references = one list of sentences per model summary
                (ordered by summarizer id).
  --mode single: one record per document with at least one model:
                id = DOCNO, title = the document headline or null.
  --size N keeps only models of that length (SIZE attribute or file-name field).
  source = "duc" (see --source).

Not supported: the DUC 2007 update task (sets split into -A/-B/-C parts).

Examples:
    python3 duc_to_jsonl.py --docs duc2004/docs --models duc2004/models --size 100 -o duc2004.jsonl.gz
    python3 duc_to_jsonl.py --docs duc2002/docs --models duc2002/perdocs --mode single -o duc2002-single.jsonl
    python3 duc_to_jsonl.py --docs examples/duc/docs --models examples/duc/models -o -
"""

import argparse
import html
import os
import re
import sys

from ledeconv import ConversionError, JSONLWriter, make_record, read_text, split_sentences, warn

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.IGNORECASE | re.DOTALL)
_DOCNO = re.compile(r"<DOCNO>\s*(.*?)\s*</DOCNO>", re.IGNORECASE | re.DOTALL)
_HEADLINE = re.compile(r"<(HEADLINE|HL|HEAD|TITLE)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.IGNORECASE | re.DOTALL)
_P = re.compile(r"<P>(.*?)(?:</P>|(?=<P>)|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SUM = re.compile(r"<SUM\b([^>]*)>(.*?)</SUM>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(r"(\w+)\s*=\s*\"([^\"]*)\"|(\w+)\s*=\s*(\S+)")
_MODEL_NAME = re.compile(r"^(?P<set>[A-Za-z]+\d+[A-Za-z]?)\.(?P<type>[A-Z])\.(?P<size>\d+)\.(?P<selector>\w)\.(?P<summarizer>\w+)(?:\.(?P<docno>.+))?$")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def clean(text):
    """Strips tags, unescapes SGML entities (case-insensitively) and normalizes spaces."""
    text = _TAG.sub(" ", text)
    text = re.sub(r"&(amp|lt|gt|quot|apos);", lambda m: _ENTITIES[m.group(1).lower()], text, flags=re.IGNORECASE)
    return " ".join(html.unescape(text).split())


def paragraphs_of(text):
    """Splits the inside of a <TEXT> element into paragraphs."""
    if re.search(r"<P>", text, re.IGNORECASE):
        parts = [m.group(1) for m in _P.finditer(text)]
    elif re.search(r"\n\s*\n", text.strip()):
        parts = re.split(r"\n\s*\n", text)
    else:
        # Newswire without markup: an indented line starts a paragraph.
        parts, current = [], []
        for line in text.split("\n"):
            if line[:1] in (" ", "\t") and current:
                parts.append(" ".join(current))
                current = []
            if line.strip():
                current.append(line)
        if current:
            parts.append(" ".join(current))
    return [p for p in (clean(part) for part in parts) if p]


def read_documents(path):
    """Yields (docno, headline or None, paragraphs) for each <DOC> in the file."""
    text = read_text(path)
    for match in _DOC.finditer(text):
        body = match.group(1)
        line = text.count("\n", 0, match.start()) + 1
        docno = _DOCNO.search(body)
        if docno is None:
            raise ConversionError(path, "<DOC> without <DOCNO>", line)
        headline = _HEADLINE.search(body)
        paragraphs = [p for t in _TEXT.finditer(body) for p in paragraphs_of(t.group(1))]
        if not paragraphs:
            warn(f"{path}:{line}: document {clean(docno.group(1))} has no <TEXT>; ignored")
            continue
        yield clean(docno.group(1)), (clean(headline.group(2)) or None) if headline else None, paragraphs


def load_docsets(docs_dir):
    """Returns {set folder name: {docno: (headline, paragraphs)}}."""
    if not os.path.isdir(docs_dir):
        raise ConversionError(docs_dir, "not a folder")
    docsets = {}
    for name in sorted(os.listdir(docs_dir)):
        folder = os.path.join(docs_dir, name)
        if not os.path.isdir(folder):
            continue
        documents = {}
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for file_name in sorted(files):
                for docno, headline, paragraphs in read_documents(os.path.join(root, file_name)):
                    documents[docno] = (headline, paragraphs)
        if documents:
            docsets[name] = documents
    if not docsets:
        raise ConversionError(docs_dir, "no document-set folders with <DOC> files found")
    return docsets


def read_models(models_dir):
    """Yields dicts with keys set, docref, size, summarizer, text, where for every model summary."""
    for root, dirs, files in os.walk(models_dir):
        dirs.sort()
        for file_name in sorted(files):
            path = os.path.join(root, file_name)
            text = read_text(path)
            sums = list(_SUM.finditer(text))
            if sums:
                for match in sums:
                    attributes = {}
                    for a in _ATTRIBUTE.finditer(match.group(1)):
                        key = (a.group(1) or a.group(3)).upper()
                        attributes[key] = a.group(2) if a.group(1) else a.group(4)
                    line = text.count("\n", 0, match.start()) + 1
                    if "DOCSET" not in attributes and "DOCREF" not in attributes:
                        raise ConversionError(path, "<SUM> without DOCSET or DOCREF attribute", line)
                    yield {
                        "set": attributes.get("DOCSET"),
                        "docref": attributes.get("DOCREF"),
                        "size": attributes.get("SIZE"),
                        "summarizer": attributes.get("SUMMARIZER", file_name),
                        "text": match.group(2),
                        "where": f"{path}:{line}",
                    }
                continue
            name = _MODEL_NAME.match(file_name)
            if name is None:
                warn(f"{path}: neither <SUM> elements nor a DUC model file name; ignored")
                continue
            yield {
                "set": name.group("set"),
                "docref": name.group("docno"),
                "size": name.group("size"),
                "summarizer": name.group("summarizer"),
                "text": text,
                "where": path,
            }


def set_key(name):
    return name.lower()


def find_docset(model_set, docsets):
    """The document-set folder a model's SET refers to, or None."""
    wanted = set_key(model_set)
    for folder in docsets:
        key = set_key(folder)
        if key == wanted or (len(key) == len(wanted) + 1 and key.startswith(wanted) and key[-1].isalpha()):
            return folder
    return None


def model_sentences(model):
    text = re.sub(r"<[^>]+>", " ", model["text"])
    text = html.unescape(text)
    return split_sentences(text)


def read_topic_titles(path):
    titles = {}
    for topic in re.finditer(r"<topic>(.*?)</topic>", read_text(path), re.IGNORECASE | re.DOTALL):
        number = re.search(r"<num>\s*(.*?)\s*</num>", topic.group(1), re.IGNORECASE | re.DOTALL)
        title = re.search(r"<title>\s*(.*?)\s*</title>", topic.group(1), re.IGNORECASE | re.DOTALL)
        if number and title:
            titles[set_key(number.group(1))] = clean(title.group(1))
    return titles


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Convert DUC documents and model summaries into Lede JSONL.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--docs", required=True, metavar="DIR", help="folder of document-set folders")
    parser.add_argument("--models", required=True, metavar="DIR", help="folder of model (human) summaries")
    parser.add_argument("--mode", choices=("multi", "single"), default="multi",
                        help="one record per document set (multi) or per document (single)")
    parser.add_argument("--size", metavar="N", help="keep only model summaries of this size")
    parser.add_argument("--topics", metavar="FILE", help="DUC topics file (<topic><num>..</num><title>..</title>) for titles")
    parser.add_argument("-o", "--output", default="-", help="output file (.gz to compress); default: stdout")
    parser.add_argument("--source", default="duc", help="value of the 'source' field (default: %(default)s)")
    args = parser.parse_args(argv)

    try:
        docsets = load_docsets(args.docs)
        documents = {docno: doc for docs in docsets.values() for docno, doc in docs.items()}
        titles = read_topic_titles(args.topics) if args.topics else {}
        references = {}  # record id -> (folder or docno, [(summarizer, sentences)])
        unused = 0
        for model in read_models(args.models):
            if args.size and model["size"] != args.size:
                continue
            sentences = model_sentences(model)
            if not sentences:
                warn(f"{model['where']}: empty model summary; ignored")
                continue
            if args.mode == "single":
                docref = model["docref"]
                if docref and clean(docref) in documents:
                    key = clean(docref)
                    references.setdefault(key, (key, []))[1].append((model["summarizer"], sentences))
                else:
                    unused += 1
            else:
                if model["docref"] or not model["set"]:
                    unused += 1
                    continue
                folder = find_docset(model["set"], docsets)
                if folder is None:
                    warn(f"{model['where']}: no document set for {model['set']!r}; ignored")
                    continue
                references.setdefault(model["set"].upper(), (folder, []))[1].append((model["summarizer"], sentences))
        if unused:
            print(f"note: {unused} model summaries do not fit --mode {args.mode} and were not used", file=sys.stderr)

        with JSONLWriter(args.output) as writer:
            for record_id in sorted(references):
                target, models = references[record_id]
                models.sort(key=lambda item: item[0])
                if args.mode == "single":
                    title, paragraphs = documents[target]
                else:
                    title = titles.get(set_key(target)) or titles.get(set_key(record_id))
                    paragraphs = [p for docno in sorted(docsets[target]) for p in docsets[target][docno][1]]
                record = make_record(record_id, title, paragraphs, [sentences for _, sentences in models], args.source)
                writer.write(record, target)
        print(f"wrote {writer.count} records to {args.output}", file=sys.stderr)
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
