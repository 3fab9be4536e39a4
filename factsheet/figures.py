"""What a casualty number counts, read from the parse: whether it is a count of people at all,
the noun phrase it counts, and who the article gives as its source.

numbers.py finds numbers beside casualty words; this module reads them as English:

* a number inside a date, time, age, sum of money, percentage, quantity, ordinal or a
  proper name (a flight, a law, an organisation) is never a count of people;
* the victims are the noun phrase the number modifies ("five teenage girls"), or the
  phrase after "of" ("six of the passengers"); a number that stands alone counts no one
  the article names;
* the source is the subject of a reporting verb in the figure's sentence, or the object
  of "according to" (speakers.reporters).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, cast

from factsheet.animacy import names_a_person, names_no_person
from factsheet.errors import contained
from factsheet.models import Qualifier, Span
from factsheet.numbers import (
    FIGURE_PATTERN,
    GROUPS,
    KIND_PATTERN,
    KIND_PATTERNS,
    FigureCandidate,
    bounds,
    parse_number,
)
from factsheet.speakers import (
    FIGURE_LEMMAS,
    REPORT_LEMMAS,
    Attribution,
    _in,
    _quoted,
    _surnames,
    agents,
    reporters,
)
from factsheet.text import Text, bare

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Entity types whose numbers count no people (spaCy's English NER labels).
NOT_COUNTS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "ORG", "PRODUCT", "FAC", "EVENT",
     "LAW", "WORK_OF_ART", "GPE", "LOC", "LANGUAGE"}
)  # fmt: skip
PLACES_AND_TIMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Nouns that count what their 'of' phrase or modifier names ('the number of deaths', 'the death count').
TALLIES = ("number", "count", "total", "tally", "figure")
# Nouns that name the casualty itself, not who suffered it ("five deaths", "the toll").
CASUALTY_NOUNS = frozenset(
    "death fatality casualty injury life toll body loss murder killing homicide arrest".split()
)


def number_tokens(text: Text, candidate: FigureCandidate) -> list[Token]:
    """The tokens of the number itself (the candidate's core)."""
    return text.tokens_in(*candidate.core)


def numerals(tokens: Iterable[Token]) -> list[Token]:
    """The words of a number's tokens that are numbers: '12', 'twelve', the 'dozen' of 'half a
    dozen' (a noun to the tagger), not 'at least'."""
    return [t for t in tokens if t.like_num or t.pos_ == "NUM" or _a_dozen(t)]


def is_count(text: Text, candidate: FigureCandidate) -> bool:
    """Whether the number counts people: not a date, an age, money, a name ... (see above)."""
    within = number_tokens(text, candidate)
    if candidate.low is None and candidate.high is None:
        # "dozens", "no one": nothing an entity could make a date of; but 'some estimated death
        # tolls' counts tolls, which another figure gives the number of
        return not any(
            t.head.lemma_.lower() in ("toll", *TALLIES)
            and t.dep_ in ("det", "amod")
            and t.head not in within
            or t.ent_type_ in ("DATE", "TIME")  # 'a few weeks'
            or t.lower_ in SOME
            and _not_happened(t)  # 'a quake of that size would kill thousands'
            or t.lower_ in SOME
            and _a_part_of_the_hurt(t)  # 'several of the dead had links to the area'
            or t.lower_ in SOME
            and any(c.lower_ == "how" for c in t.children)  # 'did not say how many were hurt'
            or t.lower_ in SOME
            and _vague_count_of_things(t)  # 'thousands of pigs died'
            or t.lower_ in SOME  # (its kind read only for such a word)
            and _a_vague_part_of_the_same(t, _kind_of_count(t, _counted_noun(t), text) or candidate.kind_hint)
            for t in within
        )

    def counted(t: Token) -> bool:  # the high end of a range counts what its low end counts
        while t.dep_ in ("compound", "quantmod") and t.head.pos_ == "NUM" and t.head != t:
            t = t.head  # a part of a bigger number ('seven' of 'seven hundred')
        return _counts_past_its_entity(t.head if t.dep_ == "conj" and t.head.like_num else t)

    if any(t.ent_type_ in NOT_COUNTS and not counted(t) and not _one_more(t)
           for t in within if t.like_num or len(within) == 1):  # fmt: skip
        return False  # '4:42 local time' (one token, no number to the tagger); 'between 20 and 30 people'

    if any(t.lower_ == "both" and not _both_people(t) for t in within):
        return False  # 'casualties, both alive and dead', 'were both killed' (the subject counts them)
    tokens = numerals(within)
    if candidate.low == 0 and any(_not_happened(t) for t in within if t.lower_ in NO_ONE):
        return False  # 'Nobody could have saved them': what could have been, none told
    if any(
        _a_year(t)
        or _a_fraction(t)
        or _a_rate(t)
        or _suffered(t)
        or _a_designation(t)
        or _the_whole(t)
        or _set_off_age(t)
        or _all_but(t)
        or _counts_things(t)
        or _not_happened(t)
        for t in tokens
    ):
        return False
    return not any(t.head.lower_ == "old" or t.head.lower_ in ("year", "month", "week") and
                   t.head.head.lower_ == "old" for t in tokens)  # fmt: skip


# The words that count no one: 'nobody was hurt', 'no one', 'none of them'.
NO_ONE = frozenset({"nobody", "none", "one", "neither", "noone"})
# Nouns of the dead themselves, which name no living person ('the remains of 12 people').
THE_DEAD = frozenset({"remains", "corpse", "cadaver", "carcass"})


def _counts_things(number: Token) -> bool:
    """'the killing of over 300,000 pigs', 'two bell towers were saved', '40 beds': a number
    whose noun can name no person (WordNet's nouns, animacy.py); not one of the casualty itself
    ('five deaths'), a tally or a part ('300 beds, of which 40 are in intensive care' counts beds)."""
    noun = _counted_noun(number) or _whole_of_which(number)
    if noun is None or noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() not in TOLD_OTHERWISE and _no_person(noun)


def _vague_count_of_things(word: Token) -> bool:
    """'thousands of pigs', 'hundreds of homes': a count with no number of what names no person
    (not 'hundreds of thousands', a bigger count of whoever the sentence counts)."""
    noun = _counted_noun(word)
    return noun is not None and not (noun.like_num or noun.lower_ in SOME) and _counts_things(word)


def _no_person(noun: Token) -> bool:
    """Whether a noun can name no person (animacy.py); not one of an age ('a 28-year-old') nor
    an ordinal ('a third was wounded'), which stand for a person."""
    return names_no_person(noun.lemma_) and not _of_an_age(noun) and noun.ent_type_ != "ORDINAL"


# Verbs whose clause tells what someone means, fears or foresees, not what happened:
# 'threatened to kill 12 people', 'the storm threatens to displace 10,000'.
INTENDED = frozenset("threaten plan aim try want intend seek attempt hope vow promise".split())
# Verbs whose 'of' tells what may come: 'warned of 100,000 deaths', 'fears of 40 dead'.
WARNED_OF = frozenset({"warn", "caution", "fear"})
# Verbs that foresee deaths as their object: 'the model predicts 2 million deaths'.
FORESEEN = frozenset("predict forecast project".split())


def _not_happened(number: Token) -> bool:
    """Whether the verb of harm the counted people hang on tells what may, will or would
    happen, what someone means to do, or what happens every year, not what happened: 'the
    virus could kill 100,000 people', '40,000 people may have to be evacuated', 'threatened to
    kill 12 people', 'the model predicts 2 million deaths', 'road accidents kill 1.3 million
    people every year', 'the blast could have killed hundreds'. A past told as likely is what
    happened ('up to 300 people may have died', 'are believed to have been killed'); a verb
    that tells no harm is not asked ('12 people will be buried after they were killed')."""
    if _yearly(number) or _habitual(number):
        return True
    node = _counted_noun(number) or number
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in WARNED_OF:
        return True  # 'experts warned of 100,000 deaths': what may come
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        node = node.head.head  # 'dozens of people', 'six of the passengers': the part is counted
    if node.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = node.head
    if node.dep_ == "dobj" and verb.lemma_.lower() in FORESEEN:
        return True
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if not any(_tells_harm(c) for c in clauses) and node.lemma_.lower() not in CASUALTY_NOUNS - {"body"}:
        return False  # (and 'may cause 32,000 more deaths'; not 'the bodies of 12 will be returned')
    for clause in clauses:
        if _supposed(clause):
            return True  # 'if 12 people are killed'
        aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        if aux & (NOT_YET - {"to"}) and ("have" not in aux or aux & {"would", "could", "should"}):
            return True  # (and 'the blast could have killed hundreds': it did not)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENDED


# Adverbs that say a report was not so: 'was wrongly reported dead'.
WRONGLY = frozenset({"wrongly", "falsely", "mistakenly", "erroneously", "incorrectly"})


def _told_as_not_so(verb: Token) -> bool:
    """A verb that tells nothing happened: negated, called wrong, or supposed ('Tom Berger was
    not injured', 'is not in custody', 'was wrongly reported dead', 'if he is arrested')."""
    wrong = any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in WRONGLY for c in verb.children)
    return wrong or _supposed(verb)


def _supposed(verb: Token) -> bool:
    """A verb in the present of a clause of 'if' or 'unless': what is supposed, not told
    ('assumes the presidency if the President and Vice President are both killed'; not 'did
    not say if he was arrested', a past the article may tell elsewhere)."""
    present = any(w.tag_ in ("VBP", "VBZ") for w in (verb, *verb.children) if w.dep_ in ("aux", "auxpass")
                  or w == verb)  # fmt: skip
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    # ('investigating whether Tom Berger was killed': an open question, in any tense)
    return "whether" in marks or present and bool(marks & {"if", "unless"})


def _yearly(number: Token) -> bool:
    """Whether a count is of what happens every year (or day, week, month), not of what
    happened: 'kills 400,000 people a year', 'every year, 500 people drown', 'responsible for
    100,000 deaths annually', '40 people are killed every day' (not 'killed 12 people last year')."""
    for word in (number, *number.ancestors):
        if any(
            c.dep_ in ("npadvmod", "advmod")
            and (c.lower_ in ("annually", "yearly") or c.lemma_.lower() == "year"
                 and any(d.lower_ in ("a", "every", "each", "per") for d in c.children)
                 or c.lemma_.lower() in ("day", "week", "month")  # 'every day' (not 'a day later')
                 and any(d.lower_ in ("every", "each", "per") for d in c.children))
            for c in word.children
        ):  # fmt: skip
            return True
        if word.pos_ in ("VERB", "AUX"):
            return False
    return False


def _habitual(word: Token) -> bool:
    """Whether a count of no number is of what happens as a rule, told in the simple present:
    'Many people die at home and are never counted' (not 'Many people died', 'have died')."""
    if word.lower_ not in SOME:
        return False
    node = _counted_noun(word) or (word.head if word.dep_ == "amod" else word)  # ('many people')
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        node = node.head.head  # 'dozens of people die'
    verb = node.head
    return (
        node.dep_ == "nsubj"
        and verb.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and _tells_harm(verb)
    )


def _tells_harm(verb: Token) -> bool:
    """Whether a verb says what befell those it counts ('kill', 'drown', 'evacuate', 'save')."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "ADJ") and (
        lemma in KIND_LEMMAS or lemma in PASSIVE_VICTIM or lemma == "save"
    )


def _one_more(ordinal: Token) -> bool:
    """'Two people were killed and a third was injured', 'a fourth victim died': an ordinal after
    'a' that is, or describes, a clause's subject is one more person, not a rank."""
    subject = ordinal.head if ordinal.dep_ == "amod" else ordinal
    after_a = ordinal.i > 0 and ordinal.doc[ordinal.i - 1].lower_ in ("a", "an")
    # or its object: 'killed three people and wounded a fourth', 'detained a third suspect' (not
    # 'killed a third of the herd': a part)
    a_part = any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    done_to = (
        subject.dep_ == "dobj"
        and not a_part
        or (
            subject.dep_ == "npadvmod"
            and _tells_harm(subject.head)
            and not any(c.dep_ == "dobj" for c in subject.head.children)
        )
    )  # 'police detained a third on Tuesday' (the parser's adverb, as in 'a third time')
    one = subject.dep_ in ("nsubj", "nsubjpass") and not a_part or done_to  # (not 'a third of them died')
    return ordinal.ent_type_ == "ORDINAL" and after_a and one


def _both_people(both: Token) -> bool:
    """'both pilots', 'both were taken to hospital', 'both the driver and the passenger': two
    the word itself counts."""
    if both.dep_ in ("nsubj", "nsubjpass"):
        return True
    return (
        both.dep_ in ("det", "preconj", "predet")
        and both.head.pos_ in ("NOUN", "PROPN")
        and both.head.lemma_.lower() not in CASUALTY_NOUNS  # 'the leader of both legislative bodies'
    )


def kind_of_number(text: Text, candidate: FigureCandidate) -> str | None:
    """What the parse says happened to the people a candidate's number counts ('the death toll
    stands at 45 with 120 injured': the 45 are dead, whichever casualty word stands nearest)."""
    numbers = numerals(number_tokens(text, candidate))
    if not numbers or candidate.low is None:
        return None
    number = numbers[0]
    noun = _counted_noun(number)
    if noun is not None and noun.lemma_.lower() in CASUALTY_NOUNS:
        return None  # 'five bodies', 'eight deaths': the noun says it
    return _kind_of_count(number, noun, text)


def with_its_verb(text: Text, candidate: FigureCandidate) -> Span | None:
    """The phrase widened to the verb whose object (or passive subject) the counted people are,
    where the parse's kind is that verb's and not the nearest word's: 'freed 12 people
    trapped' (rescued), not '12 people trapped' (what they were, not what was done)."""
    numbers = numerals(number_tokens(text, candidate))
    noun = _counted_noun(numbers[0]) if numbers else None
    if noun is None or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    start, end = min(text.at(verb), candidate.phrase.start), max(text.end(verb), candidate.phrase.end)
    if noun.dep_ == "nsubjpass":  # 'were trapped and killed': to the verb that says what happened
        end = max([end, *(text.end(v) for v in _joined_passive(verb))])
    if (start, end) == (candidate.phrase.start, candidate.phrase.end) or end - start > 120:
        return None
    return Span(text=text.text[start:end], start=start, end=end)


def _kind_of_count(number: Token, noun: Token | None, text: Text) -> str | None:
    """What happened to those a number counts: its part's own verb, the fate right after a
    number that counts no noun, else what governs the counted phrase."""
    before = number.doc[number.i - 1] if number.i else None
    if before is not None and before.pos_ == "VERB" and before.dep_ == "conj" and before.head.like_num:
        # 'killed three and injured one': the parser joined the verb to the number before, and
        # made 'one' the object of 'killed'; the verb right before the number is its own
        return _kind_of_lemma(before.lemma_.lower())
    own = _own_verb_after(number) or _verb_missing_its_subject(number, noun)
    # (the word as written where the tagger made a verb of it: '27 died and 14 are missing')
    own_kind = None if own is None else _kind_of_lemma(own.lemma_.lower()) or _kind_of_lemma(own.lower_)
    if own_kind is not None:
        return own_kind
    return (
        _fate_of_a_part(number, noun)
        or (_fate_after(number) if noun is None else None)
        or _kind_of(noun or number, text)
        or _part_of_those(number, noun, text)
        or _more_of_the_same(number, noun, text)
    )


def _more_of_the_same(number: Token, noun: Token | None, text: Text) -> str | None:
    """'N more' or 'another N' with no noun of its own counts more of what the count before it
    counts, and befell them as it did where its own verb says nothing: 'The bodies of 11 people
    washed ashore near Sabratha and 46 more were found near Garabulli' (46 more bodies); 'Eleven
    bodies were found on Monday. Another 46 were found on Tuesday.' ('another' points back to
    the sentence before, in its paragraph, where its own has no count before it)."""
    more = any(c.dep_ in ("amod", "advmod") and c.lower_ in ("more", "further") for c in number.children)
    another = any(c.dep_ == "det" and c.lower_ == "another" for c in number.children)
    if noun is not None and noun.i > number.i or not (more or another):
        return None
    # (only where its verb finds or tells of them: not '20 more were questioned', a fate of its own)
    verb = number.head
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in FOUND | FIGURE_LEMMAS | {"be"}:
        return None
    words = list(number.doc[number.sent.start : number.i])
    if another and number.sent.start > 0 and not any(_a_count(t) for t in words):
        words = list(number.doc[number.sent.start - 1].sent)
    before = [t for t in words if _a_count(t)]
    if not before:
        return None
    count = before[-1]
    counted = _counted_noun(count)
    # (and 'Eleven bodies were found', which the regex reads: bodies are of the dead)
    dead = counted is not None and counted.lemma_.lower() in THE_DEAD | {"body"}
    return _kind_of_count(count, counted, text) or ("killed" if dead else None)


def _a_count(token: Token) -> bool:
    """A number that may count people: no year, date or other name's number, no piece of a
    bigger number."""
    return (token.like_num or token.pos_ == "NUM") and token.ent_type_ not in NOT_COUNTS and \
        token.dep_ not in ("quantmod", "compound")  # fmt: skip


# Verbs of coming upon people, alive or dead, that say nothing of what befell them.
FOUND = frozenset({"find", "recover", "discover", "locate", "retrieve", "spot"})


def _own_verb_after(number: Token) -> Token | None:
    """The verb a number joined to the verb before is the subject of: 'Seven died and 33,
    including the driver, were injured', which the parser reads as 'died' and '33' and
    'were injured' (the 33 were injured; a number is no verb's conjunct)."""
    if number.dep_ != "conj" or number.head.pos_ != "VERB":
        return None
    verb = number.head
    # (or the verb the parser made the sentence's, hanging the first clause on it: 'Seven people
    # died and 33, most of them children, were hurt')
    after = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "ccomp" else [])
    return next((c for c in after if c.pos_ == "VERB" and c.i > number.i
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)  # fmt: skip


def _verb_missing_its_subject(number: Token, noun: Token | None) -> Token | None:
    """The verb right after a counted phrase, through its helper, where the parser gave that
    verb no subject and hung the phrase elsewhere: 'Police said 11 people were arrested during
    the celebrations and two people were injured', read as 'the celebrations and two people'
    (the two were injured, not arrested)."""
    last = noun if noun is not None and noun.i > number.i else number
    doc = last.doc
    helper = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (
        helper is None
        or helper.dep_ not in ("aux", "auxpass")
        or helper.head.i <= helper.i
        or helper.tag_ == "TO"
    ):
        return None  # (not 'hired 1,200 people to evacuate residents': what they were hired for)
    verb = helper.head
    if (
        verb.pos_ != "VERB"
        or last in verb.subtree
        or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
    ):
        return None
    return verb


POINTING_BACK = frozenset({"those", "these", "them"})


def _points_back(word: Token, preps: tuple[str, ...] = ("of",), back: frozenset[str] = POINTING_BACK) -> bool:
    """Whether a word takes 'of them', 'of those' (or another of ``preps``) pointing back to
    people told before."""
    pointed = [g for p in word.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children]
    return any(g.lower_ in back for g in pointed)


def _a_vague_part_of_the_same(word: Token, kind: str) -> bool:
    """'More than a dozen people were hurt, some of them seriously', 'Forty people were hurt,
    many of whom were children': a part of no size of a count told before, of the same kind,
    tells no figure of its own ('35 were rescued, some of whom were hospitalised' does: the
    injured among the rescued)."""
    if word.lower_ not in SOME or not _points_back(word, back=POINTING_BACK | {"whom"}):
        return False
    whole = _kind_said(word.head) if word.dep_ == "appos" else None  # 'people were hurt, many of them'
    return kind in (whole, _kind_of_count_before(word, sentence_before=True))


def _part_of_those(number: Token, noun: Token | None, text: Text) -> str | None:
    """What happened to a part of a count told before, in its sentence or the one before, that
    'of them', 'of those' or 'among them' points back to: 'Twelve people were killed. Five of
    them were children', 'Ten died; seven of those were women', 'Among them were two police
    officers', 'Police arrested 40 people. Of those, 12 were charged.' The part's own verb
    tells nothing here (it would have been read first)."""

    whole = noun or number
    said_of = whole.dep_ in ("nsubj", "nsubjpass", "attr") and whole.head.pos_ in ("VERB", "AUX")
    if not (
        noun is None
        and _points_back(number)
        or said_of
        and _points_back(whole.head, ("of", "among"))
        or _included_in_them(whole)
    ):
        return None
    said = number.head  # the part's own word of how badly: '40 casualties, 12 of them fatal'
    badly = _how_badly(said.lower_) if number.dep_ == "nsubj" and said.pos_ == "ADJ" else None
    if badly is not None:
        return badly
    kinds: set[str | None] = set()
    # the counts of its own sentence, else of the one before ('... killed 2,000 this year. Last
    # month gunmen kidnapped 80 students; 12 of them were later freed': the 80)
    own, both = _told_before(number, sentence_before=False), _told_before(number)
    for window in (own, both[: len(both) - len(own)]):
        for before in window:
            if not (before.like_num or before.pos_ == "NUM") or before.ent_type_ in NOT_COUNTS:
                continue
            if before.dep_ in ("compound", "quantmod") or before.head.like_num and before.dep_ != "conj":
                continue  # a piece of a bigger number ('two' of 'two hundred')
            if _points_back(before):
                continue  # another part pointing back
            noun = _counted_noun(before)
            casualty = noun is not None and noun.lemma_.lower() in CASUALTY_NOUNS
            kinds.add(
                _kind_of_lemma(noun.lemma_.lower())
                if casualty and noun
                else _kind_of_count(before, noun, text)
            )
        if kinds:
            break
    # only where what was counted before is one thing: after 'twelve were killed and 40
    # injured', 'five of them' may be of either
    kind = kinds.pop() if len(kinds) == 1 else None
    freed = number.dep_ in ("dobj", "nsubjpass") and number.head.lemma_.lower() in FREEING
    return "rescued" if kind == "other" and freed else kind  # 'seized 30 hostages; police freed 11 of them'


def _included_in_them(part: Token) -> bool:
    """'Sixteen people were injured. They included four firefighters': a part the verb
    'include' gives to a group a pronoun points back to."""
    verb = part.head
    return (
        part.dep_ == "dobj"
        and verb.lemma_.lower() == "include"
        and any(c.dep_ == "nsubj" and c.lower_ in ("they", "these", "those") and c.pos_ == "PRON"
                for c in verb.children)
    )  # fmt: skip


def _counts_past_its_entity(number: Token) -> bool:
    """A bare number the recogniser called a date, time or quantity that counts a plural noun
    outside its entity ('the virus claimed 6606 lives', the entity '6606' alone; 'more than
    1.5 million people'): a count. 'three years', '10 minutes', '1.5 million tonnes' keep their
    noun inside the entity and stay times and measures."""
    if not (number.like_num or number.pos_ == "NUM"):
        return False
    entity = next((e for e in number.doc.ents if e.start <= number.i < e.end), None)
    noun = _counted_noun(number)
    if number.ent_type_ not in ("DATE", "TIME", "QUANTITY"):
        # 'Sixty passengers were injured' ('Sixty' a product to the recogniser): a number word
        # alone in its entity, counting people after it
        if entity is None or noun is None or noun.i < number.i or _no_person(noun):
            return False
        # 'The dead include 14 Britons' (the recogniser's organisation '14 Britons'): a number
        # that opens a name of two words, the second a plural that can name people
        demonyms = len(entity) == 2 and entity.start == number.i and noun.i == entity.end - 1
        return (
            len(entity) == 1 and number.is_alpha and noun.tag_ == "NNS"
            or demonyms and noun.tag_ in ("NNS", "NNPS")
        )  # fmt: skip
    if noun is None:  # 'the death toll stands at 45', 'the final toll was 71', 'climbed to 12 overnight':
        # what a toll came to, whatever the recogniser joined to it
        told = (
            number.dep_ == "attr"
            or _brought_to(number)
            or number.dep_ == "pobj"
            and number.head.lower_ == "at"
            or number.dep_ == "pobj"  # 'the death toll is over 50', 'climbed past 100' ('over 50' an
            and number.head.lower_ in (*QUALIFYING, "past", "beyond")  # age, 'past 100' a date to the
            and (number.head.head.lemma_ == "be" or number.head.head.pos_ == "VERB")  # recogniser)
            or number.dep_ == "dobj"  # 'deaths now total 35', 'fatalities have reached 35'
            and number.head.lemma_.lower() in REACHED
        )
        if entity is None:
            return False
        # 'killing three people and injuring sixteen', 'hurt 14' (the number alone read as a
        # date): what a verb of harm was done to is people, never a time
        verb = number.head.lemma_.lower() if number.head.pos_ == "VERB" else ""
        if number.dep_ == "dobj":
            harmed = verb in PASSIVE_VICTIM or KIND_LEMMAS.get(verb) in ("killed", "injured")
        elif number.dep_ == "nsubjpass":  # and 'Eighteen were hurt', 'Forty were evacuated'
            harmed = _kind_of_lemma(verb) is not None
        else:  # and '35 died': what dies is people (though what kills, 'kill', may be a time)
            harmed = (
                number.dep_ == "nsubj" and verb not in PASSIVE_VICTIM and KIND_LEMMAS.get(verb) == "killed"
            ) or number.dep_ == "nsubj" and any(
                c.dep_ in ("acomp", "oprd") and (c.lemma_.lower() in KIND_LEMMAS or c.lower_ in KIND_LEMMAS)
                for c in number.head.children
            )  # 'Eighteen remain missing', 'Forty were dead'  # fmt: skip
        # and '45 are in hospital', '12 remain in custody', 'Eighteen were treated for minor
        # injuries': where only people are kept, what is done only to people
        kept = number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ in ("VERB", "AUX") and \
            _placed(number, number.head) is not None  # fmt: skip
        harmed = (harmed or kept) and len(entity) == 1
        # 'officials said 24 were hurt, but AFP reported 32': what a source gave, never a time
        given = len(entity) == 1 and _another_account(number)
        return harmed or given or told and _toll_verb(number) is not None
    if noun.lower_ == "olds" and number.dep_ == "nummod" and number.head == noun:
        return True  # 'two 10-year-olds': people of an age, the number counts them
    if (
        number.ent_type_ == "QUANTITY"
        and entity is not None
        and noun.tag_ == "NNS"
        and entity.start <= noun.i < entity.end
        and not _no_person(noun)
    ):
        return True  # 'Forty migrants were rescued': people, whatever the recogniser called them
    joins = ("between", "and", "to", "-", "–")  # a range: 'between 20 and 30 people'
    if entity is None:
        return False
    words = list(entity)
    # ('By midnight 12 people had died', the recogniser's date 'midnight 12': the words before the
    # number in another phrase than the counted noun's are a time of their own)
    apart = [t for t in words if t not in {*noun.subtree, number}]
    if apart and all(t.i < number.i for t in apart):
        words = [t for t in words if t not in apart]
    numbers = [t for t in words if t.like_num or t.pos_ == "NUM"]
    if not all(
        t in numbers or t.lower_ in joins or t.head in numbers and t.dep_ in ("quantmod", "amod", "advmod")
        for t in words
    ):  # (and what qualifies the number: 'more than 1.5 million people', a quantity to the recogniser)
        return False
    return noun.tag_ == "NNS" and not entity.start <= noun.i < entity.end


def _a_year(number: Token) -> bool:
    """'in 1990' and 'since 2019' are years, and so is 'the 2014 deaths' (a count written without
    its comma after 'the' names which); 'over 1800 people' counts people."""
    if not (number.text.isdigit() and 1800 <= int(number.text) <= 2100):
        return False
    if number.i > 0 and number.doc[number.i - 1].lower_ == "the":
        return True
    noun = _counted_noun(number)
    return noun is None or noun.i < number.i


# The words after a number and a hyphen that make a group's size: 'a six-person crew', 'a
# 300-strong crowd'.
SIZE_WORDS = frozenset({"person", "member", "man", "strong"})


def _hyphened(number: Token) -> Token | None:
    """The word a hyphen joins right after a number ('two-time': 'time'), if one does."""
    doc = number.doc
    joined = number.whitespace_ == "" and number.i + 2 < len(doc) and doc[number.i + 1].text == "-"
    return doc[number.i + 2] if joined else None


def _sized(number: Token) -> bool:
    """Whether a number and the word its hyphen joins it to give a group's size ('six-person')."""
    word = _hyphened(number)
    return word is not None and word.lower_ in SIZE_WORDS


def _after_a_time(number: Token) -> bool:
    """'By nightfall 37 people had been pulled out': the parser hung the number on the time
    before it, which the recogniser ran it into ('nightfall 37', a date); no number counts a time
    word before it, so it counts the people after it, the clause's subject."""
    after = number.nbor() if number.i + 1 < len(number.doc) else None
    return (
        number.dep_ == "nummod"
        and number.head.i == number.i - 1
        and number.head.ent_type_ in ("DATE", "TIME")
        and after is not None
        and after.tag_ == "NNS"
        and after.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("nummod", "det", "amod") for c in after.children)
    )


def _a_designation(number: Token) -> bool:
    """'Flight 370', 'Route 2', 'Category 5': a number after the noun it names is no count;
    nor is one that begins a hyphenated word ('a two-time champion', 'a 40-storey tower')."""
    if _after_a_time(number):
        return False
    if number.i > 0 and number.head.i == number.i - 1 and number.head.pos_ in ("NOUN", "PROPN"):
        return _place_tally(number) is None  # but 'Spain 500' in '800 deaths, Spain 500 and France 300'
    word = _hyphened(number)
    # (not 'Sixty-six', nor 'a six-person crew', nor '40-odd')
    return word is not None and word.is_alpha and not word.like_num and word.lower_ not in SIZE_WORDS | ROUGH


# Words a hyphen joins to a number to make it rough: '40-odd people', '100-plus'.
ROUGH = frozenset({"odd", "plus", "some"})


def _a_rate(number: Token) -> bool:
    """'four premature deaths per 100,000': a rate, not a count (either number)."""
    noun = _counted_noun(number) or number
    if any(c.dep_ == "prep" and c.lower_ == "per" for c in (*noun.children, *number.children)):
        return True
    if _one_in_ten(number):
        return True
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None and any(
        c.dep_ == "prep"
        and c.lower_ == "per"
        and any(g.like_num or g.lemma_.lower() in TIME_UNITS for g in c.children)
        for c in verb.children
    ):
        return True  # '12 people died per day', 'killed 30 people per week'
    return number.dep_ == "pobj" and number.head.lower_ == "per"


def _one_in_ten(number: Token) -> bool:
    """Either number of 'one in five residents', 'kills one in ten people it infects', however
    the parser hangs them: side by side, with 'in' between (not '12 in 24 hours', '12 in 2019':
    a count over a time)."""
    doc = number.doc
    for low, high in ((number.i, number.i + 2), (number.i - 2, number.i)):
        if low < 0 or high >= len(doc) or doc[low + 1].lower_ != "in":
            continue
        if doc[low].like_num and doc[high].like_num and doc[high].ent_type_ not in ("DATE", "TIME"):
            unit = _counted_noun(doc[high])
            return unit is None or unit.lemma_.lower() not in TIME_UNITS
    return False


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def _suffered(number: Token) -> bool:
    """'Wiranto suffered two deep wounds': what the subject suffered, not people. A toll the
    subject suffered is people still ('the army suffered 30 casualties'), as are people
    received ('hospitals received 45 wounded people')."""
    noun = _counted_noun(number)
    return (
        noun is not None
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ("suffer", "sustain", "receive")
        and noun.lemma_.lower() not in CASUALTY_NOUNS
        and not (noun.lemma_.lower() == "people" or names_a_person(noun.lemma_))
        and any(c.dep_ == "nsubj" for c in noun.head.children)
    )


def _all_but(number: Token) -> bool:
    """A number of those left out: 'all but three of the 40 passengers were rescued' (the
    three were not), 'all except two survived'."""
    i = number.i
    return i >= 2 and number.doc[i - 1].lower_ in ("but", "except") and number.doc[i - 2].lower_ == "all"


def _set_off_age(number: Token) -> bool:
    """A number set off by commas (or brackets) beside one person is their age: 'the suspect,
    23, had been arrested', 'the victim (34) died' (the recogniser may call it a cardinal)."""
    doc, i = number.doc, number.i
    return (
        number.dep_ == "appos"
        and number.head.tag_ in ("NN", "NNP")
        and i > 0
        and doc[i - 1].text in (",", "(")
        and (i + 1 == len(doc) or doc[i + 1].text in (",", ")", ".", ";"))
    )


def _a_fraction(number: Token) -> bool:
    """'two thirds of those infected', 'one half', 'half the 40 passengers': a share, not a
    count (the noun is a fraction: an ordinal word, 'half' or 'quarter'; or a fraction stands
    before the counted phrase)."""
    counted = _counted_noun(number)
    # ('forced half the town's 8,000 residents from their homes': a share of them; not 'half a
    # million', a number)
    if counted is not None and any((t.dep_ == "predet" or t.tag_ == "PDT") and t.lower_ in ("half", "quarter")
                                   and t.nbor().lower_ not in ("a", "an")
                                   for t in counted.subtree if t.i < number.i):  # fmt: skip
        return True
    noun = number.head if number.dep_ == "nummod" and number.head.i == number.i + 1 else None
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    return lemma in ("half", "quarter", "percent") or bool(noun.vocab[lemma].like_num and noun.pos_ == "NOUN")


def misread(text: Text, candidate: FigureCandidate) -> bool:
    """Whether the parse says the casualty word beside a number is not about what the number
    counts: 'no cause of death' (the number counts causes), 'at least 142 cases, of which three
    patients have died' (died has its own subject), 'one of the vice presidents commented on
    his death' (the number is who commented)."""
    pattern = KIND_PATTERN.get(candidate.kind_hint)
    last = text.tokens_in(candidate.phrase.start, candidate.phrase.end)[-1:]
    if candidate.low == candidate.high == 1 and last and (last[0].tag_ == "PRP$" or last[0].dep_ == "poss"):
        return True  # 'injured her two sons': her sons, counted where their number stands (and
        # 'injured her three children', the tagger calling 'her' a personal pronoun)
    if pattern is not None and candidate.low == candidate.high == 1 and _the_doer(text, candidate, pattern):
        return True  # 'A bomb killed a photojournalist', 'He injured two': who did it, not to whom
    if candidate.low == candidate.high == 1 and _not_the_one(text, candidate):
        return True  # 'jumped from a window and died', 'the driver and a passenger were injured'
    numbers = [t for t in number_tokens(text, candidate)
               if t.like_num or t.pos_ in ("NUM", "DET", "NOUN", "ADJ")]  # fmt: skip
    if pattern is None or not numbers or candidate.low == candidate.high == 1 and \
            not numbers[-1].like_num:  # fmt: skip
        return False
    number = numbers[-1]
    while number.dep_ == "conj" and number.head.like_num and number.head in numbers:
        number = number.head  # 'between 20 and 30 people': the range counts what its low end counts
    if number.dep_ == "pobj" and number.head.lower_ == "of" and _describes_one(number.head.head):
        return True  # 'Tom Berger, a teacher and father of two, was killed': his children were not
    fled = _counted_noun(number) or number
    if candidate.kind_hint == "displaced" and any(
        _escaped(v) for v in (fled.head, *(c for c in fled.children if c.dep_ == "relcl"))
    ):
        return True  # 'two gunmen fled the scene', 'two men who fled on foot': got away, not
        # driven from their homes
    word = next((t for t in text.tokens_in(candidate.phrase.start, candidate.phrase.end)
                 if t not in numbers and pattern.fullmatch(t.text)), None)  # fmt: skip
    several = pattern.search(candidate.phrase.text) if word is None else None  # 'lost their homes'
    if several is not None:
        word = text.token_at(candidate.phrase.start + several.start())
    if word is None or word in numbers:
        return False
    if word.pos_ in ("VERB", "NOUN") and _averted(word):
        return True  # 'the blast nearly killed two workers': no one was; 'one of attempted murder'
    if word.pos_ == "VERB" and _all_died(word):
        return False  # 'six people on board; all were killed': all of the six
    if _lost_with(text, word) == number:
        return False  # 'the helicopter, carrying five people, is missing': the five with it
    if word.lemma_.lower() == "life" and not _lives_lost(word):
        return True  # '14,000 lives saved', 'made many people's lives miserable': not lost
    quoted = _quoted(text)
    if _in(text.at(number), quoted) != _in(text.at(word), quoted):
        return True  # 'Many users are calling it "The death of CentOS"': one side of a quotation mark
    counted = _counted_noun(number) or (
        number.head if number.dep_ in ("det", "amod") else None
    )  # 'many families'
    if counted is not None and counted.like_num and counted == number.head:
        counted = _counted_noun(counted) or counted  # 'several hundred people': the people
    own = counted or number
    # a casualty noun that names its own victims: 'The law, passed by 120 votes to 30, bans the
    # killing of wolves' (the votes are no one killed)
    victims = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]  # fmt: skip
    if word.pos_ == "NOUN" and victims and number not in word.subtree and own not in word.subtree:
        return True
    if (
        counted is not None
        and counted.lemma_.lower() not in CASUALTY_NOUNS | KIND_LEMMAS.keys()
        and not (candidate.low == 0 and counted.lemma_.lower() in REPORT_LEMMAS)  # 'no reports of injuries'
        and any(
            a.dep_ == "prep" and a.lower_ in ("of", "for", "over", "about", "in") and a.head == counted
            for a in word.ancestors
        )  # fmt: skip
    ):
        return True  # 'no cause of death', 'no regret for his sister's death', 'questioning 5
        # people over the killing': what they are of or connected with, not what befell them
    if (
        word.pos_ in ("NOUN", "ADJ")
        and counted != word
        and any(
            c.dep_ == "nummod" and c not in numbers and c.ent_type_ not in ("DATE", "TIME")
            for c in word.children
        )
    ):  # and 'in three provinces, with 12 dead': the dead have theirs (a year is no number of theirs)
        return True  # '523 new infections and 12 new deaths': the deaths have their own number
    said_of = (
        next((c for c in word.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")), None)
        if word.dep_ in ("oprd", "acomp")
        else None
    )
    if (
        said_of is not None
        and said_of not in (own, number)
        and (
            said_of.like_num
            and said_of not in numbers
            or any(c.dep_ == "nummod" and c not in numbers for c in said_of.children)
        )
    ):  # (and '120 crew members, of whom 14 remain missing': the missing are the 14)
        return True  # 'buried dozens of homes, leaving 30 people dead': the dead are the 30
    if (word.pos_ == "NOUN" or _the_hurt(word)) and word.dep_ == "dobj" and own.dep_ == "nsubj" and \
            own.head == word.head and word.head.lemma_.lower() not in BORNE:  # fmt: skip
        return True  # 'Three hospitals reported deaths': who told of them (not 'two suffered injuries');
        # 'Twelve doctors treated the wounded': who treated them
    if word.pos_ == "VERB" and _subject_left_out(word) in (own, number):
        return False  # 'had died in the floods and 2,000 had been evacuated': the parser joins
        # the 2,000 to the floods, and leaves the second clause without its subject
    as_ = word.head if word.dep_ in ("pcomp", "pobj", "amod") and word.head.lower_ == "as" else None
    if as_ is not None and as_.head == own.head and own.dep_ in ("nsubjpass", "dobj"):
        return False  # 'Twelve people are still listed as missing', 'listed 12 people as missing'
    ours, theirs = _clause_of(number), _clause_of(word)
    if (
        ours is not None
        and theirs is not None
        and ours != theirs
        and (ours.dep_ == "conj" and ours.head == theirs or theirs.dep_ == "conj" and theirs.head == ours)
        and (_has_subject(ours if ours.dep_ == "conj" else theirs) or own.dep_ not in ("nsubj", "nsubjpass"))
    ):  # but 'two officers were shot and wounded': one subject for both verbs
        return True  # 'all four are in stable condition, and no fatalities have emerged'
    if word.dep_ in ("amod", "acl") and word.head.pos_ == "NOUN" and word.head not in (own, number) and \
            not _listed_in(word.head, own) and not _listed_in(own, word.head):  # fmt: skip
        return True  # 'saw the twelve with the dead jackal', '45 were aboard, with occupants trapped'
    objects = [c for c in word.children if c.dep_ in ("dobj", "attr", "oprd", "npadvmod", "dative")]
    if word.pos_ == "VERB" and not any(_listed_in(own, o) for o in objects):
        # whose fate the verb tells: a passive's subject, or an intransitive's ('patients died');
        # an active 'kill' or 'injure' has the killer as its subject
        fate = ("nsubjpass",) if word.lemma_.lower() in PASSIVE_VICTIM else ("nsubj", "nsubjpass")
        subject = next((c for c in word.children if c.dep_ in fate), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and word.dep_ == "relcl":
            subject = word.head  # 'the people who died'
        if subject is not None and subject not in (number, own) and not _listed_in(own, subject):
            return True  # 'of which three patients have died'
        doer = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if word.lemma_.lower() in PASSIVE_VICTIM and _done_to_another(word) and doer is not None and \
                own in doer.subtree:  # fmt: skip
            return True  # 'The gunman, along with two accomplices, killed five people': who did it
    verb = own.head
    if word.pos_ == "VERB" and own.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ == "VERB" and \
            verb != word and word not in verb.subtree and verb.lemma_.lower() not in KIND_LEMMAS:  # fmt: skip
        return True  # 'The bus, carrying 40 passengers, overturned, killing seven': the 40 were carried
    if own.dep_ in ("nsubj", "nsubjpass", "dobj") and verb != word and verb.pos_ == "VERB" and \
            verb.lemma_.lower() not in KIND_LEMMAS and verb.lemma_.lower() not in PASSIVE_VICTIM and \
            not _to_death(verb):  # fmt: skip
        path = [a for a in word.ancestors if a.i != verb.i and verb in a.ancestors or a == verb]
        if any(a.dep_ == "prep" and a.lower_ != "among" and a.head == verb for a in path):
            return True  # 'one of them commented on his death'
    return False


# Words that take a part of a group ('two of the 50 passengers', 'none of the crew', 'half of
# the 40 miners', 'the majority of the 300 passengers').
PARTS = frozenset("none neither some several many most few dozen dozens score scores half quarter third "
                  "thirds quarters majority minority fraction portion proportion share rest part"
                  .split())  # fmt: skip


def _the_whole(number: Token) -> bool:
    """Whether a number counts the group another word takes a part of: in 'none of the 50
    passengers were hurt' and 'two of the 50 passengers', 50 counts everyone, not the hurt
    ('all of the 50 passengers' are the 50)."""
    noun = number.head
    if _none_survived(number if number.dep_ == "pobj" else noun):
        return False  # 'none of the 62 people on board survived': the 62 are the dead
    hurt = any(c.dep_ in ("acl", "amod") and KIND_LEMMAS.get(c.lemma_.lower()) for c in number.children)
    if number.dep_ == "pobj" and noun.lower_ == "of" and noun.head.i < number.i and not hurt and \
            (noun.head.like_num or noun.head.lower_ in PARTS):  # fmt: skip
        return True  # 'two of the three were taken to hospital' (not 'two of the three injured')
    if number.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    if any(c.dep_ in ("acl", "amod") and KIND_LEMMAS.get(c.lemma_.lower()) for c in noun.children) or \
            _told_of_by_clause(noun):  # fmt: skip
        return False  # 'one of seven people killed', 'of the 56 people who died': the seven are the dead
    if _the_hurt(noun):
        return False  # 'Of the 25 dead, 12 were children': the whole is a count of the dead too
    part = noun.head.head
    if part.pos_ in ("VERB", "AUX") and noun.head.i < part.i:
        return True  # 'Of the 70 pupils on board, three suffered serious injuries' (not 'Officials
        # spoke of 12 dead', an 'of' after its verb)
    if (
        part.pos_ == "NOUN"
        and part.i < noun.i
        and any(c.dep_ == "nummod" and c.ent_type_ not in ("DATE", "TIME") for c in part.children)
    ):
        # 'five members of one family': the five are the part counted (not 'the 2019 killing of 12')
        return True
    # a count taken of it, before or after ('two of the 50', 'Of the 300 people infected, 12
    # have died': the parser hangs the fronted 'of' on the 12)
    return part.lower_ in PARTS or (part.like_num or part.pos_ == "NUM")


def _none_survived(whole: Token) -> bool:
    """Whether a group is told to have died by none of it surviving: 'none of the 62 people on
    board survived', 'neither of the two pilots survived', 'there were no survivors among the 62
    passengers' (not 'none of the 62 was hurt', nor 'none of them survived the night' told as a
    question of 'did')."""
    if whole.dep_ != "pobj" or whole.head.lower_ not in ("of", "among"):
        return False
    part = whole.head.head
    if part.lower_ in ("none", "neither", "nobody"):
        # the verb of 'none', or the one the parser hung on the group ('none of the 62 survived,
        # officials said')
        verb = (
            part.head if part.dep_ == "nsubj" else next((c for c in whole.children if c.dep_ == "acl"), part)
        )
        return verb.lemma_.lower() == "survive" and not any(c.dep_ in ("neg", "aux") and c.lower_ in NOT_YET
                                                            for c in verb.children)  # fmt: skip
    return part.lemma_.lower() == "survivor" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in part.children
    )


def _to_death(verb: Token) -> bool:
    """'stabbed to death', 'beaten to death', 'froze to death': a killing told by how; not a
    judgement ('sentenced to death', 'condemned to death': no one has died); and 'gunned down',
    'fatally shot' (a harm the adverb says ended a life)."""
    if verb.lemma_.lower() == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return True
    if verb.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") for c in verb.children
    ):
        return True
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() not in ("sentence", "condemn")
        and any(
            p.dep_ == "prep"
            and p.lower_ == "to"
            and any(
                c.dep_ == "pobj"
                and c.lemma_.lower() == "death"
                and not any(d.dep_ == "det" for d in c.children)
                for c in p.children
            )
            for p in verb.children
        )
    )  # ('fell to their deaths'; not 'the crash led to the deaths of 12': a cause, whose deaths
    # are counted where they stand)


def _averted(verb: Token) -> bool:
    """'almost killed', 'nearly drowned': a harm that did not happen (not 'almost 50 died',
    where the adverb qualifies the count); a death its own clause says was survived ('was
    electrocuted but survived'); a killing only attempted ('attempted murder')."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in ("almost", "nearly")
        and c.i < verb.i
        or c.dep_ == "amod"
        and c.lower_ in ("attempted", "failed")
        or c.dep_ == "conj"
        and c.lemma_.lower() == "survive"
        and KIND_LEMMAS.get(verb.lemma_.lower()) == "killed"
        and not _has_subject(c)  # not 'three were killed, but all others survived'
        for c in verb.children
    )


def _lives_lost(lives: Token) -> bool:
    """'claimed 15,393 lives', 'lost their lives', 'lives were lost', '3000 lives lost', 'at the
    cost of 12 lives': lives ended."""
    ended = LIVES_TAKEN | {"lose"}
    if lives.dep_ in ("dobj", "nsubjpass") and lives.head.lemma_.lower() in ended:
        return True
    if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() == "lose" for c in lives.children):
        return True
    return lives.dep_ == "pobj" and lives.head.head.lemma_.lower() in ("cost", "loss")


def _the_doer(text: Text, candidate: FigureCandidate, pattern: re.Pattern[str]) -> bool:
    """Whether the one person a phrase names is the subject of an active verb that did the
    killing (injuring, arresting ...) to an object of its own, or one of two its object joins."""
    phrase = text.tokens_in(candidate.phrase.start, candidate.phrase.end)
    if any(_own_death_after(t) or t.dep_ == "conj" and _own_death(t) for t in phrase):
        return False  # 'The gunman killed four people before killing himself' (or 'and then took
        # his own life'): his death too
    verb = next((t for t in phrase if t.pos_ == "VERB" and pattern.fullmatch(t.text)), None)
    if verb is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _own_death(verb):
        return False  # (and 'the gunman killed himself': the doer is the one killed)
    if verb.lemma_.lower() not in PASSIVE_VICTIM and verb.lemma_.lower() != "hurt":
        return False  # 'died', 'went missing' do nothing to anyone (whatever the parser hangs on them)
    doer = any(c.dep_ == "nsubj" and c in phrase for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if doer and objects:
        return True
    # 'killed a man and his son': the one the phrase names is one of two
    return any(c.dep_ == "conj" and not _counted_apart(c) for o in objects if o in phrase for c in o.children)


def _objects_of(verb: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of a word's own prepositions of those given: 'safety' of 'brought to
    safety', 'sea' of 'lost at sea', 'toll' of 'estimates of the toll'."""
    return [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in prepositions
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _escaped(verb: Token) -> bool:
    """Whether 'fled' tells a getaway, not people driven from where they live: 'fled the
    scene', 'fled on foot' (not 'fled their homes', 'fled the fighting', 'fled to Chad')."""
    if verb.lemma_.lower() != "flee":
        return False
    scene = any(c.dep_ == "dobj" and c.lemma_.lower() == "scene" for c in verb.children)
    return scene or any(g.lower_ == "foot" for g in _objects_of(verb, ("on",)))


def _not_the_one(text: Text, candidate: FigureCandidate) -> bool:
    """Whether the one a phrase opens with ('a window', 'a passenger') is not what its verb
    tells of: the object of a preposition on a verb ('jumped from a window and died'; not
    'six people, including a journalist', 'three died, including a child': a part of the
    count), or one of several joined (counted together); nor is one who 'is missing' something
    ('a tourist is missing his passport': a verb with an object, not one lost)."""
    first = text.token_at(candidate.phrase.start)
    last = text.tokens_in(candidate.phrase.start, candidate.phrase.end)[-1:]
    if last and last[0].lower_ == "missing" and any(c.dep_ == "dobj" for c in last[0].children):
        return True
    if first is None or first.lower_ not in ("a", "an") or first.dep_ != "det":
        return False
    noun = first.head
    described = any(
        t.dep_ == "amod" and t.head == noun and _kind_of_lemma(t.lemma_.lower()) == candidate.kind_hint
        for t in text.tokens_in(text.end(first), candidate.phrase.end)
    )
    return (
        noun.dep_ == "pobj"
        and not described  # 'searching for a missing girl': the adjective says what happened to her
        and noun.head.head.pos_ in ("VERB", "AUX")
        and noun.head.lower_ not in ("including", "among")
        or noun.dep_ == "conj"
        and not _counted_apart(noun.head)
    )


def _done_to_another(verb: Token) -> bool:
    """Whether an active verb of harm has an object other than its subject: 'killed five
    people' (the subject did it), not 'killed themselves'."""
    return any(c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves")) for c in verb.children)


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own (a verb joined to another may share its)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _clause_of(token: Token) -> Token | None:
    """The verb of the clause a word stands in (the word itself if it is one)."""
    node = token
    while node.pos_ not in ("VERB", "AUX"):
        if node.head == node:
            return None
        node = node.head
    return node


_IN_A_PHRASE = ("conj", "appos", "prep", "pobj", "compound", "nmod", "npadvmod")


def _owners(noun: Token) -> bool:
    """Whether a noun before 'of' names other people than the counted noun after it: a plural
    with no number of its own ('residents of 40 flats', 'families of 12 victims'), not a part
    ('six of the passengers') nor a casualty noun ('the bodies of seven miners')."""
    return (
        noun.tag_ == "NNS"
        and noun.lower_ not in MANY  # 'hundreds of people' are the people
        and noun.lemma_.lower() not in CASUALTY_NOUNS | KIND_LEMMAS.keys()
        and not any(c.dep_ == "nummod" for c in noun.children)
    )


def _listed_in(noun: Token, phrase: Token) -> bool:
    """Whether noun is part of the noun phrase headed by phrase ('five children and two
    drivers'), not of a clause inside it ('a man who published 300 papers')."""
    node = noun
    while node != phrase:
        if node.dep_ not in _IN_A_PHRASE or node.head == node:
            return False
        if node.dep_ == "prep" and node.lower_ not in ("of", "including", "among"):
            return False  # 'users in 38 countries': a place, not more of them
        if node.dep_ == "prep" and node.lower_ == "of" and _owners(node.head):
            return False  # 'residents of 40 flats': the flats are not the residents
        node = node.head
    return True


def victims(text: Text, candidate: FigureCandidate) -> str | None:
    """The noun phrase the number counts, as the article writes it; None if it names no one."""
    tokens = number_tokens(text, candidate)
    # ('both passengers': the word that counts them is no numeral)
    numbers = numerals(tokens) or [t for t in tokens if t.lower_ == "both" and _both_people(t)]
    if not numbers:
        return None
    number = numbers[-1]
    named = _one_of_them_named(text, number)
    if named is not None:
        return named  # 'Gal Costa, one of the most celebrated voices of Brazilian music, died'
    noun = _counted_noun(number)
    if noun is None or noun.lemma_.lower() in CASUALTY_NOUNS | REPORT_LEMMAS or _the_hurt(noun):
        return None  # 'five deaths', 'two of the dead', 'no reports of injuries': no one named
    if noun.tag_ != "NNS" and noun.lemma_.lower() in KIND_LEMMAS:
        return None  # 'another 12 hurt' (the tagger's noun): what befell them, not who they are
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in CASUALTY_NOUNS:
        return None  # 'over 1,000 US deaths': a word describing the deaths, not who died
    # 'seven of the 40 passengers': passengers (the whole's own count is not this figure's)
    whole = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    its_count = {t.i for c in noun.children if whole and c.dep_ == "nummod" for t in c.subtree}
    size = number.head if _sized(number) else None  # 'six-person crew': crew
    words = [
        t
        for t in noun.doc[number.i + 1 : noun.i + 1]
        if (t.dep_ in ("amod", "compound", "nmod", "nummod") or t == noun)
        and t.i not in its_count
        and t != size
        and not (t.lower_ in ROUGH and t.head == number)  # '40-odd people': people
        and (t == noun or t not in number.ancestors)  # not the 'dozen' of 'two dozen soldiers'
    ]
    dash = next((t for t in noun.doc[number.i + 1 : noun.i] if t.text in ("-", "–", "—") and t.whitespace_
                 and t.doc[t.i - 1].whitespace_), None)  # fmt: skip
    if dash is not None:  # 'Ten people - six men and four women - were arrested': the people
        words = [w for w in words if w.i < dash.i]
        if not words or words[-1].pos_ not in ("NOUN", "PROPN"):
            return None
    elif not words or words[-1] != noun or any(w.pos_ in ("VERB", "AUX") and not _participle(w)
                                                for w in words):  # fmt: skip
        return None
    # '4 missing fishermen', 'three dead soldiers': the fishermen; the kind says what befell them
    # ('eight trapped miners' keeps 'trapped': no kind of its own says it)
    while len(words) > 1 and words[0].dep_ == "amod" and _kind_word(words[0]):
        words = words[1:]
    # 'twelve (12) people': the number restated in brackets is no word of who they are
    closing = [t.i for t in noun.doc[number.i + 1 : noun.i] if t.text in (")", "]")]
    if closing:
        words = [w for w in words if w.i > closing[-1]] or [noun]
    start, end = text.span_of(words)
    joined = re.match(r"(?:-[^\W\d_]+)+", text.text[end : end + 40])
    if joined is not None:
        end += joined.end()  # a word the tokenizer split at its hyphens: 'passers-by', not 'passers'
    return text.text[start:end]


def _one_of_them_named(text: Text, number: Token) -> str | None:
    """The person a 'one of ...' set beside a name describes: 'Gal Costa, one of the most
    celebrated voices of Brazilian popular music, died' (Gal Costa died, not 'celebrated
    voices')."""
    person = number.head  # (a name the recogniser tags a person's, or no entity's: 'Gal Costa')
    if number.lower_ != "one" or number.dep_ != "appos" or person.pos_ != "PROPN" or \
            person.ent_type_ not in ("PERSON", ""):  # fmt: skip
        return None
    words = [*(c for c in person.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), person]
    start, end = text.span_of(words)
    return text.text[start:end]


def _participle(word: Token) -> bool:
    """'injured' in '12 injured workers', 'trapped' in 'eight trapped miners': a verb's
    participle describing the noun, not a verb of the clause."""
    return word.dep_ == "amod" and word.tag_ in ("VBN", "VBG")


def _kind_word(word: Token) -> bool:
    """'missing', 'injured', 'dead': a word that says which kind of casualty."""
    kinds = {KIND_LEMMAS.get(word.lemma_.lower()), KIND_LEMMAS.get(word.lower_)}
    return bool(kinds - {None, "other"})


def _count_read_as_compound(number: Token) -> bool:
    """A number the parser made the first part of one noun with the plural right after it:
    '"Another forty people are in hospital"' ('Another forty' read as a compound)."""
    return number.dep_ == "compound" and number.tag_ == "CD" and number.head.tag_ == "NNS" and \
        number.head.i == number.i + 1  # fmt: skip


def _counted_noun(number: Token) -> Token | None:
    """'five teenage girls' -> girls; 'six of the passengers' -> passengers."""
    head = number
    while head.dep_ in ("quantmod", "compound") and head.head.pos_ == "NUM" or \
            head.dep_ in ("nummod", "amod") and head.head.lemma_.lower() == "dozen":  # fmt: skip
        head = head.head  # 'two hundred', 'two dozen people', 'several dozen protesters'
    # 'Eleven people' tagged ADJ; 'several firefighters'
    counts = head.dep_ == "nummod" or head.dep_ == "amod" and (head.like_num or head.lower_ == "several") or \
        head.dep_ in ("det", "predet") and head.lower_ == "both" or \
        _count_read_as_compound(head)  # 'both people on board', '"Another forty people'  # fmt: skip
    if counts and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        group = head.head
        if _sized(head) and group.dep_ in ("compound", "amod") and group.head.i > group.i:
            return group.head  # 'the six-person crew', 'a 12-member team': the crew
        described = _described(group)
        if described != group and described.lemma_.lower() in CASUALTY_NOUNS:
            return described  # '53 measles related deaths': the deaths (measles-related, unhyphened)
        return group
    listed = head.head
    if (
        head.dep_ == "conj"
        and listed.dep_ in ("amod", "compound")
        and listed.head.tag_ in ("NNS", "NNPS")
        and listed.i < head.i < listed.head.i
    ):
        return listed.head  # 'a German and four Cubans': the parser makes 'German' describe the
        # Cubans, and the four its conjunct
    after = head.nbor() if head.i + 1 < len(head.doc) else None
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in QUALIFYING
        and head.head.i == head.left_edge.i - 1
        and after is not None
        and after.tag_ == "NNS"
        and after.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not any(c.dep_ in ("nummod", "det", "amod") for c in after.children)
    ):
        return after  # 'Over a dozen people were hurt': the parser makes the number its qualifier's
        # object and leaves the people after it uncounted
    if _after_a_time(head):
        return after
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and not _of_which(of):
        return next((c for c in of.children if c.dep_ == "pobj" and (c.pos_ == "NOUN" or _the_hurt(c))), None)
    return None


def _described(word: Token) -> Token:
    """The noun a word describes, through the words that describe it with it: 'deaths' for
    'measles' in '53 measles related deaths', for 'COVID-19' in '4,500 COVID-19 deaths'; the word
    itself where it describes none."""
    while word.dep_ in ("nmod", "npadvmod", "compound", "amod") and word.head.i > word.i:
        word = word.head
    return word


def _whole_of_which(number: Token) -> Token | None:
    """The noun a part 'of which' or 'of whom' is taken of: '300 beds, of which 40 are in
    intensive care' -> beds; '12 skiers, eight of whom were dug out' -> skiers."""
    clause = number.head
    of = next((c for c in (*number.children, *clause.children) if c.dep_ == "prep" and _of_which(c)), None)
    if of is None or number.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" or \
            clause.head.pos_ != "NOUN":  # fmt: skip
        return None
    if any(c.lower_ == "whom" for c in of.children) and _no_person(clause.head):
        return None  # 'poisoned after drinking liquor, of whom 12 died': 'whom' is people, not the liquor
    return clause.head


def _of_which(word: Token) -> bool:
    """'of which', 'of whom': a part of the noun a relative clause hangs on."""
    which = ("which", "whom")
    return word.lower_ == "of" and any(c.dep_ == "pobj" and c.lower_ in which for c in word.children)


def _a_part_of_the_hurt(vague: Token) -> bool:
    """'Several of the dead', 'many of the injured': a part of unknown size of those told
    elsewhere, no figure of its own ('six of the dead' is one: a number)."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and (_the_hurt(g) or _the_victims(g))
                                                      for g in p.children)  # (and 'many of the victims')
        for p in vague.children
    )  # fmt: skip


def _the_hurt(word: Token) -> bool:
    """'the dead', 'the injured', 'the missing': people named by what happened to them."""
    return word.lemma_.lower() in KIND_LEMMAS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in word.children
    )


# Prepositions that place a count ('12 died in Cebu'), in a list that leaves the rest out.
WHERE = frozenset({"in", "at", "from", "on"})


def gapped(text: Text, candidate: FigureCandidate) -> list[FigureCandidate]:
    """The counts a list gives after a figure, with its noun and verb left out: '12 people died
    in Cebu, four in Iloilo and two in Capiz' (four and two died too). Each stands right after a
    comma or 'and', has no noun of its own, and is placed by the figure's own preposition;
    a date is no place ('killed 20 in 2019 and five in 2020' are not a list of places)."""
    numbers = numerals(number_tokens(text, candidate))
    if not numbers or candidate.low is None:
        return []
    number = numbers[-1]
    noun = _counted_noun(number)
    after = max(text.end(number), candidate.phrase.end, text.end(noun) if noun is not None else 0)
    tokens = [t for t in number.sent if text.at(t) >= after]
    if len(tokens) > 1 and tokens[0].lemma_ == "be" and tokens[0] == number.head:
        tokens = tokens[1:]  # 'Of the dead, 20 were in Manila, 15 in Cebu': the verb left out is 'were'
    if not tokens or tokens[0].pos_ != "ADP" or tokens[0].lower_ not in WHERE:
        return []
    where, at = tokens[0].lower_, 1
    found: list[FigureCandidate] = []
    sentence = Span(text=text.text[text.at(number.sent[0]) : text.end(number.sent[-1])],
                    start=text.at(number.sent[0]), end=text.end(number.sent[-1]))  # fmt: skip
    while True:
        place = list(
            itertools.takewhile(lambda t: t.text not in (",", ".", ";") and t.lower_ != "and", tokens[at:])
        )
        if not place or len(place) > 6 or any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("DATE", "TIME")
                                              for t in place):  # fmt: skip
            return found
        if found:
            start = found[-1].phrase.start
            found[-1].phrase = Span(
                text=text.text[start : text.end(place[-1])], start=start, end=text.end(place[-1])
            )
        at += len(place)
        while at < len(tokens) and (tokens[at].text == "," or tokens[at].lower_ == "and"):
            at += 1
        match = FIGURE_PATTERN.match(text.text, text.at(tokens[at])) if at < len(tokens) else None
        if match is None or not match.group("num"):
            return found
        count = [t for t in tokens[at:] if text.at(t) < match.end()]
        at += len(count)
        if at >= len(tokens) or tokens[at].lower_ != where or _counted_noun(count[-1]) is not None:
            return found
        low, high, qualifier = bounds(match)
        phrase = Span(text=match.group(0), start=match.start(), end=match.end())
        found.append(FigureCandidate(low, high, qualifier, phrase, candidate.kind_hint, sentence, "",
                                     (match.start(), match.end())))  # fmt: skip
        at += 1


def sources(text: Text, candidate: FigureCandidate) -> list[Attribution]:
    """Who the article gives as the figure's source, the likeliest first."""
    return figure_sources(text, candidate.phrase.start, candidate.phrase.end)


def figure_sources(text: Text, start: int, end: int) -> list[Attribution]:
    """``_figure_sources``, worked out once per text and phrase: a figure with no source of its
    own asks for those of the counts in the sentence before, which may ask the same of theirs
    (without the memo, a paragraph of unsourced counts took time exponential in its sentences)."""
    key = ("figure_sources", f"{start}:{end}")
    if key not in text.memo:
        text.memo[key] = tuple(_figure_sources(text, start, end))
    return list(cast(tuple[Attribution, ...], text.memo[key]))


def _figure_sources(text: Text, start: int, end: int) -> list[Attribution]:
    """The sources of the figure whose phrase is [start, end): the subjects of the verbs of
    telling in its sentence ('police said'), or the object of 'according to'; inside a quote,
    the speaker the article gives the quote (as for the quote itself). With none, who
    made an arrest is the source of it ('Police arrested a 36-year-old man', 'Authorities on
    Monday arrested twelve people'); 'they', 'who' and a passive name no one."""
    from factsheet.speakers import _speaker_of, introduced_list, issued_just_before
    from factsheet.verify import indexed

    # (never the counted people themselves: 'Twenty people were killed ..., told AFP', where the
    # parser joins 'told' to 'killed' and its subject)
    found = [a for a in reporters(text, start, end, figure=True) if not _overlaps(a, start, end)]
    if found:
        return found
    if _in(start, _quoted(text)):  # a speaker's own words: 'Gordon said "A lot of people have lost ..."'
        said = indexed(text.text).attribution(Span(text=text.text[start:end], start=start, end=end))
        return [said] if said.speaker else []
    phrase = text.tokens_in(start, end)
    # and the verb whose object a listed count joins ('Police arrested 14 men and three women')
    listed = []
    included = []  # ('Police arrested 12, including a teenager': the parser hangs 'including'
    # on the verb or on the 12)
    joined_on = ("conj", "pobj", "amod", "compound", "dobj")
    for top in (t for t in phrase if t.head not in phrase and t.dep_ in joined_on):
        if top.dep_ == "pobj" and top.head.lower_ == "including":
            top = top.head.head
            if top.pos_ == "VERB":
                included.append(top)
        while top.dep_ == "conj" and top.head != top:
            top = top.head  # ('14 men, three women and two children': up the list)
        if top.dep_ in ("amod", "compound") and top.head.dep_ == "dobj":
            top = top.head  # ('a German and four Cubans': read as words describing the Cubans)
        if top.dep_ == "dobj":
            listed.append(top.head)
    # and the verb whose object is the arrests: 'Police made 12 arrests on Saturday'
    listed += [t.head for t in phrase if t.dep_ == "dobj" and t.pos_ == "NOUN"
               and t.lemma_.lower() == "arrest" and t.head.lemma_.lower() == "make"]  # fmt: skip
    for verb in [*phrase, *listed, *included]:
        made = verb.lemma_.lower() == "make" and verb in listed  # ('made 12 arrests')
        arrest = PASSIVE_VICTIM.get(verb.lemma_.lower()) == "arrested" or made or _into_custody(verb)
        if verb.pos_ != "VERB" or not arrest:
            continue
        # (and the one a passive takes, by its agent: 'A man was arrested by Thames Valley Police')
        taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (verb in included or
                 any(t in phrase for t in c.subtree))]  # fmt: skip
        agent = [
            g
            for g in agents(verb)
            if g.ent_type_ in WHO or g.pos_ == "NOUN" and not g.ent_type_ and not names_no_person(g.lemma_)
        ]  # fmt: skip  (not 'arrested by midnight', 'by the time the sun rose')
        maker = next((c for c in verb.children if c.dep_ == "nsubj"), agent[0] if agent else None)
        if not taken or (maker.pos_ not in ("NOUN", "PROPN") if maker is not None else verb.dep_ != "conj"):
            continue  # another arrest in the phrase, or no one a reviewer can check
        who = _speaker_of(text, verb, start)  # 'Police opened a case and detained him': joined
        if who is not None and who.speaker and who.how in ("named", "role"):
            return [who]
    for number in phrase:  # who brought a toll to the number: 'the council raised the death toll to six'
        toll = _toll_verb(number) if number.like_num or number.pos_ == "NUM" else None
        if toll is None or not any(c.dep_ == "dobj" and _a_toll(c) for c in toll[0].children):
            continue
        subject = next((c for c in toll[0].children if c.dep_ == "nsubj"), None)
        if subject is None or not (
            subject.ent_type_ in WHO
            or subject.lemma_.lower() in _tellers(text)
            or subject.pos_ == "NOUN"
            and not names_no_person(subject.lemma_)
        ):
            continue  # 'the landslide increased the toll to six': no one who tells
        who = _speaker_of(text, toll[0], start)
        if who is not None and who.speaker and who.how in ("named", "role"):
            return [who]
    for number in phrase:  # whose toll it is: "the health ministry's death toll stood at seven"
        toll = _toll_verb(number) if number.like_num or number.pos_ == "NUM" else None
        owner = _toll_owner(toll[0]) if toll is not None else None
        if owner is not None:
            from factsheet.speakers import _name, _noun_phrase

            named = _name(text, owner) or _noun_phrase(text, owner)
            return [Attribution(named[0], "named", "", named[1], named[2])]
    document = _document_set_beside(text, phrase)  # "The ministry's figures — 12 dead and 40 injured — were"
    document = document or _told_in_a_document(text, phrase)  # '12 died, in figures released by the UN'
    if document is not None:
        return [Attribution(document[0], "role", "", document[1], document[2])]
    issued = issued_just_before(text, start)  # 'The ministry released its daily report. Twelve ...'
    issued = issued or introduced_list(text, start)  # 'According to the ministry:' / '- 12 people died'
    if issued is not None:
        return [issued]
    return (
        _source_of_those_before(text, phrase)
        or _confirmed_beside(text, phrase)
        or _confirmed_after(text, phrase)
        or _source_going_on(text, phrase)
    )


def _confirmed_beside(text: Text, phrase: list[Token]) -> list[Attribution]:
    """Who gave or confirmed the tally a count's clause is set beside after it: 'Twelve people
    died, a number confirmed by police' (police; the parser hangs 'a number' on the verb or on
    the people); 'a figure' of one count, as in the sentence after (``_confirmed_after``)."""
    from factsheet.speakers import GIVING_LEMMAS, _may_tell, _name, _noun_phrase, agents

    if not phrase or _in(text.at(phrase[0]), _quoted(text)):
        return []
    sentence = phrase[0].sent
    one = len(numerals(sentence)) == 1
    for tally in (t for t in sentence if t.i > phrase[-1].i and t.dep_ in ("appos", "npadvmod")):
        determined = any(c.dep_ == "det" and c.lower_ in ("a", "the", "this") for c in tally.children)
        if tally.lemma_.lower() not in (*TALLIES, "toll") or (tally.tag_ == "NN") != one or not determined:
            continue
        for given in (
            c
            for c in tally.children
            if c.dep_ == "acl"
            and c.lemma_.lower() in GIVING_LEMMAS
            and not any(n.dep_ == "neg" for n in c.children)
        ):  # fmt: skip  (not 'not confirmed')
            who = next((g for g in agents(given) if _may_tell(g)), None)  # (as in _toll_given)
            if who is not None:
                named = _name(text, who) or _noun_phrase(text, who)
                return [Attribution(named[0], "named", "", named[1], named[2])]
    return []


def _confirmed_after(text: Text, phrase: list[Token]) -> list[Attribution]:
    """Who the sentence right after a figure's, in its paragraph, says gave or confirmed 'the
    figure' or 'the toll' it points back to: 'Twelve people died. Police confirmed the figure
    on Monday' (police; 'the figures' where the sentence holds more than one count)."""
    from factsheet.speakers import _speaker_of

    if not phrase or _in(text.at(phrase[0]), _quoted(text)):
        return []
    sentence = phrase[0].sent
    after = sentence.doc[sentence.end].sent if sentence.end < len(sentence.doc) else None
    if after is None:
        return []
    counts = len(numerals(sentence))
    for verb in (t for t in after if t.pos_ == "VERB" and t.lemma_.lower() in REPORT_LEMMAS | {"give"}):
        told = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        tally = next((c for c in told if _tally_pointing_back(c)), None)
        if tally is None or (tally.tag_ == "NN") != (counts == 1):
            continue  # ('the figure' of one count; 'the figures' of more)
        who = _speaker_of(text, verb, text.at(verb))
        if who is not None and who.speaker and who.how in ("named", "role"):
            return [who]
    return []


def _tally_pointing_back(noun: Token) -> bool:
    """'the figure', 'this toll', 'the numbers': a tally said of nothing, with a word that
    points back to the count it is ('of' names what it counts: not 'the number of dead')."""
    pointing = ("the", "this", "that", "these", "those")
    return (
        noun.lemma_.lower() in (*TALLIES, "toll")
        and not _objects_of(noun, ("of",))
        and any(d.dep_ == "det" and d.lower_ in pointing for d in noun.children)
    )


def _source_of_those_before(text: Text, phrase: list[Token]) -> list[Attribution]:
    """The source of the count a figure is a part of, where the figure's sentence points back
    to it ('of these', 'among them') and the count stands in the sentence before, in the same
    paragraph: 'The ministry reported 5,667 cases. Of these, 81 died' (the ministry)."""
    if not phrase or _in(text.at(phrase[0]), _quoted(text)):
        return []
    sentence = phrase[0].sent
    pointers = [t for t in sentence if t.lower_ in POINTING_BACK and t.dep_ == "pobj"
                and t.head.lower_ in ("of", "among", "out")]  # fmt: skip
    # (not back to a count of its own sentence: 'Police found 20 people; of these, 12 died')
    counted_before = pointers and any(t.i < pointers[0].i and t not in phrase for t in numerals(sentence))
    if not pointers or counted_before or sentence.start == 0:
        return []
    return _source_of_a_count_before(text, sentence, numerals)


def _source_going_on(text: Text, phrase: list[Token]) -> list[Attribution]:
    """The source of a count in the sentence right before a figure's, in its paragraph, where the
    figure's sentence gives none of its own and goes on with the same telling: 'The army said six
    soldiers were killed. Nine more were wounded' (the army), 'Johns Hopkins University data
    showed one million cases. At least 52,000 deaths were linked to the disease' (the university).
    Not where the figure's own clause marks it as heard from no one named ('reportedly'), nor
    where it tells of another time ('In 2015, a fire there killed 40'), nor from a number that
    counts no one ('two attacks', '85%', 'Flight 610')."""
    from factsheet.speakers import _hearsay

    if not phrase or _in(text.at(phrase[0]), _quoted(text)) or _hearsay(phrase):
        return []
    sentence = phrase[0].sent
    if sentence.start == 0 or _another_time(sentence):
        return []
    return _source_of_a_count_before(
        text, sentence, lambda words: [t for t in numerals(words) if _a_count(t) and not _counts_things(t)]
    )


def _source_of_a_count_before(
    text: Text, sentence: SpacySpan, counts: Callable[[SpacySpan], list[Token]]
) -> list[Attribution]:
    """The source of the last of the counts (as ``counts`` reads them) in the sentence before,
    which stands in the same paragraph: a parsed piece lies within one."""
    before = sentence.doc[sentence.start - 1].sent
    for count in reversed(counts(before)):
        found = figure_sources(text, text.at(count), text.end(count))
        if found:
            return found
    return []


def _another_time(sentence: SpacySpan) -> bool:
    """Whether a sentence tells of a time gone by, apart from the news: 'In 2015, ...', 'Last year
    a fire there ...', 'two years ago' (a date of its own that names a year or looks back)."""
    return any(
        ent.label_ == "DATE" and (YEAR.search(ent.text) or LOOKING_BACK.search(ent.text))
        for ent in sentence.ents
    )


YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
LOOKING_BACK = re.compile(r"\b(?:ago|(?:last|previous|earlier)\s+(?:week|month|year|decade|century))\b|"
                          r"\bearlier this\b", re.I)  # fmt: skip


def _document_set_beside(text: Text, phrase: list[Token]) -> tuple[str, int, int] | None:
    """Who issued the figures, report or data a count is set beside as what they hold:
    "The ministry's figures — 12 dead and 40 injured — were released" (the ministry)."""
    from factsheet.speakers import DOCUMENTS, _named_issuer

    for token in phrase:
        top = token
        while top.dep_ == "conj" and top.head != top:
            top = top.head
        if top.dep_ == "appos" and top.head.lemma_.lower() in DOCUMENTS:
            issuer = _named_issuer(text, top.head)
            if issuer is not None:
                return issuer
    return _document_before_its_colon(text, phrase) or _toll_given(text, phrase)


def _document_before_its_colon(text: Text, phrase: list[Token]) -> tuple[str, int, int] | None:
    """Who issued the figures a colon opens, where the count stands after that colon in the
    same sentence: "Police gave the following figures: twelve dead and thirty injured" (police;
    the parser hangs what follows the colon anywhere)."""
    from factsheet.speakers import FIGURE_DOCUMENTS, _named_issuer

    if not phrase:
        return None
    colons = [t for t in phrase[0].sent if t.text == ":" and t.i < phrase[0].i and t.i > 0]
    document = phrase[0].doc[colons[-1].i - 1] if colons else None
    if document is None or document.pos_ != "NOUN" or document.lemma_.lower() not in FIGURE_DOCUMENTS:
        return None
    return _named_issuer(text, document)


def _toll_given(text: Text, phrase: list[Token]) -> tuple[str, int, int] | None:
    """Who gave, issued or released the toll a count is 'of': "The ministry gave a toll of
    twelve dead" (the ministry), as one who issues a document speaks for it."""
    from factsheet.speakers import ISSUING, _may_tell, _name, _noun_phrase

    for token in phrase:
        of = next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ == "of"), None)
        toll = of.head if of is not None else None
        if toll is None or toll.lemma_.lower() != "toll" or toll.dep_ != "dobj":
            continue
        verb = toll.head
        giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() not in ISSUING or giver is None or not _may_tell(giver):
            continue  # (not 'it gave', nor 'the storm left a toll of twelve')
        return _name(text, giver) or _noun_phrase(text, giver)
    return None


def _told_in_a_document(text: Text, phrase: list[Token]) -> tuple[str, int, int] | None:
    """Who issued the figures or report a count's clause says it stands in: 'Twelve people
    died, in figures released by the health ministry', 'In the UN's latest report, 12 ...'."""
    from factsheet.speakers import FIGURE_DOCUMENTS, _named_issuer

    if not phrase:
        return None
    clauses = {a for t in phrase for a in (t, *t.ancestors)}
    for prep in (t for t in phrase[0].sent if t.dep_ == "prep" and t.lower_ == "in"):
        found = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in FIGURE_DOCUMENTS]
        issuer = _named_issuer(text, found[0]) if found and prep.head in clauses else None
        if issuer is not None:
            return issuer
    return None


def _overlaps(source: Attribution, start: int, end: int) -> bool:
    """Whether a source is named in the words that open the figure itself ('Twenty people';
    not 'according to the fire service' told inside 'One child was, according to ..., among')."""
    return source.start is not None and source.end is not None and source.start <= start < source.end


def _toll_owner(verb: Token) -> Token | None:
    """Who owns the toll a verb moves or states: "the ministry's toll rose to 12", "put the
    UN's count at 40" (a body or a person named, not 'its', nor 'the storm's toll')."""
    tolls = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _a_toll(c, reached=True)
    ]
    owner = next((c for t in tolls for c in t.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    return (
        owner
        if owner.ent_type_ in WHO or owner.pos_ == "NOUN" and not names_no_person(owner.lemma_)
        else None
    )


def _into_custody(verb: Token) -> bool:
    """'took 23 people into custody', 'placed them in detention': an arrest told by a place."""
    held = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in") for g in c.children]
    return any(PLACES.get(g.lower_) == "arrested" for g in held)


# Entities that can tell a figure: people, organisations, nations and their governments.
WHO = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _tellers(text: Text) -> frozenset[str]:
    """The nouns the article makes the subject of a verb that states information ('officials
    said', 'the ministry reported'): the kind of thing that can tell a figure."""
    key = ("tellers", "")
    if key not in text.memo:
        text.memo[key] = frozenset(
            c.lemma_.lower()
            for piece in text.pieces
            for t in piece.doc
            if t.pos_ == "VERB" and t.lemma_.lower() in FIGURE_LEMMAS
            for c in t.children
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
        )
    return cast(frozenset[str], text.memo[key])


def is_noun_phrase(text: Text, words: str, within: tuple[int, int]) -> bool:
    """Whether words found in the article within [start, end) hold a noun: 'are confirmed',
    'more with minor', 'people are now' and 'traffic collision which' are fragments of a
    clause, not people; a place or a date alone is no one."""
    start, end = within
    # as whole words: 'men' is not the end of 'women'
    found = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)").search(text.text, start, end)
    if found is None:
        return True  # not verbatim: victims_problem judges the words themselves
    at = found.start()
    piece = text.piece_at(at)
    if piece is None:
        return True
    entity = text.entity_at(at)
    if entity is not None and entity[0] == "PERSON" and (entity[1], entity[2]) == (at, at + len(words)):
        return True  # a person's name, however the tagger read its words ('Seyed' as a verb)
    tokens = text.tokens_in(at, at + len(words))
    aged = bool(tokens) and _of_an_age(tokens[-1])
    if tokens and (tokens[-1].text in (",", ";", ":") or _points_back(tokens[0])):
        return False  # '33, most of them children, were hurt': an aside on them, not who they are
    # (a plural name a number counts is people, whatever the recogniser called it: 'two Britons')
    counted = (
        bool(tokens) and tokens[-1].tag_ == "NNPS" and any(c.dep_ == "nummod" for c in tokens[-1].children)
    )
    if tokens and all(t.ent_type_ in PLACES_AND_TIMES for t in tokens) and not aged and not counted:
        return False  # 'over 1,000 US deaths': where or when, not who ('10-year-olds' are people)
    if tokens and tokens[-1].pos_ == "NOUN" and tokens[-1].lemma_.lower() in REPORT_LEMMAS:
        return False  # 'no reports of injuries': reports, not people
    head = _described(tokens[-1]) if tokens else None  # (and '53 measles related deaths')
    if head is not None and head not in tokens and head.lemma_.lower() in CASUALTY_NOUNS:
        return False  # '4,500 COVID-19 deaths': what the deaths were of, not who died
    return aged or (
        bool(tokens)
        and any(t.pos_ in ("NOUN", "PROPN") or t.ent_type_ == "NORP" or _the_accused(t) for t in tokens)
        and not any(t.pos_ == "AUX" for t in tokens)  # 'people are now'
        and (
            tokens[0].pos_ not in ("ADP", "CCONJ", "SCONJ", "VERB", "AUX")
            or tokens[0].dep_ in ("amod", "nmod", "compound") and tokens[0].head == tokens[-1]  # 'suspected
            # attacker', 'off-duty officer' (the parser's preposition 'off'), 'surviving child'
            or _the_accused(tokens[0])
        )
        and (
            tokens[-1].pos_ not in ("ADP", "VERB", "AUX", "ADJ", "DET", "ADV", "PRON", "SCONJ", "CCONJ")
            or tokens[-1].ent_type_ == "NORP" and tokens[-1].dep_ not in ("amod", "compound")  # 'Australian'
            or _one_read_as_a_word_of(tokens[-1]) is not None  # 'a German and four Cubans'
            or _the_accused(tokens[-1])
        )
    )  # fmt: skip


# --- numbers the casualty words near them miss: the verb or noun that governs the count ------

# Lemmas that say what happened to the people counted (English, not any article's).
KIND_LEMMAS = {
    **dict.fromkeys(("kill die murder slay assassinate perish drown succumb suffocate asphyxiate electrocute "
                     "strangle behead massacre lynch martyr dead deceased death fatality killing homicide")
                    .split(), "killed"),
    **dict.fromkeys("injure wound hurt hospitalise hospitalize injured wounded injury casualty stab maim "
                    "burn scald poison".split(), "injured"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("rescue extricate extrication".split(), "rescued"),
    **dict.fromkeys("arrest detain apprehend".split(), "arrested"),
    **dict.fromkeys("displace homeless evacuate evacuee evacuation flee relocate".split(), "displaced"),
    # as verbs: 'stranded at ports', 'trapped in the rubble', 'gunmen abducted 40 villagers'
    **dict.fromkeys("strand trap abduct kidnap".split(), "other"),
}  # fmt: skip
# Nouns a count names that say what it is other than who: the casualty itself ('five deaths'),
# its kind, a tally, a part, the dead themselves (no count of them is of things).
TOLD_OTHERWISE = CASUALTY_NOUNS | KIND_LEMMAS.keys() | PARTS | THE_DEAD | set(TALLIES)
# Plural numbers that count without saying how many: 'hundreds of people were taken to hospital'.
MANY = frozenset({"dozens", "hundreds", "thousands", "millions", "scores"})
# Words that count without a number, read as a number is: 'among the injured were several firefighters'.
SOME = MANY | {"several", "numerous", "handful", "tens", "many", "few", "some"}  # 'a few': the pattern's
# Verbs whose object is lives ended: 'claimed 6606 lives', 'took 12 lives', 'cost 30 lives'.
LIVES_TAKEN = frozenset({"claim", "take", "cost"})
# Places whose people something happened to: taken to hospital, held in custody, brought to safety.
PLACES = {"hospital": "injured", "custody": "arrested", "detention": "arrested", "shelter": "displaced",
          "safety": "rescued"}  # fmt: skip
# What admits the hurt ('the hospital admitted 15 people').
HOSPITALS = frozenset({"hospital", "clinic", "infirmary", "ward"})
# Spans of time a hospital's routine is counted over ('admitted 3,000 patients last year').
SPANS = frozenset({"year", "month", "week", "decade"})
# Verbs that keep people where they are ('remain in hospital', 'is in critical condition').
KEEP = frozenset({"be", "remain", "stay"})
# The states a hospital reports of the hurt ('in critical condition'); 'good condition' is a house's too.
GRAVE = frozenset({"critical", "serious", "stable", "grave", "life-threatening"})
# How badly one was hurt, besides GRAVE: 'two of them severely', 'one slightly'.
DEGREES = frozenset({"severe", "slight", "bad", "minor", "light", "mild"})
# Phrasal verbs that say what happened to their passive subject: 'were rounded up', 'were taken
# in for questioning' (not 'the shelter took in 40 families', 'farmers rounded up 200 sheep').
PHRASAL_KINDS = {("round", "up"): "arrested", ("take", "in"): "arrested"}
# The nouns of kinship: a person, whatever happened to them ('his wife was injured', 'Roe's
# mother died'), where a possessive noun may be a thing ('his arm was injured', 'its engine died').
KIN = frozenset(
    "father mother son daughter brother sister husband wife uncle aunt nephew niece grandfather grandmother "
    "grandson granddaughter cousin child parent sibling spouse partner boyfriend girlfriend fiancé fiancée "
    "stepfather stepmother stepson stepdaughter".split()
)
# Verbs whose passive subject is the victim ("Anna Roe was killed"), with the kind.
PASSIVE_VICTIM = {"kill": "killed", "murder": "killed", "assassinate": "killed", "electrocute": "killed",
                  "slay": "killed", "strangle": "killed",
                  "behead": "killed", "massacre": "killed", "lynch": "killed", "martyr": "killed",
                  "injure": "injured",
                  "wound": "injured", "hospitalise": "injured", "hospitalize": "injured", "stab": "injured",
                  "maim": "injured", "burn": "injured", "scald": "injured", "poison": "injured",
                  "arrest": "arrested", "detain": "arrested", "apprehend": "arrested",
                  "rescue": "rescued", "abduct": "other", "kidnap": "other"}  # fmt: skip


def _kind_of_lemma(lemma: str) -> str | None:
    """What a word says happened, as a casualty word or as a verb done to its victim ('kill',
    'detain', 'strand'); the two tables agree on every word they share."""
    return KIND_LEMMAS.get(lemma) or PASSIVE_VICTIM.get(lemma)


def find(text: Text, skip: int) -> list[FigureCandidate]:
    """Counts a casualty word does not stand beside, read through the parse: 'killed five
    children and two truck drivers' (two), 'pleaded guilty to eight murders', and a named
    person killed, injured, arrested or shot dead (one)."""
    found: list[FigureCandidate] = []
    for sentence in text.sentences():
        start, end = text.span_of(sentence)
        if start < skip:
            continue
        # (a bug met on one sentence's shape costs that sentence's counts, not the article's)
        found += contained(
            f"The casualty figures of the sentence “{_opening(sentence.text)}”",
            [],
            lambda: _counts_in(text, sentence, start, end),  # noqa: B023 (called at once)
        )
    return [c for c in found if not any(_one_told_within(o, c) for o in found)]


def _opening(sentence: str, words: int = 6) -> str:
    split = sentence.split()
    return " ".join(split[:words]) + (" ..." if len(split) > words else "")


def _counts_in(text: Text, sentence: SpacySpan, start: int, end: int) -> list[FigureCandidate]:
    found = []
    for token in sentence:
        candidate = (_count_at(text, token, start, end) or _people_joined(text, token, start, end)
                     or _named_victim(text, token, start, end)
                     or _one_described(text, token, start, end)
                     or _told_by_a_word(text, token, start, end)
                     or _joined_one(text, token, start, end)
                     or _uncounted(text, token, start, end))  # fmt: skip
        if candidate is not None:
            found.append(candidate)
    return found


def _one_told_within(one: FigureCandidate, other: FigureCandidate) -> bool:
    """Whether another candidate's phrase holds a shorter one's of the same one person and kind:
    'An injured man was taken to hospital' and its 'An injured man' are one person, not two."""
    return (
        one is not other
        and one.low == one.high == other.low == other.high == 1
        and one.kind_hint == other.kind_hint
        and other.phrase.start <= one.phrase.start
        and one.phrase.end < other.phrase.end
        and _same_noun(one.victims_hint, other.victims_hint)  # (not 'A man killed his wife
        # before killing himself': two)
    )


def _same_noun(one: str, other: str) -> bool:
    """Whether two victims' words end on the same noun ('man', 'injured man'), or either has none."""
    return not one or not other or one.split()[-1].lower() == other.split()[-1].lower()


def _a_dozen(token: Token) -> bool:
    """'a dozen people', 'half a dozen people': a number the tagger calls a noun, with no number
    of its own ('two dozen' is counted at its 'two')."""
    return token.lower_ == "dozen" and not any(c.like_num or c.pos_ == "NUM" for c in token.children)


def _a_count_word(token: Token) -> bool:
    """A word that counts people: a number ('12', 'twelve', 'a dozen'), a vague one ('several',
    'dozens'), or 'both' of two people."""
    return (
        token.like_num
        or token.pos_ == "NUM"
        or token.lower_ in SOME
        or token.lower_ == "both"
        and _both_people(token)
        or _a_dozen(token)
    )


def _count_at(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    if not _a_count_word(token):
        return None
    if token.ent_type_ in NOT_COUNTS and not _counts_past_its_entity(token):
        return None
    if token.dep_ in ("quantmod", "compound") and token.head.pos_ == "NUM":
        return None  # a part of a bigger number ("two hundred")
    noun = _counted_noun(token)
    kind = _kind_of_count(token, noun, text)
    if kind is None or _a_vague_part_of_the_same(token, kind):
        return None
    at, to = text.at(token), text.end(token)
    group = "vague" if token.lower_ in SOME else "num"
    matches = list(FIGURE_PATTERN.finditer(text.text, start, end))
    match = next(
        (m for m in matches if m.group(group) and m.start(group) <= at and to <= m.end(group) + 1), None
    )
    toll = _toll_verb(token)
    if toll is not None and _not_yet(toll[0]):
        return None  # 'the toll could rise above 50', 'is expected to reach 100': no count yet
    if toll is not None and _risen_from(token, toll[0]):
        return None  # 'the toll rose to 11 from eight': the count it rose from, as in 'from eight to 11'
    if match is None:  # the high end of a range the parser hung the rest on ('from 12 to 20')
        match = next((m for m in matches if m.group("high") and m.start("high") <= at < m.end("high")), None)
        if match is None:
            return None
    low, high, qualifier = bounds(match)
    first, core = match.start(), (match.start(), match.end())
    if (
        toll is not None
        and match.group("high")
        and re.search(r"\b(?:from|by)\s+$", text.text[first - 8 : first])
        and toll[0].lemma_.lower() not in SPREADS
    ):
        # 'the toll rose from 12 to 20', 'rose by five to 67': what it rose to, no range (but
        # 'the toll ranges from 12 to 30' is one)
        low, qualifier, first = high, "exact", match.start("high")
        core = (first, match.end("high"))
    if (
        toll is not None
        and toll[0].lemma_.lower() in ("exceed", "surpass", "top", "pass")
        and low is not None
    ):
        high, qualifier = None, "more_than"  # 'tolls exceeded 100'
    if _a_year(token) or _a_fraction(token):
        return None
    last = noun if noun is not None and noun.i > token.i else token
    # and the range the number opens: 'The death toll is between 40 and 60' (the parser hangs
    # the 60 on the 40, which alone would leave it out of the phrase)
    to = max(text.end(last), core[1] if high is not None else 0)
    phrase = Span(text=text.text[first:to], start=first, end=to)
    sentence = Span(text=text.text[start:end], start=start, end=end)
    return FigureCandidate(low, high, qualifier, phrase, kind, sentence, "", core)


def _fate_after(number: Token) -> str | None:
    """What the participle or adjective right after a number that counts no noun says happened
    to those it counts: 'The toll is 50 dead and 100 wounded' (the parser hangs 'wounded' on
    'is' and the 100 on the 50, whose toll says killed)."""
    after = number.nbor(1) if number.i + 1 < len(number.doc) else None
    if after is None or after.tag_ not in ("VBN", "JJ") or after.dep_ in ("nsubj", "nsubjpass"):
        return None
    return KIND_LEMMAS.get(after.lemma_.lower()) or KIND_LEMMAS.get(after.lower_)


def _done_to_people(verb: Token) -> bool:
    """Whether a verb has people of its own as its object: 'hired 1,200 people to evacuate
    residents' (the 1,200 evacuate, the residents are evacuated; not 'forced 12 people to flee
    their homes')."""
    done_to = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.ent_type_ == "PERSON" or c.lemma_.lower() == "people" or names_a_person(c.lemma_)
               for c in done_to)  # fmt: skip


def _fate_of_a_part(number: Token, noun: Token | None) -> str | None:
    """What its own verb says happened to a part of a group told before: 'one of the injured
    died' (killed, whatever 'the injured' say), 'two of the rescued were taken to hospital'."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head != number:
        return None
    verb = number.head
    if verb.pos_ != "VERB" or _averted(verb):
        return None
    lemma = verb.lemma_.lower()
    freed = _freed_from_wreckage(number, verb) or _brought_out_alive(verb)
    if number.dep_ in ("dobj", "nsubjpass") and freed:
        return "rescued"  # 'freed 11 of the 13 miners trapped underground' (the 13 stay trapped)
    if number.dep_ == "nsubj" and (lemma in ("die", "perish", "succumb", "drown") or _passed_away(verb)):
        return "killed"
    if number.dep_ == "nsubjpass":
        return "killed" if _to_death(verb) else PASSIVE_VICTIM.get(lemma)
    return None


def _kind_of(anchor: Token, text: Text | None = None) -> str | None:
    """What the verb, adjective or noun that governs a counted phrase says happened to it;
    for victims counted with nothing said of them ('four victims were from one family', 'two
    of the victims were children'), what the article told happened to its victims before."""
    kind = _kind_said(anchor)
    whole = _whole_of(anchor)
    if kind is None and text is not None and any(_the_victims(w) for w in (anchor, whole) if w):
        return _victims_were(text, text.at(anchor.sent[0]))
    if kind is None and whole is not None and whole not in anchor.subtree:
        # 'Among the 40 dead were 12 children', 'killed 20 people, five of whom were children':
        # a part of those the article says died, as they did
        kind = _kind_said(whole) or (KIND_LEMMAS.get(whole.lemma_.lower()) if whole.pos_ == "ADJ" else None)
    return kind


def _the_victims(noun: Token) -> bool:
    return noun.tag_ == "NNS" and noun.lemma_.lower() == "victim"


def _whole_of(part: Token) -> Token | None:
    """The group a counted phrase is said to be part of: 'the victims included six children',
    'six children were among the victims'."""
    verb = part.head
    if part.dep_ == "dobj" and verb.lemma_.lower() == "include":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if part.dep_ in ("nsubj", "attr") and verb.lemma_.lower() == "be":
        among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"), None)
        if among is not None:
            # ('Among the 40 dead were 12 children': the parser makes 'the 40 dead' the subject)
            misread = next(
                (c for c in verb.children if c.dep_ == "nsubj" and c != part and among.i < c.i < verb.i), None
            )
            return next((c for c in among.children if c.dep_ == "pobj"), misread)
        # 'killed 20 people, five of whom were children' (or 'of whom five were children'): the
        # people 'whom' stands for
        if (
            verb.dep_ == "relcl"
            and (part.like_num or part.pos_ == "NUM")
            and any(c.dep_ == "prep" and _of_which(c) for c in (*part.children, *verb.children))
        ):
            return verb.head
    return None


def _victims_were(text: Text, before: int) -> str | None:
    """What the article told happened to people before an offset: killed, if it told of deaths
    (in a fire that killed nine and injured fifty, 'four victims' are four of the dead); else
    injured, if it told of injuries; else nothing (the victims of a fraud are no casualties)."""
    key = ("victims were", "")
    if key not in text.memo:
        first: dict[str, int] = {}  # where the article first tells of each
        for token in (t for piece in text.pieces for t in piece.doc if t.pos_ in ("VERB", "ADJ", "NOUN")):
            kind = KIND_LEMMAS.get(token.lemma_.lower())
            if kind in ("killed", "injured") and kind not in first:
                first[kind] = text.at(token)
        text.memo[key] = first
    told = cast(dict[str, int], text.memo[key])
    return next((kind for kind in ("killed", "injured") if told.get(kind, before) < before), None)


def _joined_passive(verb: Token) -> list[Token]:
    """The participles joined to a passive verb that share its subject and its 'were': 'were
    thrown from the car and killed', 'were trapped and killed' (not 'were arrested and police
    said', a clause of its own)."""
    return [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and not _has_subject(c)
            and not any(a.dep_ in ("aux", "auxpass") for a in c.children)]  # fmt: skip


def _feared_dead(verb: Token) -> bool:
    """'(are) feared dead', 'presumed dead', 'believed dead': a death told as likely."""
    return verb.lemma_.lower() in ("fear", "presume", "believe") and any(
        c.dep_ in ("oprd", "acomp") and c.lower_ == "dead" for c in verb.children
    )


def _kind_said(anchor: Token) -> str | None:
    """What the verb, adjective or noun that governs a counted phrase says happened to it."""
    if _none_survived(anchor):
        return "killed"
    if _whereabouts_unknown(anchor):
        return "missing"  # 'the whereabouts of four students remain unknown'
    if anchor.dep_ in ("dobj", "nsubjpass") and (
        _freed_from_wreckage(anchor, anchor.head) or _to_safety(anchor.head)
    ):
        return "rescued"  # 'freed 10 people trapped in the rubble', 'airlifted 40 stranded
        # villagers to safety': no longer trapped, nor stranded
    if anchor.dep_ in ("dobj", "nsubjpass") and anchor.lemma_.lower() in ("hostage", "captive") and \
            anchor.head.lemma_.lower() in ("take", "seize", "hold", "capture"):  # fmt: skip
        return "other"  # 'gunmen seized 30 hostages', as 'took 30 people hostage'
    captive = anchor.head if anchor.dep_ == "compound" else None
    if captive is not None and captive.lower_ in CAPTIVES and _held_captive(captive.head):
        return "other"  # 'held 12 people hostage', the parser making 'people hostage' one noun
    if (
        anchor.lemma_.lower() in KIND_LEMMAS
        and (anchor.pos_ == "NOUN" or _the_hurt(anchor))
        and KIND_LEMMAS[anchor.lemma_.lower()] not in ("other", "rescued")  # not 'two strands', '60 rescues'
    ):
        return KIND_LEMMAS[anchor.lemma_.lower()]  # 'eight murders', 'two of the dead'
    if (
        anchor.lemma_.lower() == "life"
        and anchor.dep_ == "dobj"
        and anchor.head.lemma_.lower() in LIVES_TAKEN
    ):
        return "killed"  # 'the virus claimed 6606 lives', 'the crash cost 12 lives'
    if anchor.lemma_.lower() == "life" and (
        anchor.dep_ == "dobj"
        and anchor.head.lemma_.lower() in ("save", "rescue")
        or any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("save", "rescue") for c in anchor.children)
    ):
        return "rescued"  # 'saved 14,000 lives', '14,000 lives saved'
    for child in anchor.children:
        if child.dep_ in ("amod", "acomp", "acl") and child.lemma_.lower() in KIND_LEMMAS:
            return KIND_LEMMAS[child.lemma_.lower()]  # 'five dead', '40 people injured'
        if child.dep_ == "acl" and child.tag_ == "VBG" and _hurt_object(child):
            return _hurt_kind(child)  # '340 people receiving treatment', 'two men suffering serious burns'
        if child.dep_ == "prep" and child.lower_ == "in" and \
                any(_grave(g) and g.lemma_.lower() == "condition" for g in child.children):  # fmt: skip
            return "injured"  # 'taken to hospital, one in a serious condition' (not '40 beds in
            # intensive care': things are in a ward; only people are in a condition)
        if _none_of_whom_survived(child):
            return "killed"  # '150 passengers and crew, none of whom survived'
    every = _what_all_of_whom(anchor)
    if every is not None:
        return every
    tally = _place_tally(anchor)
    if tally is not None:
        return tally
    degree = _by_degree(anchor)
    if degree is not None:
        return degree
    part = _part_of_them(anchor)
    if part is not None:
        return part
    node = anchor
    for _ in range(4):
        toll = _toll_verb(node)  # 'the death toll rose to 20', 'estimated tolls exceeded 100'
        if toll is not None:
            return toll[1]  # and '... rose to 1,035 in Turkey and about 19 in Greece' (a conjunct)
        if node.dep_ in ("conj", "appos"):
            head = node.head
            counted = node.like_num or any(c.dep_ == "nummod" for c in node.children)
            if node.dep_ == "conj" and counted and head.pos_ in ("VERB", "AUX"):
                # 'arrested 12 people on Saturday and four more on Sunday', 'killed photojournalist
                # Tom Berger and at least five other people' (the parser joined them to the verb)
                if head.lemma_.lower() in KIND_LEMMAS:
                    return KIND_LEMMAS[head.lemma_.lower()]
                # 'Of the dead, 20 were in Manila and 15 in Cebu': what the first count's clause says
                first = next(
                    (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.like_num), None
                )
                return _kind_said(first) if first is not None else None
            verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            counted = any(c.dep_ == "nummod" for c in node.children)
            if verb is not None and counted and verb.pos_ == "VERB" and verb.lemma_.lower() in KIND_LEMMAS \
                    and not any(c.dep_ == "nummod" for c in head.children):  # fmt: skip
                # 'killed five children in a church bus and two truck drivers': the parser joins
                # the drivers to the bus; a counted conjunct of an uncounted place is the verb's
                return KIND_LEMMAS[verb.lemma_.lower()]
            node = head
            continue
        if node.dep_ == "pobj" and node.head.lower_ == "of" and _describes_one(node.head.head):
            return None  # 'the pilot, a veteran of two wars', 'Roe, a teacher and mother of two'
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head  # 'six of the passengers'
            if node.pos_ == "NOUN" and node.lemma_.lower() in KIND_LEMMAS:
                return KIND_LEMMAS[node.lemma_.lower()]  # 'the evacuation of 100 residents'
            if node.pos_ == "NOUN" and node.lemma_.lower() == "toll":
                return _a_toll(node)  # 'with a death toll of 45'
            if node.pos_ == "NOUN" and node.lemma_.lower() in THE_DEAD | {"body"}:
                return "killed"  # 'found the bodies of a man and two women' (the regex reads
                # 'bodies of two' itself; a count in a list is the parse's)
            claimed = node.dep_ == "dobj" and node.head.lemma_.lower() in LIVES_TAKEN
            if node.lemma_.lower() == "life" and claimed:
                return "killed"  # 'claimed the lives of a mother and her two children'
            if _owners(node):
                return None  # 'residents of 40 flats were evacuated': the 40 are flats
            continue
        if node.dep_ == "pobj" and node.head.lower_ == "including":
            return _kind_of_group(node.head.head)  # 'ten were killed, including two children'
        if node.dep_ == "pobj" and node.head.lower_ == "among" and _among_them(node):
            # 'the collapse killed eleven people, among them six children' (the parser gives
            # 'among' both 'them' and the count)
            return _kind_of_group(node.head.head)
        if node.dep_ == "dobj" and node.head.lemma_.lower() == "include":
            whole = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            return _kind_of_group(whole) if whole is not None else None  # 'the dead included two children'

        if node.dep_ == "pobj" and node.head.lower_ in ("with", "alongside"):
            return _along_with(node.head)  # 'was killed along with five others', 'alongside'
        sought = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "for" else None
        if sought is not None and sought.lemma_.lower() in ("search", "look") and _by_rescuers(sought):
            return "missing"  # 'rescuers are still searching for 14 people' (not 'police are
            # searching for two suspects': a manhunt)
        if node.dep_ == "npadvmod" and _another_account(node):
            return _kind_of_count_before(node, sentence_before=True)  # 'Local media said 15.'
        if node.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
            return None
        verb = node.head
        if node.dep_ == "nsubj" and verb.lemma_.lower() in PASSIVE_VICTIM and _done_to_another(verb):
            return None  # 'Two gunmen killed five people': who did it
        if _averted(verb):
            return None
        if _to_death(verb):
            return "killed"  # 'two men were beaten to death', 'fatally stabbed three officers'
        either = any(
            c.dep_ == "cc" and c.lower_ == "or" for c in verb.children
        )  # ('missing or presumed dead')
        if not either and any(
            _feared_dead(c) for c in verb.children if c.dep_ == "conj" and not _has_subject(c)
        ):
            return "killed"  # 'twelve miners were trapped and are feared dead': the last fate told
        joined = _joined_passive(verb) if node.dep_ == "nsubjpass" else []
        if joined:  # 'three passengers were thrown from the car and killed': what the last verb
            # joined to the first says happened too; death over whatever came before it
            kinds = [_kind_of_lemma(v.lemma_.lower()) for v in (verb, *joined)]
            if any(kinds):
                return "killed" if "killed" in kinds else next(k for k in kinds if k is not None)
        if verb.pos_ in ("VERB", "ADJ") and verb.lemma_.lower() in KIND_LEMMAS:
            return KIND_LEMMAS[verb.lemma_.lower()]
        if node.dep_ == "nsubj" and _missing_as_verb(verb):
            return "missing"  # 'two of the children are still missing', the tagger's 'miss'
        if node.dep_ == "nsubj" and _vanished(verb) and not _no_person(node):
            return "missing"  # 'two hikers vanished on Friday' (not 'two ships vanished')
        if node.dep_ == "nsubj" and _passed_away(verb):
            return "killed"  # 'twelve people passed away after drinking the alcohol'
        if verb.lower_ == "hanged" and node.dep_ in ("nsubjpass", "dobj"):
            return "killed"  # 'two men were hanged' (a picture is hung)
        if verb.lemma_.lower() == "execute" and node.dep_ in ("nsubjpass", "dobj") and _executable(node):
            return "killed"  # 'executed 14 prisoners' (not '14 search warrants were executed')
        if verb.lemma_.lower() == "shoot" and node.dep_ in ("nsubjpass", "dobj") and _in_the_body(verb):
            return "injured"  # 'two men were shot in the legs'
        phrasal = _phrasal_kind(verb)
        if phrasal is not None and node.dep_ == "nsubjpass":
            return phrasal  # 'more than 100 protesters were rounded up', 'taken in for questioning'
        made = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in KIND_LEMMAS
                and not _done_to_people(c)]  # fmt: skip
        if node.dep_ == "dobj":  # 'forced 1.2 million people to evacuate', the parser making the
            # infinitive a relative clause of the people
            made += [c for c in node.children if c.dep_ == "relcl" and c.lemma_.lower() in KIND_LEMMAS
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     and not any(a.dep_ in ("dobj", "nsubj") for a in c.children)]  # fmt: skip
        if node.dep_ in ("dobj", "nsubjpass") and made:  # 'caused 12 people to die', 'were forced to flee'
            return KIND_LEMMAS[made[0].lemma_.lower()]
        done = [
            c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children)
        ]
        if node.dep_ == "nsubj" and verb.lemma_.lower() in ("have", "need") and done and not _not_yet(verb):
            # 'three people had to be extricated from the wreckage', 'two needed to be hospitalised'
            return KIND_LEMMAS.get(done[0].lemma_.lower()) or _placed(node, done[0])
        if verb.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life"
                                                  for c in verb.children):  # fmt: skip
            return "killed"  # '81 had lost their lives'
        if node.dep_ == "dobj" and _lost_to_harm(verb, node):
            return "killed"  # 'the army lost 12 soldiers in the fighting'
        if node.dep_ == "nsubjpass" and _lost_at_sea(verb):
            return "missing"  # 'three fishermen were lost at sea'
        state = [c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in KIND_LEMMAS]
        if state:
            return KIND_LEMMAS[state[0].lemma_.lower()]
        left_so = _left_in_a_state(verb, node)
        if left_so is not None:
            return left_so
        if node.dep_ in ("dobj", "nsubjpass") and _held_captive(verb):
            return "other"  # 'the gunmen held 12 people hostage', 'twelve were held hostage'
        if _another_account(node):
            return _kind_of_count_before(node, sentence_before=True)
        return _placed(node, verb)
    return None


def _intensive_care(place: Token) -> bool:
    """A hospital's ward for the gravely hurt: 'intensive care', 'the intensive care unit',
    'critical care', 'the ICU' (not 'taken into care', where children are looked after)."""
    words = {t.lower_ for t in place.subtree if t.i <= place.i}
    return (
        place.text == "ICU"
        or place.lemma_.lower() in ("care", "unit")
        and bool(words & {"intensive", "critical"})
    )


def _left_in_a_state(verb: Token, node: Token) -> str | None:
    """What 'leave' left its object, told by the word right after it (adverbs aside) that the
    parser hung elsewhere: 'The bus hit a bridge, leaving three children seriously injured'."""
    if verb.lemma_.lower() != "leave" or node.dep_ != "dobj":
        return None
    doc, after = node.doc, node.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ == "advmod" and doc[after].pos_ == "ADV":
        after += 1
    word = doc[after] if after < len(doc) else None
    if word is None or word.tag_ not in ("VBN", "JJ") or word.head == node:
        return None
    return KIND_LEMMAS.get(word.lemma_.lower()) or KIND_LEMMAS.get(word.lower_)


CAPTIVES = frozenset({"hostage", "captive", "prisoner"})
# The states of being held where one is by what happened ('trapped in the rubble', 'stranded').
TRAPPED = frozenset({"trap", "strand"})


def _held_captive(verb: Token) -> bool:
    """'held 12 people hostage', 'were taken captive', 'kept them prisoner': what the verb made
    of those it holds (the parser's object complement, or a clause of its own)."""
    return verb.lemma_.lower() in ("hold", "take", "keep") and any(
        c.lower_ in CAPTIVES
        and (
            c.dep_ in ("oprd", "advcl", "xcomp", "npadvmod", "advmod")
            # ('held 30 people hostage at the hotel': a bare second object)
            or c.dep_ == "dobj"
            and not any(d.dep_ in ("det", "nummod", "amod", "poss") for d in c.children)
        )
        for c in verb.children
    )


def _describes_one(noun: Token) -> bool:
    """A singular noun set beside a name or a noun to describe one person: 'a veteran' in 'the
    pilot, a veteran of two wars', 'mother' in 'Roe, a teacher and mother of two' (what it
    counts are not the victims; 'a family of four', 'a crew of 12' are the people themselves)."""
    described = noun.dep_ == "appos" or noun.dep_ == "conj" and noun.head.dep_ == "appos"
    return described and noun.tag_ == "NN" and noun.lemma_.lower() not in GROUPS | CASUALTY_NOUNS


def _phrasal_kind(verb: Token) -> str | None:
    """What a phrasal verb says happened to its passive subject: 'were rounded up', 'were taken
    in for questioning' (arrested; 'taken in' alone is also shelter: 'taken in by neighbours')."""
    lemma = verb.lemma_.lower()
    kind = next((PHRASAL_KINDS[(lemma, c.lower_)] for c in verb.children
                 if c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_KINDS), None)  # fmt: skip
    return kind if lemma != "take" or _for_questioning(verb) else None


def _for_questioning(verb: Token) -> bool:
    """'taken in for questioning', 'held for questioning': whom police hold to question (not
    'held for questioning the budget')."""
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and g.lower_ in ("questioning", "interrogation")
        and not any(c.dep_ == "dobj" for c in g.children)
        for p in verb.children
        for g in p.children
    )  # fmt: skip


def _phrasal(verb: Token, lemma: str, particle: str) -> bool:
    """Whether a verb is a phrasal one: 'picked up' is ("pick", "up")."""
    return verb.lemma_.lower() == lemma and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )


def _held_by_police(verb: Token, held: Token, connected: bool = True) -> bool:
    """'Two men were held in connection with the attack', 'Roe is being held by police': in
    custody (only a passive; not 'held by rebels'; and 'in connection with' only of people
    counted, named or 'he' and 'she': 'the meeting was held in connection with the festival')."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    people = (
        held.ent_type_ == "PERSON"
        or held.lower_ in ONE_PERSON
        or held.like_num
        or any(c.dep_ == "nummod" for c in held.children)
    )
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "by" and any(g.lemma_.lower() == "police" for g in objects):
            return True
        if prep.lower_ == "on" and any(g.lower_ == "suspicion" for g in objects):
            return True  # 'the man was held on suspicion of murder'
        if connected and people and prep.lower_ == "in" and any(g.lower_ == "connection" and any(
                w.dep_ == "prep" and w.lower_ == "with" for w in g.children) for g in objects):  # fmt: skip
            return True
    return False


def _by_degree(anchor: Token) -> str | None:
    """A count with no verb but an adverb of how badly: 'sixteen injured, two of them seriously'
    (injured: only harm is serious, whatever the parser joined the count to), 'four people were
    shot, one fatally' (killed)."""
    if not (anchor.like_num or anchor.pos_ == "NUM"):
        return None
    for child in anchor.children:
        kind = _how_badly(child.lower_.removesuffix("ly")) if child.dep_ == "advmod" else None
        if kind is not None:
            return kind
    if anchor.dep_ == "npadvmod" and anchor.head.dep_ == "advmod" and anchor.head.i == anchor.i + 1:
        return _how_badly(anchor.head.lower_.removesuffix("ly"))  # 'twelve were injured, three
        # critically' (the parser hangs the count on the adverb)
    return None


def _how_badly(word: str) -> str | None:
    """What a word of how badly says befell its people: 'fatal' killed; 'serious', 'critical',
    'minor' ... injured."""
    if word == "fatal":
        return "killed"
    return "injured" if word in GRAVE or word in DEGREES else None


def _among_them(count: Token) -> bool:
    """A count set beside 'them' or 'those' under one 'among', before it: 'among them six
    children' (the parser makes both objects of the preposition)."""
    return any(
        g.dep_ == "pobj" and g.i < count.i and g.lower_ in ("them", "those") for g in count.head.children
    )


def _part_of_them(anchor: Token) -> str | None:
    """What happened to a part the clause before counted: 'three people died, two of them
    children', 'seven passengers died, among them two tourists' ('them' are the dead), 'twelve
    died, three of whom were children' (the part's own 'be' tells nothing: the clause does);
    the part's own hurt where the clause tells no death ('ten survivors were pulled out, three of
    them with serious injuries': injured; not 'twelve were killed, three of them with gunshot
    wounds')."""
    told = _part_told(anchor)
    if told is None or told == "killed":
        return told
    borne = _objects_of(anchor, ("with",))
    if anchor.dep_ == "nsubj" and anchor.head.lower_ == "with":
        # ('three of them with injuries': the parser's subject of 'with')
        borne += [g for g in anchor.head.children if g.dep_ == "pobj"]
    return "injured" if any(g.lemma_.lower() in HURTS for g in borne) else told


def _part_told(anchor: Token) -> str | None:
    preps = [p for p in anchor.children if p.dep_ == "prep" and p.lower_ in ("of", "among")]
    if not any(c.lower_ in ("them", "whom") for p in preps for c in p.children):
        return None
    # in a clause with no verb, the part is of the last people counted ('some of whom were
    # hospitalised' tells its own fate)
    told = _kind_of_the_count_before(anchor) if anchor.head.pos_ not in ("VERB", "AUX") else None
    if told is not None:
        return told
    # the verbless clause the part stands in, then the verb it is set off from; the first verb,
    # not one further up ('killed three and left 16 injured, two of them seriously': injured)
    node = anchor.head
    for _ in range(3):  # (and 'hospitalised with the virus, 40 of them in intensive care', the
        # parser setting the part beside the virus)
        if node.pos_ == "VERB":
            kind = KIND_LEMMAS.get(node.lemma_.lower())
            # or where the verb put them: 'seven people were taken to hospital, three of them in
            # a critical condition'
            group = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c != anchor), None)
            return kind if kind is not None or group is None else _placed(group, node)
        node = node.head
    return None


def _kind_of_the_count_before(part: Token) -> str | None:
    """What the verb of the count nearest before a part says befell it: 'them' stands for the
    last people counted, wherever the parser hung the part ('three were killed and sixteen
    injured, two of them firefighters': two of the injured)."""
    before = next(
        (
            t
            for t in reversed(_told_before(part, sentence_before=False))
            if (t.like_num or t.pos_ == "NUM")
            and t.ent_type_ not in NOT_COUNTS
            and t.dep_ not in ("compound", "quantmod")  # a piece of a bigger number
        ),
        None,
    )
    if before is None:
        return None
    noun = _counted_noun(before)
    counted = noun if noun is not None and noun.dep_ != "pobj" else before
    verb = counted.head
    if counted.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ != "VERB":
        return None
    return KIND_LEMMAS.get(verb.lemma_.lower())


def _along_with(prep: Token) -> str | None:
    """What happened to people a kind verb adds with 'along with' or 'together with': 'the
    photojournalist was killed along with five others' (the five were killed too), 'died
    alongside five other passengers'."""
    joined = prep.head.lower_ in ("along", "together")
    verb = prep.head.head if joined else prep.head
    joined = (
        joined
        or prep.lower_ == "alongside"
        or any(c.lower_ in ("along", "together") and c.dep_ in ("prt", "advmod") for c in verb.children)
    )
    if joined and verb.pos_ == "VERB" and verb.lemma_.lower() in KIND_LEMMAS:
        return KIND_LEMMAS[verb.lemma_.lower()]
    return None


def _place_tally(number: Token) -> str | None:
    """What a number after a place in a list joined to a casualty noun counts: 'Italy reported
    800 deaths, Spain 500 and France 300' (500 and 300 deaths)."""
    place = number.head
    if not (number.dep_ == "nummod" and place.i == number.i - 1 and place.ent_type_ in ("GPE", "LOC")):
        return None
    node = place
    while node.dep_ in ("appos", "conj") and node.head != node:
        node = node.head
        counted = any(c.dep_ == "nummod" for c in node.children)
        if node.pos_ == "NOUN" and node.lemma_.lower() in KIND_LEMMAS and counted:
            return KIND_LEMMAS[node.lemma_.lower()]
    return None


def _what_all_of_whom(people: Token) -> str | None:
    """What a clause of 'all of whom' ('both of whom') set after the people counted says
    happened to every one of them: '176 passengers and crew, all of whom were killed'; '30
    people, all of whom are missing', where the parser may hang the clause on the sentence's
    verb, or its subject on the clause's 'are', and not on them."""
    doc, subtree = people.doc, set(people.subtree)
    # the first word past the people's own (their 'on board', their comma), or the clause's 'all'
    after = next(
        (t for t in doc[people.i + 1 : people.sent.end] if t not in subtree or t.lower_ in ("all", "both")),
        None,
    )
    if after is None or after.lower_ not in ("all", "both") or doc[after.i - 1].text != ",":
        return None
    if not any(p.lower_ == "of" and any(w.lower_ == "whom" for w in p.children) for p in after.children):
        return None
    clause = after.head.head if after.head.dep_ in ("aux", "auxpass") else after.head
    if clause.head not in (people, people.head) or clause == people.head:
        return None
    for word in (clause, *(c for c in clause.children if c.dep_ in ("acomp", "oprd"))):
        if word.lower_ == "missing" and any(c.dep_ == "dobj" for c in word.children):
            continue  # 'all of whom are missing the point'
        kind = KIND_LEMMAS.get(word.lemma_.lower()) or KIND_LEMMAS.get(word.lower_)
        if kind is not None:
            return kind
    return None


def _all_of_whom(clause: Token) -> bool:
    """Whether a relative clause's subject is every one of the people it describes: 'all of
    whom', 'both of whom' ('some of whom', 'two of whom' are a part: a count of their own)."""
    return _of_whom(clause) in ("all", "both")


def _of_whom(clause: Token) -> str | None:
    """The word a relative clause's subject takes 'of whom' (or 'of which') with: 'all' in
    'all of whom were killed', 'none' in 'none of whom survived'."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        p.lower_ == "of" and any(w.lower_ in ("whom", "which") for w in p.children) for p in subject.children
    ):
        return None
    return subject.lower_


def _none_of_whom_survived(clause: Token) -> bool:
    """Whether a clause set after the people counted says none of them survived: 'none of whom
    survived' as a relative clause, or as the parser also reads it, 'none' set beside the
    people with 'survived' inside its 'of' (not 'none of whom was hurt', nor 'none of whom
    may survive': not yet told)."""
    if clause.dep_ == "relcl":
        verb: Token | None = clause
        none = _of_whom(clause)
    elif clause.dep_ == "appos":
        verb = next((c for p in clause.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pcomp"), None)  # fmt: skip
        whom = verb is not None and any(c.dep_ == "nsubj" and c.lower_ == "whom" for c in verb.children)
        none = clause.lower_ if whom else None
    else:
        return False
    return (
        none in ("none", "neither")
        and verb is not None
        and verb.lemma_.lower() == "survive"
        and not any(c.dep_ in ("neg", "aux") and c.lower_ in NOT_YET for c in verb.children)
    )


def _grave(place: Token) -> bool:
    """Whether a noun is a state a hospital reports of the hurt: 'critical condition',
    'intensive care'."""
    words = {c.lower_ for c in place.children if c.dep_ in ("amod", "compound")}
    return place.lemma_.lower() == "condition" and bool(words & GRAVE) or \
        place.lemma_.lower() == "care" and "intensive" in words  # fmt: skip


def _gravely(word: Token) -> bool:
    """'critically ill', 'seriously ill': the adverbs of a grave state (GRAVE's)."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ("critically", "seriously", "gravely") for c in word.children
    )


def _harm_near(verb: Token) -> bool:
    """Whether the verb's sentence or the one before tells harm from outside ('after the
    attack', 'the blast', 'was shot'): see ``harm_told``."""
    sentence = verb.sent
    before = verb.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return any(_outside_harm(t) for t in [*before, *sentence])


def _placed(node: Token, verb: Token) -> str | None:
    """What the place a verb puts the counted people in says happened to them: 'were taken to
    hospital', 'took 12 people to hospital', 'remain in hospital' (injured); 'were taken into
    custody', 'are in custody' (arrested). Only a passive or a verb that moves its object
    puts them there ('to', 'into'); only 'be', 'remain', 'stay' keep them there ('in'):
    '200 staff work at the hospital', 'born in hospital' say nothing happened. Likewise 'are
    in critical condition', 'were treated for burns' (injured); 'were pulled out alive',
    'rescuers dug four people out alive' (rescued: brought out of where they were trapped)."""
    # and a subject shared with the verb a passive one is joined to ('survived and was taken to hospital')
    passive = (
        node.dep_ == "nsubjpass" or node.head != verb and any(c.dep_ == "auxpass" for c in verb.children)
    )
    moved = passive or node.dep_ == "dobj" and verb.pos_ == "VERB"
    # and where they spent a time or live: '1,500 people spent the night in emergency shelters',
    # 'some 3,000 people are living in temporary shelters'
    # and 'there are 40 people in hospital': the one 'there is' brings in, and where it puts them
    there = (
        node.dep_ == "attr" and verb.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in verb.children)
    )
    kept = (
        there
        or node.dep_ == "nsubj"
        and (verb.lemma_.lower() in KEEP or verb.lemma_.lower() in ("spend", "sleep", "live"))
    )
    if moved and (_brought_out_alive(verb) or _freed_from_wreckage(node, verb)):
        return "rescued"
    preps = [c for c in (*verb.children, *(node.children if there else ())) if c.dep_ == "prep"]
    if (
        moved
        and (
            node.lemma_.lower() == "survivor"
            or any(c.dep_ in ("amod", "compound") and c.lower_ == "surviving" for c in node.children)
        )  # (and 'the surviving child')
        and (
            any(
                c.lower_ in ("from", "out", "up") and c.dep_ in ("prep", "prt") or c.lower_ == "ashore"
                for c in verb.children
            )  # fmt: skip
            or verb.lemma_.lower() in ("find", "locate", "reach", "recover")
        )
    ):
        # 'rescuers pulled 14 survivors from the rubble', 'dug three survivors out', 'found 15
        # survivors', 'recovered 14 survivors', 'seven survivors were picked up by a fishing
        # boat', 'brought ashore' (found alive by those searching: not 'the survivors found shelter')
        return "rescued"
    if (
        moved
        and node.lemma_.lower() not in CASUALTY_NOUNS | THE_DEAD
        and (
            _by_rescuers(verb)  # (the parser hangs 'from' on the verb or on those it moved)
            and any(
                c.lower_ in ("from", "out") and c.dep_ in ("prep", "prt")
                for c in (*verb.children, *node.children)
            )
            or _out_of_danger(verb, node)
        )
    ):
        return "rescued"  # 'rescuers pulled 280 people from the water' (not '12 bodies'); by
        # anyone, from a danger: 'firefighters pulled three people from the burning building'

    # (not those a part of them set before the 'with' has: 'Sixty-six were brought to the
    # surface, eight of them with injuries', the parser hanging 'with' on the verb)
    part = next((c.i for c in node.children if c.dep_ == "appos" and _points_back(c)), len(node.doc))
    hurts = [
        g
        for p in preps
        if p.lower_ == "with" and p.i < part
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]
    alone = node.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children)
    if (
        (moved or alone)
        and node.lemma_.lower() not in CASUALTY_NOUNS
        and any(g.lemma_.lower() in HURTS for g in hurts)
    ):
        # 'leaving four passengers with serious injuries', 'three crew escaped with minor injuries'
        # (not 'charged with murder')
        return "injured"
    if node.dep_ in ("nsubj", "nsubjpass") and _hurt_object(verb):
        return _hurt_kind(verb)  # 'sixteen people needed treatment', 'a firefighter suffered minor burns'
    if (
        node.dep_ == "nsubj"
        and verb.lemma_.lower() in ("need", "require")
        and any(
            c.dep_ in ("dobj", "xcomp") and KIND_LEMMAS.get(c.lemma_.lower()) == "rescued"
            for c in verb.children
        )
    ):
        return "rescued"  # 'dozens of occupants required extrication', 'four climbers needed rescuing'
    if node.dep_ in ("nsubj", "nsubjpass") and any(
        _left_home(v) for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
    ):
        return "displaced"  # '200 residents had to leave their homes', 'fled their homes'
    if node.dep_ == "dobj" and any(c.dep_ == "xcomp" and _left_home(c) for c in verb.children):
        return "displaced"  # 'the flood forced 3,000 people to leave their homes'
    if (
        moved
        and verb.lemma_.lower() in ("force", "drive", "chase")
        and any(p.lower_ == "from" and any(g.lemma_.lower() == "home" for g in p.children) for p in preps)
    ):
        return "displaced"  # 'thousands were forced from their homes', 'drove 500 families from their homes'
    if (
        node.dep_ == "nsubj"
        and verb.lemma_.lower() in ("take", "seek", "find")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("shelter", "refuge") for c in verb.children)
    ):
        return "displaced"  # '2,000 people took shelter in schools', 'sought refuge'
    sheltering = verb.pos_ == "VERB" and verb.lemma_.lower() == "shelter"
    if node.dep_ == "nsubj" and sheltering and not _not_yet(verb):
        return "displaced"  # '2,000 people are sheltering in schools' (not 'the school sheltered ...')
    in_hospital = any(
        p.lower_ == "in" and any(g.lemma_.lower() == "hospital" for g in p.children) for p in preps
    )
    # and treating that a hospital does, or a sentence told from one: 'The hospital said it had
    # treated twelve people', 'An official at the hospital said twelve were being treated'
    # (not over a span of time: 'has treated 3,000 patients since it opened last year')
    in_hospital = (
        in_hospital
        or verb.lemma_.lower() == "treat"
        and any(t.lemma_.lower() in HOSPITALS and t.pos_ == "NOUN" for t in verb.sent)
        and not _over_a_span(verb)
    )
    cared = [*preps, *(c for c in node.children if c.dep_ == "prep")]  # 'treated 60 people for burns'
    hurt_ones = node.lemma_.lower() in ("victim", "survivor")  # 'treated 25 victims'
    if moved and verb.lemma_.lower() == "treat" and not any(p.lower_ in ("to", "as") for p in cared) and \
            (any(p.lower_ in ("for", "at", "by") for p in cared) or in_hospital or hurt_ones or
             any(c.dep_ == "agent" for c in verb.children)):  # fmt: skip
        return "injured"  # 'treated for burns', 'treated at the scene', 'treated 25 victims' (not
        # 'treated to a dinner', 'treated as royalty by the populace')
    if verb.lemma_.lower() == "admit" and (
        (node.dep_ == "dobj" and _admitted_by_hospital(verb))
        or (node.dep_ == "nsubjpass" and verb.dep_ == "ccomp" and _admitted_by_hospital(verb.head))
    ):
        return "injured"  # 'the hospital admitted 15 people' (not 'the club admitted 15 new
        # members', nor 'the hospital admitted 3,000 patients last year'); 'hospital officials
        # said 12 people had been admitted'

    misread = next((c for c in verb.children if _place_read_as_verb(c)), None)
    if moved and misread is not None:
        return PLACES[misread.lower_]  # 'was rushed to hospital', parsed as 'to' and a verb
    if moved and verb.lemma_.lower() in ("hold", "take", "bring", "detain") and _for_questioning(verb):
        return "arrested"  # 'two men were held for questioning', 'taken for questioning'
    if (
        node.dep_ == "nsubj"
        and (verb.lemma_.lower() == "surrender" or _gave_up(verb))
        and any(
            p.lower_ == "to" and any(g.lemma_.lower() in ("police", "authority") for g in p.children)
            for p in preps
        )
    ):
        return "arrested"  # 'two suspects surrendered to police', 'turned themselves in to police'
    if moved and verb.lemma_.lower() == "hold" and _held_by_police(verb, node):
        return "arrested"  # 'two men were held in connection with the attack', 'held by police'
    if moved and _phrasal(verb, "pick", "up") and _held_by_police(verb, node, connected=False):
        return "arrested"  # 'Roe was picked up by police' (not 'picked up by a bus')
    for prep in preps:
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            moved
            and prep.lower_ == "in"
            and place is not None
            and PLACES.get(place.lemma_.lower()) == "arrested"
        ):
            return "arrested"  # 'remanded in custody', 'police held him in custody', 'placed in detention'
        under_arrest = prep.lower_ == "under" and place is not None and place.lemma_.lower() == "arrest"
        if (moved or kept) and under_arrest:
            return "arrested"  # 'placed under house arrest', 'the suspect is under arrest'
        if not (moved and prep.lower_ in ("to", "into") or kept and prep.lower_ == "in"):
            continue
        if place is not None and place.lemma_.lower() in PLACES:
            return PLACES[place.lemma_.lower()]
        if place is not None and _intensive_care(place):
            return "injured"  # 'were admitted to intensive care', 'remain in intensive care'
        if place is not None and any(c.dep_ == "compound" and c.lemma_.lower() in ("evacuation", "evacuee")
                                     for c in place.children):  # fmt: skip
            return "displaced"  # 'forced 250,000 people into evacuation centres', 'remain in evacuee camps'
        if kept and place is not None and _grave(place):
            return "injured"
    listed = node.dep_ == "dobj" and verb.lemma_.lower() in ("list", "report", "find")
    if (passive or listed) and any(
        p.lower_ == "in" and any(g.dep_ == "pobj" and _grave(g) for g in p.children) for p in preps
    ):
        return "injured"  # 'six people were listed in critical condition', 'found in a serious condition'
        # (and 'the hospital listed 12 patients in critical condition')
    ill = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ == "ill"), None)
    if (
        (kept or moved and verb.lemma_.lower() == "leave")
        and ill is not None
        and _gravely(ill)
        and _harm_near(verb)
    ):
        return "injured"  # 'the baby girl was critically ill', after an attack (not 'seriously ill
        # with cancer', where no harm is told)
    # where a verb of leaving left them: 'the crash left three people in critical condition'
    # (injured), 'the floods left 8,000 people without shelter' (displaced; not 'without power')
    left = [(p.lower_, g) for p in preps for g in p.children if g.dep_ == "pobj"] \
        if moved and verb.lemma_.lower() == "leave" else []  # fmt: skip
    if any(word == "in" and _grave(g) for word, g in left):
        return "injured"
    if any(
        word == "without" and g.lemma_.lower() in ("shelter", "home", "house", "roof") for word, g in left
    ):
        return "displaced"
    if kept or node.dep_ == "attr" and verb.lemma_.lower() == "be":
        among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"), None)
        group = next((c for c in among.children if c.dep_ == "pobj"), None) if among is not None else None
        if group is not None:
            return _kind_of_group(group)  # 'two children were among the dead', 'among the dead were two'
        said_of = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if node.dep_ == "attr" and said_of is not None and _the_hurt(said_of):
            return _kind_of_group(said_of)  # 'the dead were a woman and her two grandchildren'
        # 'Killed were three soldiers and a civilian' (the parser also hangs 'were' on the participle)
        participle = said_of if said_of is not None else verb.head if verb.dep_ == "auxpass" else None
        if (
            node.dep_ == "attr"
            and participle is not None
            and participle.tag_ == "VBN"
            and participle.i < verb.i
        ):
            fronted = participle.lemma_.lower()
            return _kind_of_lemma(fronted) or KIND_LEMMAS.get(participle.lower_)
        # and a clause joined to one the part of them opens: 'Of those killed, 40 were soldiers
        # and 12 were civilians'
        opened = verb.head if verb.dep_ == "conj" and verb.head.lemma_ == verb.lemma_ else verb
        shared = [p for p in opened.children if p.dep_ == "prep" and p.i < opened.i and opened != verb]
        of = [g for p in (*preps, *shared) if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
              and (_the_hurt(g) or _the_count_hurt(g) or _those_hurt(g))]  # fmt: skip
        if of:
            return _kind_of_group(of[0])  # 'Of the dead, four were foreigners', 'Of the seven killed, two'
    return None


def _admitted_by_hospital(verb: Token) -> bool:
    """Whether the subject of 'admit' is a hospital: 'the hospital admitted 15 people', 'two
    local hospitals', 'the burns unit of the city hospital'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    spans = _over_a_span(verb)
    return subject is not None and any(t.lemma_.lower() in HOSPITALS for t in subject.subtree) and not spans


def _over_a_span(verb: Token) -> bool:
    """Whether a verb tells what was done over a span of time ('last year', 'in 2019'): a
    routine, not one event's casualties."""
    return any(t.ent_type_ == "DATE" and (t.lemma_.lower() in SPANS or _a_year(t)) for t in verb.subtree)


def _by_rescuers(verb: Token) -> bool:
    """Whether those who did what a verb tells are rescuers: its subject, or its passive's
    agent, is 'rescuers' or a 'rescue' team, crew or worker."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += agents(verb)
    return any(
        d.lemma_.lower() == "rescuer"
        or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "rescue" for c in d.children)
        for d in doers
    )


def _to_a_place(prep: Token) -> bool:
    """'to hospital', 'into custody', 'in detention': where a verb put someone, which says
    what befell them ('in' only custody's: 'born in hospital' says nothing)."""
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj"
        and (
            g.lower_ in PLACES
            and (prep.lower_ in ("to", "into") or prep.lower_ == "in" and PLACES[g.lower_] == "arrested")
            or prep.lower_ == "under"
            and g.lemma_.lower() == "arrest"  # 'placed under house arrest'
        )
        for g in prep.children
    )


def _place_read_as_verb(word: Token) -> bool:
    """'rushed to hospital': a place no English verb spells, that the parser read as the verb
    of 'to' ('to' and 'hospital' as an infinitive); not 'shelter', which is a verb too."""
    return (
        word.dep_ in ("xcomp", "advcl")
        and word.lower_ in PLACES
        and word.lower_ != "shelter"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    )


# Verbs that put people where they are alive, not out of it, keep them there or take them:
# 'buried alive', 'burned alive', 'kept three hostages alive', 'captured alive'.
BURIED = frozenset(
    {"bury", "burn", "trap", "eat", "skin", "boil", "wall", "seal", "capture", "keep", "leave"}
)


# Verbs that bring people out of where they were trapped or held.
FREEING = frozenset({"free", "extricate", "extract", "rescue", "save"})


def _to_safety(verb: Token) -> bool:
    """Whether a verb moves those it takes to safety: 'airlifted 40 villagers to safety', 'were
    brought to safety'."""
    return any(g.lemma_.lower() == "safety" for g in _objects_of(verb, ("to", "into")))


def _freed_from_wreckage(node: Token, verb: Token) -> bool:
    """'Rescuers freed 10 people trapped in the rubble', 'rescued 12 people trapped in their
    homes', 'twelve people were freed from the wreckage': people freed from where they were
    trapped, or hostages freed (not 'the court freed two men', 'freed from prison'); and people
    cut free, or cut out of a wreck ('two people were cut free', 'had to be cut out of the car';
    not 'cut two people from its staff')."""
    if verb.lemma_.lower() == "cut":
        free = any(
            c.lower_ == "free" and c.dep_ in ("oprd", "acomp", "amod", "advmod")
            for c in (*verb.children, *node.children)
        )
        # ('cut out of the car', 'cut from the wreckage')
        out = [g for c in verb.children if c.lower_ in ("out", "from") for g in c.subtree if g.dep_ == "pobj"]
        return free or any(g.lemma_.lower() in WRECKAGE for g in out)
    if verb.lemma_.lower() not in FREEING:
        return False
    # and 'freed 11 of the 13 miners trapped underground': a part of the trapped
    of = [g for p in node.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
          if g.dep_ == "pobj"]  # fmt: skip
    trapped = any(
        c.dep_ in ("acl", "amod") and c.lemma_.lower() == "trap" for n in (node, *of) for c in n.children
    )
    # 'security forces freed 23 hostages', 'freed 12 captives': people held by force (not 'freed
    # 12 prisoners': released, no rescue)
    held = any(n.lemma_.lower() in ("hostage", "captive") for n in (node, *of))
    if held and verb.lemma_.lower() == "free":
        return True
    wreckage = any(
        p.dep_ == "prep" and p.lower_ == "from" and g.dep_ == "pobj" and _a_danger(g)
        for p in verb.children
        for g in p.children
    )
    return trapped or wreckage and node.lemma_.lower() not in THE_DEAD | {"body"}


def _a_danger(place: Token) -> bool:
    """Where people are trapped or in danger: 'the rubble', 'the water', 'the flames', 'the
    burning house', 'the sinking ship' (not 'the house', 'the station')."""
    return place.lemma_.lower() in WRECKAGE | PERILS or any(
        c.dep_ == "amod" and c.lower_ in IN_DANGER for c in place.children
    )


def _out_of_danger(verb: Token, moved: Token) -> bool:
    """Whether a verb brings what it moves out of a danger: 'pulled three people from the
    burning house', 'carried two residents out of the flooded tunnel' (the parser hangs the
    place on the verb or on the people)."""
    if verb.lemma_.lower() not in HAULING:
        return False  # (not 'moved 300 people from the flooded villages', 'removed protesters')
    heads = (*verb.children, *moved.children)
    out = [c for c in heads if c.dep_ == "prep" and c.lower_ == "from"]
    out += [g for c in heads if c.lower_ == "out" for g in c.children if g.lower_ == "of"]
    return any(g.dep_ == "pobj" and _a_danger(g) for p in out for g in p.children)


# Verbs of bringing someone out by hand or hoist, as from a danger (and "picked up" from the sea).
HAULING = frozenset(
    {"pull", "drag", "carry", "lift", "airlift", "pluck", "haul", "winch", "fish", "dig", "pick"}
)


# Where people are in danger, and what says a place endangers them.
PERILS = frozenset({"water", "sea", "river", "flame", "fire", "floodwater", "flood", "surf"})
IN_DANGER = frozenset({"burning", "blazing", "collapsed", "sinking", "flooded", "overturned",
                       "submerged", "capsized", "crashed", "mangled"})  # fmt: skip


# What people are trapped in after a collapse or a crash.
WRECKAGE = frozenset({"rubble", "wreckage", "debris", "ruins", "wreck", "vehicle", "car", "bus"})


def _brought_out_alive(verb: Token) -> bool:
    """'were pulled out alive', 'found alive': brought out of where they were trapped (not
    'buried alive', 'burned alive': what was done to them)."""
    if verb.lemma_.lower() in BURIED:
        return False
    # and 'pulled 14 people from the wreckage alive', where the parser set 'alive' after the
    # place as its adjective (no English adjective follows the noun it describes)
    placed = [t for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
              for t in g.children if t.dep_ == "amod" and t.i > g.i]  # fmt: skip
    # or after the object ('found nine people alive in the rubble'), for the same reason
    placed += [t for o in verb.children if o.dep_ == "dobj"
               for t in o.children if t.dep_ == "amod" and t.i > o.i]  # fmt: skip
    # or as the place itself ('from the rubble alive', read as 'the rubble' describing 'alive')
    placed += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(
        c.lower_ == "alive" and c.dep_ in ("oprd", "acomp", "advmod", "advcl", "xcomp", "ccomp")
        for c in verb.children
    ) or any(t.lower_ == "alive" for t in placed)


def _the_count_hurt(word: Token) -> bool:
    """'the seven killed', 'the 33 injured', 'the 14 people killed': a count told before, named
    by what happened to it."""
    return (
        (word.like_num or any(c.dep_ == "nummod" for c in word.children))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
        and (
            any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in KIND_LEMMAS for c in word.children)
            or _told_of_by_clause(word)  # 'the 56 people who died'
        )
    )


def _those_hurt(word: Token) -> bool:
    """'those killed', 'those injured in the blast', 'those who died': people named by what
    happened to them."""
    return word.lower_ == "those" and (
        any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in KIND_LEMMAS for c in word.children)
        or _told_of_by_clause(word)
    )


def _told_of_by_clause(word: Token) -> bool:
    """Whether a relative clause tells what happened to the people a word names: 'who died',
    'who were injured', 'whom police arrested' (not 'who killed them': what they did)."""
    for clause in (c for c in word.children if c.dep_ == "relcl" and c.lemma_.lower() in KIND_LEMMAS):
        doer = any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
        if not (doer and clause.lemma_.lower() in PASSIVE_VICTIM):
            return True
    return False


def _left_home(verb: Token) -> bool:
    """'fled their homes', 'abandoned their homes', 'had to leave their homes', 'were forced to
    leave their homes': the subject displaced (not 'left their homes to go fishing')."""
    lemma = verb.lemma_.lower()
    forced = (
        lemma == "leave" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "force", "order")
    )
    return (lemma in ("flee", "abandon", "lose") or forced) and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "home" for c in verb.children
    )


# Nouns of harm to the body; verbs whose subject gets the care it needs ('needed treatment';
# not 'the judge recommended treatment').
HURTS = frozenset({"injury", "wound", "burn", "fracture", "concussion", "inhalation"})
# The parts of the body a shot or a blow is said to have struck.
BODY = frozenset(
    "head face eye neck throat chest back stomach abdomen side shoulder arm hand leg thigh knee foot "
    "hip groin torso".split()
)


def _in_the_body(verb: Token) -> bool:
    """'shot in the leg', 'shot him in the back': a part of the body struck."""
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and g.dep_ == "pobj" and g.lemma_.lower() in BODY
        for p in verb.children
        for g in p.children
    )


GOT = frozenset({"need", "receive", "require", "undergo", "get", "seek"})
# Verbs whose subject bears the harm that is their object ('suffered injuries', 'lost their lives').
BORNE = GOT | {"suffer", "sustain", "lose", "have", "incur"}


def _hurt_object(verb: Token) -> bool:
    """Whether a verb's object is harm its subject suffered or care it got: 'suffered minor
    burns', 'sustained head injuries', 'suffered a broken leg', 'needed treatment' (not 'caused
    injuries': the cause; not 'escaped injury', 'avoided injuries': the harm did not happen)."""
    lemma = verb.lemma_.lower()
    return lemma in BORNE and any(
        c.lemma_.lower() in HURTS or lemma in GOT and _care(c) or _broken(c) for c in _borne(verb)
    )


def _borne(verb: Token) -> list[Token]:
    """A verb's objects, and the noun after it the parser hangs the verb on where the verb has a
    subject of its own: 'Another 20 suffered burns' (the parser reads 'suffered' as describing
    the burns)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and verb.head.i == verb.i + 1 and \
            any(c.dep_ == "nsubj" for c in verb.children):  # fmt: skip
        objects.append(verb.head)
    return objects


def _hurt_kind(verb: Token) -> str:
    """What the harm a verb's subject bore made of them: killed where it was fatal ('sustained
    fatal injuries', 'suffered mortal wounds'), else injured."""
    fatal = any(
        any(a.dep_ == "amod" and a.lower_ in ("fatal", "mortal", "lethal") for a in c.children)
        for c in _borne(verb)
    )
    return "killed" if fatal else "injured"


def _broken(part: Token) -> bool:
    """'a broken leg', 'fractured ribs': a part of the body broken (what was suffered)."""
    return any(c.dep_ == "amod" and c.lemma_.lower() in ("broken", "break", "fracture", "fractured")
               for c in part.children)  # fmt: skip


def _care(noun: Token) -> bool:
    """Care for the body: 'treatment', 'medical attention', 'hospital care'."""
    lemma = noun.lemma_.lower()
    return (
        lemma == "treatment"
        or lemma in ("attention", "care")
        and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("medical", "hospital")
            for c in noun.children
        )
    )


def _kind_of_group(group: Token) -> str | None:
    """What happened to a group a count is part of ('the dead', 'the fatalities', 'ten were
    killed', 'killed ten people'): the word's own kind, else what governs it."""
    if group.pos_ in ("VERB", "ADJ", "NOUN") and group.lemma_.lower() in KIND_LEMMAS:
        return KIND_LEMMAS[group.lemma_.lower()]
    if group.pos_ == "VERB":
        return PASSIVE_VICTIM.get(group.lemma_.lower())
    clause = next((c for c in group.children if c.dep_ == "acl"), None)
    if group.lower_ == "those" and clause is not None:  # 'among those treated for smoke inhalation'
        return _kind_of_group(clause) or ("injured" if clause.lemma_.lower() == "treat" else None)
    told = next(
        (c for c in group.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
         and not any(n.dep_ == "neg" for n in c.children)),
        None,
    )  # fmt: skip
    told_kind = _kind_of_group(told) if told is not None else None
    if told_kind is not None:
        return told_kind  # 'among the passengers who died', 'among the people who were injured'
    return _kind_of(group) if group.pos_ in ("NOUN", "PROPN", "NUM", "PRON") else None


# Verbs that say a tally reached a number ('deaths reached 100'), besides 'rose to', 'fell to'.
REACHED = frozenset("reach exceed surpass top pass hit total number".split())
# Verbs that bring a tally to a number: 'bringing the number of dead to 200'.
BRINGS = frozenset("bring take raise push lift increase revise".split())


# Prepositions that qualify a number: 'over 200,000', 'around 50'.
QUALIFYING = frozenset({"over", "above", "under", "below", "around", "about", "near"})


def _toll_verb(number: Token) -> tuple[Token, str] | None:
    """The verb whose subject is a toll the number is what it reaches ('the death toll rose to
    20', 'the number of deaths surpassed 100,000', 'casualties increased to 167'), or whose
    object is a toll the number is what it was brought to ('increased the death toll from five
    to six'); with what the toll counts."""
    to = number.head if number.dep_ == "pobj" else None
    verb = to.head if to is not None else number.head
    if to is not None and to.lower_ == "to" and verb.dep_ == "prep" and verb.lower_ == "from":
        verb = verb.head  # 'increased the toll from five people to six': 'to' hung on 'from'
    if to is not None and to.lower_ == "to" and verb.dep_ == "prt":
        verb = verb.head  # 'revised the death toll down to 30': 'to' hung on the particle
    if to is not None and to.lower_ in ("at", "to") and verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        # 'put the number of people killed in the attack at 45', 'bringing the number of people
        # killed since May to 200': the parser hangs 'at' or 'to' on the participle inside the tally
        tally = verb.head.head.head if verb.head.head.lower_ == "of" else None
        moves = "put" if to.lower_ == "at" else BRINGS
        if tally is not None and tally.lemma_.lower() in TALLIES and tally.dep_ in ("dobj", "nsubjpass") \
                and tally.head.lemma_.lower() in moves:  # fmt: skip
            verb = tally.head
    if number.dep_ not in ("dobj", "attr", "pobj", "npadvmod"):
        return None
    if to is not None and to.lower_ not in ("to", "at", "as", "from", "by", "past", "beyond", *QUALIFYING):
        return None  # 'the toll rose to 112, with 340 people in hospital': the 340 are no toll
    # 'the death toll is now over 200,000': a qualifier the parser made a preposition of 'be'
    qualified = to is not None and to.dep_ == "prep" and to.lower_ in QUALIFYING
    if verb.pos_ != "VERB" and not (verb.lemma_ == "be" and (number.dep_ == "attr" or qualified)):
        return None  # 'the number of deaths is 66' counts too
    brought = _brought_to(number)
    # 'fatalities stand at 14': where a count stands is what it has reached
    stands = to is not None and to.lower_ == "at" and verb.lemma_.lower() in ("stand", "remain")
    reached = brought or stands or number.dep_ in ("dobj", "npadvmod") and verb.lemma_.lower() in REACHED
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # 'The death toll, initially reported as five, rose to seven': the parser joins 'rose'
        # to the participle, whose subject the toll becomes
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and reached and verb.dep_ == "acl":
        subject = verb.head  # 'the crowd, numbering about 4,000'
    if subject is None and reached and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # 'The injured, numbering about 40, were taken ...': set off after the clause's subject
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i),
                       None)  # fmt: skip
    kind = _a_toll(subject, reached) if subject is not None else None
    if kind is None and subject is not None:
        kind = _estimate_of_a_toll(subject)  # 'Estimates of the number of injured vary from 40 to 60'
    if kind is None and subject is not None and (brought or reached):
        kind = _pointed_back(subject)  # 'Police said 12 had died. The figure has since risen to 15'
    if kind is not None:
        return verb, kind
    if (
        brought
        and verb.dep_ == "acl"
        and verb.head.lemma_.lower() in TALLIES
        and verb.lemma_.lower() in KIND_LEMMAS
    ):
        return verb, KIND_LEMMAS[verb.lemma_.lower()]  # 'bringing the number arrested to 15'
    toll = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if brought and toll is not None and toll.lemma_.lower() in TALLIES and _a_toll(toll) is None:
        # 'reported five new deaths, bringing the total to 12', 'reported four deaths but later
        # revised the figure to six'
        kind = _kind_told_before(verb) or _pointed_back(toll)
        if kind is not None:
            return verb, kind
    # 'the governor put the death toll at 15', 'the ministry gave the number of dead as seven'
    put = to is not None and (
        to.lower_ == "at" or to.lower_ == "as" and verb.lemma_.lower() in ("give", "put")
    )
    if toll is None and (put or brought):
        # 'the toll was put at 15', 'the toll was later revised to 23'
        toll = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if toll is not None and put and toll.lower_ == "it":
        toll = _toll_before(toll)  # 'police said the toll was 9, but local media put it at 12'
    if toll is not None and put and to is not None:
        # 'put the number of dead at 14 and the injured at 22': the parser joins the second tally
        # to the verb; a number is the nearest tally's before it
        second = [c for c in verb.children if c.dep_ == "conj" and toll.i < c.i < to.i]
        if second:
            kind = _a_toll(second[-1], reached=True)
            return (verb, kind) if kind is not None else None
    kind = _a_toll(toll) if toll is not None and (brought or put) else None
    return (verb, kind) if kind is not None else None


def _kind_told_before(verb: Token) -> str | None:
    """What the count of the clause a '-ing' clause hangs on befell: 'five new deaths were
    reported, bringing the total to 12' (killed), 'police arrested three more men, taking the
    total to 15' (arrested); not 'the firm hired ten more staff, bringing the total to 50'."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return None
    clause = verb.head
    counted = [t for t in clause.subtree if t not in verb.subtree and t.pos_ in ("NOUN", "PROPN")
               and any(c.dep_ == "nummod" for c in t.children)]  # fmt: skip
    # the noun's own word too: 'two more bodies were found' (killed)
    kinds = [_kind_of(t) or next((k for k, words in KIND_PATTERNS if words.fullmatch(t.text)), None)
             for t in counted]  # fmt: skip
    return next((k for k in kinds if k is not None), None)


def _pointed_back(tally: Token) -> str | None:
    """What 'the figure', 'the number' or 'the total' counts where it names nothing itself: what
    the last count told before it (in its sentence or the one before) counts, since a definite
    tally goes on with it ('reported four deaths but later revised the figure to six'; 'Police
    said 12 had died. The figure has since risen to 15'). Not 'a total' (a new count), and not
    where the last count before it is no casualty ('hired ten more staff, bringing the total to
    50', whatever was told before the staff)."""
    if tally.lemma_.lower() not in TALLIES or not any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tally.children
    ):
        return None
    return _kind_of_count_before(tally, sentence_before=True)


def _another_account(number: Token) -> bool:
    """A bare number a second source gives in a clause joined to one with a count: 'officials
    said 24 were hurt, but AFP reported 32', 'police counted 12 dead and the Red Cross counted
    15' (it counts what the count before it counts)."""
    verb = number.head
    joined = (
        verb.dep_ == "conj"
        or verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)
        # and 'police said 12 people died; hospital officials said 15' (the parser hangs the
        # clause before the semicolon on this one)
        or any(t.text == ";" and t.i < verb.i for t in verb.sent)
        # and 'The ministry said 12 people died. Local media said 15.': a sentence of its own
        # that is only a source and its number
        or verb.dep_ == "ROOT"
        and verb.sent.start > 0
        and all(c.dep_ in ("nsubj", "punct") or c == number for c in verb.children)
    )  # and 'police said 12 had died, while local media reported 15'
    return (
        number.dep_ in ("dobj", "npadvmod")
        and number.like_num
        and joined
        and verb.lemma_.lower() in REPORT_LEMMAS
        and _counted_noun(number) is None
    )


def _kind_of_count_before(word: Token, sentence_before: bool = False) -> str | None:
    """What the last count told before a word counts (in its sentence, or also the one before):
    None where that count is no casualty or there is none."""
    for token in reversed(_told_before(word, sentence_before)):
        if not (token.like_num or token.pos_ == "NUM") or token.dep_ in ("quantmod", "compound"):
            continue
        if token.ent_type_ in NOT_COUNTS and not _counts_past_its_entity(token):
            continue  # a date or an age between them
        said = token.head.lemma_.lower() if token.dep_ == "nummod" and token.head.pos_ == "ADJ" else ""
        return _kind_said(_counted_noun(token) or token) or KIND_LEMMAS.get(said)  # and '12 dead'
    return None


def _told_before(word: Token, sentence_before: bool = True) -> SpacySpan:
    """The words before a word in its sentence, and in the sentence before it too: where a
    count told before is looked for ('the number', 'the figure', 'five of them')."""
    doc, start = word.doc, word.sent.start
    earlier = doc[start - 1].sent.start if sentence_before and start > 0 else start
    return doc[earlier : word.i]


# Determiners and possessives of a tally told before: 'the figure', 'this number', 'its count'.
DEFINITE = frozenset({"the", "this", "that", "its", "their"})


def _toll_before(it: Token) -> Token | None:
    """The toll 'it' stands for: the last one its sentence names before it."""
    before = it.doc[it.sent.start : it.i]
    return next((t for t in reversed(before) if t.pos_ == "NOUN" and _a_toll(t) is not None), None)


def _not_yet(verb: Token) -> bool:
    """A verb told as what may or will happen, not what did: 'could rise', 'will reach', 'is
    expected to climb'."""
    return any(c.dep_ == "aux" and c.lower_ in NOT_YET for c in verb.children)


def _said_to_have(verb: Token) -> bool:
    """'X was said (reported, believed) to have been injured': a past harm told through whoever
    said it (not 'could have died', 'is expected to be hospitalised')."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "to" in aux and "have" in aux and not set(aux) & (NOT_YET - {"to"})


# Verbs whose 'from X to Y' is the span of a count, not where it moved from and to.
SPREADS = frozenset({"range", "vary"})
# Auxiliaries of what may or will happen ('could rise'), and the infinitive's 'to' ('expected to rise').
NOT_YET = frozenset({"could", "may", "might", "would", "will", "should", "can", "must", "shall", "to"})


def _risen_from(number: Token, verb: Token) -> bool:
    """Whether a number is the toll a verb moved from, told after what it moved to: 'the death
    toll rose to 11 on Tuesday from eight' ('from eight to 11' is read as one range)."""
    return (
        number.dep_ == "pobj"
        and number.head.lower_ == "from"
        and number.head.head == verb
        and any(c.dep_ == "prep" and c.lower_ == "to" and c.i < number.i for c in verb.children)
    )


def _brought_to(number: Token) -> bool:
    """Whether a number is what something rose or was brought to: 'rose to 20', and 'rose from
    12 to 20' or 'rose by 12 to 52', where the parser hangs 20 on 'from' (52 on 'by') and 12
    and 'to' on it."""
    return number.dep_ == "pobj" and (
        number.head.lower_ == "to"
        or number.head.lower_ in ("from", "by")
        and any(c.dep_ == "quantmod" and c.lower_ == "to" for c in number.children)
    )


def _estimate_of_a_toll(noun: Token) -> str | None:
    """What a toll counts that a figure, estimate or report is 'of': 'Estimates of the number
    of injured vary from 40 to 60' (injured), 'Reports of the death toll rose to 30' (killed),
    as the toll itself would."""
    from factsheet.speakers import FIGURE_DOCUMENTS

    if noun.lemma_.lower() not in FIGURE_DOCUMENTS:
        return None
    tolls = _objects_of(noun, ("of",))
    return _a_toll(tolls[0]) if tolls else None


def _a_toll(noun: Token, reached: bool = False) -> str | None:
    """What a tally counts: 'the death toll' (killed), 'the number of injuries', 'the total of
    arrests'; where the number is what it reached or rose to, the casualty noun itself
    ('casualties increased to 167', 'deaths reached 100')."""
    lemma = noun.lemma_.lower()
    if lemma == "toll":
        return "killed"
    if reached and (noun.pos_ == "NOUN" or _the_hurt(noun)) and lemma in KIND_LEMMAS:
        return KIND_LEMMAS[lemma]  # and 'the injured totalled 30'
    if lemma not in TALLIES:
        return None
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    # 'the death count', 'the number of injured people'
    described = [c for g in (noun, *of) for c in g.children if c.dep_ in ("compound", "amod")]
    # 'the number of people killed', 'the total of those injured': what the counted people underwent
    underwent = [
        c for g in (*of, noun) for c in g.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
    ]
    underwent = underwent if of else []  # (the parser may hang 'killed' on 'number' itself)
    # and the state such a participle reports: 'the number of people confirmed dead'
    underwent += [c for u in underwent for c in u.children if c.dep_ in ("acomp", "oprd", "xcomp")]
    # the word as written too: 'the number of missing' (the tagger's lemma is 'miss')
    words = [w for w in (*of, *described, *underwent) if w.pos_ in ("NOUN", "ADJ", "VERB")]
    kinds = [KIND_LEMMAS.get(w.lemma_.lower()) or KIND_LEMMAS.get(w.lower_) for w in words]
    if any(w.dep_ == "compound" and w.lemma_.lower() == "body" for w in described):
        kinds.append("killed")  # 'the body count rose to 40': the dead
    # (a word that only vouches for it is no kind: 'the real number is over 50', 'the actual figure')
    vouched = all(w.dep_ == "amod" and w.pos_ == "ADJ" and w.lower_ in VOUCHING for w in described)
    if not of and vouched and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        # 'Police said 22 were arrested; rights groups put the number at 100'
        kinds.append(_count_told_before(noun))
    return next((k for k in kinds if k is not None), None)


# Words that say how far a tally is to be trusted, not what it counts: 'the real number'.
VOUCHING = frozenset({"real", "actual", "true", "exact", "official", "final", "total", "overall"})


def _count_told_before(tally: Token) -> str | None:
    """What 'the number' or 'the figure', said of nothing, counts: what happened to those the
    nearest count before it counts, in its sentence or the one before ('Police said 22 people
    were killed, but rights groups put the figure at 100': killed; not after '300 homes were
    destroyed', which counts no one)."""
    for number in reversed(_told_before(tally)):
        counts = number.like_num or number.pos_ == "NUM" or number.lower_ in SOME
        if not counts or number.ent_type_ in NOT_COUNTS:
            continue  # (and 'dozens of people were injured, but police put the number at 15')
        counted = number.head if number.dep_ == "nummod" else number
        lemma, verb = counted.lemma_.lower(), counted.head
        if counted.pos_ == "NOUN" and lemma in CASUALTY_NOUNS | THE_DEAD and lemma in KIND_LEMMAS:
            return KIND_LEMMAS[lemma]  # 'reported 22 deaths'
        if verb.pos_ != "VERB":
            return None
        done = verb.lemma_.lower()
        if counted.dep_ in ("dobj", "nsubjpass"):
            return _kind_of_lemma(done)
        return "killed" if counted.dep_ == "nsubj" and done in ("die", "perish", "drown") else None
    return None


def _named_victim(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'Anna Roe was killed', 'Roe was shot dead', 'police arrested Tom Berger', 'Roe, who
    died on Monday', 'Roe has passed away': one victim, a person the article names."""
    read = _one_victim(token, _surnames(text))
    if read is None or read[0] == "missing" and _lost_with(text, token) is not None:
        return None  # (a craft lost with those aboard is no one: they are, counted there)
    kind, victim = read
    ent = _entity_of(victim)
    article = (
        next((c for c in victim.children if c.dep_ == "det"), None) if victim.ent_type_ != "PERSON" else None
    )
    group = [c for c in token.children if c.dep_ in ("aux", "auxpass", "prt") or c.lower_ in ("dead", "ill")
             or c.dep_ == "acomp" and c.lemma_.lower() in TRAPPED or c.lower_ in CAPTIVES]  # fmt: skip
    # ('is still trapped', 'was taken hostage')
    if _own_death(token):  # 'took his own life', 'killed himself'
        group += [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]
    group += [t for c in token.children if _place_read_as_verb(c) or _to_a_place(c) for t in c.subtree]
    if token.lemma_.lower() == "shoot" and _in_the_body(token):
        # 'shot in the leg': where, which says it hurt
        group += [t for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree]
    if token.lemma_.lower() in KEEP:  # 'De Zoysa was still in critical condition':
        # the state is what the phrase says happened
        group += [t for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "among")
                  for t in c.subtree]  # fmt: skip
    body = (victim.head if victim.dep_ == "poss" else victim.head.head) if _body_of(token) == victim else None
    first = min(
        ent.start,
        token.i,
        *([article.i] if article is not None else []),
        *([body.left_edge.i] if body is not None else []),
        *(c.i for c in group if c.dep_ == "prep"),
    )  # fmt: skip  ('the body of a man was found', 'Among the dead was a boy')
    last = max(ent.end - 1, token.i, *(c.i for c in group))
    s, e = text.span_of(victim.doc[first : last + 1])
    if e - s > 80:  # 'Leon van Biljon, owner of ... , was killed': the verb and its auxiliaries
        s, e = text.span_of(sorted([*group, token], key=lambda t: t.i))
    sentence = Span(text=text.text[start:end], start=start, end=end)
    ent_start, ent_end = text.span_of(ent)
    core = text.span_of([article]) if article is not None else (ent_start, ent_end)  # 'a': the one
    owner = next((c for c in victim.children if c.dep_ == "poss"), None)
    if article is None and owner is not None and victim.ent_type_ != "PERSON":
        core = text.span_of(list(owner.subtree))  # 'his': the one ('His 19-year-old brother'
        # is no count of 19)
    # 'he', 'a third' name no one
    who = (
        ""
        if victim.lower_ in ONE_PERSON or victim.ent_type_ == "ORDINAL"
        else bare(text.text[ent_start:ent_end])
    )
    return FigureCandidate(1, 1, "exact", Span(text=text.text[s:e], start=s, end=e), kind, sentence,
                           who, core)  # fmt: skip


def _one_victim(token: Token, known: frozenset[str] = frozenset()) -> tuple[str, Token] | None:
    """(kind, the person) when a verb says what happened to one named person; ``known``: the
    surnames the article gives people, where the recogniser missed one ('Boseman died', read
    as an organisation). Not one of several joined ('a man and his son were killed'): see
    ``_people_joined``."""
    read = _victims_read(token, known)
    return (read[0], read[1][0]) if read is not None and len(read[1]) == 1 else None


def _victims_read(token: Token, known: frozenset[str]) -> tuple[str, list[Token]] | None:
    """(kind, the people) a verb says something happened to: one person, or several joined
    ('a man and his son were killed'); the one reading the finder and the checker share."""
    read = _harmed(token, known)
    if read is not None:
        kind, subject, placed = read
        members = _members(subject, known)
        if len(members) > 1:
            return kind, members
        size = _group_size(subject)
        if size is not None:
            return kind, [subject] * size  # 'the couple were killed': the one noun stands for each
        if _a_person(subject, known, token.lemma_.lower(), placed):
            return kind, [subject]
    # 'arrested two men for theft and another for drunk driving': the count is read as a count
    gapped = _one_more_gapped(token)
    return (gapped[0], [gapped[1]]) if gapped is not None else None


def _one_more_gapped(verb: Token) -> tuple[str, Token] | None:
    """(kind, the one) where a list leaves the verb out before one more: 'police arrested two
    men for theft and another for drunk driving', 'three of the dead were from France and a
    fourth from Germany' (the parser joins 'another', 'a fourth' to the verb). The one has a
    phrase of its own after it and no verb: 'and another was wounded' is read as a clause."""
    # (or to the object of the verb's phrase before it: 'one died at the scene and another in hospital')
    placed = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    joined = (*verb.children, *(c for g in placed for c in g.children))
    one = next((c for c in joined if c.dep_ == "conj" and (
        c.lower_ == "another" or c.ent_type_ == "ORDINAL" and c.i > 0 and c.doc[c.i - 1].lower_ in ("a", "an")
    )), None)  # fmt: skip
    if one is None or not any(c.dep_ == "prep" and c.i == one.i + 1 for c in (*one.children, *verb.children)):
        return None  # (the parser hangs the phrase on the one or on the verb)
    if verb.tag_ not in ("VBD", "VBN") or _told_as_not_so(verb):
        return None  # what happened only
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB":
        kind = _kind_of_lemma(lemma)
        return (kind, one) if kind is not None and kind != "displaced" else None
    said_of = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    parts = said_of.children if said_of is not None else []
    whole = [g for p in parts if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj" and _the_hurt(g)]  # fmt: skip
    kind = _kind_of_group(whole[0]) if lemma == "be" and whole else None
    return (kind, one) if kind is not None else None


# Nouns that say how many people they are: 'the couple were killed' (two).
SIZED = {"couple": 2, "pair": 2, "duo": 2, "trio": 3, "quartet": 4}


def _group_size(noun: Token) -> int | None:
    """How many people a noun of a set size is, written as one ('the couple', 'a trio', 'his
    parents' are not: plural); not one counting what follows ('a couple of tourists': some)."""
    size = SIZED.get(noun.lemma_.lower())
    if size is None or noun.tag_ != "NN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    return size if any(c.dep_ in ("det", "poss") for c in noun.children) else None


def _gave_up(verb: Token) -> bool:
    """'Roe turned herself in', 'Berger handed himself in', 'Roe surrendered to police': in
    custody by their own act (not 'surrendered his passport', 'turned in his badge'; nor 'the
    army surrendered': only a person the recogniser names, or 'he' or 'she', gave themself up)."""
    lemma, objects = verb.lemma_.lower(), [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "surrender":
        return not objects and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))
            for c in verb.children
        )
    return (
        lemma in ("turn", "hand")  # 'turned herself in', 'handed himself in'
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in verb.children)
        and any(o.lower_ in ("himself", "herself", "themselves") for o in objects)
    )


def _executable(done_to: Token) -> bool:
    """Whether what was executed is a person (named, 'he' or 'she', or a noun whose first sense
    is one: 'prisoners', 'a man'), not a plan, an order or a trade."""
    return (
        done_to.ent_type_ == "PERSON"
        or done_to.lower_ in ONE_PERSON
        or names_a_person(done_to.lemma_)
        or done_to.lemma_.lower() in ("people", "person")  # (WordNet's group and top of persons)
    )


def _own_death_after(verb: Token) -> bool:
    """'The gunman killed four people before killing himself': one's own death told by a
    gerund after a past verb's 'before' or 'after' (what the subject went on to do)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in ("before", "after")
        and verb.head.head.tag_ == "VBD"
        and _own_death(verb)
    )


def _own_death(verb: Token) -> bool:
    """'The gunman killed himself', 'hanged herself', 'took his own life', 'committed suicide',
    'shot himself dead', 'fatally shot himself': the subject died by their own hand (not 'shot
    himself', which may have only wounded)."""
    lemma = verb.lemma_.lower()
    fatal = any(c.lower_ in ("dead", "fatally", "mortally") for c in verb.children)
    for done in (c for c in verb.children if c.dep_ == "dobj"):
        word = done.lower_
        if (
            (lemma == "kill" or verb.lower_ == "hanged" or fatal and lemma in ("shoot", "stab"))
            and word in ("himself", "herself")
            or lemma == "take"
            and word == "life"
            and any(c.lower_ == "own" for c in done.children)
            or lemma == "commit"
            and word == "suicide"
        ):
            return True
    return False


def _body_of(verb: Token) -> Token | None:
    """The person whose body a verb was done to ('found the body of a woman', 'the body of Anna
    Roe was recovered', "Roe's body was found"): one dead; not a body of people ('the governing
    body of the sport')."""
    body = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "body"),
                None)  # fmt: skip
    if body is None:
        return None
    of = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whose = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body.tag_ == "NNS":  # 'the bodies of Tom Berger and his son were found': those joined
        return whose if whose is not None and any(c.dep_ == "conj" for c in whose.children) else None
    if of is not None:
        return whose
    # "Tom Berger's body was found" (not 'his body': the one told before, counted there; nor
    # 'modelled the dinosaur's body as springs': only a dead body is found or recovered)
    pulled = verb.lemma_.lower() == "pull" and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
    )
    if (
        verb.lemma_.lower() not in ("find", "discover", "recover", "retrieve", "locate", "identify")
        and not pulled
    ):
        return None  # (and "Roe's body was pulled from the river")
    return next((c for c in body.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


# The verbs and adjectives that establish a deed, whose '-ing' tells it done: 'admitted killing
# his wife', 'convicted of murdering Roe', 'guilty of killing' (not an allegation: 'accused of
# killing', 'charged with', 'denied killing').
TRIED = frozenset("admit confess plead convict jail sentence guilty".split())


def _a_deed_tried(verb: Token) -> bool:
    """Whether an '-ing' verb is a deed an admission or a court establishes ('admitted killing
    his wife'), which happened, as against 'to kill' or 'plans on killing'."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "pcomp", "conj"):
        return False
    if verb.dep_ == "conj":  # 'admitted killing his wife and injuring his son'
        return verb.head.tag_ == "VBG" and _a_deed_tried(verb.head)
    governor = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return governor.lemma_.lower() in TRIED


def _harmed(token: Token, known: frozenset[str]) -> tuple[str, Token, bool] | None:
    """(kind, who, placed) when a verb says what happened to someone it names as its subject
    or object; ``placed``: told by where they were put or what they bore, not by the verb."""
    if _told_as_not_so(token):
        return None
    state = _one_in_a_state(token)
    if state is not None:
        # 'his wife is in critical condition' (not 'his phone went missing')
        return (*state, state[0] != "missing")
    ended = _own_death_after(token)
    told = token.tag_ in ("VBD", "VBN") or _past_participle_clause(token) or _a_deed_tried(token) or ended
    if token.pos_ != "VERB" or not told and not (token.tag_ in ("VBP", "VBZ") and _included_in(token)):
        return None  # 'to kill an animal', 'will arrest anyone who': nothing that happened ('the
        # dead include a baby': those it happened to)
    if _averted(token) or _not_yet(token) and not _said_to_have(token):
        return None  # 'almost drowned'; 'he could be hospitalised', 'he would have died'
    lemma = token.lemma_.lower()
    dead = any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "dead" for c in token.children)
    dead = dead or _to_death(token)  # 'a woman was stabbed to death'
    shot_dead = lemma in HARMS and any(
        c.dep_ == "dobj"
        and any(a.dep_ == "amod" and a.lower_ == "dead" and a.i == token.i + 1 for a in c.children)
        for c in token.children
    )  # 'gunmen shot dead Tom Berger' (the parser hung 'dead' on the name)
    drowned = lemma == "drown" and not any(
        c.dep_ in ("dobj", "prt") for c in token.children
    )  # not 'drowned out'
    died = lemma in ("die", "perish", "succumb") or drowned or _passed_away(token) or _own_death(token)
    kind = "killed" if dead or died or token.lower_ == "hanged" else PASSIVE_VICTIM.get(lemma)
    if kind is None and lemma == "hurt" and any(c.dep_ == "auxpass" for c in token.children):
        kind = "injured"  # 'the driver was hurt' (not 'the scandal hurt the mayor': his standing)
    if (
        kind is None
        and lemma == "shoot"
        and _in_the_body(token)
        and not any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in ONE_PERSON for c in token.children)
    ):
        # 'Roe was shot in the leg', 'shot a guard in the back' (not 'shot a film in Rome'; nor
        # 'shot him in the head': one told before, whose fate the article tells there)
        kind = "injured"
    # ('hanged': a person; a picture is hung)
    relation: tuple[str, ...] = ("nsubjpass", "dobj")
    if dead and not _own_death(token):
        relation = ("nsubjpass", "dobj", "nsubj")
        if any(c.dep_ == "oprd" and c.lower_ == "dead" for c in token.children) and \
                not any(c.dep_ == "auxpass" for c in token.children):  # fmt: skip
            relation = ("dobj",)  # 'police shot him dead', not 'the quake left five dead' (the quake)
    elif died:
        relation = ("nsubj",)
    elif shot_dead:
        kind, relation = "killed", ("dobj",)
    elif _gave_up(token):
        kind, relation = "arrested", ("nsubj",)
    if (
        kind is None
        and lemma == "execute"
        and any(c.dep_ in ("nsubjpass", "dobj") and _executable(c) for c in token.children)
    ):
        kind = "killed"  # 'Iran executed Tom Berger', 'a man was executed' (not 'executed the order')
    if kind is None and lemma == "save" and _saved_from(token):
        kind = "rescued"  # 'rescuers saved a man from the river' (not 'saved a penalty')
    if kind is None and _held_captive(token):
        kind = "other"  # 'a guard was taken hostage', 'gunmen held a nurse captive'
    placed = kind is None  # what happened is told by where it put them or what they bore
    if kind is None and _hurt_object(token):
        kind, relation = _hurt_kind(token), ("nsubj",)  # 'a firefighter suffered minor burns'
    # in the order of the relations: who it was done to before who did it ('was shot dead by')
    # (after the clause's own 'that': 'The fire service posted on Twitter that 16 people were
    # injured', where the parser read the teller as a second subject)
    that = next((c.i for c in token.children if c.dep_ == "mark" and c.lower_ == "that"), -1)
    subject = min((c for c in token.children if c.dep_ in relation and c.i > that),
                  key=lambda c: relation.index(c.dep_), default=None)  # fmt: skip
    whose = [g for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "life" for p in c.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    if lemma in LIVES_TAKEN and whose:
        kind, subject = "killed", whose[0]  # 'the crash claimed the life of a 12-year-old boy'
    shared = (
        [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")] if token.dep_ == "conj" else []
    )
    passive = shared and shared[0].dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in token.children)
    own = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if own is None and token.dep_ == "conj":  # 'two men were killed and a third wounded': the
        # parser makes 'a third' an adverb of 'wounded'
        own = next((c for c in token.children if c.dep_ == "npadvmod" and c.ent_type_ == "ORDINAL"), None)
    if subject is None and shared and (died or passive) and own is None:
        # 'tested positive and died a week later', 'was charged and remanded in custody', 'shot
        # his wife and was killed by police': the subject of the verb it is joined to ('attacked
        # and injured': the attacker, no victim)
        subject = _subject_left_out(token) or shared[0]
    gapped = (
        token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.head.children)
        and not any(c.dep_ == "dobj" for c in token.children)
    )  # fmt: skip
    if subject is None and ended:  # 'The gunman killed four people before killing himself'
        subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None and kind is not None and passive and token.dep_ == "pcomp" and \
            token.head.lower_ in ("after", "before", "since"):  # fmt: skip
        # 'The suspect was at the centre after being detained': the subject of the clause
        subject = next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    left = _left_as(token)
    if subject is None and kind is not None and left is not None and not dead and not died:
        subject = left  # 'left one dead and another injured'
    if subject is None and own is not None and kind is not None and gapped and not dead and not died:
        subject = own  # 'Roe was killed and Berger injured': the passive's 'was' left out
    if subject is None and own is not None and kind is None and _placed(own, token) == "injured":
        kind, subject = "injured", own  # 'his driver survived with injuries'
    if subject is None and kind is not None and passive:
        subject = _fronted_passive(token)  # 'Killed in the blast was a photojournalist'
    clause = token
    if (
        subject is None
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in REPORT_LEMMAS | {"believe", "find"}
    ):
        clause = token.head  # 'X was said (reported, believed) to have been injured', 'found murdered': X
        subject = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is not None and lemma == "injure":  # 'wounded', 'hurt' are a pride's, a campaign's too
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose" and clause.dep_ == "relcl":
            subject = clause.head  # 'a woman whose eye was injured': the woman
        elif owner is not None and owner.pos_ == "PROPN":
            subject = owner  # "Roe's arm was injured": Roe
    if subject is not None and subject.tag_ == "WP" and clause.dep_ == "relcl":
        subject = clause.head  # 'Leonov, who died in Moscow'
    if died and subject is not None and subject.ent_type_ != "PERSON":  # 'singer and actor Doris Day died'
        subject = next(
            (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subject
        )
    if subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN" and \
            not any(c.dep_ in ("det", "poss") for c in subject.children):  # fmt: skip
        # a bare role is a title before a name: 'actress and singer Doris Day died', 'former
        # president of Zimbabwe Robert Mugabe died' (the parser made the role the subject)
        subject = next((t for t in reversed(list(subject.subtree)) if t.ent_type_ == "PERSON"
                        and t.dep_ != "compound"), subject)  # fmt: skip
    if (
        kind is None
        and subject is not None
        and (subject.dep_ == "nsubjpass" or passive and subject in shared)
    ):
        kind = _placed(subject, token)  # 'a woman was taken to hospital', 'Roe was taken into custody'
    taken = next((c for c in token.children if c.dep_ == "dobj"), None)
    if kind is None and taken is not None and subject in (None, taken):
        kind, subject = _placed(taken, token), taken  # 'police took Anna Roe into custody', 'took him
        # to hospital' (no place that tells: no kind, and nothing is read)
    included = _included_in(token)
    if kind is None and included is not None:
        kind, subject = included  # 'the dead included Tom Berger and his wife'
    whose_body = _body_of(token)
    if kind is None and whose_body is not None:
        kind, subject = "killed", whose_body  # 'police found the body of a woman': her death
    if (
        kind is None
        and taken is not None
        and any(c.lower_ == "alive" for c in [*token.children, *taken.children])
        and token.lemma_.lower() not in BURIED
    ):
        kind, subject = "rescued", taken  # 'workers pulled a girl alive from the rubble'
    if kind is None or subject is None:
        return None
    if any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children):
        return None  # 'neither the driver nor his passenger was hurt': no one (the count reads 0)
    return kind, subject, placed


def _included_in(verb: Token) -> tuple[str, Token] | None:
    """(kind, the first of them) where those named are among people named by what happened to
    them: 'The dead included Tom Berger and his wife', 'Those injured included a child'."""
    group = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() != "include" or group is None or named is None:
        return None
    if _the_hurt(group):
        kind = KIND_LEMMAS.get(group.lemma_.lower())
    elif group.lower_ == "those":
        told = next((c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        lemma = told.lemma_.lower() if told is not None else ""
        kind = _kind_of_lemma(lemma)
    else:
        return None
    return (kind, named) if kind is not None else None


def _left_as(verb: Token) -> Token | None:
    """Whom 'left' left in the state a participle joined to it says: 'The blast left one dead
    and another injured' (the parser makes 'another' the subject of 'injured', or joins it to
    'one' and hangs 'injured' on 'left')."""
    leave = verb.head
    if leave.lemma_.lower() != "leave" or verb.dep_ not in ("conj", "advcl") or \
            any(c.dep_ == "dobj" for c in verb.children):  # fmt: skip
        return None
    if verb.dep_ == "conj" and any(c.dep_ == "oprd" for c in leave.children):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    before = verb.nbor(-1) if verb.i > 0 else None
    left = [c for c in leave.children if c.dep_ == "dobj"]
    if verb.dep_ == "advcl" and before is not None and before.dep_ == "conj" and before.head in left:
        return before
    return None


def _subject_left_out(verb: Token) -> Token | None:
    """The subject of a clause the parser joined to the verb before it: in 'a man was arrested
    after Anna Roe, a teacher, was stabbed', the second clause has its own 'was' and the words
    before it are Roe, the object of 'after', not the man arrested."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.dep_ != "conj" or not aux:
        return None
    before = verb.doc[min(c.i for c in aux) - 1]
    while before.is_punct and before.i > verb.head.i:
        before = before.doc[before.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or before.i <= verb.head.i:
        return None  # 'was charged and was remanded': the words before it are the verb's own
    node, joined = before, None
    while node.dep_ in ("pobj", "prep", "appos", "compound", "amod", "conj", "nummod") and node.head != node:
        if node.dep_ == "conj" and joined is None:
            joined = node  # 'died in the floods and 2,000 had been evacuated': the 2,000
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head == verb.head:
            return joined or node  # 'after Roe': the object of a word that hangs on the first verb
        node = node.head
    return None


def _people_joined(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'A man and his son were killed', 'police arrested the driver and his brother', 'Anna Roe
    and Tom Berger died': people joined, none counted, are as many as the coordination names."""
    read = _victims_read(token, _surnames(text))
    if read is None or len(read[1]) < 2:
        return None
    kind, members = read
    subject = members[0]
    first, last = subject.left_edge.i, members[-1].i
    words = text.span_of(subject.doc[first : last + 1])
    group = [c for c in token.children if c.dep_ in ("aux", "auxpass") or c.lower_ == "dead"]
    if _included_in(token) is not None:  # 'Those killed included ...': who they are among
        group = [c.left_edge for c in token.children if c.dep_ == "nsubj"]
    ends = [first, last, token.i, *(c.i for c in group)]
    s, e = text.span_of(subject.doc[min(ends) : max(ends) + 1])
    if e - s > 120:
        return None  # too far apart to show as one phrase
    low, high, qualifier = others_total(members)
    sentence = Span(text=text.text[start:end], start=start, end=end)
    # the word that joins them stands for the count (an age in 'a 70-year-old man and his son' is none)
    joint = next((t for t in subject.doc[first : last + 1] if t.dep_ == "cc"), members[-1])
    return FigureCandidate(low, high, qualifier, Span(text=text.text[s:e], start=s, end=e), kind, sentence,
                           text.text[words[0] : words[1]], text.span_of([joint]))  # fmt: skip


def joined_counts(text: Text, start: int, end: int) -> set[int]:
    """How many people each coordination the verbs in [start, end) tell of names ('a man and
    his son were killed': 2): a count without a number, for the checker."""
    known = _surnames(text)
    reads = (_victims_read(token, known) for token in text.tokens_in(start, end))
    totals = [others_total(read[1]) for read in reads if read is not None and len(read[1]) > 1]
    return {bound for low, high, _ in totals for bound in (low, high) if bound is not None}


def _past_participle_clause(verb: Token) -> bool:
    """A verb in '-ing' that tells what a past event did: 'the helicopter crashed, killing the
    pilot' (not 'is accused of killing', 'will be arresting')."""
    if (
        verb.tag_ != "VBG"
        or verb.dep_ not in ("advcl", "conj")
        or any(c.dep_ in ("aux", "mark") for c in verb.children)
    ):
        return False
    if verb.dep_ == "conj" and verb.head.tag_ == "VBG":  # 'killing Roe and wounding a police officer'
        return _past_participle_clause(verb.head)
    return verb.head.tag_ in ("VBD", "VBN")


def _succumbed_to_harm(verb: Token) -> bool:
    """'succumbed to her injuries', 'to his wounds': died of harm (not 'to pressure')."""
    return any(
        p.dep_ == "prep" and p.lower_ == "to" and any(g.lemma_.lower() in HURTS for g in p.children)
        for p in verb.children
    )


# The pronouns that stand for one person ('they' may be many, 'it' is no one).
ONE_PERSON = frozenset({"he", "she", "him", "her"})


def _a_person(subject: Token, known: frozenset[str], lemma: str, placed: bool = False) -> bool:
    """Whether a subject is one person: named, or 'a man', 'the driver'; one with a possessive
    ('his wife', 'its pilot') where it was arrested, or ``placed``: what happened is told by
    where they were taken or what they bore ('its pilot suffered burns', 'his wife was taken
    to hospital'), not by a verb that also harms things ('his bill was killed')."""
    return (
        subject.ent_type_ == "PERSON"
        or subject.lower_ in ONE_PERSON  # 'he was taken to hospital': one person, told before
        or subject.lower_ == "another"
        and subject.dep_ in ("dobj", "nsubj", "nsubjpass", "conj")  # 'and wounded another', 'left one
        # dead and another injured'
        or _one_more(subject)  # 'killing two people and wounding a third'
        or _someone(subject)
        and (lemma != "succumb" or _succumbed_to_harm(subject.head))  # not 'succumbed to pressure'
        # one saved is a person only where the noun's first sense is one ('saved a man from the
        # river'; not 'saved the company from bankruptcy')
        and (lemma != "save" or names_a_person(subject.lemma_))
        # nor one hurt or wounded ('the economy was hurt', 'wounded the government'; not 'the
        # driver was hurt')
        and (lemma not in ("hurt", "wound") or names_a_person(subject.lemma_))
        or _someone(subject, owned=True)
        and (
            placed
            or lemma in ("arrest", "detain", "take", "hold", "remand")
            or subject.lemma_.lower() in KIN
            or names_a_person(subject.lemma_)
        )  # 'his wife was taken into custody', 'her husband was injured', 'killed his driver':
        # only people are arrested; a noun whose first sense is a person is one ('his bill was
        # killed', 'his pride was hurt' are no one)
        or _untagged_name(subject)
        or subject.pos_ == "PROPN"
        and subject.text in known
    )


def _fronted_passive(verb: Token) -> Token | None:
    """The one a fronted participle tells of, after its 'was' or 'were': 'Killed in the blast
    was a photojournalist', 'Injured were two firefighters' (the parser hangs them on the 'be')."""
    be = next((c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i), None)
    if be is None or verb.i != verb.sent.start and verb.doc[verb.i - 1].dep_ != "advmod":
        return None  # (opening its sentence, or after 'Also', 'Among them')
    return next((c for c in be.children if c.dep_ in ("attr", "nsubj", "nsubjpass") and c.i > be.i), None)


def _saved_from(verb: Token) -> bool:
    """'saved a man from the river', 'a woman was saved from the rubble': brought out of danger
    (the parser hangs 'from' on the verb or on the one saved); who, the animacy check says."""
    saved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(p.dep_ == "prep" and p.lower_ == "from" for w in (verb, *saved) for p in w.children)


def _one_in_a_state(token: Token) -> tuple[str, Token] | None:
    """(kind, the person) where 'be' puts one person somewhere or in a state: 'Roe was among
    those killed', 'Roe is in critical condition', 'Roe has been missing since Friday', 'Roe
    went missing' (not 'was missing from Capitol Hill': away, not lost)."""
    lemma = token.lemma_.lower()
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    among = any(c.dep_ == "prep" and c.lower_ == "among" for c in token.children)
    if subject is None and lemma == "be" and among:  # 'Among those killed was a boy': the boy
        subject = next((c for c in token.children if c.dep_ == "attr"), None)
    if lemma in KEEP and subject is not None:
        kind = _placed(subject, token)
        if kind is None and any(c.dep_ == "acomp" and c.lemma_.lower() in TRAPPED for c in token.children):
            kind = "other"  # 'a miner is still trapped underground', 'remains stranded'
        return (kind, subject) if kind is not None else None
    if token.lower_ != "missing" or any(
        c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "dobj" for c in token.children
    ):
        return None  # (nor 'is missing the point': a verb with an object)
    if subject is None and token.tag_ == "VBG":  # 'a tourist is missing': the parser hung the
        # subject on 'is', as on the auxiliary of a verb in '-ing'
        subject = next((g for c in token.children if c.dep_ == "aux" and c.lemma_ == "be"
                        for g in c.children if g.dep_ == "nsubj"), None)  # fmt: skip
    if (
        subject is None
        and token.dep_ in ("advcl", "xcomp", "acomp")
        and token.head.lemma_.lower() in ("go", "be", "remain", "stay")  # 'the climber remains missing'
    ):
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return ("missing", subject) if subject is not None else None


def _untagged_name(word: Token) -> bool:
    """A name of two words or more the recogniser did not tag ('Actress Doris Day died')."""
    return (
        word.pos_ == "PROPN"
        and not word.ent_type_
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ for c in word.children)
    )


def _someone(noun: Token, owned: bool = False) -> bool:
    """One person the article does not name: a singular common noun with 'a', 'an' or 'the'
    ('a 25-year-old man was arrested', 'police arrested a woman', 'the attacker was shot
    dead'), nothing counted inside it; ``owned``: with a possessive instead ('his wife',
    'the suspect's brother')."""
    if not _a_single(noun, owned) or _no_person(noun):
        return False  # (and 'the cargo ship went missing', 'a jackal died': no person)
    # 'a man and his son': two; 'the pilot and two passengers', 'the pilot and both passengers':
    # one, then two; 'the victim, 18 and a student, was taken': one, as the verb says
    return _one_by_its_verb(noun) or all(_counted_apart(c) for c in noun.children if c.dep_ == "conj")


def _counted_apart(noun: Token) -> bool:
    """Whether a noun joined to one person has a count of its own ('the pilot and two
    passengers', 'the pilot and both passengers'): a group of its own, not one more joined."""
    return any(g.dep_ == "nummod" or g.lower_ == "both" and _both_people(g) for g in noun.children)


def _of_an_age(noun: Token) -> bool:
    """People named by their age: 'a 10-year-old', 'two 10-year-olds' (the recogniser's date)."""
    return noun.lower_ in ("old", "olds") and any(c.lower_ in ("year", "month") for c in noun.children)


def _a_single(noun: Token, owned: bool = False) -> bool:
    """A singular common noun with 'a', 'an', 'the' (``owned``: or a possessive), nothing
    counted inside it: one, if a person ('the driver', 'his son'); not a group ('a couple')."""
    # 'an Australian': a nationality as a noun (the tagger's adjective)
    demonym = noun.ent_type_ == "NORP" and noun.tag_ in ("JJ", "NNP") and noun.dep_ in (
        "nsubj", "nsubjpass", "dobj", "conj", "pobj", "attr")  # fmt: skip
    # 'the president', 'the Governor': a title the tagger made a name, no entity
    title = noun.tag_ == "NNP" and not noun.ent_type_ and names_a_person(noun.lower_)
    if (
        not (noun.lower_ == "old" and _of_an_age(noun))
        and noun.tag_ != "NN"
        and not demonym
        and not title
        and not _the_accused(noun)
        or noun.lemma_.lower() in CASUALTY_NOUNS | GROUPS
    ):
        return False
    if (
        noun.whitespace_ == ""
        and noun.i + 2 < len(noun.doc)
        and noun.doc[noun.i + 1].text == "-"
        and noun.doc[noun.i + 2].pos_ not in ("ADP", "PART")
        and noun.doc[noun.i + 2].dep_ not in ("prt", "prep")
    ):
        return False  # 'the co-chair': a piece of a word (but 'a passer-by', 'his brother-in-law')
    # ('another man was arrested', 'wounded another officer': one more)
    determiners = [c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another")]
    if not determiners and not (owned and any(c.dep_ == "poss" for c in noun.children)):
        return False
    # not 'a family of five', 'a group of tourists': more than one ('the driver of the truck',
    # 'the head of the agency', of one thing, are one)
    # (not 'the part of the project', 'the rest of the crew': a part of a whole)
    return not any(
        c.dep_ == "nummod"
        or c.dep_ == "prep"
        and c.lower_ == "of"
        and (not _of_one_thing(c) or noun.lemma_.lower() in PARTS)
        for c in noun.children
    )


def _the_accused(word: Token) -> bool:
    """'the accused': the participle English uses as a noun for the one a case is against (not
    'the man accused of the attack', 'police accused the company')."""
    return (
        word.lower_ == "accused"
        and word.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
        and not any(
            c.dep_ in ("dobj", "agent") or c.dep_ == "prep" and c.lower_ == "of" for c in word.children
        )
    )


def _of_one_thing(of: Token) -> bool:
    """'of the truck', 'of the agency', 'of Acme': one thing, nothing counted (not 'of five',
    'of tourists'; nor 'a piece of meat': what a piece is of is no thing one can count)."""
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    return (
        whole is not None
        and (
            whole.tag_ == "NNP"
            or whole.tag_ == "NN"
            and any(c.dep_ in ("det", "poss") for c in whole.children)
        )
        and not whole.like_num
        and not any(c.dep_ == "nummod" for c in whole.children)
    )


def _members(noun: Token, known: frozenset[str]) -> list[Token]:
    """The people a subject or object joins, each one person with nothing counted: 'a man and
    his son', 'Anna Roe and Tom Berger', 'the driver, a passenger and a cyclist'; the noun
    alone where it joins none, or joins a count or a thing ('two Argentines and a woman',
    'the pilot and the aircraft'), or its verb says it is one ('the driver and owner was')."""
    # and subjects the parser set side by side ('A man, his son and his grandson died': 'man'
    # and 'son' both subjects of 'died')
    heads = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass"):  # on the noun's side of the verb ('Among the injured
        # were a woman and her baby': after it)
        before = noun.i < noun.head.i
        heads = [c for c in noun.head.children if c.dep_ == noun.dep_ and (c.i < noun.head.i) == before]
    joined = []
    for node in heads:
        joined.append(node)
        # 'killed the pilot, a paramedic and a nurse': the parser set the list's second member in
        # apposition to the first, the rest joined to it (an apposition joins nothing of its own)
        # (not 'the owner, a man in his fifties, and his son', where a comma closes the apposition,
        # nor 'Anna Roe, a teacher and mother': a name's apposition describes it)
        listed = next((c for c in node.children if c.dep_ == "appos"), None)
        cc = next((c for c in listed.children if c.dep_ == "cc"), None) if listed is not None else None
        # and 'Tom Berger, his wife and their daughter': a name's own kin is no description of it
        kin = listed is not None and _a_single(listed, owned=True) and listed.lemma_.lower() in KIN
        if (
            listed is not None
            and cc is not None
            and (cc.nbor(-1).text != "," or kin and node.ent_type_ == "PERSON")
            and any(c.dep_ == "conj" for c in listed.children)
            and (
                _a_single(listed)
                and node.pos_ == "NOUN"
                or (kin or listed.ent_type_ == "PERSON")
                and node.ent_type_ == "PERSON"
            )  # (and 'Tom Berger, Anna Roe and three others': a name is no description of a name)
        ):
            joined.append(listed)
            node = listed
        elif (
            listed is not None
            and kin
            and node.ent_type_ == "PERSON"
            and (node is not heads[-1] or any(c.dep_ == "conj" for c in node.children))
        ):
            joined.append(listed)  # 'Tom Berger, his wife, and two others': the kin one of the
            # list, whose rest the parser joined to the name
        while (more := next((c for c in node.children if c.dep_ == "conj"), None)) is not None:
            joined.append(more)
            node = more
    if len(joined) == 1 and noun.dep_ == "dobj":
        # 'killed photojournalist Tom Berger and at least five other people': the parser joined
        # the others to the verb
        joined += [c for c in noun.head.children if c.dep_ == "conj" and c.i > noun.i and c.pos_ == "NOUN"
                   and _others_counted(c) is not None][:1]  # fmt: skip
    if len(joined) == 1 or _one_by_its_verb(noun):
        return [noun]
    others = _others_counted(joined[-1])
    named = joined[:-1] if others is not None else joined
    if all(
        m.ent_type_ == "PERSON"
        or m.lower_ in ONE_PERSON  # 'He and his brother were arrested': two
        or _untagged_name(m)
        or m.pos_ == "PROPN" and m.text in known
        or _a_single(m)
        or _a_single(m, owned=True)
        or _kin_sharing_its_owner(m, joined[0])
        or _sharing_its_determiner(m, joined[0])
        for m in named
    ):  # fmt: skip
        return [*named, *[joined[-1]] * others] if others else joined  # 'a captain and eleven other
        # crew': twelve
    return [noun]


def _kin_sharing_its_owner(noun: Token, first: Token) -> bool:
    """A bare kin noun joined after an owned one, whose possessive it shares: 'daughter' in
    'his wife and daughter were injured' (two people; not 'his wife and mother' as one, which
    the verb tells: 'was')."""
    return (
        noun is not first
        and noun.dep_ == "conj"
        and noun.tag_ == "NN"
        and noun.lemma_.lower() in KIN
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
        and first.lemma_.lower() in KIN
        and _a_single(first, owned=True)
    )


def _sharing_its_determiner(noun: Token, first: Token) -> bool:
    """A bare noun for a person joined after one with 'the', 'a' or a possessive, whose
    determiner it shares, where the verb they are the subject of is plural: 'the pilot and
    co-pilot were killed' (two; 'the driver and owner was' is one, and 'died' does not say)."""
    verb = first.head
    return (
        noun is not first
        and noun.dep_ == "conj"
        and noun.tag_ == "NN"
        and names_a_person(noun.lemma_)
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
        and names_a_person(first.lemma_)
        and (_a_single(first) or _a_single(first, owned=True))
        and first.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in verb.children)
    )


def _others_counted(noun: Token) -> int | None:
    """How many a count that ends a list of people adds to those named before it, where it
    says they are others: 'a captain and eleven other crew', 'the driver and two others' (not
    'the driver and two passengers': the list then tells of two groups)."""
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    other = noun.lower_ == "others" or any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)
    if number is None or not other or not _listed_last(noun) or _others_bounds(number) is None:
        return None
    value = parse_number(number.text)
    return value if value is not None and 1 < value < 1000 else None


def _listed_last(noun: Token) -> bool:
    """A noun joined to a list: its conjunct, or a subject the parser set beside another after
    'and' ('Tom Berger, a teacher, and two others died': 'others' a second subject of 'died')."""
    if noun.dep_ == "conj":
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == noun.dep_ and c.i < noun.i and any(a.dep_ == "cc" and a.i < noun.i for a in c.children)
        for c in noun.head.children
    )


def _others_bounds(number: Token) -> tuple[int | None, int | None, Qualifier] | None:
    """The bounds the words before a count of others give it: 'at least five others' is five or
    more ('a photojournalist and at least five others': at least six); none where a word before
    it is no qualifier of a count ('some of the five others')."""
    words = number.doc[number.left_edge.i : number.i + 1].text
    match = FIGURE_PATTERN.fullmatch(words)
    return bounds(match) if match is not None and match.group("num") else None


def others_total(members: list[Token]) -> tuple[int | None, int | None, Qualifier]:
    """A list's total with its qualifier: those named and the others counted, each bound of the
    count raised by those named ('a captain and eleven other crew': 12; 'a photojournalist and
    at least five others': at least 6)."""
    number = next((c for c in members[-1].children if c.dep_ == "nummod"), None)
    found = _others_bounds(number) if number is not None and members.count(members[-1]) > 1 else None
    if found is None:
        return len(members), len(members), "exact"
    low, high, qualifier = found
    named = len(members) - members.count(members[-1])
    return (None if low is None else low + named), (None if high is None else high + named), qualifier


def part_of_a_total(text: Text, candidate: FigureCandidate) -> bool:
    """Whether a count is the others a list of people adds up with those it names ('eleven' in
    'a captain and eleven other crew are missing'): the list's total is the figure, not it."""
    number = next((t for t in text.tokens_in(*candidate.core) if t.dep_ == "nummod"), None)
    if number is None or _others_counted(number.head) is None:
        return False
    head = number.head
    while head.dep_ in ("conj", "appos") and head.head != head:
        head = head.head  # (and 'Tom Berger, his wife and three other people', set in apposition)
    verb = head.head.head if head.head.dep_ == "auxpass" else head.head  # ('Killed were a man and
    # three other people': the parser hangs them on the 'were')
    read = _victims_read(verb, _surnames(text))
    return read is not None and number.head in read[1]


def _one_by_its_verb(subject: Token) -> bool:
    """Whether a subject's verb is singular ('was', 'is', 'has'): one, whatever the parser joined
    to it."""
    verb = subject.head
    return subject.dep_ in ("nsubj", "nsubjpass") and (
        verb.tag_ == "VBZ"
        or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in verb.children)
    )


def named_victims(text: Text, start: int, end: int) -> set[str]:
    """The people that the verbs in [start, end) say were killed, injured, arrested ... one
    each: a named victim counts one without a number."""
    found = set()
    for token in text.tokens_in(start, end):
        read = _one_victim(token, _surnames(text))
        if read is not None:
            found.add(bare(_entity_of(read[1]).text))
    return found


def described_victims(text: Text, start: int, end: int) -> set[str]:
    """The kinds that 'a rescued woman', 'an injured man', 'two Argentines and a Chinese woman
    (were among the dead)' in [start, end) say happened to one person: the article's article
    counts one."""
    tokens = text.tokens_in(start, end)
    return {
        found.kind_hint
        for t in tokens
        if (
            found := _one_described(text, t, start, end)
            or _joined_one(text, t, start, end)
            or _one_by_its_noun(text, t, start, end)
        )
        is not None
    }


def _entity_of(token: Token) -> SpacySpan:
    """The person ``_one_victim`` found: the named entity a token belongs to, or the words of
    an unnamed one after its article ('25-year-old man')."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
    if entity is not None:
        return entity
    words = [t for t in token.lefts if t.dep_ != "det" and t.tag_ != "WP$"]  # not 'whose' of 'whose son'
    end = token.i + 1
    while end + 1 < len(token.doc) and token.doc[end - 1].whitespace_ == "" and token.doc[end].text == "-":
        end += 2  # a word the tokenizer split at its hyphens: 'passer-by', 'brother-in-law'
    return token.doc[min((t.left_edge.i for t in words), default=token.i) : end]


def _joined_one(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'Two Argentines and a Chinese woman were among the dead', 'six people, including a
    photojournalist, were killed': one person joined to a count, or part of it, shares what
    happened to it (the woman died too); a person named so too ('six people, including Tom
    Berger, were killed')."""
    # (not a name set beside a count: 'two soldiers, Tom Berger and Anna Roe' may name the two)
    named = token.ent_type_ == "PERSON" and (
        token.dep_ not in ("compound", "appos")
        or token.dep_ == "appos"
        and any(c.dep_ == "prep" and c.lower_ == "among" for c in token.children)
    )
    misread = _one_read_as_a_word_of(token)
    group: Token | None = token.head if misread is not None else None
    if misread is None and (named or _someone(token) or _someone(token, owned=True)):
        group = _group_of(token)
    if group is None:
        return None
    kind = _kind_of(group, text)
    if kind is None:
        return None
    if misread is not None:
        s, e = text.at(misread), text.end(token)
        victims, core = token.text, (s, e)
    elif named:
        s, e = text.span_of(_entity_of(token))
        victims, core = text.text[s:e], (s, e)  # the name is the one counted
    else:
        # 'a Chinese woman', or one of theirs: 'their Thai guide', 'the family's driver'
        article = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
        if article is None or article.i > token.i:
            return None
        s, e, owner = text.at(article.left_edge), text.end(token), text.end(article.right_edge)
        victims, core = text.text[owner:e].strip(), (s, owner)
    sentence = Span(text=text.text[start:end], start=start, end=end)
    return FigureCandidate(1, 1, "exact", Span(text=text.text[s:e], start=s, end=e), kind, sentence,
                           victims, core)  # fmt: skip


def _one_read_as_a_word_of(word: Token) -> Token | None:
    """The article of one person the parser reads as a word describing the people counted after
    it: 'a German and four Cubans' (the parser hangs 'a' and 'German' on the Cubans and makes
    the four a conjunct of 'German'): the 'a' of the German, who is one more."""
    if word.dep_ not in ("amod", "compound") or word.head.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "conj" and _counted_noun(c) == word.head for c in word.children):
        return None
    return next((c for c in word.head.children if c.dep_ == "det" and c.lower_ in ("a", "an")
                 and c.i == word.i - 1), None)  # fmt: skip


def _people_counted(number: Token) -> bool:
    """A number that stands for the people it counts, naming none: 'six' in 'Six died'."""
    return number.pos_ == "NUM" and _counted_noun(number) is None


def _group_of(one: Token) -> Token | None:
    """The counted group one person is joined to or part of: 'two Argentines and a Chinese
    woman', 'six people, including a photojournalist', 'six people were killed, among them a
    photojournalist', 'the dead included a firefighter'."""
    group = None
    if one.dep_ == "conj":
        group = one.head
        while group.dep_ == "conj" and group.head != group:
            group = group.head  # 'two Argentines, a Briton and a Chinese woman'
    elif one.dep_ == "pobj" and one.head.lower_ == "including":
        group = one.head.head
        if group.pos_ == "VERB":  # 'three people died, including a child': the verb's counted subject
            group = next((c for c in group.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                          and (any(_counted_noun(g) == c for g in c.children) or _people_counted(c))),
                         group)  # fmt: skip
    elif one.dep_ == "appos" and any(c.dep_ in ("cc", "conj") or c.dep_ == "prep" and c.lower_ == "among"
                                     for c in one.children):  # fmt: skip
        group = one.head  # 'among them a photojournalist'; 'two Argentine tourists, a German tourist and ...'
    elif (
        one.dep_ in ("dep", "npadvmod", "dobj")
        and one.head.pos_ == "VERB"
        and any(
            c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ == "them" for g in c.children)
            for c in one.children
        )
    ):
        # 'the fire killed six people, among them a 92-year-old woman', 'six residents died, a
        # woman among them' (the parser hangs the one on the verb): the verb's counted people
        group = next((c for c in one.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c != one
                      and any(_counted_noun(g) == c for g in c.children)), None)  # fmt: skip
    elif one.dep_ == "dobj" and one.head.lemma_.lower() == "include":
        group = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
        # (and 'the victims included a boy': the victims are what the article told befell them)
        return group if group is not None and (_the_hurt(group) or _the_victims(group)) else None
    elif one.dep_ in ("nsubj", "attr") and one.head.lemma_.lower() == "be":
        among = next((c for c in one.head.children if c.dep_ == "prep" and c.lower_ == "among"), None)
        group = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
        return group if group is not None and _the_victims(group) else None  # 'among the victims was a boy'
    if one.dep_ == "pobj" and group is not None and group.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            _people_counted(group):  # fmt: skip
        return group  # 'killed at least six, including a journalist': a count that is the people
    if group is None or group.pos_ not in ("NOUN", "PROPN"):
        return None
    return group if any(_counted_noun(c) == group for c in group.children) else None


def _uncounted(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'Suspects were arrested', 'police detained protesters', 'foreign tourists were injured':
    people a past verb of harm was done to, a bare plural with no number, no article and no
    owner (one the article counted before has 'the': 'the passengers were rescued'), are a
    count with no number."""
    there = _there_were(token)  # 'there were suspects in custody'
    read = there or _done_to(token)
    if read is None:
        return None
    kind, people = read
    if (
        people is None
        or people.tag_ != "NNS"
        or people.lemma_.lower() in CASUALTY_NOUNS | GROUPS | SOME | PARTS
        or _no_person(people)  # ('The drug killed cancer cells')
        or any(
            c.dep_ in ("det", "nummod", "poss", "quantmod", "conj", "appos")
            or c.dep_ == "prep"
            and there is None
            for c in people.children
        )
        or any(
            c.dep_ == "amod" and c.lower_ in SOME | PARTS | {"other", "more", "further"}
            for c in people.children
        )
        or people.i > 0
        and (people.nbor(-1).like_num or people.nbor(-1).lower_ == "dozen")  # 'over a dozen people',
        # the parser hanging the number elsewhere
    ):
        return None
    first, last = min(people.left_edge.i, token.i), max(people.i, token.i)
    if there is not None:  # 'There were suspects in custody': the words from 'there' to the place
        first, last = min(first, *(c.i for c in token.children if c.dep_ == "expl")), people.right_edge.i
    s, e = text.span_of(token.doc[first : last + 1])
    sentence = Span(text=text.text[start:end], start=start, end=end)
    words = text.span_of(token.doc[people.left_edge.i : people.i + 1])
    return FigureCandidate(None, None, "vague", Span(text=text.text[s:e], start=s, end=e), kind, sentence,
                           text.text[words[0] : words[1]], words)  # fmt: skip


def _done_to(verb: Token) -> tuple[str, Token | None] | None:
    """(kind, whom) for a past verb of harm: its passive subject ('suspects were arrested') or
    its object ('police detained protesters')."""
    kind = PASSIVE_VICTIM.get(verb.lemma_.lower())
    if kind is None or verb.pos_ != "VERB" or _averted(verb):
        return None
    passive = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if passive is not None and verb.tag_ == "VBN" and passive.lower_ in ("were", "been"):
        return kind, next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children):
        return kind, next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def _there_were(verb: Token) -> tuple[str, Token | None] | None:
    """'There were suspects in custody': people 'there' sets in custody (kind, the people)."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    people = next((c for c in verb.children if c.dep_ == "attr"), None)
    if people is None:
        return None
    places = [g for p in [*people.children, *verb.children] if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    # (not 'in hospital': doctors are there too)
    return ("arrested", people) if any(PLACES.get(g.lower_) == "arrested" for g in places) else None


def _one_described(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'A rescued woman', 'an injured man': one person, the adjective says what happened."""
    kind = KIND_LEMMAS.get(token.lemma_.lower()) or KIND_LEMMAS.get(token.lower_)
    noun = token.head
    if token.dep_ != "amod" or kind is None or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if article is None or noun.lemma_.lower() in CASUALTY_NOUNS or names_no_person(noun.lemma_):
        return None  # (not 'an injured dog')
    if kind == "missing" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            (noun.head.head.lemma_.lower() == "body" or noun.head.head.lower_ == "remains"):  # fmt: skip
        return None  # 'the body of a missing diver was recovered': found dead, no longer missing
    if any(t.tag_ in ("NNS", "NNPS") for t in token.doc[token.i + 1 : noun.i]):
        return None  # 'a missing persons report': the adjective is the persons', not the report's
        # (a noun of one is part of the name of the one: 'a missing 12-year-old girl', 'an
        # injured police officer')
    s, e = text.at(article), text.end(noun)
    sentence = Span(text=text.text[start:end], start=start, end=end)
    return FigureCandidate(1, 1, "exact", Span(text=text.text[s:e], start=s, end=e), kind, sentence,
                           text.text[text.at(token) : e].split(" ", 1)[-1],
                           (text.at(token), text.end(token)))  # fmt: skip


def _one_by_its_noun(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """One person a noun tells of ('the only fatality', 'the arrest of a man', 'killed along
    with his wife'): the readings the finder, the checker's one-person count and its kinds
    share, so a new one is added once."""
    return (
        _the_only_one(text, token, start, end)
        or _fate_of_one(text, token, start, end)
        or _along_with_one(text, token, start, end)
    )


def _along_with_one(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'Tom Berger was shot dead along with his wife', 'killed together with Anna Roe': one
    person more, who shares what the verb did to its subject (not 'along with his dog': only a
    person named, 'he' or 'she', one of a kin, or one with 'a' or 'the')."""
    if token.dep_ != "pobj" or token.head.lower_ != "with" or token.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = token.head
    along = prep.head.lower_ in ("along", "together")  # 'along with', as the parser hangs it
    verb = prep.head.head if along else prep.head
    joined = along or any(
        c.lower_ in ("along", "together") and c.dep_ in ("prt", "advmod", "prep") and c.i == prep.i - 1
        for c in verb.children
    )
    known = _surnames(text)
    read = _harmed(verb, known) if joined and verb.pos_ == "VERB" else None
    if read is None or not _a_person(token, known, "arrest" if read[0] == "arrested" else "kill"):
        return None  # (only people are arrested: 'along with his brother' is one)
    if _members(token, known) != [token] or any(c.dep_ == "nummod" for c in token.children):
        return None  # 'along with two others', 'with his wife and son': counted where they stand
    first = prep.head if along else prep.nbor(-1)  # 'along' (or 'together')
    return _one_person_told(text, token, [first], read[0], token, start, end)


def _told_by_a_word(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """A figure a word tells with no number of its own beside it: one person ('the only
    fatality', 'the arrest of a man') or all those counted before ('There were no survivors').
    The finder and the checker's kinds share it, so a new reading is added once."""
    return (
        _one_by_its_noun(text, token, start, end)
        or _all_lost(text, token, start, end)
        or _lost_aboard(text, token, start, end)
    )


def _no_survivors(token: Token) -> bool:
    """'There were no survivors', 'no one survived', 'none survived': every one of those told
    before died (not 'none of the 62 survived', which names its group: see _none_survived)."""
    if token.lemma_.lower() == "survivor" and token.tag_ == "NNS":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) and not any(
            c.dep_ == "prep" for c in token.children
        )
    if (
        token.lemma_.lower() != "survive"
        or token.pos_ != "VERB"
        or any(
            c.dep_ == "npadvmod" or c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME")
            for c in token.children
        )
    ):
        return False  # 'no one survived the night' tells of a night ('no one survived the crash' of all)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and not any(c.dep_ == "prep" for c in subject.children)
        and (
            subject.lower_ in ("none", "nobody")
            or subject.lower_ == "one"
            and any(c.lower_ == "no" for c in subject.children)
        )
    )


def _all_died(verb: Token) -> bool:
    """'All were killed', 'all of them died', 'everyone on board was killed': every one of
    those told before died (not 'all 40 passengers died' nor 'all of the 40 died': counted
    where their number stands)."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.pos_ != "VERB" or not (
        lemma in ("die", "perish") or passive and PASSIVE_VICTIM.get(lemma) == "killed"
    ):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "nummod" or c.like_num for c in subject.subtree if c != subject):
        return False
    if subject.lower_ in ("everyone", "everybody"):
        return True
    of = _objects_of(subject, ("of",))
    return subject.lower_ == "all" and all(g.lower_ in ("them", "those") for g in of)


def _carried(number: Token) -> bool:
    """Whether a number counts the people a craft carried: 'carrying 157 people', '157 people
    on board', 'with 71 passengers aboard', 'Six people were on board', 'had 12 crew'."""
    noun = _counted_noun(number) or number
    if noun.dep_ == "dobj" and noun.head.lemma_ == "have" and _aboard_by_name(noun):
        return True

    def aboard(word: Token) -> bool:
        return any(
            c.lower_ == "aboard"
            or c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "board" for g in c.children)
            for c in word.children
        )  # fmt: skip

    verb = noun.head if noun.dep_ == "dobj" else None  # 'had 40 people aboard', 'carrying 157 people'
    were = (
        noun.head if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None
    )  # 'Six people were on board'
    return (
        aboard(noun)
        or verb is not None
        and (verb.lemma_.lower() == "carry" or any(c.lower_ == "aboard" for c in verb.children))
        or were is not None
        and aboard(were)
    )


# The nouns English names those a craft carries by: who is on board by what they are.
ABOARD_BY_NAME = frozenset({"crew", "crewmember", "crewman", "passenger"})


def _aboard_by_name(noun: Token) -> bool:
    """'12 crew', 'eleven crewmembers', '40 crew members', '150 passengers'."""
    return noun.lemma_.lower() in ABOARD_BY_NAME or any(
        c.dep_ == "compound" and c.lower_ in ABOARD_BY_NAME for c in noun.children
    )


def _missing_as_verb(verb: Token) -> bool:
    """'are still missing' where the tagger reads 'missing' as the verb 'miss' with 'are' its
    auxiliary: lost, if it misses nothing ('are missing school', 'missing out' are not)."""
    return (
        verb.lower_ == "missing"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        and not any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") for c in verb.children)
    )


# What people are lost in when they are lost to death, besides HARMS: 'lost 12 soldiers in the
# fighting', 'lost three children in the war'.
BATTLES = frozenset({"fighting", "war", "battle", "clash", "violence", "conflict", "combat", "ambush"})


def _lost_to_harm(verb: Token, people: Token) -> bool:
    """'The army lost 12 soldiers in the fighting', 'the family lost three children in the
    fire': people lost in a harm, dead (not 'lost 12 players to injury', 'the company lost 300
    staff last year': no harm they were lost in)."""
    if verb.lemma_.lower() != "lose" or _no_person(people) or people.lemma_.lower() in CASUALTY_NOUNS:
        return False
    return any({g.lemma_.lower(), g.lower_} & (HARMS | BATTLES) for g in _objects_of(verb, ("in", "during")))


def _lost_at_sea(verb: Token) -> bool:
    """'Three fishermen were lost at sea': gone, not found (not 'lost their way at sea')."""
    return verb.lemma_.lower() == "lose" and any(g.lower_ == "sea" for g in _objects_of(verb, ("at",)))


def _whereabouts_unknown(people: Token) -> bool:
    """'The whereabouts of four students remain unknown' (or 'are not known'): missing."""
    of = people.head if people.dep_ == "pobj" and people.head.lower_ == "of" else None
    whereabouts = of.head if of is not None and of.head.lower_ == "whereabouts" else None
    if whereabouts is None or whereabouts.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = whereabouts.head
    state = [c for c in verb.children if c.dep_ in ("acomp", "oprd")]
    negated = any(c.dep_ == "neg" for c in verb.children)
    return any(s.lower_ == "unknown" for s in state) or negated and verb.lemma_.lower() == "know"


def _vanished(verb: Token) -> bool:
    """'vanished', 'disappeared', told as past and not denied ('has not disappeared', 'may
    vanish' are not)."""
    return (
        verb.lemma_.lower() in ("vanish", "disappear")
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "neg" for c in verb.children)
        and not _not_yet(verb)
    )


def _craft_lost(verb: Token) -> bool:
    """Whether a verb says a thing vanished: 'the ship vanished', 'the plane disappeared from
    radar', 'the boat went missing', 'the helicopter is missing' (not 'has not vanished', 'may
    disappear'; nor a person named or 'he' or 'she', who vanished alone)."""
    if _vanished(verb):
        holder = verb
    elif verb.lower_ == "missing":
        holder = verb.head if verb.dep_ in ("acomp", "xcomp", "advcl") and verb.head.lemma_ in ("go", "be") \
            else verb  # fmt: skip
    else:
        return False
    if any(c.dep_ == "neg" for c in (*verb.children, *holder.children)) or _not_yet(holder) or _not_yet(verb):
        return False
    subject = next((c for c in (*verb.children, *holder.children) if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (and not 'two fishermen went missing', 'the documents went missing': counted, or things;
    # nor '40 were rescued and the rest are missing': a part of those counted)
    return not (
        subject is None
        or subject.lemma_.lower() in PARTS
        or subject.ent_type_ == "PERSON"
        or subject.tag_ not in ("NN", "NNP", "PRP")
        or subject.lower_ in ONE_PERSON
        or any(c.dep_ == "nummod" and not _a_designation(c) for c in subject.children)  # ('Flight 370')
    )


def _aboard_count(sentence: SpacySpan) -> Token | None:
    """The one number in a sentence that counts those a craft carried, if one only."""
    carried = [
        t for t in sentence
        if (t.like_num or t.pos_ == "NUM") and t.ent_type_ not in NOT_COUNTS and _carried(t)
        and not (t.dep_ in ("quantmod", "compound") and t.head.pos_ == "NUM")
    ]  # fmt: skip
    if len(carried) != 1:
        return None
    noun = _counted_noun(carried[0]) or carried[0]
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        return None  # '12 passengers and three crew on board': which the sentence counts aboard is not one
    return carried[0]


def _lost_with(text: Text, verb: Token) -> Token | None:
    """The count of those aboard a craft a verb says vanished: told in its own sentence ('the
    ship went missing with 12 crew on board'), else in the one before or after in its paragraph
    ('The plane vanished. It was carrying 239 people.')."""
    if not _craft_lost(verb):
        return None
    for sentence in (verb.sent, *_beside(text, verb.sent)):
        count = _aboard_count(sentence)
        if count is not None:
            return count
    return None


def _beside(text: Text, sentence: SpacySpan) -> list[SpacySpan]:
    """The sentences right before and right after one, those in its paragraph only."""
    at, to = text.at(sentence[0]), text.end(sentence[-1])
    paragraph = text.paragraph_number(at)
    near = [s for s in text.sentences_over(max(0, at - 4), to + 4) if s != sentence]
    before = [s for s in near if text.at(s[0]) < at][-1:]
    after = [s for s in near if text.at(s[0]) > at][:1]
    return [s for s in (*before, *after) if text.paragraph_number(text.at(s[0])) == paragraph]


def _lost_aboard(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'The ship vanished in the Java Sea with 12 crew members aboard': those a craft carried
    are missing with it (and 'The tanker vanished. It had over ten crewmembers.')."""
    number = _lost_with(text, token)
    if number is None:
        return None
    return _told_by_two(text, number, token, "missing", start, end)


def _all_lost(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'The plane was carrying 157 people. There were no survivors.': all those a craft carried
    died, told by the sentence after the one that counts them (in its paragraph; a sentence
    before that gives one number only, so which count died is not in doubt)."""
    if not (_no_survivors(token) or _all_died(token)):
        return None
    opening = text.at(token.sent[0])
    before = next((s for s in _beside(text, token.sent) if text.at(s[0]) < opening), None)
    # 'crashed with six people on board; all were killed': the count in the same sentence
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), token)
    own = token.doc[token.sent.start : subject.left_edge.i]
    if any(t.like_num or t.pos_ == "NUM" for t in own):
        before = own
    if before is None:
        return None
    counts = [t for t in before if (t.like_num or t.pos_ == "NUM") and t.ent_type_ not in NOT_COUNTS]
    carried = [t for t in counts if _carried(t)]
    if len(carried) != 1 or len(counts) != 1:
        return None
    return _told_by_two(text, carried[0], token, "killed", start, end)


def _told_by_two(
    text: Text, number: Token, told: Token, kind: str, start: int, end: int
) -> FigureCandidate | None:
    """A figure whose number one place gives and whose fate a word in another tells ('157
    people ... There were no survivors', 'vanished ... with 12 crew on board'): its phrase runs
    from the one to the other, its sentence over both; None if it misses the sentence [start,
    end) being read, or the number is a range."""
    at, own = text.at(number), (text.at(number.sent[0]), text.end(number.sent[-1]))
    match = next((m for m in FIGURE_PATTERN.finditer(text.text, *own)
                  if m.group("num") and m.start("num") <= at < m.end("num")), None)  # fmt: skip
    if match is None or match.group("high"):
        return None
    low, high, qualifier = bounds(match)
    noun = _counted_noun(number)
    last = noun if noun is not None and noun.i > number.i else number
    s, e = min(match.start(), text.at(told)), max(text.end(last), text.end(told))
    if not (start <= e and s < end):
        return None
    b0 = min(text.at(told.sent[0]), text.at(number.sent[0]))
    b1 = max(text.end(told.sent[-1]), text.end(number.sent[-1]))
    sentence, phrase = (
        Span(text=text.text[b0:b1], start=b0, end=b1),
        Span(text=text.text[s:e], start=s, end=e),
    )
    victims = noun.text if noun is not None else ""
    return FigureCandidate(low, high, qualifier, phrase, kind, sentence, victims,
                           (match.start("num"), match.end("num")))  # fmt: skip


def _the_only_one(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'The driver was the only fatality', 'Roe was the only person killed', 'the only fatality
    was a 60-year-old man': one person, of the kind the noun or its participle says ('the only
    survivor' says no harm; 'the only time' is no one)."""
    be = token.head
    if token.dep_ not in ("attr", "nsubj") or be.lemma_ != "be" or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "amod" and c.lower_ in ("only", "sole") for c in token.children) or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    said = [token] if token.lemma_.lower() in CASUALTY_NOUNS else []
    said += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # 'the only person killed'
    kind = next((KIND_LEMMAS[w.lemma_.lower()] for w in said if w.lemma_.lower() in KIND_LEMMAS), None)
    # the one it was: the subject, or what 'be' names after it ('the only fatality was a man')
    subject = next((c for c in be.children if c.dep_ == ("nsubj" if token.dep_ == "attr" else "attr")), None)
    if kind is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None  # (and 'He was the only fatality': the one told before, counted there)
    if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in subject.children):
        return None  # 'the only casualties were two guards': counted where they stand
    last = max(said, key=lambda w: w.i)
    s, e = min(text.at(subject.left_edge), text.at(token.left_edge)), max(text.end(last), text.end(subject))
    if not (start <= s and e <= end):
        return None
    sentence = Span(text=text.text[start:end], start=start, end=end)
    named = text.text[text.at(subject.left_edge) : text.end(subject)]
    victims = named if subject.pos_ == "PROPN" else subject.text
    return FigureCandidate(1, 1, "exact", Span(text=text.text[s:e], start=s, end=e), kind, sentence,
                           victims, (text.at(token), text.end(token)))  # fmt: skip


# Nouns that tell what was done to the one person they are "of": 'the arrest of a man', 'the
# murder of Tom Berger', "Roe's assassination", 'the rescue of a boy'; 'shooting' and 'stabbing'
# where 'fatal' or 'deadly' says it killed. Not 'the death of': most often an illness's or
# age's ('the death of Antonin Scalia'), which the noun does not tell from a casualty.
FATES = {"arrest": "arrested", "murder": "killed", "killing": "killed", "assassination": "killed",
         "slaying": "killed", "rescue": "rescued"}  # fmt: skip
DEADLY = frozenset({"fatal", "deadly"})


def _fate_of(noun: Token) -> str | None:
    """The kind a noun of what happened to a person says ('the arrest', 'the fatal stabbing')."""
    lemma = noun.lemma_.lower()
    if lemma in ("shooting", "stabbing", "shoot", "stab") and noun.pos_ == "NOUN":
        return "killed" if any(c.dep_ == "amod" and c.lower_ in DEADLY for c in noun.children) else None
    return FATES.get(lemma) if noun.pos_ == "NOUN" else None


def _fate_of_one(text: Text, token: Token, start: int, end: int) -> FigureCandidate | None:
    """'Police announced the arrest of a 23-year-old man', "Tom Berger's arrest", 'the murder
    of Anna Roe', 'the fatal shooting of a teenager': one person, what happened to them told by
    the noun (the arrests or deaths of a count are counted where the number stands; a
    pronoun's, 'his arrest', 'her death', is the one told before)."""
    kind = _fate_of(token) if token.tag_ == "NN" else None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if kind is None and token.tag_ == "NN" and _death_of_someone_harmed(text, token, held):
        kind = "killed"
    if kind is None or _sought(token) or _averted(token):
        return None  # (and 'the attempted murder of a guard')
    held = held or next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if (
        held is None
        or not _a_person(held, _surnames(text), "arrest" if kind == "arrested" else "kill")
        or _members(held, _surnames(text)) != [held]
    ):
        return None
    told = [c for c in token.children if c.dep_ == "det" or c.dep_ == "amod" and c.lower_ in DEADLY]
    return _one_person_told(text, held, [token, *told], kind, token, start, end)


def _death_of_someone_harmed(text: Text, noun: Token, held: Token | None) -> bool:
    """'the death of a 12-year-old boy', of someone the article brings in unnamed ('a', 'an'),
    where its sentence or the one before tells harm ('A bomb exploded in the market'): a
    casualty. Not a named person's ('the death of Antonin Scalia': most often of illness or age)."""
    if noun.lemma_.lower() != "death" or held is None or held.ent_type_ == "PERSON":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in held.children):
        return False
    sentence = noun.sent
    before = noun.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return harm_told(text, text.at(before[0]), text.end(sentence[-1]))


# What asks for a fate that has not happened: 'a warrant for the arrest of', 'called for the
# arrest of', 'demanded the arrest of'.
SOUGHT = frozenset(
    {"warrant", "call", "demand", "order", "request", "appeal", "plea", "seek", "urge", "want"}
)


def _sought(fate: Token) -> bool:
    """'A warrant was issued for the arrest of Tom Berger', 'called for the arrest of', 'demanded
    the arrest of': an arrest asked for, not made."""
    head = fate.head.head if fate.dep_ == "pobj" and fate.head.lower_ == "for" else fate.head
    if fate.dep_ not in ("pobj", "dobj"):
        return False
    # ('was issued for': the warrant is the verb's subject or object)
    asking = [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))] \
        if head.pos_ == "VERB" and fate.dep_ == "pobj" else [head]  # fmt: skip
    return any(w.lemma_.lower() in SOUGHT for w in asking)


def _one_person_told(
    text: Text, person: Token, told: list[Token], kind: str, core: Token, start: int, end: int
) -> FigureCandidate | None:
    """One person a noun names, as a figure of ``kind``: its phrase runs over the person's own
    words and the words ``told`` that say what happened ('the murder of Anna Roe', 'along with
    his wife'); its victims are the person's words ('23-year-old man', 'his wife'); ``core``
    is the word that stands for the count. None where the phrase leaves [start, end)."""
    words = [t for t in person.subtree if t.i <= person.i or t.dep_ in ("compound", "flat")]
    first = min([*told, *words], key=lambda t: t.i)
    last = max([*told, *words], key=lambda t: t.i)
    s, e = text.at(first), text.end(last)
    if not (start <= s and e <= end):
        return None
    victims = [t for t in words if t.dep_ not in ("det", "case") and t.tag_ != "POS"]
    sentence = Span(text=text.text[start:end], start=start, end=end)
    v0, v1 = text.at(victims[0]), text.end(victims[-1])
    return FigureCandidate(1, 1, "exact", Span(text=text.text[s:e], start=s, end=e), kind, sentence,
                           text.text[v0:v1], (text.at(core), text.end(core)))  # fmt: skip


def verb_kind(text: Text, start: int, end: int) -> str | None:
    """What the verb a phrase hangs on says happened: 'A rescued woman died' is a death (the
    adjective says what happened before), '35 were rescued' a rescue; None where the phrase's
    head is no verb of what happened."""
    tokens = text.tokens_in(start, end)
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    if len(heads) != 1 or heads[0].pos_ != "VERB":
        return None
    lemma = heads[0].lemma_.lower()
    if any(c.dep_ in ("dobj", "nsubjpass") and _freed_from_wreckage(c, heads[0]) for c in heads[0].children):
        return "rescued"  # 'freed 12 people trapped in the rubble'
    return _kind_of_lemma(lemma)


def kinds_read(text: Text, start: int, end: int) -> set[str]:
    """The kinds the parse reads in a figure's phrase (what its verbs and nouns say happened)."""
    found: set[str] = set()
    known = _surnames(text)
    for token in text.tokens_in(start, end):
        group = _group_of(token) if token.pos_ in ("NOUN", "PROPN") else None
        count = next((c for c in group.children if _counted_noun(c) == group), None) if group else None
        if count is not None and _a_count_word(count):
            # one joined to a count, or part of it, shares its fate ('pulled 11 people out
            # alive, among them a girl'), as the finder reads it (_group_of)
            shared = _kind_of_count(count, group, text)
            if shared:
                found.add(shared)
        elif group is not None and _the_victims(group):
            # one the victims included ('the victims included a boy'): what the article told
            # befell its victims
            befell = _victims_were(text, text.at(group.sent[0]))
            if befell:
                found.add(befell)
        if _a_count_word(token):
            kind = _kind_of_count(token, _counted_noun(token), text)
        elif (told := _told_by_a_word(text, token, start, end)) is not None:
            kind = told.kind_hint  # 'the driver was the only casualty', 'There were no survivors'
        elif token.dep_ == "amod" or token.pos_ == "VERB" or token.lemma_.lower() in KEEP:
            # and 'Roe was still in critical condition': the state 'be' puts one person in;
            # 'the pilot and a lineman were taken to hospital': two
            lemma, read = token.lemma_.lower(), _victims_read(token, known)
            kind = read[0] if read else _kind_of_lemma(lemma)
        else:
            kind = None
        if kind:
            found.add(kind)
    return found


# What harms a person from outside (violence, accidents, disasters), besides the words of
# hurting: English, not any article's.
HARMS = frozenset(
    "accident crash collision fire blaze explosion explode blast attack bomb bombing shoot shooting "
    "stab stabbing strike airstrike beat assault crush kill killing murder slay".split()
)

# Words that make an attack the body's own: 'a heart attack', 'an asthma attack'.
ILLS = frozenset({"heart", "asthma", "panic"})


def died_of_no_harm(text: Text, candidate: FigureCandidate) -> bool:
    """One person's death told with 'died' or 'passed away', no number and no harm in its
    paragraph, the one before or the headline: 'Doris Day died on Monday at the age of 97', 'Roe passed away
    in his sleep', 'Li died of the infection'. A death of illness or age, not a casualty (a
    person killed or hurt by violence, accident or disaster); 'one person died', 'Roe died
    after being shot', 'Roe was killed' are casualties. See also extract.read_figures."""
    if candidate.kind_hint != "killed" or not candidate.low == candidate.high == 1:
        return False
    if _someone_new(text, candidate):
        return False  # 'a nurse died of the virus': one of an outbreak's dead, not a life's end told
    phrase = text.tokens_in(candidate.phrase.start, candidate.phrase.end)
    if any(t.like_num or t.pos_ == "NUM" or t.lower_ == "another" for t in text.tokens_in(*candidate.core)):
        return False  # counted
    if any(t.dep_ == "conj" and any(c.dep_ == "nummod" for c in t.children) for t in phrase):
        return False  # one of a count joined: 'the driver and his two passengers died'
    died = [t for t in phrase if t.lemma_.lower() == "die" or _passed_away(t)]
    if not died or any(t.lemma_.lower() in PASSIVE_VICTIM or t.lower_ == "dead" for t in phrase):
        return False
    if any(
        _a_role_in_the_news(c) and not _a_life_s_end(t) for t in died for c in t.children if c.dep_ == "nsubj"
    ):
        return False  # 'A tree fell onto a car. The driver died.': one the news is about by what
        # they were doing, not a life whose end is told (named, 'he', 'his father'; 'the former
        # president died at the age of 80')
    if any(p.lower_ == "at" and any(g.lemma_.lower() == "scene" for g in p.children)
           for t in died for p in t.children):  # fmt: skip
        return False  # 'died at the scene': the scene of what happened to them
    # its paragraph and the one before ('Roe was stabbed on stage. He died today.'), and the
    # headline ('Helicopter crashes near Fairfield ... The pilot died at the scene')
    number = text.paragraph_number(candidate.phrase.start)
    told = {0, *range(max(0, number - 2), number)}
    return not any(harm_told(text, *text.paragraphs[n]) for n in told if n < len(text.paragraphs))


def _a_role_in_the_news(subject: Token) -> bool:
    """A common noun with 'the', or a thing's ('its'), not in apposition to a name: 'the
    driver', 'its pilot' (not 'Roe, the former president', 'his father', 'Tom Berger')."""
    words = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss")}
    return (
        subject.pos_ == "NOUN"
        and subject.ent_type_ == ""
        and words in ({"the"}, {"its"})
        and not any(c.dep_ == "appos" for c in subject.children)
    )


def _a_life_s_end(died: Token) -> bool:
    """Whether a death is told with an age ('at the age of 80', 'at 80', 'aged 80') or a cause
    that is no harm from outside ('of cancer', 'from the infection'; not 'of his injuries')."""
    for prep in (c for c in died.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "at" and any(g.lemma_.lower() == "age" or g.like_num for g in objects):
            return True
        if prep.lower_ in ("of", "from") and objects and not any(_outside_harm(g) for g in objects):
            return True
    return any(t.lower_ == "aged" for t in died.subtree)


def _passed_away(verb: Token) -> bool:
    """'Roe has passed away' (not 'passed the bill')."""
    return verb.lemma_.lower() == "pass" and any(c.lower_ == "away" for c in verb.children)


def harm_told(text: Text, start: int, end: int) -> bool:
    """Whether a stretch of the article tells of harm from outside: 'after being shot', 'in a
    car crash', 'of his injuries', 'was hospitalised with burns' (not 'died at home', 'died of
    pneumonia', 'was hospitalised in critical condition')."""
    return any(_outside_harm(t) for t in text.tokens_in(start, end))


def _outside_harm(word: Token) -> bool:
    """A word that tells harm from outside: 'shot', 'crash', 'injuries', 'was hit by a car' (not
    'a heart attack')."""
    lemma = word.lemma_.lower()
    return (
        lemma in HARMS
        and not any(c.dep_ == "compound" and c.lemma_.lower() in ILLS for c in word.children)
        or lemma in HURTS
        or lemma in ("injure", "wound", "hurt")
        or lemma == "hit"
        and any(c.dep_ == "auxpass" for c in word.children)  # 'was hit by a car'
    )


# Verbs that say a statement is not so ('the army denied that ...'), and what a statement is
# called when it is not ('reports that ... were false'): English, not any article's.
DENIALS = frozenset(
    {"deny", "dismiss", "reject", "refute", "disprove", "debunk", "dispute", "contest", "rebut", "contradict"}
)
# Verbs that keep from telling: 'refused to confirm', 'declined to say'.
WITHHOLDING = frozenset({"refuse", "decline"})
UNTRUE = frozenset({"false", "untrue", "baseless", "unfounded", "incorrect", "wrong", "fabricated", "fake"})
TRUE = frozenset({"true", "correct", "accurate"})
# What a figure told only as talk is called ('rumours that 12 were killed'), and what a report
# found wrong undergoes ('reports that 12 had died were corrected').
RUMOURS = frozenset({"rumour", "rumor", "speculation", "hearsay", "gossip"})
# What a statement told as wrong is called ('the misstatement that 120 million people had died').
FALSEHOODS = frozenset({"misstatement", "falsehood", "lie", "myth", "hoax", "misinformation",
                        "disinformation", "gaffe", "misconception", "fabrication"})  # fmt: skip
CORRECTED = frozenset({"correct", "retract", "withdraw", "revise"})


def denied(text: Text, start: int, end: int) -> tuple[str, str] | None:
    """(the words, how) where the article tells a figure at [start, end) as not so, where it
    stands in what they deny ("denied"): 'The army denied that 12 civilians were killed',
    'Officials dismissed reports that 12 people had died', 'Reports that 12 had died were
    false', 'It is not true that 12 were arrested', 'contrary to reports that'; or only as talk
    ("talk"): 'amid rumours that 12 were killed'. Not a figure the denier gives ('denied the
    reports, saying only eight died')."""
    found = _gainsaid(text, start, end)
    if found is None:
        return None
    words, how = found
    return text.text[slice(*text.span_of(sorted(words, key=lambda t: t.i)))], how


def _which_denied(verb: Token) -> list[Token] | None:
    """The words of a denial a clause of 'which' sets after what a verb tells: 'Residents said
    12 people died, which officials denied' (not 'which officials did not deny')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "relcl") or clause.lemma_.lower() not in DENIALS or clause.i < verb.i:
            continue
        which = next(
            (c for c in clause.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "which"), None
        )
        if which is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        return [which, *(subject.subtree if subject is not None else []), clause]
    return None


def _claim_denied(word: Token) -> list[Token] | None:
    """The words of a denial a noun for what was told sets beside it: 'The group said it had
    killed 12 soldiers, a claim the army denied', 'a figure disputed by the army' (not 'a claim
    the army did not deny')."""
    for noun in word.children:
        if noun.dep_ != "appos" or noun.lemma_.lower() not in ("claim", "report", "figure", "allegation"):
            continue
        for clause in noun.children:
            # ('a claim the army denied', 'a figure disputed by the army')
            told = clause.dep_ == "relcl" or clause.dep_ == "acl" and clause.tag_ == "VBN"
            if (
                told
                and clause.lemma_.lower() in DENIALS
                and not any(c.dep_ == "neg" for c in clause.children)
            ):
                return [
                    noun,
                    clause,
                    *(t for c in clause.children if c.dep_ in ("nsubj", "agent") for t in c.subtree),
                ]
    return None


def _gainsaid(text: Text, start: int, end: int) -> tuple[list[Token], str] | None:
    """The words of ``denied``, and how they tell the figure: "denied", "talk", or
    "unconfirmed" ('Police could not confirm that 12 had died', 'refused to confirm')."""
    for verb in text.tokens_in(start, end):  # 'Tom Berger denied being arrested'
        if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in DENIALS:
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            said = [*(subject.subtree if subject is not None else []), verb.head]
            return said, "denied"
    tokens = [t for t in text.tokens_in(start, end) if t.like_num or t.pos_ == "NUM" or t.dep_ == "nsubj"]
    for token in tokens[:1] or text.tokens_in(start, end)[:1]:
        child = token
        for head in token.ancestors:
            which = _which_denied(head) or _claim_denied(head)
            if which is not None:
                return which, "denied"  # 'Residents said 12 died, which officials denied'
            own = child.dep_ in ("advcl", "xcomp", "parataxis", "relcl")
            if own and head.pos_ in ("VERB", "AUX"):
                return None  # a clause of the denier's own: 'saying only eight died'
            lemma = head.lemma_.lower()
            called = _called_false(head)
            if called:
                return called, "denied"
            if head.pos_ == "VERB" and lemma in DENIALS and child.dep_ in ("ccomp", "dobj", "xcomp"):
                # ('denied that 12 were killed', 'denied the reports', 'denied being arrested')
                near = [*head.children, *head.head.children]
                if head.dep_ == "conj" and any(c.lower_ == "neither" for c in head.head.children):
                    words = [c for c in head.head.children if c.dep_ in ("aux", "preconj") and c.i < head.i]
                    return [*words, head.head, head], "unconfirmed"  # 'would neither confirm nor deny'
                if head.dep_ == "xcomp" or any(c.dep_ == "neg" or c.lower_ in ("neither", "nor")
                                               for c in near):  # fmt: skip
                    return None  # 'did not deny', 'refused to deny': no denial
                subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
                return [*(subject.subtree if subject is not None else []), head], "denied"
            if head.pos_ == "VERB" and lemma in FIGURE_LEMMAS and child.dep_ in ("ccomp", "dobj"):
                withheld = _withheld(head)  # 'could not confirm that 12 had died', 'refused to say'
                if withheld:
                    return [*withheld, head], "unconfirmed"
            if head.pos_ == "NOUN" and child.dep_ in ("acl", "ccomp"):  # 'reports that 12 had died'
                if lemma in RUMOURS:
                    return [head], "talk"  # 'amid rumours that ...'
                if lemma in ("report", "claim", "allegation"):
                    contrary = head.head.lower_ == "to" and head.head.head.lower_ == "contrary"
                    if head.dep_ == "pobj" and contrary:
                        return [head.head.head, head.head, head], "denied"  # 'contrary to reports that'
                    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in CORRECTED:
                        return [head, head.head], "denied"  # 'were later corrected'
            if lemma == "be" and child.dep_ in ("nsubj", "ccomp", "csubj"):
                said = [c for c in head.children if c.dep_ in ("acomp", "attr")]
                negated = any(c.dep_ == "neg" for c in head.children)
                if any(c.lower_ in UNTRUE or negated and c.lower_ in TRUE for c in said):
                    return [head, *said], "denied"
            child = head
    return None


def _called_false(clause: Token) -> list[Token]:
    """The words that call a clause false, in the noun right before the 'that' opening it,
    wherever the parser hung the clause: 'made the misstatement that 120 million people had
    died' (the parser made the misstatement the subject of 'died'), 'the false claim that'."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    noun = clause.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
    if noun is None:
        return []
    lemma = noun.lemma_.lower()
    false = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in UNTRUE]
    if lemma in FALSEHOODS or false and lemma in ("report", "claim", "allegation", "statement"):
        return [*false, noun]
    return []


def _withheld(verb: Token) -> list[Token]:
    """The words that keep a verb of telling from telling: its negation ('could not confirm',
    'did not say', 'never said') or the verb of refusing it is the infinitive of ('refused to
    confirm', 'declined to say'); none where it tells."""
    negation = [c for c in verb.children if c.dep_ in ("neg", "aux", "preconj") and c.i < verb.i]
    if any(c.dep_ == "neg" or c.lower_ == "neither" for c in negation):
        return negation  # (and 'would neither confirm nor deny')
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING:
        return [verb.head]
    return []


def _someone_new(text: Text, candidate: FigureCandidate) -> bool:
    """Whether the one who died is someone the article brings in unnamed, with 'a' or 'an' ('A
    nurse who had treated patients died', 'a 70-year-old man died of the virus'): news of a
    death among others, not the life an obituary is about (named, or 'his father')."""
    words = text.tokens_in(*candidate.core)
    return bool(words) and words[0].lower_ in ("a", "an") and words[0].dep_ == "det" and \
        words[0].head.ent_type_ != "PERSON"  # fmt: skip
