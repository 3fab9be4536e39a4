"""Claims and events the article states, read from the parse.

* A claim is what a reporting verb reports: the clause under ``X said``, ``X claimed
  that``, ``according to X``; its source is the verb's subject (speakers.py reads it). A
  statement quoted whole ('"The line will stay closed," Lenz said') is its speaker's claim.
* An event is a sentence of the article's own narration (not a quote, not a report of what
  someone said) whose main verb tells what happened, with the place and the time phrase it
  names; its "what" is the article's own words, cut at a clause boundary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factsheet.animacy import names_a_person, names_no_person
from factsheet.figures import DENIALS, _objects_of, _withheld
from factsheet.models import Span
from factsheet.speakers import (
    CONCEDING,
    DOCUMENTS,
    STANCE_LEMMAS,
    _in,
    _quoted,
    _reports,
    _speaker_of,
    an_aside,
    direct_quotes,
    document_clause,
    document_described,
    in_transcript,
    run_in_subject,
    set_apart,
    that_clause_misread,
    that_marked,
    transcript_turn,
)
from factsheet.text import Text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

MIN_CLAIM_WORDS = 4
EVENT_CHARS = 200  # an event's words: its sentence, cut at a clause boundary past this
PLACES = ("GPE", "LOC", "FAC")
TIMES = ("DATE", "TIME")
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")  # speakers.SUBJECTS and "there"
TENSED = ("VBD", "VBZ", "VBP", "MD")  # a finite verb's tags
ADDRESSED = frozenset(
    "tell inform assure ask remind notify advise warn".split()
)  # their object is a listener
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})


@dataclass
class ClaimCandidate:
    """A statement the article attributes: who, and the words of what they said or reported."""

    source: str
    said: Span  # the reported clause, verbatim
    sentence: Span


def _cut_at_the_narrator_s_comma(text: Text, verb: Token, said: list[Token]) -> list[Token]:
    """A claim ends at the first comma after which the parser hung the narrator's words on it:
    the comma that closes a relative clause the claim is told in ('The bill, which the senator
    said would cut taxes, passed the Senate', with 'passed' joined to 'cut' as a second thing
    said); and, outside quotation marks (a speaker's own words run on), one that sets off a
    clause set against the claim ('the economy was growing, though figures show otherwise') or
    what the speaker did next ('..., before leaving for Brussels')."""
    kept = set(said)
    for token in said:
        if token.text != "," or token.i + 1 >= len(token.doc):
            continue
        after = token.nbor()
        closes = (
            verb.dep_ == "relcl" and token.i > verb.i
            and after.dep_ == "conj" and after.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in CLAUSE_SUBJECTS for c in after.children)
        )  # fmt: skip
        # (hung on words of the claim before the comma: not 'said that, while it grew, jobs were scarce')
        conceding = after.dep_ == "mark" and after.lower_ in CONCEDING and after.head.head in kept
        conceding = conceding and after.head.head.i < token.i
        done_next = (
            after.dep_ == "prep" and after.head in kept and after.head.i < token.i
            and after.lower_ in ("before", "after", "while")
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in after.children)
        )  # fmt: skip
        if closes or (conceding or done_next) and not _in(text.at(token), _quoted(text)):
            return [t for t in said if t.i < token.i]
    return said


def _a_mark(token: Token) -> bool:
    """A punctuation mark that may end a claim's words, trimmed: not a per cent sign ('will shrink
    by 2%'), which spaCy counts as punctuation."""
    return token.is_punct and token.text != "%"


def find_claims(text: Text, skip: int = 0) -> list[ClaimCandidate]:
    """Each sentence's reported clause with its source, in article order."""
    found: list[ClaimCandidate] = []
    for sentence in text.sentences():
        start, end = text.span_of(sentence)
        if start < skip or not _latin(sentence.text) or _a_question(text, sentence):
            continue
        before = len(found)
        for verb in (t for t in sentence if _reports(t) or _judges(t) or document_clause(t) is not None
                     or _rejects_a_statement(t) or _voiced(t) is not None):  # fmt: skip
            if _nested(verb):
                continue
            claim = _claim(text, sentence, verb)
            if claim is not None and not any(_within(claim.said, other.said) for other in found):
                found.append(claim)
        answer = _answered(text, sentence) if len(found) == before else None
        if answer is not None:
            found.append(answer)
    return found


def _rejects_a_statement(verb: Token) -> bool:
    """'Roe rejected claims that the government had ignored warnings': a verb that says a
    statement is not so, with the statement told in a that-clause of its object (not 'rejected
    the offer', a thing refused). The claim is the denial, verb and all."""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in DENIALS
        or not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return False
    return any(
        c.dep_ == "dobj" and any(a.dep_ in ("acl", "ccomp") and that_marked(a) for a in c.children)
        for c in verb.children
    )


# Verbs that voice a stance named as a noun with a that-clause: 'expressed concern that the
# bridge would not be ready', 'voiced fears that', 'gave assurances that', 'raised doubts that'.
VOICING = frozenset("express voice give raise air reiterate repeat share convey offer".split())


def _voiced(verb: Token) -> list[Token] | None:
    """The words of a stance its subject voices as a noun with a that-clause, from the verb to
    the clause's end: the claim is the verb phrase ('expressed concern that the bridge would
    not be ready by winter'), since the clause is feared, hoped or assured, not asserted."""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in VOICING
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    stance = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"
                   and any(a.dep_ in ("acl", "ccomp") and that_marked(a) for a in c.children)),
                  None)  # fmt: skip
    return None if stance is None else list(verb.doc[verb.i : stance.right_edge.i + 1])


def _judges(verb: Token) -> bool:
    """A verb that passes a judgement on its object, though it tells no words: 'Police
    identified the driver as a local man'."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in JUDGING and _judged(verb) is not None


def judges(text: Text, start: int, end: int) -> list[str]:
    """Who passes a judgement in the sentences over [start, end) ('Police identified the driver
    as a local man', 'rejected claims that ...', 'voiced fears that ...'): a claim's source the
    verbs of telling do not name."""
    found = []
    for sentence in text.sentences_over(start, end):
        for verb in (t for t in sentence if _judges(t) or _rejects_a_statement(t) or _voiced(t) is not None):
            who = _speaker_of(text, verb, text.at(verb))
            if who is not None and who.speaker:
                found.append(who.speaker)
    return found


def _answered(text: Text, sentence: SpacySpan) -> ClaimCandidate | None:
    """A statement of an interview answer is its speaker's claim ('((Anna Roe))  YouTube
    implements DRM for its films only.'): a clause with a subject and a tensed verb, in the
    speaker's turn of the transcript (speakers.transcript_turn), without the name that opens it."""
    start, end = text.span_of(sentence)
    turn = transcript_turn(text, start)
    if turn is None or turn.end is None or _mostly_quoted(text, sentence):
        return None
    words = [t for t in sentence if text.at(t) > turn.end + 1 and not t.is_space]
    if any(t.text.startswith("((") for t in words):
        return None  # (a second marker inside the turn: '((hi))Hindi language: ...')
    root = _root(words)
    while words and _a_mark(words[-1]):
        words.pop()
    if root is None or len([t for t in words if not t.is_punct]) < MIN_CLAIM_WORDS:
        return None
    if not _tensed(root) or not any(c.dep_ in CLAUSE_SUBJECTS for c in root.children):
        return None
    said = Span(text=text.text[text.at(words[0]) : text.end(words[-1])], start=text.at(words[0]),
                end=text.end(words[-1]))  # fmt: skip
    return ClaimCandidate(turn.speaker or "", said, Span(text=text.text[start:end], start=start, end=end))


def _a_question(text: Text, sentence: SpacySpan) -> bool:
    """Whether the sentence asks rather than tells, outside anyone's quote: 'Which specific
    individuals would you ask to be in your cabinet?' claims nothing (an interviewer's question)."""
    mark = _question_mark(sentence)
    return mark is not None and not _in(text.span_of(sentence)[0] + mark, direct_quotes(text))


def _question_mark(sentence: SpacySpan) -> int | None:
    """Where the question mark that ends a sentence stands in it, if one does (before closing
    quotation marks and brackets)."""
    ends = sentence.text.rstrip(" \n\"”’')")
    return len(ends) - 1 if ends.endswith("?") else None


def _claim(text: Text, sentence: SpacySpan, verb: Token) -> ClaimCandidate | None:
    judged = None
    if verb.lower_ == "according":
        head = verb.head  # 'According to X, the fire started at 3 am'
        while head.dep_ == "conj" and not any(c.dep_ in CLAUSE_SUBJECTS for c in head.children):
            head = head.head  # 'attacked him and then, according to police, fled': both verbs
        said = [t for t in head.subtree if t not in list(verb.subtree)]
        run_in = run_in_subject(verb)
        if run_in is not None:  # ('according to Wasef archaeologists have not ...': theirs, the clause's)
            said = sorted([*said, run_in[1]], key=lambda t: t.i)
    else:
        wanted = verb.lemma_.lower() in REQUESTING | COMMITTING  # (asked for or promised: not said)
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and not _cut_off(c, verb)
                   and not (c.dep_ == "xcomp" and wanted)]  # fmt: skip
        if any(c.dep_ == "oprd" for c in verb.children):
            clauses = []  # a verb that names what a thing is ('a role critics called "the finest"')
            # tells no clause: the clause the parser hung on it is the narrator's
        # of two, the that-clause after the verb ('I think because of ..., the police told me that
        # they would file a case': the words before are the narrator's, which the parser hung there)
        if len(clauses) > 1:
            clauses = [c for c in clauses if c.i > verb.i and that_marked(c)] or clauses
        clause = clauses[0] if clauses else document_clause(verb) or that_clause_misread(verb)
        # (and 'issued a statement that ...', a document's clause)
        judged = _judged(verb) if clause is None else None  # ('reported the crash the worst in years')
        if clause is None and judged is None:
            judged = _requested(verb)  # ('urged residents to leave': the request, verb and all)
        if clause is None and judged is None:
            judged = _voiced(verb)  # ('expressed concern that ...': the stance, verb and all)
        told = ("report", "confirm", "announce", "reveal", "deny", "allege")
        # (not an infinitive's object: 'the last continent to report cases', 'consent to
        # confirm a candidate' tell of no report made; 'did not deny' has its subject)
        if clause is None and judged is None and (verb.lemma_ in told or _rejects_a_statement(verb)) and \
                (verb.tag_ != "VB" or any(c.dep_ == "nsubj" for c in verb.children)):  # fmt: skip
            clause = next((c for c in verb.children if c.dep_ == "dobj"), None)  # 'X reported his arrest'
        if judged is not None:
            said = judged
        elif clause is not None:
            said = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
            said = _without_the_document(verb, clause, said)
        else:
            said = _aside_of(verb) or _aside_misread(text, verb) or _clause_misread(text, verb) or \
                _object_misread(text, verb) or _clause_in_a_document_misread(text, verb) or []  # fmt: skip
            if not said:
                return None
        if (
            clause is not None
            and clause.dep_ == "ccomp"
            and not any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children)
            and not _subject_on_its_auxiliary(clause)
        ):
            # 'announced the recorder had been recovered': the parser may take the clause's
            # subject for the verb's object; with no subject at all, it is a fragment
            subject = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
            # or the parser took it for a second subject of the verb, before it and its own:
            # 'The suspect, police said, had been known to them' (the aside within the claim)
            fronted = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
            if subject is None and len(fronted) == 2 and set_apart(fronted[1]):
                subject = fronted[0]
            if subject is None or verb.lemma_.lower() in ADDRESSED:
                return None
            said = list(verb.doc[subject.left_edge.i : clause.right_edge.i + 1])
    said = [t for t in said if not any(_another_report(a, verb) for a in _up_to(t, verb))]
    said = _cut_at_the_narrator_s_comma(text, verb, said)
    whole = _trimmed(said, contiguous=False)
    around = whole and whole[0].i < verb.i < whole[-1].i
    said = whole if around else _trimmed(said, contiguous=True)  # 'then, according to police, fled'
    words = len([t for t in said if not t.is_punct])
    least = MIN_CLAIM_WORDS
    a_thing = any(t.dep_ == "dobj" and t.head == verb for t in said)
    if judged is None and verb.lemma_.lower() in DENIALS and a_thing:
        # the claim is the denial of a thing, verb and all, three words at least: 'The company
        # denied any wrongdoing', 'Iran denied the accusation' (not 'He denied it')
        words, least = words + 1, MIN_CLAIM_WORDS - 1
    if words < least and not (words == MIN_CLAIM_WORDS - 1 and said == whole and _whole_clause(said)):
        return None
    inside = direct_quotes(text)
    if not said:
        return None
    quoted = judged is None and (  # (a judgement's verb stands outside the words it quotes)
        _in(text.at(said[0]), inside)
        or _mostly_in(text, said, inside)
        and _quoted_subject(text, said, inside)
    )
    if quoted and not _quoted_statement(text, verb, said, inside):
        return None  # a quoted phrase, not a statement of the speaker's
    if not quoted and judged is None and _not_asserted(verb):
        # 'The company denied that its products were unsafe', 'Officials never said the water
        # was safe', 'refused to say whether he was released': the clause is not the source's
        # claim; the claim is the whole verb phrase, as the article words it
        first = min([verb, *_telling_words(verb)], key=lambda t: t.i)
        if first.i > said[0].i:
            return None  # told after its clause ('..., Saudi Arabia denied'): no claim of theirs
        said = list(verb.doc[first.i : said[-1].i + 1])
    if not quoted:  # (a speaker's own words run on across their semicolon)
        said = _on_the_verb_s_side(said, verb)
    if not said or _a_question_told(said):
        return None
    start, end = text.at(said[0]), text.end(said[-1])
    s0, s1 = text.span_of(sentence)
    end = _closing_quote(text.text, start, end, s1)
    who = _speaker_of(text, verb, start)
    if who is None or not who.speaker:
        return None
    return ClaimCandidate(
        who.speaker, Span(text=text.text[start:end], start=start, end=end),
        Span(text=text.text[s0:s1], start=s0, end=s1),
    )  # fmt: skip


# Verbs that ask for what their infinitive says, which states nothing: 'asked not to be named',
# 'urged residents to stay indoors', 'told people to leave' (a request, no claim).
REQUESTING = frozenset(
    "ask urge request beg order appeal implore instruct tell advise encourage invite command".split()
)
# Verbs that commit their subject to what their infinitive says: 'vowed to rebuild every home',
# 'threatened to attack the capital' (the promise or the threat is the claim, verb and all).
COMMITTING = frozenset("vow pledge promise threaten swear".split())


# Verbs that judge what their object is or did, with the judgement after it: 'called the
# crisis the worst in the world', 'described the attack as cowardly', 'blamed Iran for the
# attacks', 'accused the government of rigging the vote', 'estimated the damage at $10 million'.
# The preposition that carries it.
JUDGING = {"call": None, "describe": "as", "blame": ("for", "on"), "claim": ("for",),
           "accuse": "of", "criticise": "for", "criticize": "for", "estimate": ("at",), "report": None,
           # and praise or blame set out as what the thing is: 'condemned the arrests as politically
           # motivated', 'dismissed the claims as baseless', 'hailed the deal as historic'
           **dict.fromkeys(("condemn", "denounce", "praise", "slam"), ("for", "as")),
           **dict.fromkeys(("dismiss", "hail", "reject", "decry"), ("as",)), "deem": None,
           # and what one is taken to be: 'cited poor maintenance as the cause', 'identified the
           # driver as a local man', 'acknowledged faults as possible explanations'
           **dict.fromkeys(("acknowledge", "cite", "identify", "label", "brand", "list", "classify",
                            "characterise", "characterize", "portray", "depict"), "as")}  # fmt: skip


def _judged(verb: Token) -> list[Token] | None:
    """The words of a judgement a verb of saying passes on its object, from the verb to the
    judgement's end: the claim is the verb phrase, as the article words it ('called the
    humanitarian crisis the worst in the world'). 'Called' that names ('called his son Tom', a
    name as the complement) judges nothing; one negated ('did not call it terror') or foreseen
    ('will criticise') asserts nothing."""
    lemma = verb.lemma_.lower()
    if lemma not in JUDGING or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None  # (nor what someone would or will do: 'critics will call it a failure')
    # the judge named as the verb's own subject, not read off a misparse; or a participle's: of
    # the clause it is set off from ('The mayor went on television, blaming the storm for the
    # delays'), or the document it describes ('issued a statement blaming the opposition')
    participle = verb.tag_ == "VBG" and (
        verb.dep_ == "advcl"
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","  # set off by its comma (not 'an example of
        # the media falsely describing him as a felon', hung on the verb by the parser)
        and any(c.dep_ == "nsubj" for c in verb.head.children)
        or document_described(verb) is not None
    )
    if not participle and not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if thing is None:
        return None  # (not 'what she described as resources': the thing judged told elsewhere)
    wanted = JUDGING[lemma]
    if lemma == "claim" and thing.lemma_.lower() not in ("responsibility", "credit"):
        return None  # 'claimed responsibility for the attack' (not 'the fire claimed 12 lives')
    if lemma in ("dismiss", "reject") and not (thing.pos_ == "NOUN" and names_no_person(thing.lemma_)):
        return None  # 'dismissed the claims as baseless' (not 'dismissed 40 workers', 'him as chairman')
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and any(c.lower_ == "no" for c in subject.children):
        return None  # 'No group has claimed responsibility': no one's
    after = [c for c in verb.children if c.i > thing.i]
    if wanted is None:
        # ('reported the crash the worst in a decade': the parser's adverb, a superlative)
        judgement = next((c for c in after if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ")
                          or c.dep_ == "npadvmod" and c.tag_ in ("JJS", "JJR")), None)  # fmt: skip
    else:
        # (on the verb, or on its object: 'blamed [the opposition for the violence]')
        # (or the parser's other reading: 'as' a modifier of 'friendly' in 'described them as friendly')
        judgement = next((c for c in [*after, *thing.rights] if c.left_edge.lower_ in wanted
                          and c.dep_ in ("prep", "advmod", "advcl")), None)  # fmt: skip
    if judgement is None and lemma == "describe" and _described_as_seen(thing):
        return list(verb.doc[verb.i : thing.right_edge.i + 1])  # 'described thick black smoke
        # and intense heat': what was seen, its modifiers the judgement
    if judgement is None or any(c.lower_ == "part" for c in judgement.children if judgement.lower_ == "as"):
        return None  # (not 'hailed the crews as part of the ceremony': why, not what they are)
    end = judgement.right_edge.i
    adjacent = next((c for c in after if c.dep_ == "prep" and c.i == end + 1), None)
    if wanted is None and judgement.pos_ == "ADJ" and adjacent is not None:
        end = adjacent.right_edge.i  # 'the worst in the world' (the parser hangs 'in' on the verb)
    return list(verb.doc[verb.i : end + 1])


def _requested(verb: Token) -> list[Token] | None:
    """What a verb of asking asks for, or of promising promises, told whole from the verb:
    'urged the US to waive her immunity', 'vowed to rebuild every home' (not 'to waive her
    immunity' alone, which states nothing); none where the asking describes someone ('a
    doctor, who asked not to be named').
    """
    if verb.lemma_.lower() not in REQUESTING | COMMITTING or verb.dep_ in ("relcl", "acl"):
        return None
    # (its own subject, or a participle's: 'wrote to the embassy asking to waive her immunity')
    # (and a verb joined to one with it: 'Republicans have broken with Trump and have urged him to')
    # (a promise or threat as a participle is more often the act the sentence tells of: 'accused
    # Avenatti of trying to pressure Nike, threatening to give a news conference': his threat)
    asking = verb.lemma_.lower() in REQUESTING
    borrowed = verb.tag_ == "VBG" and verb.dep_ == "advcl" and asking or verb.dep_ == "conj"
    if not any(c.dep_ == "nsubj" for c in verb.children) and not (
        borrowed and any(c.dep_ == "nsubj" for c in verb.head.children)
    ):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    asked = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    return None if asked is None else list(verb.doc[verb.i : asked.right_edge.i + 1])


def _described_as_seen(thing: Token) -> bool:
    """An object described by its own modifiers, each of the things listed ('described
    extensive tire marks and insane heat'; not 'described the scene', 'described it')."""
    listed = [thing, *(c for c in thing.subtree if c.dep_ == "conj")]
    return thing.pos_ == "NOUN" and all(any(a.dep_ == "amod" for a in t.children) for t in listed)


CLOSING = '"”'


def _closing_quote(text: str, start: int, end: int, limit: int) -> int:
    """The claim's end, past the quotation mark that closes one it opens, before ``limit`` (its
    sentence's end): 'called the strike "a disgrace"', not '... "a disgrace'; and 'called the
    vote "a dark day for Slovak democracy"', where the parser hangs the words after 'day' on
    the verb (a claim never stops inside the words it quotes)."""
    words = text[start:end]
    opened = words.count("“") > words.count("”") or words.count('"') % 2 == 1
    if not opened:
        return end
    # (its own stop inside: 'doing his job."')
    closing = re.match(r"[.,!?]?[\"”]", text[end : end + 2]) or re.search(r"[\"”]", text[end:limit])
    return end + closing.end() if closing else end


def _aside_of(verb: Token) -> list[Token] | None:
    """The clause a verb of saying set inside it as an aside reports: 'The fire, officials said,
    started in the kitchen' (the parser makes 'said' a parataxis of 'started'). The claim is the
    whole clause, the aside with it, as for 'according to'."""
    head = verb.head
    if not an_aside(verb):
        return None  # (one who says it, in an aside between commas: not '(these are called mods)')
    if not any(c.dep_ in CLAUSE_SUBJECTS and c.i < verb.i for c in head.children):
        return None
    # the adverbials after the aside are the clause's, whatever the parser hung them on ('The
    # sequence began, police described, in the northbound lanes')
    closing = next((c for c in verb.children if c.text == "," and c.i > verb.i), None)
    if closing is None:
        return None
    tail = [t for c in verb.children if c.i > closing.i and c.dep_ in ("prep", "advmod", "npadvmod")
            for t in c.subtree]  # fmt: skip
    said = [t for t in head.subtree if t not in list(verb.subtree)] + tail
    return said if any(t.i < verb.i for t in said) else None


def _aside_misread(text: Text, verb: Token) -> list[Token] | None:
    """The clause after a semicolon an aside of saying sits in, where the parser lost the
    clause's subject across the semicolon: 'The truck hit the rail; around 50 gallons of fuel,
    officials said, spilled and ignited' ('gallons' hung on the semicolon). The words from the
    semicolon to the sentence's end, parsed alone, are one clause of a subject and a tensed verb."""
    # (the parser may hang the lost words on the aside itself, so its own phrase starts at the
    # semicolon: the comma stands before its subject; and it may make the clause before the
    # semicolon what the aside says)
    sentence = verb.sent
    semicolon = next((t for t in reversed(sentence[: verb.i - sentence.start]) if t.text == ";"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        semicolon is None
        or verb.dep_ != "parataxis"
        or subject is None
        or subject.left_edge.i <= semicolon.i
        or verb.doc[subject.left_edge.i - 1].text != ","
        or any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > semicolon.i for c in verb.children)
        or any(c.dep_ in CLAUSE_SUBJECTS and c.i < verb.i for c in verb.head.children)
    ):
        return None
    words = list(sentence.doc[semicolon.i + 1 : sentence.end])
    while words and _a_mark(words[-1]):
        words.pop()
    if len(words) < MIN_CLAIM_WORDS or not _a_clause_alone(text, words):
        return None
    return words


def _clause_misread(text: Text, verb: Token) -> list[Token] | None:
    """The clause a verb of saying reports where the parser read none: 'The security chief
    announced on Tuesday there were suspects in custody', read as 'the chief announced on
    Tuesday' (a chief described: the verb a reduced relative clause) and 'there were ...' the
    sentence. The words after the verb and its own adverbials, the rest of the sentence and
    one stretch of words, parsed alone, are a clause of a subject and a tensed verb; the claim
    is those words of the article."""
    objects = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "dative", "oprd")]
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or objects:
        return None
    doc, end, at = verb.doc, verb.sent.end, verb.i + 1
    while at < end:  # past 'on Facebook', 'on Tuesday'
        own = next((c for c in verb.children if c.i == at and c.dep_ in ("prep", "npadvmod", "advmod")), None)
        if own is None:
            break
        at = own.right_edge.i + 1
    words = [t for t in doc[at:end]]
    while words and _a_mark(words[-1]):
        words.pop()
    if len(words) < MIN_CLAIM_WORDS or any(t.is_punct for t in words):
        return None  # (a clause of one stretch of words: no list, no quote, no aside)
    if verb.sent.root not in words:
        return None  # (the sentence's own verb is in the clause the description left)
    return words if _a_clause_alone(text, words) else None


def _without_the_document(verb: Token, clause: Token, said: list[Token]) -> list[Token]:
    """The clause without the document the saying was done in, where the parser hung it on the
    clause: 'said in a statement it had closed the plant' (the claim: 'it had closed the plant')."""
    told_in = next((d.head for d in _objects_of(clause, ("in",))
                    if d.lemma_.lower() in DOCUMENTS and d.head.i == verb.i + 1), None)  # fmt: skip
    if told_in is None or not any(c.dep_ in CLAUSE_SUBJECTS and c.i > told_in.i for c in clause.children):
        return said
    where = {t.i for t in told_in.subtree}
    return [t for t in said if t.i not in where]


def _clause_in_a_document_misread(text: Text, verb: Token) -> list[Token] | None:
    """The clause 'said in a statement' reports where the parser read it as one describing the
    statement: 'The company said in a statement it was "devastated" by the news' ('it was
    devastated' a relative clause of 'statement'). Not a clause that leaves the statement a
    part to fill ('in the statement it issued on Monday', its object the statement): the clause
    has its own subject, a passive, object or complement, and the words to the sentence's end,
    parsed alone, are a clause of a subject and a tensed verb."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    documents = [d for d in _objects_of(verb, ("in",)) if d.lemma_.lower() in DOCUMENTS]
    clause = next(
        (c for d in documents for c in d.children if c.dep_ == "relcl" and c.left_edge.i == d.i + 1), None
    )
    if clause is None or clause.left_edge.tag_ in ("WDT", "WP", "IN"):
        return None  # ('a statement which', 'a statement that': a relative clause as written)
    whole = any(
        c.dep_ in ("nsubjpass", "auxpass", "dobj", "ccomp", "acomp", "attr", "xcomp") for c in clause.children
    )
    if not whole or not any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
        return None
    words = list(verb.doc[clause.left_edge.i : verb.sent.end])
    while words and _a_mark(words[-1]):
        words.pop()
    if len(words) < MIN_CLAIM_WORDS or not _a_clause_alone(text, words):
        return None
    return words


def _object_misread(text: Text, verb: Token) -> list[Token] | None:
    """The clause 'said' reports where the parser read its subject and verb as words describing
    a noun: 'Tom Berger said Anna Roe required resuscitation' (read as a 'required resuscitation'
    of Anna Roe's). The words from the object's first to the sentence's end (or to another's
    report), where a name stands before the verb the parser made a describing word."""
    if verb.lemma_.lower() != "say" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if thing is None:
        return None
    misread = next((c for c in thing.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and any(
        g.dep_ in ("nmod", "compound") and g.i < c.i and g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        for g in thing.children
    )), None)  # fmt: skip
    if misread is None:
        return None
    words = []
    for t in verb.doc[thing.left_edge.i : verb.sent.end]:
        if t.text == ";" or t.i > misread.i and _reports(t):
            break  # ('...; TVN24 reported he received surgery': another's)
        words.append(t)
    while words and (_a_mark(words[-1]) or words[-1].dep_ == "cc"):
        words.pop()
    # (a name set before the verb is its subject: not 'said the mayor's prepared remarks')
    return words if len(words) >= MIN_CLAIM_WORDS else None


def _a_clause_alone(text: Text, words: list[Token]) -> bool:
    """Whether words of the article, parsed alone, are one clause of a subject and a tensed verb."""
    start, stop = text.at(words[0]), text.end(words[-1])
    key = ("clause misread", f"{start}:{stop}")
    if key not in text.memo:
        from factsheet.text import nlp

        alone = list(nlp()(text.text[start:stop]).sents)
        root = alone[0].root if len(alone) == 1 else None
        text.memo[key] = root is not None and (
            _tensed(root) and any(c.dep_ in CLAUSE_SUBJECTS for c in root.children)
        )  # ('it was "devastated" by the news': a passive's tense on its auxiliary)
    return bool(text.memo[key])


def _not_asserted(verb: Token) -> bool:
    """Whether a verb of telling keeps its source from asserting the clause: negated or
    withheld ('did not confirm', 'never said', 'refused to say': as for a figure, see
    figures._withheld), a denial ('denied that'), or an open question ('did not say whether')."""
    head = verb.head if verb.dep_ == "xcomp" else verb
    negated = any(c.dep_ == "neg" for c in head.children)  # ('did not want to say that')
    withheld = negated or bool(_withheld(verb))
    # (the mark of the clause told itself: not 'said if the rain continues, the dam could fail')
    asked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") and c.i > verb.i
                for t in verb.children for c in t.children)  # fmt: skip
    return withheld or asked or verb.lemma_.lower() in DENIALS or _foreseen(head)


# Auxiliaries that put a verb of telling in the future or the possible: 'critics will say'.
FORESEEN = frozenset({"will", "'ll", "shall", "might", "may", "could"})


def _foreseen(verb: Token) -> bool:
    """Whether a verb of telling is only foreseen, not done: 'critics will say the plan is too
    expensive', 'if it passes, opponents would say the vote was rigged' (not 'she would later
    say', a narrative's past)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    conditional = "would" in auxiliaries and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for t in verb.children for c in t.children
    )
    return bool(auxiliaries & FORESEEN) or conditional


def _telling_words(verb: Token) -> list[Token]:
    """The words that make up the verb of telling before it: its auxiliaries and negation ('did
    not confirm'), and the verb it is the infinitive of ('refused to say')."""
    head = verb.head if verb.dep_ == "xcomp" else verb
    words = [
        c for w in {verb, head} for c in w.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i
    ]
    return [*words, head] if head is not verb else words


def _quoted_statement(
    text: Text, verb: Token, said: list[Token], inside: tuple[tuple[int, int], ...]
) -> bool:
    """A direct quote that asserts something is a claim of its speaker's too ('"The murder is
    unacceptable," said Roe'): the whole clause stands inside one pair of quotation marks, with
    its own subject and tensed verb, and the verb that reports it stands outside them."""
    if _in(text.at(verb), inside):
        return False
    words = [t for t in said if not t.is_punct]
    first, last = text.at(words[0]), text.end(words[-1])
    span = next((q for q in inside if q[0] <= first and last <= q[1]), None)
    root = _root(words)
    if span is None or root is None:
        return False
    return _tensed(root) and any(c.dep_ in CLAUSE_SUBJECTS for c in root.children)


def _tensed(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ('has been found')."""
    auxiliaries = (c for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return verb.tag_ in TENSED or any(c.tag_ in TENSED for c in auxiliaries)


def _subject_on_its_auxiliary(clause: Token) -> bool:
    """Whether the parser hung the clause's subject on one of its auxiliaries: 'said the driver
    had been speeding', read with 'the driver' the subject of 'been' (and 'said it was "shocked"',
    'it' the subject of the passive's 'was')."""
    return any(
        a.dep_ in ("aux", "auxpass")
        and a.i < clause.i
        and any(c.dep_ in CLAUSE_SUBJECTS and c.i < a.i for c in a.children)
        for a in clause.children
    )


def _cut_off(clause: Token, verb: Token) -> bool:
    """A clause the parser hangs on the verb across a semicolon is a sentence of its own:
    'Many guests were Indian; the embassy confirmed two pilgrims died'."""
    low, high = sorted((clause.i, verb.i))
    return any(t.text == ";" for t in verb.doc[low:high] if t.head == verb)


def _another_report(token: Token, verb: Token) -> bool:
    """A report with its own subject joined on to the reported clause is another source's:
    'Duda said the victims were "joyful girls" while Brudziński wrote he had ordered checks'."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    # and a participle set off with a clause of its own to tell: '..., pointing out he had secured
    # 300 delegates fewer, saying "the path is impossible"' (two claims, not one; but 'blaming
    # "human error"', with no clause, is part of the claim)
    set_off = (
        token.tag_ == "VBG"
        and token.i > 0
        and token.nbor(-1).text == ","
        and any(c.dep_ == "ccomp" for c in token.children)
    )
    return token.dep_ in ("advcl", "conj") and token.head != verb and _reports(token) and (own or set_off)


def _nested(verb: Token) -> bool:
    """A belief inside a report's clause is the reporter's claim: 'He said that the police
    suspect ...' (his claim, not the police's). One joined on with its own subject ('... while
    Brudziński wrote') is not inside."""
    if verb.lemma_.lower() not in STANCE_LEMMAS and _judged(verb) is None:
        return False
    # (a document's words are not inside the verb that issued it: 'posted a message blaming Iran')
    document = document_described(verb)
    issued = document.head if document is not None else None
    token = verb
    while token.head != token:
        if token.dep_ in ("advcl", "conj", "parataxis") and any(
            c.dep_ in CLAUSE_SUBJECTS for c in token.children
        ):
            return False
        token = token.head
        if _reports(token) and token != issued:
            return True
    return False


def _up_to(token: Token, verb: Token) -> list[Token]:
    """The token and its heads below the verb."""
    chain = []
    while token != verb and token not in chain:
        chain.append(token)
        token = token.head
    return chain


def _whole_clause(said: list[Token]) -> bool:
    """Three words that make a whole clause: a subject, a tensed verb and what completes it
    ('claimed 190 were dead', 'said sex was consensual'), not a clause cut short ('it would be')."""
    root = _root(said)
    if root is None or not any(t.dep_ in ("nsubj", "nsubjpass") and t.head == root for t in said):
        return False
    if not any(t.tag_ in TENSED for t in said):
        return False
    return root.pos_ == "VERB" or any(t.head == root and t.dep_ in ("acomp", "attr", "oprd") for t in said)


def _on_the_verb_s_side(said: list[Token], verb: Token) -> list[Token]:
    """The words of a claim on the verb's side of a semicolon: 'One truck broke through the
    guardrail; around 50 gallons of fuel, officials said, spilled' (the parser hung the clause
    before the semicolon on 'said'); a semicolon parts what two sentences would."""
    stops = [t.i for t in verb.sent if t.text == ";" and said[0].i < t.i < said[-1].i]
    if not stops:
        return said
    low = max((i for i in stops if i < verb.i), default=said[0].i - 1)
    high = min((i for i in stops if i > verb.i), default=verb.sent.end)
    kept = [t for t in said if low < t.i < high]
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.i < high), None)
    if kept and after is not None and all(t.i < verb.i for t in kept):
        # the words on both sides of an aside: 'around 50 gallons of fuel, officials said, spilled'
        kept = [t for t in verb.doc[kept[0].i : after.right_edge.i + 1] if t.i < high]
    kept = _trimmed(kept, contiguous=False)
    while kept and (kept[0].dep_ == "cc" or kept[0].is_punct):
        kept = kept[1:]  # '...; but, according to her memoirs, also had': not 'but,'
    return kept


def _a_question_told(said: list[Token]) -> bool:
    """Words that name a thing or ask a question, asserting nothing: 'Police described what
    they found', 'explained how the fire started' (not 'what happened was an accident')."""
    root = _root(said)
    return root is not None and said[0].tag_ in ("WP", "WRB") and said[0].head == root and said[0] != root


def _root(tokens: list[Token]) -> Token | None:
    """The first of the words whose head stands outside them: the clause's own verb."""
    return next((t for t in tokens if t.head not in tokens or t.head == t), None)


def _mostly_in(text: Text, said: list[Token], inside: tuple[tuple[int, int], ...]) -> bool:
    """A reported clause whose words are mostly quoted is a quote (the quotes section has it);
    one that quotes a phrase of its own is still a claim ('police indicated a "significant
    development" was likely')."""
    words = [t for t in said if not t.is_punct]
    return sum(_in(text.at(t), inside) for t in words) * 2 > len(words)


def _quoted_subject(text: Text, said: list[Token], inside: tuple[tuple[int, int], ...]) -> bool:
    """Whether the clause's subject is quoted too (or it has none outside the quote): then the
    claim is the quote. 'the central government are "hiding accurate casualty figures ..."'
    is the source's claim about the government, in part in their words."""
    # (the parser may hang it on an auxiliary of the clause's verb: 'it was "shocked"')
    own = [t.head.head if t.head.dep_ in ("aux", "auxpass") else t.head for t in said]
    subjects = [t for t, h in zip(said, own, strict=True)
                if t.dep_ in CLAUSE_SUBJECTS and h in said and h.head not in said]  # fmt: skip
    return not subjects or any(_in(text.at(t), inside) for t in subjects)


def _within(a: Span, b: Span) -> bool:
    return b.start <= a.start and a.end <= b.end or a.start <= b.start and b.end <= a.end


def _trimmed(tokens: list[Token], contiguous: bool = True) -> list[Token]:
    """Without punctuation at either end; contiguous: up to the first gap."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if tokens and contiguous:
        first = tokens[0].i
        tokens = [t for n, t in enumerate(tokens) if t.i == first + n]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("that", ",")):
        tokens = tokens[1:]
    while tokens and (_a_mark(tokens[-1]) or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]  # 'the virus claimed 6606 lives, and' (the rest was another report)
    return tokens


def _latin(words: str) -> bool:
    """Whether most of the letters are Latin ones (English, with accents and names)."""
    letters = [c for c in words if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 >= len(letters)


def _mostly_quoted(text: Text, sentence: SpacySpan) -> bool:
    """Whether a sentence is someone's words more than the narrator's: half its words or more
    inside quotation marks, or opening with a quote ('"It's a good sign", said Ryan Cloutier of
    the Harvard-Smithsonian Center': the quote, and who said it), or opening inside one, a
    quote's second sentence ('"I was thrown from my berth. There was screaming everywhere,"
    passenger Ramesh Kumar told NDTV': 'There was screaming everywhere' is his)."""
    inside = _quoted(text)
    words = [t for t in sentence if not t.is_punct]
    opens = bool(words) and _in(text.at(words[0]), inside)
    return bool(words) and (opens or sum(_in(text.at(t), inside) for t in words) * 2 >= len(words))


# --- events ---------------------------------------------------------------------------------


class EventCandidate:
    """A sentence that tells what happened, with its place and time phrases."""

    def __init__(self, what: str, where: str | None, when: str | None, sentence: Span,
                 lemmas: frozenset[str] = frozenset(), narrated: bool = True) -> None:  # fmt: skip
        self.what, self.where, self.when, self.sentence = what, where, when, sentence
        self.lemmas = lemmas  # its content words' lemmas, to weigh it against the headline
        self.narrated = narrated  # told in a past tense, a perfect or as going on: not a standing state


CONTENT = ("NOUN", "PROPN", "VERB", "NUM", "ADJ")


def content_lemmas(tokens: Iterable[Token]) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ in CONTENT and not t.is_stop)


def by_headline(events: list[EventCandidate], headline: str, text: Text) -> list[EventCandidate]:
    """The events whose words the headline shares most first (a news story's headline names
    what happened), in article order among equals."""
    wanted = content_lemmas(_words_of(headline.rstrip("…"), text))
    return sorted(events, key=lambda e: (-len(e.lemmas & wanted), not e.narrated))


def _words_of(phrase: str, text: Text) -> Iterable[Token]:
    """The phrase's tokens in the article's parse (a title line, the opening words), else the
    phrase parsed on its own."""
    at = text.text.find(phrase) if phrase else -1
    piece = text.piece_at(at) if at >= 0 else None
    if piece is None:
        from factsheet.text import nlp

        return nlp()(phrase)
    return text.tokens_in(at, at + len(phrase))


def find_events(text: Text, skip: int = 0) -> list[EventCandidate]:
    """Narrated sentences whose main verb, with a subject, is not a verb of saying: what
    happened, in article order, with the place and the time phrase each names (if any)."""
    found = []
    people = _people_named(text)  # (a name the article gives a person elsewhere is no place)
    for sentence in text.sentences():
        start, end = text.span_of(sentence)
        if start < skip or _mostly_quoted(text, sentence) or in_transcript(text, start):
            continue  # (someone's words, in quotation marks or an interview's turn)
        if not _latin(sentence.text) or _question_mark(sentence) is not None:
            continue  # Hindi, Russian ... (the English parser cannot read it); a question
        if not any(_tells_what_happened(head) for head in _main_clauses(sentence)):
            continue  # no clause with a subject whose verb tells what happened
        root = sentence.root
        subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        # (a place in the subject only where a preposition of place sets it, and after those
        # of the rest: 'Flooding in Kerala has displaced thousands', not 'Kenya's president said')
        ents = [e for e in sentence.ents if not _in(text.at(e[0]), _quoted(text))
                and (e.label_ not in PLACES or e.root.i not in subject or _set_by_locative(e))]  # fmt: skip
        # those of what happened before those of a clause that describes someone ('Lagos, who
        # served as president of Chile from 2000 to 2006, died on Wednesday': Wednesday)
        ents.sort(key=lambda e: _describing(e.root))
        places = sorted((e for e in ents if e.label_ in PLACES and _a_place(e) and e.text not in people),
                        key=lambda e: (_describing(e.root), e.root.i in subject, _not_where(e)))  # fmt: skip
        where = _place_name(places[0]) if places else _located(text, sentence)
        times = [e for e in ents if e.label_ in TIMES] or [e for e in ents if _a_clock(e)]
        when = next((_clock_read(e, sentence) for e in times if not _a_bare_number(e)
                     and not _a_length_of_time(e)), None)  # fmt: skip
        what = _clause(text, sentence)
        if len(what.split()) >= 4:
            span = Span(text=text.text[start:end], start=start, end=end)
            found.append(
                EventCandidate(what, where, when, span, content_lemmas(sentence), _narrated(sentence))
            )
    return found


def _narrated(sentence: SpacySpan) -> bool:
    """Whether a sentence's main verb is told in a past tense, a perfect or as going on: what
    happened ('the ship sank', 'has been arrested', 'are searching'), not what stands ('It is
    owned by a local firm', 'Reports on the weapon vary', 'Vessels are required to transmit
    data') or what may come ('will be towed')."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return True  # (no verb the parser found: nothing to say)
    if root.tag_ == "VBD":
        return True
    # ('was arrested', 'has died': a past or perfect helper; 'are searching', going on now;
    # not 'will be', 'is required')
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(h.tag_ == "MD" for h in helpers):
        return False
    return (
        root.tag_ == "VBG"
        and bool(helpers)
        or root.tag_ == "VBN"
        and any(h.tag_ == "VBD" or h.lemma_.lower() == "have" for h in helpers)
    )


def _set_by_locative(ent: SpacySpan) -> bool:
    """A place that is the object of 'in', 'at' or 'near' ('the northern state of Kerala' too)."""
    word = ent.root
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "pobj":
        word = word.head.head  # 'in the state of Kerala'
    return word.dep_ == "pobj" and word.head.lower_ in LOCATIVE


def _main_clauses(sentence: SpacySpan) -> list[Token]:
    """The heads of the sentence's main clauses: its root; a clause a semicolon sets apart
    from it ('Firefighters dispatched 30 vehicles; personnel had control by 8am', which the
    parser hangs on the other as its object); and where the parser took the sentence for a
    noun phrase, the past verb after its noun ('A bus carrying children overturned in
    Babyninsky': a sentence has a verb, so the participle the parser read as the bus's is it)."""
    root = sentence.root
    heads = [root]
    stops = [t.i for t in sentence if t.lower_ == ";"]
    heads += [t for t in sentence if t.dep_ in ("ccomp", "parataxis", "conj") and t.head == root
              and any(min(t.i, root.i) < i < max(t.i, root.i) for i in stops)]  # fmt: skip
    if root.pos_ in ("NOUN", "PROPN"):
        # (not one a comma sets off: 'The ferry, operated by a local firm' describes the ferry;
        # but 'Baker, a life-long smoker, suffered from ...' sets off a description of the noun)
        # (hung on the noun, or on a noun of a phrase that describes it: 'A bus carrying 40
        # passengers overturned near Guantánamo', read as the passengers who overturned)
        doc = root.doc
        past = [c for c in root.subtree if c.dep_ == "acl" and c.i > root.i and c.tag_ in ("VBD", "VBN")
                and c.head.pos_ in ("NOUN", "PROPN")
                and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                and (not any(t.lower_ == "," for t in doc[root.i : c.i])
                     or c.head == root and any(t.dep_ == "appos" for t in doc[root.i : c.i]))]  # fmt: skip
        heads += [c for c in past if c.head == root or _describes_the_noun(c, root)][:1]
    return heads


def _describes_the_noun(verb: Token, noun: Token) -> bool:
    """Whether a verb hangs on a noun inside a participle's phrase that describes another
    ('a bus carrying 40 passengers overturned': the passengers, in the phrase of 'carrying')."""
    head = verb.head
    while head != noun and head.dep_ in ("dobj", "pobj", "prep", "acl", "compound", "conj"):
        if head.dep_ == "acl" and head.head == noun and head.tag_ == "VBG":
            return True
        head = head.head
    return False


def _tells_what_happened(head: Token) -> bool:
    """A verb with a subject (or, as the past verb after the noun the parser took for the
    sentence, that noun) that says what happened, not what something is or has."""
    if head.pos_ not in ("VERB", "AUX") or _state(head):
        return False
    return head.dep_ == "acl" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)


def _state(root: Token) -> bool:
    """A sentence that says what something is or has ('The children were all from Marksville',
    'The tanker had over ten crewmembers') describes; it tells nothing that happened. 'There
    was an explosion' does."""
    return root.lemma_ in ("be", "have") and not any(c.dep_ == "expl" for c in root.children)


def _people_named(text: Text) -> set[str]:
    """The names the recogniser calls a person more often than a place in the article, whole
    and by surname ('Joe Biden' and 'Biden'): the places it misreads ('told Biden's campaign')
    are these. (A place left out so shows as not stated: never a person as a place.)"""
    person: Counter[str] = Counter()
    place: Counter[str] = Counter()
    for piece in text.pieces:
        for ent in piece.doc.ents:
            if ent.label_ == "PERSON":
                person.update({ent.text, ent[-1].text})  # (its last word: the surname)
            elif ent.label_ in PLACES:
                place[ent.text] += 1
    return {name for name, times in person.items() if times > place[name]}


def _a_place(ent: SpacySpan) -> bool:
    """A name the recogniser calls a place that stands where places stand: a proper noun after
    a preposition ('in Koszalin') or describing a noun ('New Jersey police', "Poland's
    capital"), not one that does or undergoes something ('Pelosi', 'Navalny' misread as places)
    or a common word ('in favour')."""
    if ent.root.pos_ != "PROPN" or not ent.root.text[:1].isupper():
        return False
    listed = _listed_in(ent)
    if listed.dep_ == "compound" and listed.head.ent_type_ in TIMES:
        return False  # a name of a day, not a place: 'Super Tuesday'
    beside = [c for c in ent.root.children if c.dep_ == "appos" and c.left_edge.i == ent.end + 1]
    if (
        ent.end < len(ent.doc)
        and ent.doc[ent.end].text == ","
        and any(c.pos_ == "NOUN" and names_a_person(c.lemma_) for c in beside)
    ):
        return False  # one set beside a noun of people: 'as Hobbs, the butler'
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.ent_type_ == "ORG" and before.dep_ == "compound" and \
            ent.start <= before.head.i < ent.end:  # fmt: skip
        return False  # the end of a body's name: 'Islamic State West Africa Province'
    return listed.dep_ in ("pobj", "dobj", "compound", "poss", "nmod", "amod", "npadvmod")


def _place_name(ent: SpacySpan) -> str:
    """The place's name, without the possessive the recogniser keeps ("Hong Kong's police"; not
    "in St Margaret's at Cliffe", a name, which owns nothing)."""
    owns = len(ent) > 1 and ent[-1].tag_ == "POS" and ent[-1].head.dep_ == "poss"
    return ent[:-1].text if owns else ent.text


def _listed_in(ent: SpacySpan) -> Token:
    """The word a name stands as, where it is one of a list or set beside another ('in Iraq and
    Syria': Iraq's place)."""
    root = ent.root
    while root.dep_ in ("appos", "conj", "flat") and root.head != root:
        root = root.head
    return root


# Prepositions whose object is a party or a measure, never where something happened.
NOT_WHERE = frozenset({"with", "against", "between", "for", "by", "about", "than", "like"})


def _not_where(ent: SpacySpan) -> bool:
    """Whether a place name stands after a preposition that tells no place ('signed agreements
    with the United States'): such a one comes after those that may tell where."""
    root = _listed_in(ent)
    return root.dep_ == "pobj" and root.head.lower_ in NOT_WHERE


def _a_bare_number(ent: SpacySpan) -> bool:
    """A time to the recogniser that is a number alone and no year ('there had been 2741
    cases'): a count, not a time."""
    words = [t for t in ent if not t.is_punct]
    year = words[0].text.isdigit() and len(words[0].text) == 4 and 1000 <= int(words[0].text) <= 2100 \
        if words else False  # fmt: skip
    return len(words) == 1 and words[0].like_num and not year


# Units of time, and the words that anchor a length of time to a moment ('three days ago').
TIME_UNITS = frozenset("second minute hour day night week month year decade century".split())
ANCHORS = frozenset("ago last next this that previous following earlier later same past".split())
BARE_DETERMINERS = frozenset("the his her their its those these".split())


def _a_length_of_time(ent: SpacySpan) -> bool:
    """A time to the recogniser that says how long, or how old, not when: 'three days of
    mourning', 'worked for a year', '23 years old', 'aged 45' ('three days ago', 'last year',
    'two days after the vote', 'the first week of April' say when)."""
    words = [t.lower_ for t in ent]
    if "old" in words or words[:1] == ["aged"] or words[:1] in (["every"], ["each"]):
        return True  # (and how often: 'every year')
    unit = ent.root.lemma_.lower() in TIME_UNITS
    if unit and all(t == ent.root or t.lower_ in BARE_DETERMINERS or t.tag_ == "POS" for t in ent):
        return True  # a stretch of no number and no anchor: 'for years', 'over the years', 'his
        # years'; and a unit that says no when alone: 'the day' (before what?), 'month'
    counted = any(t.like_num or t.lower_ in ("a", "an", "many", "several", "few") for t in ent)
    # a month, a day's name or a year anchors it: 'the first week of April', 'the night of June 21'
    dated = any(
        t.pos_ == "PROPN"
        or re.match(r"\d{4}(?:$|[/–-]\d{2,4}$)", t.text)
        and not (t.dep_ == "nummod" and t.head.tag_ == "NNS")
        for t in ent
    )  # ('2019/20'; not the count of '8000 hours')
    # and one told from another moment: 'two days after the vote', 'a week before', 'a year later'
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    told_from = after in ANCHORS | {"after", "before", "prior"}
    return ent.root.lemma_.lower() in TIME_UNITS and counted and not set(words) & ANCHORS and not dated \
        and not told_from  # fmt: skip


# A clock's hour as news writes it: 'around 11:25am', 'at 9 p.m.', '4:00 A.M.', 'about 19:00'.
HOUR = r"\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b"  # '9pm', '4 a.m.', '11:25am'
CLOCK = re.compile(
    r"\b(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|at)\s+)?"
    rf"(?:{HOUR}\.?|\d{{1,2}}:\d{{2}}\b)",
    re.IGNORECASE,
)
# The zones a clock's hour is restated in: '(1625 UTC)'.
ZONES = frozenset({"utc", "gmt"})


def _a_clock(ent: SpacySpan) -> bool:
    """An hour the recogniser took for a quantity ('at 3 am', read as three of a unit 'am')."""
    return ent.label_ == "QUANTITY" and ent[-1].lower_ in ("am", "pm", "a.m.", "p.m.") and ent[0].like_num


def _clock_read(ent: SpacySpan, sentence: SpacySpan) -> str:
    """A time's words; where the recogniser took a clock's hour restated in UTC for a year
    ('At around 11:25am US east coast time (1625 UTC)' gives it '1625'), the hour the sentence
    gives, else the restated one whole ('1625 UTC')."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None or after.lower_ not in ZONES or len(ent) != 1 or not re.fullmatch(r"\d{4}", ent.text):
        return ent.text
    clock = CLOCK.search(sentence.text)
    return clock.group().rstrip(".") if clock else f"{ent.text} {after.text}"


def _describing(word: Token) -> bool:
    """Whether a word stands in a clause or a phrase set beside a subject to describe it (a
    relative clause, a participle, an apposition: 'Lagos, who served from 2000 to 2006,';
    not 'In an advisory issued late Sunday night', which tells when it was said)."""
    return any(
        a.dep_ in ("relcl", "acl", "appos") and a.head.dep_ in ("nsubj", "nsubjpass")
        for a in (word, *word.ancestors)
    )


def _located(text: Text, sentence: SpacySpan) -> str | None:
    """A proper name after 'in', 'at' or 'near' that the recogniser did not call a person
    or a body ('a hotel in Bontddu'): a place."""
    for token in sentence:
        # (written as a name is: not 'in favour of', which the tagger may call a name)
        if (
            token.dep_ == "pobj"
            and token.pos_ == "PROPN"
            and token.head.lower_ in LOCATIVE
            and token.text[:1].isupper()
        ):
            if token.ent_type_ and token.ent_type_ not in PLACES:
                continue  # (a person, a body, a date; 'the Nobel Prize in Chemistry', a title)
            words = [*(c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), token]
            start, end = text.span_of(words)
            return text.text[start:end]
    return None


def _clause(text: Text, sentence: SpacySpan) -> str:
    """The sentence's words up to the event length limit, cut after a whole word."""
    start, end = text.span_of(sentence)
    words = text.text[start:end].rstrip(" .")
    if len(words) <= EVENT_CHARS:
        return words
    cut = words[: EVENT_CHARS - 1]
    for boundary in (", ", "; ", " and ", " when ", " after ", " as ", " "):
        at = cut.rfind(boundary)
        if at > EVENT_CHARS // 2:
            return cut[:at].rstrip(" ,;") + "…"
    return cut.rsplit(" ", 1)[0] + "…"
