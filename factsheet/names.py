"""Names: when two ways of naming someone name the same person or body, read by spaCy.

A person is named by surname ("Serhiy Haidai", "Haidai", "Governor Haidai" are one person);
a body by its distinctive words ("Russian defence ministry": russian, defence, ministry).
Whether a name is a person's is the English pipeline's entity reading, not a list of titles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factsheet.text import fold, nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

STOP = frozenset(
    "a an the of in on at to for and or but by with from as is was were are be been has had "
    "have that this its it their his her they he she we who which after before into over "
    "than not no now also said says".split()
)


def _read_alone(words: str) -> Doc:
    """The words as the recogniser reads them alone, out of their sentence (no other component)."""
    pipeline = nlp()
    return pipeline.get_pipe("ner")(pipeline.make_doc(words))


@lru_cache(maxsize=4096)
def name_keys(name: str) -> tuple[str, ...]:
    """The words that must appear for a name to count as named: the surname for a person,
    the distinctive words for a body."""
    doc = _read_alone(name)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    if people:
        surname = re.sub(r"[’']s$", "", people[-1][-1].text)
        return (fold(surname),)
    words = [w for w in re.findall(r"[^\W\d_][\w'\-]*", fold(name)) if w not in STOP]
    return tuple(w.removesuffix("'s") for w in words if len(w) > 2)[:4]


@lru_cache(maxsize=4096)
def person_ending(words: str) -> tuple[int, int] | None:
    """Where a person the recogniser finds in words read alone ends them: 'the United Nations
    Nikki Haley' (read in its sentence, one organisation) -> the span of 'Nikki Haley'."""
    doc = _read_alone(words)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end == len(doc) and e.start > 0]
    return (people[0].start_char, people[0].end_char) if people else None


def _one_entity(words: str, labels: tuple[str, ...], the: bool = False) -> bool:
    """Whether the recogniser, reading these words alone, finds one entity of these labels that
    spans them all (``the``: or all but a leading 'the')."""
    doc = _read_alone(words)
    starts = (0, 1) if the and doc[0].lower_ == "the" else (0,)
    found = [(e.label_, e.start, e.end) for e in doc.ents]
    return len(found) == 1 and found[0][0] in labels and found[0][1] in starts and found[0][2] == len(doc)


@lru_cache(maxsize=4096)
def person_named(words: str) -> bool:
    """Whether the recogniser, reading these words alone, finds one person named by all of them."""
    return _one_entity(words, ("PERSON",))


@lru_cache(maxsize=4096)
def after_a_place(words: str) -> int | None:
    """Where a name starts after the place that leads these words, when the recogniser reads
    the leading words alone as one place and at least two capitalised words follow: 'Scotland
    Nicola Sturgeon' -> the offset of 'Nicola' (read together, the words are one organisation)."""
    doc = nlp().make_doc(words)
    for k in range(1, len(doc) - 1):
        if _one_entity(doc[:k].text, ("GPE", "LOC")):
            rest = doc[k:]
            return rest.start_char if all(t.text[:1].isupper() for t in rest) else None
    return None


@lru_cache(maxsize=4096)
def after_an_organisation(words: str) -> int | None:
    """Where a person's name starts after the organisation that leads these words, when the
    recogniser reads the leading words alone as one organisation and the words after them,
    read as the subject of 'said', as one person: 'the Bank of England Mark Carney' -> the
    offset of 'Mark' (read together, the words are one organisation; 'Amnesty International
    Hong Kong' and 'Bank of America Merrill Lynch' end in a place and a firm, not a person)."""
    doc = nlp().make_doc(words)
    for k in range(1, len(doc) - 1):
        if not doc[k - 1].text[:1].isupper():
            continue  # 'the Bank of' is no whole name
        if not _one_entity(doc[:k].text, ("ORG",), the=True):
            continue
        rest = doc[k:]
        if not all(w[:1].isupper() for w in rest.text.split()):
            continue
        said = _read_alone(f"said {rest.text}.")
        if [(e.label_, e.start, e.end) for e in said.ents] == [("PERSON", 1, len(said) - 1)]:
            return rest.start_char
    return None


def mentions(name: str, text: str) -> bool:
    """Whether text names this person (by surname) or body (by its distinctive words)."""
    keys, folded = name_keys(name), fold(text)
    return bool(keys) and all(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", folded) for k in keys)


def same_person(a: str, b: str) -> bool:
    """Whether two ways of naming someone name the same person or body."""
    if fold(a).strip() == fold(b).strip():
        return True
    keys_a, keys_b = set(name_keys(a)), set(name_keys(b))
    return bool(keys_a and keys_b) and (keys_a <= keys_b or keys_b <= keys_a)
