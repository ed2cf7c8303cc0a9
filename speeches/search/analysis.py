"""Text analysis for the index: jieba words for ranking, character grams for exact lookup.

Pure: no Django. Inputs are already normalized (``normalize.normalize_document``).

Two views of one text:
- *words* (jieba precise mode + the Party-building user dictionary) feed BM25 ranking. Their
  positions are token indexes, never character offsets, and no stop words are removed.
- *grams* (every character and every pair of adjacent characters inside a whitespace-free
  run) find candidates for a literal substring: any substring's grams are a subset of the
  text's grams, so a gram lookup never misses; the check step removes false candidates.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from whoosh import fields
from whoosh.analysis import IDTokenizer, Token, Tokenizer
from whoosh.formats import Existence
from whoosh.system import pack_uint

USERDICT = Path(__file__).with_name("userdict.txt")

_jieba_lock = threading.Lock()
_jieba_ready = False
_cache_dir: str | None = None


def configure_jieba(cache_dir: str | Path | None) -> None:
    """Put jieba's dictionary cache under the archive's data dir (not a 0600 file in /tmp)."""
    global _cache_dir
    _cache_dir = str(cache_dir) if cache_dir else None


def _jieba():
    """The process-wide jieba tokenizer, initialized once with the user dictionary."""
    global _jieba_ready
    import jieba  # noqa: PLC0415 (jieba takes a second to load: only when words are cut)

    if _jieba_ready:
        return jieba.dt
    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(60)
            if _cache_dir:
                Path(_cache_dir).mkdir(parents=True, exist_ok=True)
                jieba.dt.tmp_dir = _cache_dir
            jieba.dt.initialize()
            jieba.dt.load_userdict(str(USERDICT))
            _jieba_ready = True
    return jieba.dt


def load_jieba() -> None:
    """Load jieba and the user dictionary now (before forking workers that share them)."""
    _jieba()


def _is_word(token: str) -> bool:
    # Punctuation and whitespace carry nothing for ranking; everything else is kept.
    return any(ch.isalnum() for ch in token)


def words(text: str) -> list[str]:
    """jieba precise-mode words of ``text`` in order, punctuation and whitespace dropped."""
    if not text:
        return []
    return [w for w in _jieba().cut(text, HMM=True) if _is_word(w)]


def index_words(text: str) -> list[str]:
    """Precise words plus their dictionary sub-words (jieba search mode).

    A query word such as 两学一做 then also meets documents where jieba kept a longer
    compound (两学一做学习教育) whole.
    """
    if not text:
        return []
    return [w for w in _jieba().cut_for_search(text, HMM=True) if _is_word(w)]


def word_counts(text: str, sub_words: bool = False) -> dict[str, int]:
    """Word -> frequency: what the ranking postings are built from.

    ``sub_words`` adds search-mode sub-words; titles use it, bodies do not, since each extra
    posting costs build time and exactness never depends on words.
    """
    return dict(Counter(index_words(text) if sub_words else words(text)))


def text_grams(text: str) -> set[str]:
    """Every character and every adjacent pair inside each whitespace-free run of ``text``."""
    grams: set[str] = set()
    for run in text.split():
        grams.update(run)
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def query_grams(term: str) -> set[str]:
    """Grams that every text containing ``term`` literally must have.

    A one-character piece needs its unigram; longer pieces need their bigrams only.
    """
    grams: set[str] = set()
    for piece in term.split():
        if len(piece) == 1:
            grams.add(piece)
        else:
            grams.update(piece[i : i + 2] for i in range(len(piece) - 1))
    return grams


class JiebaTokenizer(Tokenizer):
    """Whoosh tokenizer over ``words``: positions are token indexes, chars are offsets."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        offset = start_char
        for word in _jieba().cut(value, HMM=True):
            start = offset
            offset += len(word)
            if not _is_word(word):
                continue
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start
                token.endchar = offset
            pos += 1
            yield token


def jieba_analyzer() -> JiebaTokenizer:
    return JiebaTokenizer()


class PretokenizedText(fields.TEXT):
    """A TEXT field that also accepts ready postings: a ``{word: frequency}`` mapping.

    Worker processes segment the text; the index writer then runs no analyzer at all, which
    is what makes a rebuild faster than the stock analyzer path.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("analyzer", jieba_analyzer())
        kwargs.setdefault("phrase", False)
        super().__init__(**kwargs)

    def index(self, value, **kwargs):
        if isinstance(value, dict):
            boost = self.format.field_boost
            return (
                (word.encode("utf-8"), freq, freq * boost, pack_uint(freq))
                for word, freq in value.items()
            )
        return super().index(value, **kwargs)


class GramSet(fields.FieldType):
    """An unscored, unstored set of grams given as an iterable of strings."""

    def __init__(self):

        self.analyzer = IDTokenizer()
        self.format = Existence()
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None

    def index(self, value: Iterable[str], **kwargs):
        return ((gram.encode("utf-8"), 1, 1.0, b"") for gram in value)
