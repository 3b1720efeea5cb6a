"""The dictionary of a Tesseract language model: the words of the word DAWG stored in a
`<lang>.traineddata` file (tessdata_fast, as Debian's `tesseract-ocr-<lang>` packages ship it),
read without Tesseract. Gives the same words as Tesseract's own tools
(`combine_tessdata -u` then `dawg2wordlist <lang>.lstm-unicharset <lang>.lstm-word-dawg`).

Formats (Tesseract's `tessdatamanager.h`, `unicharset.cpp`, `dawg.h`):
- a traineddata file starts with an int32 entry count and one int64 offset per entry (-1 when
  absent), all little-endian; an entry runs to the next present offset or the end of the file.
- a unicharset is text: the count, then one line per character id, the character first
  (`NULL` for id 0, the space).
- a squished DAWG: int16 magic 42, int32 unicharset size, int32 edge count, then one uint64
  per edge: the letter (a unicharset id) in the low `ceil(log2(size))` bits, then three flags
  (1: last edge of its node, 2: backward edge, 4: a word ends here), then the index of the
  first edge of the next node (0: none). The root node starts at edge 0.
"""
import math
import struct

# Entry numbers of a traineddata file (TessdataType).
UNICHARSET, SYSTEM_DAWG, LSTM_SYSTEM_DAWG, LSTM_UNICHARSET = 1, 7, 19, 21
DAWG_MAGIC = 42
LAST_EDGE, BACKWARD_EDGE, WORD_END = 1, 2, 4


def entries(data):
    """The entries of a traineddata file's bytes, by entry number."""
    (count,) = struct.unpack_from("<i", data, 0)
    offsets = struct.unpack_from(f"<{count}q", data, 4)
    present = sorted((offset, number) for number, offset in enumerate(offsets) if offset >= 0)
    ends = [offset for offset, _ in present[1:]] + [len(data)]
    return {number: data[offset:end] for (offset, number), end in zip(present, ends)}


def unicharset(blob):
    """The characters of a unicharset, by id."""
    lines = blob.decode("utf-8").split("\n")
    return [" " if line.split(" ")[0] == "NULL" else line.split(" ")[0] for line in lines[1 : int(lines[0]) + 1]]


def dawg_words(blob, characters):
    """Every word of a squished DAWG, spelled with `characters`."""
    magic, size, count = struct.unpack_from("<hii", blob, 0)
    if magic != DAWG_MAGIC:
        raise ValueError(f"not a Tesseract DAWG (magic {magic})")
    edges = struct.unpack_from(f"<{count}Q", blob, 10)
    flag_shift = math.ceil(math.log(size) / math.log(2.0))  # as Tesseract computes it
    letter_mask = (1 << flag_shift) - 1
    words = []
    stack = [(0, "")]
    while stack:
        edge, prefix = stack.pop()
        while True:
            record = edges[edge]
            flags = (record >> flag_shift) & 7
            if not flags & BACKWARD_EDGE:
                word = prefix + characters[record & letter_mask]
                if flags & WORD_END:
                    words.append(word)
                if record >> (flag_shift + 3):
                    stack.append((record >> (flag_shift + 3), word))
            if flags & LAST_EDGE:
                break
            edge += 1
    return words


def traineddata_words(path):
    """The words of the dictionary of the traineddata file at `path` (the LSTM model's, else the
    legacy model's)."""
    with open(path, "rb") as f:
        parts = entries(f.read())
    for dawg, characters in ((LSTM_SYSTEM_DAWG, LSTM_UNICHARSET), (SYSTEM_DAWG, UNICHARSET)):
        if dawg in parts and characters in parts:
            return dawg_words(parts[dawg], unicharset(parts[characters]))
    raise ValueError(f"{path}: no word dictionary in this traineddata file")
