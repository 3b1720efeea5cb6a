"""A sumy-compatible English tokenizer that needs no NLTK data files.

sumy's ``Tokenizer("english")`` loads NLTK's pre-trained Punkt model
(``punkt_tab``), which has to be fetched with ``nltk.download`` and so is not
available offline. ``PunktFreeTokenizer`` offers the two methods sumy's parsers
and summarizers call, ``to_sentences(paragraph)`` and ``to_words(sentence)``,
built only from NLTK pieces that ship with the package:

* sentences: an *untrained* ``PunktSentenceTokenizer`` (default Punkt
  parameters: no learned abbreviations, collocations or sentence starters),
  to which sumy's own extra English abbreviations (``e.g``, ``al``, ``i.e``)
  are added exactly as sumy adds them to the trained model;
* words: what ``nltk.word_tokenize`` does (split into sentences with Punkt,
  then ``NLTKWordTokenizer`` on each), with the untrained Punkt in place of
  the trained one, followed by sumy's word filter (a token is kept when it
  starts with a letter and continues with letters, apostrophes or hyphens).

The deviation from stock sumy is therefore only in Punkt's parameters: the
untrained model splits after abbreviations it does not know ("Mr.", "U.S.",
"Jan.") where the trained English model would not.
"""

import re

from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer

# sumy 0.13.0, Tokenizer.LANGUAGE_EXTRA_ABREVS["english"]: added to Punkt's
# abbreviation set before every sentence split (without the final period).
SUMY_EXTRA_ABBREVIATIONS = ("e.g", "al", "i.e")

# sumy's rule for what counts as a word: a first character that is a letter
# (a word character that is neither a digit nor an underscore), then letters,
# apostrophes or hyphens only, to the end of the token.
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")


def is_word(token):
    """True when sumy would keep ``token`` as a word."""
    return _WORD.match(token) is not None


class PunktFreeTokenizer:
    """Drop-in replacement for ``sumy.nlp.tokenizers.Tokenizer("english")``."""

    language = "english"

    def __init__(self):
        self._sentence_splitter = PunktSentenceTokenizer()
        self._sentence_splitter._params.abbrev_types.update(SUMY_EXTRA_ABBREVIATIONS)
        # nltk.word_tokenize uses its own Punkt instance, without sumy's extra
        # abbreviations; keep a separate one to mirror that.
        self._word_sentence_splitter = PunktSentenceTokenizer()
        self._word_splitter = NLTKWordTokenizer()

    def to_sentences(self, paragraph):
        """Sentences of ``paragraph``, stripped, as a tuple (sumy's contract)."""
        return tuple(s.strip() for s in self._sentence_splitter.tokenize(str(paragraph)))

    def to_words(self, sentence):
        """Word tokens of ``sentence`` that sumy counts as words, as a tuple."""
        tokens = (
            token
            for part in self._word_sentence_splitter.tokenize(str(sentence))
            for token in self._word_splitter.tokenize(part)
        )
        return tuple(token for token in tokens if is_word(token))
