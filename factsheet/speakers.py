"""Who said a quote, read from the parse: the subject of the speech verb that governs it.

A reading of English, not of any one article:

* the quote's own sentence first: the speech or reporting verb the quote hangs on
  (``"Q," X said``, ``X said: "Q"``, ``X told reporters "Q"``), else the nearest one outside
  the quotation marks; ``according to X``; a colon that introduces the quote from the
  sentence before (``X defended the raid: "Q"``);
* the verb's subject, widened to its name (an entity) or its noun phrase ("the regional
  governor"); an apposition that names a person gives the name;
* a quote signed on its line with a dash and a person's name (``"Q" — X, role``), and a
  person's name alone before a colon (``X: "Q"``), are that person's;
* a document speaks for who issued it (``a statement from X``, ``X's report``, ``part of the
  judge's statement``, ``figures released by X``);
* nested speech (``she said he told her "run"``) belongs to the outer speaker;
* a pronoun resolves to the nearest person named before it ("the latter", "the former" to
  the second and first of the last two); a role ("the governor")
  resolves to the nearest person the article gives that role, else stays the role;
* a paragraph that is nothing but a quote, after a paragraph whose quote has a speaker,
  continues that speaker's words;
* otherwise the quote is unattributed: never guessed.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from factsheet.animacy import names_a_person, names_no_person
from factsheet.names import after_a_place, after_an_organisation, person_ending, person_named
from factsheet.text import Text, caseless, fold, kept_per_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from factsheet.quotes import QuoteCandidate

How = Literal["named", "pronoun", "role", "continued", "colon", "none"]

# What words are issued as, speaking for whoever issued them: 'a statement from the ministry
# said' (the ministry's words), "Roe's reply was swift:" (Roe's).
DOCUMENTS = frozenset({"statement", "letter", "post", "tweet", "release", "notice", "message",
                       "response", "reply", "answer", "reaction", "remark", "comment", "decree", "ruling",
                       "judgment", "report", "figure", "data", "datum", "statistic", "estimate", "tally",
                       "count", "announcement", "update", "bulletin", "communique",
                       "communiqué", "analysis", "survey", "review", "audit", "census", "investigation",
                       "inquiry", "inquest", "probe", "record", "document", "word", "list"})  # fmt: skip
# Where one puts out what one says: 'the ministry's website', 'the official account of the
# ministry' speak for the ministry, as its statements do.
CHANNELS = frozenset({"website", "account", "page", "feed", "channel", "blog"})
# Verbs of saying and reporting (English, not any article's): the lemma decides.
SPEECH_LEMMAS = frozenset(
    "say tell add state declare write explain note warn announce claim insist ask reply respond "
    "answer continue tweet post comment recall acknowledge admit vow promise allege argue "
    "suggest conclude emphasise emphasize stress praise condemn urge describe report confirm "
    "deny quip shout scream yell plead exclaim observe remark mention concede predict testify "
    "assert maintain reiterate speak recount agree complain joke lament accuse caution "
    "criticise criticize reveal disclose estimate announce call read write blog inform talk assure "
    "retort whisper boast opine express cite concur counter reason muse chant sing cry mutter murmur "
    "proclaim pledge recite interject elaborate blame threaten".split()
)
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
SPEAKING = ("nsubj", "csubj")  # a passive verb's subject is what was said, not who said it
PRONOUNS = {"he", "she", "him", "her", "his"}
NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE", "FAC", "LAW")  # (a law speaks: "Article 2, Section 1 sets")
# Relations that put a clause inside another's content: what was said, a relative clause.
EMBEDDED = ("ccomp", "relcl", "acl", "xcomp", "csubj", "pcomp")
# Phrasal verbs of saying, with their particle.
PHRASAL_SPEECH = {"point": "out", "spell": "out"}
# Parse relations that put a verb under the clause it belongs to (a gerund, a conjunct).
CLIMB = ("advcl", "xcomp", "conj", "pcomp", "acl", "dep")


@dataclass(frozen=True)
class Attribution:
    """The article's own answer to "who said this quote"."""

    speaker: str | None  # the name (or the role, when no name is given); None: unattributed
    how: How
    cue: str = ""  # the attributing words, as the article writes them
    start: int | None = None  # where the speaker is named (the mention the verdict rests on)
    end: int | None = None


NONE = Attribution(None, "none")


def attribute(text: Text, quote: QuoteCandidate, previous: Attribution | None = None) -> Attribution:
    """The speaker of one quote, as the article attributes it (see the module's rules).

    ``previous`` is the attribution of the quote before it, for a paragraph-long quote that
    continues the last speaker's words.
    """
    first, last = quote.parts[0], quote.parts[-1]
    inside = _quoted(text)
    # and the words after it where the splitter ended the sentence at its '!' or '?' ('"Get
    # out!" shouted Anna Roe': a lower-case word goes on the sentence)
    going_on = re.match(r"[”\"’]?\s+(?=[a-z])", text.text[last.end : last.end + 6])
    reach = last.end + going_on.end() + 1 if going_on is not None else last.end + 1
    told_after = _attribution_after(text, last.end) if going_on is None else None
    if told_after is not None:  # '"Will you win?" Tom Berger asked.': a sentence of its own
        reach = told_after
    frame = [t for s in text.sentences_over(first.start - 1, reach) for t in s
             if not _in(text.at(t), inside) and not t.is_punct]  # fmt: skip
    own = tuple((p.start, p.end) for p in quote.parts)  # this quote's words, not a neighbour's
    quoted = [t for s in text.sentences_over(first.start, last.end) for t in s if _in(text.at(t), own)]
    fronted = _fronted(text, first.start) or _signed(text, last.end)
    if fronted is not None and _usable(text, fronted):
        return fronted
    for verb in _verbs(text, frame, quoted, first.start, last.end):
        found = _speaker_of(text, _outer(verb, own, text), first.start)
        if found is not None and _usable(text, found):
            colon = _colon_intro(text, first.start, last.end) if found.how == "pronoun" else None
            # 'X indicated ...: "While we wait," he said, "..."': the colon names whom 'he' stands for
            return colon if colon is not None and _usable(text, colon) else found
    colon = (
        _colon_intro(text, first.start, last.end)
        or _document_read(text, last.end)
        or _name_colon(text, first.start)
    )
    if colon is not None and _usable(text, colon):
        return colon
    said = _words_from(text, frame) or _said_just_before(text, first.start, frame)
    if said is not None and _usable(text, said):
        return said
    if previous is not None and previous.speaker and not frame and _opens_paragraph(text, quote):
        return Attribution(previous.speaker, "continued", previous.cue, previous.start, previous.end)
    return NONE


def _attribution_after(text: Text, quote_end: int) -> int | None:
    """Where the sentence after a quote that ends in '?' or '!' ends, when that sentence is
    only its attribution ('"Will you win?" Tom Berger asked Anna Roe.': the splitter ended the
    quote's sentence at its '?'; not '"Why?" Tom Berger asked whether ...', which says more)."""
    if not re.search(r"[?!][”\"’]?$", text.text[max(0, quote_end - 2) : quote_end + 1].rstrip()):
        return None
    after = re.match(r"[”\"’]?[ \t]+(?=[A-Z])", text.text[quote_end : quote_end + 6])
    if after is None:
        return None
    sentence = next(iter(text.sentences_over(quote_end + after.end(), quote_end + after.end() + 1)), None)
    if sentence is None or text.at(sentence[0]) != quote_end + after.end():
        return None
    root = sentence.root
    own = (c.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "conj") for c in root.children)
    if not _speech(root) or any(own) or not any(c.dep_ in SPEAKING for c in root.children):
        return None
    return text.end(sentence[-1])


def _words_from(text: Text, frame: list[Token]) -> Attribution | None:
    """A quote's own sentence with no verb of speech that names whose words they are: '"...,"
    came the reply from Tom Berger', 'In the words of Anna Roe, "..."' (the reply, the words
    are theirs)."""
    for noun in frame:
        words = noun.lemma_.lower() == "word" and noun.tag_ == "NNS" and noun.dep_ == "pobj"
        if noun.pos_ != "NOUN" or not (
            words or noun.lemma_.lower() in DOCUMENTS and noun.dep_ in (*SUBJECTS, "attr")
        ):
            continue
        whose = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                 for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]  # fmt: skip
        if not whose:
            continue
        named = _name(text, whose[0])
        speaker = _fullest(text, named[0]) if named is not None else None
        if named is None:  # 'the reply from the crowd', 'in the words of a local poet'
            named = _noun_phrase(text, whose[0])
            speaker = named[0]
        start = text.at(noun.left_edge)
        return Attribution(speaker, "named", text.text[start : named[2]], named[1], named[2])
    return None


def _fronted(text: Text, quote_start: int) -> Attribution | None:
    """A verb of speech put first, the speaker after it, then the quote: 'Remarked scientist
    Tierra Curry, "..."', 'Added Mayor Anna Roe: "..."' (a shape the parser reads poorly)."""
    sentences = text.sentences_over(quote_start - 1, quote_start)
    words = [t for t in sentences[0] if not t.is_punct] if sentences else []
    verb = words[0] if words else None
    said = verb is not None and (
        verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() in SPEECH_LEMMAS
        or verb.lower_.endswith("ed")
        and verb.lower_[:-2] in SPEECH_LEMMAS  # 'Remarked' read as an adjective
    )
    if not said:
        return None
    between = [t for t in words[1:] if text.end(t) <= quote_start]
    if not between or text.text[text.end(between[-1]) : quote_start].strip()[:1] not in (",", ":"):
        return None  # the name runs up to the comma or colon before the quote
    people = [t for t in between if t.ent_type_ == "PERSON"]
    if not people or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None  # not 'Asked about the plan, the mayor told Tom Berger: "..."
    found = _entity(text, people[-1])
    if found is None:
        return None
    name, start, end = found
    cue = text.text[text.at(words[0]) : text.end(between[-1])]
    return Attribution(_fullest(text, name), "named", cue, start, end)


# Characters of no width an article may hold beside a name ('— \u200dAparna Garg').
ZERO_WIDTH = "\u200b\u200c\u200d\u2060"
# After a quote's closing mark: a dash and the line's last words, 'Anna Roe, railway manager'.
SIGNATURE = re.compile(
    rf"""[.,!?]?["”’']?[^\S\n]*[{ZERO_WIDTH}]*(?P<dash>[—―–]|--)[^\S\n]*[{ZERO_WIDTH}]*(?P<line>[^\n]+)"""
)


def _signed(text: Text, quote_end: int) -> Attribution | None:
    """A quote signed with a dash and a person's name on the rest of its line, the way a quote
    set apart is credited: '"More women are getting into technical fields." — Anna Roe,
    regional railway manager'. The line after the dash is a signature only if it is a person's
    name (and a role after a comma), no clause: '"..." — a claim the ministry denied' is none."""
    signed = SIGNATURE.match(text.text, quote_end)
    if signed is None:
        return None
    start, end = signed.span("line")
    name = text.text[start:end].split(",")[0].strip()
    line = [t for t in text.tokens_in(signed.end("dash"), end) if not t.is_space]
    clause = any(t.pos_ in ("VERB", "AUX") or t.tag_ == "." for t in line[:-1])
    if clause or not 1 < len(name.split()) <= 5:
        return None
    named = [t for t in line if text.at(t) < start + len(name)]
    proper = all(t.pos_ == "PROPN" and t.text.strip(ZERO_WIDTH)[:1].isupper() for t in named)
    # a person to the recogniser read alone, or names the tagger knows that the recogniser does
    # not start as something else ('Aparna Garg', not 'Hasbro Inc')
    if not (person_named(name) or proper and all(t.ent_type_ in ("PERSON", "") for t in named[:1])):
        return None
    cue = re.sub(f"[{ZERO_WIDTH}]", "", text.text[signed.start("dash") : end]).strip()
    return Attribution(_fullest(text, name), "named", cue, start, start + len(name))


def _document_read(text: Text, quote_end: int) -> Attribution | None:
    """'"...," a statement from the family read.': the tagger reads 'read' after a long name as a
    noun, and the quote had no verb. The words after the quote, a document ending in 'read',
    speak for whoever issued it: the person or organisation named after 'from' or 'by'."""
    sentences = text.sentences_over(quote_end, quote_end + 1)
    inside = _quoted(text)
    tail = (
        [t for t in sentences[0] if text.at(t) >= quote_end and not _in(text.at(t), inside)]
        if sentences
        else []
    )
    words = [t for t in tail if not t.is_punct]
    if len(words) < 3 or words[-1].lower_ not in ("read", "reads"):
        return None
    document = next((t for t in words if t.lemma_.lower() in DOCUMENTS), None)
    by = next(
        (t for t in words if t.lower_ in ("from", "by") and document is not None and t.i > document.i), None
    )
    if by is None:
        return None
    issuer = [t for t in words if by.i < t.i < words[-1].i]
    named = next((t for t in issuer if t.ent_type_ in ("PERSON", "ORG")), None)
    found = _entity(text, named) if named is not None else None
    if found is None:
        if not issuer:
            return None
        start, end = text.at(issuer[0]), text.end(issuer[-1])
        found = (text.text[start:end], start, end)
    cue = text.text[text.at(words[0]) : text.end(words[-1])]
    return Attribution(
        _fullest(text, found[0]) if named is not None else found[0], "named", cue, found[1], found[2]
    )


def _usable(text: Text, found: Attribution) -> bool:
    """A speaker outside quotation marks (quoted words name no speaker: '...: "In our view, the
    decision of the Prime Minister is ..."'), in the Latin letters an English reading can
    check, with none of a script with no capitals (a passage in another script stays
    unattributed rather than given to its words)."""
    inside = found.start is not None and _in(found.start, _quoted(text))
    speaker = found.speaker or ""
    return not inside and bool(re.search(r"[A-Za-z]", speaker)) and not caseless(speaker)


def attribute_all(text: Text, quotes: list[QuoteCandidate]) -> list[Attribution]:
    """Every quote's attribution, in article order (a quote may continue the one before)."""
    found: list[Attribution] = []
    for quote in quotes:
        before = found[-1] if found and _adjacent(text, quotes[len(found) - 1], quote) else None
        found.append(attribute(text, quote, before))
    return found


# --- the verb --------------------------------------------------------------------------------


def _verbs(text: Text, frame: list[Token], quoted: list[Token], start: int, end: int) -> list[Token]:
    """Speech verbs outside the quote: the one that governs it first (an ancestor of the quoted
    words, or a verb attached inside the quote), then the others by distance."""
    inside = {(id(t.doc), t.i) for t in quoted}
    governing = []
    for token in quoted:
        if (id(token.doc), token.head.i) in inside:
            continue
        for ancestor in token.ancestors:
            if (id(ancestor.doc), ancestor.i) not in inside and (
                _speech(ancestor) or _branded(ancestor, token)
            ):
                governing.append(ancestor)
                break
    verbs = [t for t in frame if _speech(t)]
    attached = [v for v in verbs if (id(v.doc), v.head.i) in inside]

    def rank(verb: Token) -> tuple[int, int]:
        at = text.at(verb)
        distance = start - at if at < start else at - end
        return (0 if verb in governing else 1 if verb in attached else 2, distance)

    return sorted(dict.fromkeys([*governing, *verbs]), key=rank)


def _branded(verb: Token, quoted: Token) -> bool:
    """A verb that names something as the quoted words: 'Trump assailed the event as the
    "darkest and angriest ..."', 'she branded the ruling as "a disgrace"' (the subject speaks)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and quoted in c.subtree for c in verb.children)


def _speech(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    if token.lower_ == "per":
        return _per(token) is not None
    if _participle_misread(token) or _tagged_a_noun(token):
        return True
    if token.pos_ not in ("VERB", "AUX") or _modifier(token):
        return False
    return (
        token.lemma_.lower() in SPEECH_LEMMAS
        or _phrasal_speech(token)
        or _put_it(token)
        or _finding(token)
        or _frames_the_quote(token)
    )


def _tagged_a_noun(token: Token) -> bool:
    """A verb of saying the tagger took for a noun, though the parser gave it a subject: '"She
    was an icon," the foundation's statement read' (a noun has no subject)."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in SPEECH_LEMMAS
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _frames_the_quote(verb: Token) -> bool:
    """'"Let me be clear," Roe began', '"It is over," he sighed': a subject and its verb alone
    right after a quote's closing mark frame the quote as the subject's words, whatever the
    verb (English sets a verb of saying there, or of how it was said)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subject is None or subject.right_edge.i + 1 != verb.i:
        return False
    first = subject.left_edge
    if first.i < 2 or first.nbor(-1).tag_ != "''" or first.nbor(-2).text not in (",", "?", "!"):
        return False
    # the quote is the verb's clause, or the parser hangs the verb on the quote's
    quote = any(c.dep_ == "ccomp" and c.i < first.i for c in verb.children) or verb.head.i < first.i
    others = [c for c in verb.children if c.dep_ not in ("nsubj", "ccomp", "punct", "advmod", "npadvmod")]
    ends = verb.i + 1 == len(verb.doc) or verb.nbor(1).is_punct
    return quote and not others and ends


def _finding(verb: Token) -> bool:
    """'The court found Johnson's advice "was motivated by ..."': a finding, with the clause
    found (not 'police found the body'), is the finder's words."""
    return verb.lemma_.lower() == "find" and any(c.dep_ == "ccomp" for c in verb.children)


def _put_it(verb: Token) -> bool:
    """'As Roe put it, "..."': 'put it' in a clause of manner says how someone worded it."""
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and _opened_by_as(verb)
    )


def _opened_by_as(verb: Token) -> bool:
    """A clause 'as' opens: 'as Roe put it', 'as the BBC reported', 'as reported by police'."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _phrasal_speech(verb: Token) -> bool:
    """A phrasal verb of saying: 'pointed out', 'spoke out'."""
    return verb.lemma_.lower() in PHRASAL_SPEECH and any(
        c.dep_ == "prt" and c.lower_ == PHRASAL_SPEECH[verb.lemma_.lower()] for c in verb.children
    )


def _participle_misread(token: Token) -> bool:
    """A speech verb's -ing form the tagger read as a noun, set off by a comma after a clause
    (', writing, "Puerto Rico needs ..."'): still the verb that carries the quote."""
    if token.pos_ != "NOUN" or not token.lower_.endswith("ing") or token.i == 0:
        return False
    stem = token.lower_[:-3]
    lemma = next((f for f in (stem, stem + "e", stem[:-1]) if f in SPEECH_LEMMAS), None)
    return (
        lemma is not None and token.nbor(-1).text == "," and token.dep_ in ("acl", "advcl", "appos", "conj")
    )


def _outer(verb: Token, own: tuple[tuple[int, int], ...] = (), text: Text | None = None) -> Token:
    """Nested speech belongs to the outer speaker: 'she said he told her "run"' -> said. The
    quote's own words are not the outer speech ('"We agreed on a plan," Roe said', where the
    parser made 'said' a clause of 'agreed'), though the climb may pass through them to a verb
    outside ('X indicated: "While we wait," he said, "we urge ..."' -> indicated)."""
    outside = verb
    if _absolute_misread(verb):
        verb = outside = verb.head  # 'The governor tweeted her reasoning saying, "..."': tweeted
    while verb.dep_ in ("ccomp", "parataxis") and _speech(verb.head) and verb.head != verb:
        if not any(c.dep_ in SUBJECTS for c in verb.head.children):
            break
        named = any(c.dep_ in SPEAKING and c.pos_ != "PRON" for c in verb.children)
        if named and verb.head.i > verb.i and (text is None or not _in(text.at(verb), own)):
            break  # 'Roe concurred: "...", he argued': the speaker named first is not nested in 'he'
        verb = verb.head
        if text is None or not _in(text.at(verb), own):
            outside = verb
    return outside


def _absolute_misread(verb: Token) -> bool:
    """A speech participle the parser gave a thing for subject, set off from a clause of speech
    with a subject of its own: 'The governor tweeted her reasoning saying, "..."' (the reasoning
    says nothing: the governor, who tweeted it, does)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or not _speech(verb.head):
        return False
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        own is not None
        and own.pos_ == "NOUN"
        and not own.ent_type_
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in own.children)
        and any(c.dep_ in SPEAKING for c in verb.head.children)
    )


def _beside(subjects: list[Token], verb: Token) -> Token:
    """Of the subjects the parser gave one verb, none named as a person, the one that speaks:
    the one next to the verb where the first has a verb of its own between them (the subject
    of another clause: 'A bus overturned ..., killing seven, state media reported'), is a
    role before a name ('Early opponent MP Tanya Davies said', 'Local newspaper The Daily Star
    reported') or the one next to it opens an aside ('The suspect, police said, had been known
    to them'); else the first. Not a relative
    pronoun beside another ('the blast, which police said killed 12': which killed, police said),
    nor a count."""
    subjects = [c for c in subjects if c.tag_ not in ("WDT", "WP")] or subjects
    # nor a count set off as a part of the figure's ('Sixteen people were hurt, four of them
    # seriously, emergency services said', where the parser gave 'said' both)
    subjects = [c for c in subjects if not (c.like_num or c.pos_ == "NUM")] or subjects
    first = subjects[0]
    nearest = min((c for c in subjects if c.i < verb.i), key=lambda c: verb.i - c.i, default=first)
    between = first.doc[first.i + 1 : nearest.i]
    clause = any(t.pos_ == "VERB" for t in between)
    # (the name's own "the" with it: 'Local newspaper The Daily Star reported')
    titled = nearest.pos_ == "PROPN" and first.pos_ == "NOUN" and \
        all(t.pos_ == "PROPN" or t.tag_ == "DT" and t.head == nearest for t in between)  # fmt: skip
    # an aside that opens with its subject: 'The suspect, police said, had been known to them'
    opens = nearest.left_edge.i > 0 and first.doc[nearest.left_edge.i - 1].text == ","
    aside = nearest is not first and opens and any(c.text == "," and c.i > verb.i for c in verb.children)
    # a participle's phrase set off before the subject, its participle tagged as a name's word
    # ('Quoting hospital officials, local media said': the media)
    edge = first.left_edge
    quoting = edge.lower_.endswith("ing") and edge.dep_ in ("amod", "compound", "nmod") and opens
    return nearest if clause or titled or aside or quoting else first


def agents(verb: Token) -> list[Token]:
    """Who a passive says did it, named after 'by': 'was published by the ministry' (not a time
    the parser took for one: 'No deaths had been reported by Monday morning')."""
    return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            and g.ent_type_ not in ("DATE", "TIME")]  # fmt: skip


def _subject(verb: Token, text: Text | None = None) -> Token | None:
    if _participle_misread(verb):  # the subject of the clause it is set off from
        clause = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return _subject(clause, text) if clause is not None else None
    if verb.lower_ == "according":
        run_in = run_in_subject(verb)
        if run_in is not None:
            return run_in[0]  # 'according to Wasef archaeologists have not yet found': Wasef
        to = next(c for c in verb.children if c.lower_ == "to")
        told = next((c for c in to.children if c.dep_ == "pobj"), None)
        object_ = next((c for c in told.children if c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG")),
                       None) if told is not None and told.pos_ == "VERB" else None  # fmt: skip
        return object_ or told  # 'according to witness Anna Roe', the parser taking the role for a
        # verb and the name for its object
    if verb.lower_ == "per":
        return _per(verb)
    if verb.lower_ == "by":
        return _by_count(verb)
    trailing = _trailing_attribution_misread(verb) or _final_verb_misread(verb)
    if trailing is not None:
        return trailing
    relations: tuple[str, ...] = SPEAKING
    for _ in range(3):
        subjects = [
            c
            for c in verb.children
            if c.dep_ in relations
            and (text is None or not _in(text.at(c), _quoted(text)))
            and not (c.dep_ == "csubj" and c.tag_ == "VBG")
        ]  # not a word of the quote, nor a clause set off before ('Calling it a gesture, X told')
        # subjects the parser split ('Niger's president Mahamadou Issoufou', 'Another co-author,
        # professor Julian Marshall'): the person, else the one a person is in apposition to
        named = [c for c in subjects if c.ent_type_ == "PERSON"] or [
            c for c in subjects if any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
        ]  # fmt: skip
        subject = (named[0] if named else _beside(subjects, verb)) if subjects else None
        if subject is None and relations == SPEAKING and _verb_read_as_noun(verb):
            subject = _compound_subject(verb)  # ('..., police fear', read as one noun)
        if subject is not None and subject.lower_ in REFLEXIVES:
            # 'In the filing itself Ford also wrote': the parser took 'itself' for the subject
            subject = next((a for a in subject.children if a.dep_ == "appos"), subject)
        titled = next((p for c in subjects if (p := _titles_joined(c)) is not None), None)
        subject = titled or subject
        if subject is None:
            subject = next(iter(agents(verb)), None)
        if subject is not None:
            return subject
        quoted_as = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
        if quoted_as is not None and quoted_as.lemma_ in ("quote", "cite"):  # 'quoted X as saying'
            # and 'X was quoted by Reuters as saying': X, not the agency that quoted
            quoted = next((c for c in quoted_as.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if quoted is not None:
                return quoted
        document = document_described(verb)
        if document is not None:
            return document  # 'released a statement saying "..."': the statement, for who issued it
            # (not the name after it: 'a message blaming Iran')
        inverted = _inverted(verb)
        right_after = verb.i > 0 and verb.nbor(-1).tag_ == "''"  # the quote's closing mark
        asker = verb.lemma_ == "ask" and right_after
        if inverted is not None and (verb.lemma_ not in ("tell", "ask", "call") or asker):
            # '"We are proud," tweeted Mayor Tom Berger.'; '"Why?" asked Anna Roe' (the verb right
            # after the quote: not 'asked Anna Roe about it', the one asked)
            return inverted
        stray = _stray_apposition(verb) if relations == SPEAKING else None
        if stray is not None:
            return stray  # 'Eleven people were killed, the Syrian Observatory ..., a monitoring group, said'
        controller = _controller(verb) if relations == SPEAKING and _speech(verb) else None
        if controller is not None:
            return controller  # 'the backlash led Biden to express', 'prompted Roe to say': Biden, Roe
        with_ = verb.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with" else None
        absolute = with_ is not None and (with_.i == 0 or verb.doc[with_.i - 1].text == ",")
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and absolute:
            # '..., with officials saying the toll could rise': the officials (not 'came up with a
            # task saying', a thing described)
            return verb.head
        detached = _detached_absolute(verb) if relations == SPEAKING else None
        if detached is not None:
            return detached
        if verb.dep_ not in CLIMB or verb.head == verb:
            return None
        if relations == SPEAKING and any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # '..., and 167,515 cases were reported': what was reported, by no one named
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "advcl") and \
                not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):  # fmt: skip
            return None  # a reduced passive ('Maria, estimated to have claimed ...'): no one's words
        head = verb.head
        gerund = verb.dep_ == "pcomp" and head.dep_ == "prep" and _speech(verb)
        if gerund and head.lower_ in MEANS_OR_TIME:
            # 'He underlined the call by saying "..."': who underlined; no one, where the verb is
            # a participle with no 'have' ('tried to have Waseem released by saying')
            head = head.head
            if head.tag_ == "VBN" and not any(c.lemma_ == "have" for c in head.children):
                return None
        if gerund and head.lower_ in ("of", "for"):
            # 'Roe accused Berger of saying "..."', 'thanked Berger for saying': the one spoken of
            return next((c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i), None)
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and not _speech(head) and _speech(head.head):
            head = head.head  # 'X said the transfer is ..., and described it as': joined to the saying
        if _added_to_the_report(verb):
            head = head.head  # 'The fire department said three died, adding that 16 were injured':
            # the parser hangs 'adding' on what was said, whose subject (the dead) adds nothing
        active = (
            verb.dep_ == "conj" and head == verb.head and not any(c.dep_ == "auxpass" for c in verb.children)
        )
        # 'The attacker is reported to have jumped on stage and claimed ...': an active verb joined to
        # a passive one shares its subject, who did the claiming; and so does the infinitive of a
        # passive ('The governor is reported to have said', 'The ministry is said to have confirmed')
        # (told of, or made to: not what one is expected or declared to do, 'Nuns are expected
        # to report abuse')
        hearsay = verb.dep_ == "xcomp" and head.lemma_.lower() in HEARSAY and \
            any(c.dep_ == "auxpass" for c in head.children)  # fmt: skip
        relations = (*SPEAKING, "nsubjpass") if active or hearsay else SPEAKING
        verb = head
        while text is not None and _in(text.at(verb), _quoted(text)) and verb.head != verb:
            verb = verb.head  # '... "costs Africa $5 billion," further saying': not the quote's verb
    return None


REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
# Prepositions of a gerund that tell how or when the clause's subject did it: 'ended by saying'.
MEANS_OR_TIME = frozenset({"by", "after", "before", "while", "in", "upon"})

# Passive verbs whose subject is told of as having said something ('is reported to have said',
# 'was heard to say'), or made to ('was forced to admit').
HEARSAY = frozenset({"report", "say", "believe", "think", "understand", "know", "hear", "allege", "rumour",
                     "rumor", "force", "compel"})  # fmt: skip


def _added_to_the_report(verb: Token) -> bool:
    """A participle of speech set off by a comma after what a verb of speech reports, hung by the
    parser on the reported clause: it goes on with the report ('..., adding that ...')."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and _speech(verb)
        and verb.i > 0
        and verb.nbor(-1).text == ","
        and head.dep_ == "ccomp"
        and not _speech(head)
        and _speech(head.head)
        and head.head.i < head.i
    )


def _detached_absolute(verb: Token) -> Token | None:
    """The noun of 'with' just before a participle the parser hung elsewhere: '..., with the next
    highest country, the United Kingdom, reporting 37,542 deaths' (the country reports, not the
    subject of the clause the participle was hung on)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or verb.i < 3:
        return None
    last = (verb.i - 2, verb.i - 1) if verb.nbor(-1).text == "," else (verb.i - 1,)  # (the comma its own)
    for with_ in (t for t in verb.doc[verb.sent.start : verb.i] if t.lower_ == "with"):
        set_off = with_.i == verb.sent.start or verb.doc[with_.i - 1].text == ","
        noun = next((c for c in with_.children if c.dep_ == "pobj"), None)
        if set_off and noun is not None and noun.right_edge.i in last and noun.pos_ in ("NOUN", "PROPN"):
            return noun
    return None


def run_in_subject(according: Token) -> tuple[Token, Token] | None:
    """The source and the clause's own subject, run together after 'according to' where the
    comma between them is missing: 'according to Wasef archaeologists have not yet turned up
    any structures' (the parser reads 'Wasef archaeologists' as one noun, and the clause has no
    subject): (Wasef, archaeologists)."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    clause = according.head
    if noun is None or noun.pos_ != "NOUN" or clause.pos_ not in ("VERB", "AUX") or clause.i < noun.i:
        return None
    if any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass", "neg"))]
    if not names or noun.i + 1 != min(t.i for t in verbs):
        return None
    return names[-1], noun


def _stray_apposition(verb: Token) -> Token | None:
    """The subject the parser hung on the clause told before the verb, as an apposition of that
    clause's subject: 'Eleven people were killed, the Syrian Observatory for Human Rights, a
    UK-based monitoring group, said'. An apposition stands beside its noun; one that stands
    after the clause's verb, just before the verb of saying, is that verb's subject. So is one
    of the clause's object, or a person the parser made the object of a verb that takes none
    (or of 'is', in a quote), set off by commas before the phrase of a participle ('The blast
    killed 12 people, a police officer, speaking to reporters, said'; 'Twelve people died, a
    police officer, speaking to reporters, said')."""
    if verb.i < 2 or verb.nbor(-1).text != ",":
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        clauses.append(verb.head)  # (the parser's other reading: the verb of saying joined to it;
        # then only before a participle's phrase, not '"...", read the warning' after a quote)
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
        objects = [c for c in clause.children if c.dep_ in ("dobj", "attr") and c.i > clause.i]
        for noun in [*subjects, *objects]:
            stray = next((a for a in noun.children if a.dep_ == "appos" and a.i > clause.i), None)
            beside = (
                stray is not None
                and stray.right_edge.i == verb.i - 2
                and noun in subjects
                and clause.head == verb
            )
            if stray is not None and (beside or _set_off_participle(stray, verb)):
                return stray
        for noun in objects:
            # (after a comma, or the quote's closing mark: '"...," a police officer, speaking ..., said')
            set_off = noun.left_edge.i > 0 and (
                noun.doc[noun.left_edge.i - 1].text == "," or noun.doc[noun.left_edge.i - 1].tag_ == "''"
            )
            if (
                set_off
                and noun.pos_ == "NOUN"
                and names_a_person(noun.lemma_)
                and _set_off_participle(noun, verb)
            ):
                return noun
    return None


def _set_off_participle(noun: Token, verb: Token) -> bool:
    """Whether all that stands between a noun and the verb after it is a participle's phrase
    set off by commas: '..., a security official, speaking on condition of anonymity, told AFP'."""
    after = noun.right_edge.i + 1
    if after + 1 >= verb.i or noun.doc[after].text != ",":
        return False
    return any(
        t.tag_ == "VBG" and t.left_edge.i == after + 1 and t.right_edge.i == verb.i - 2
        for t in noun.doc[after + 1 : verb.i - 1]
    )


def _inverted(verb: Token) -> Token | None:
    """A name set after a verb with no subject, which the parser reads as its object: '"We are
    proud," tweeted Mayor Tom Berger', 'Nineteen people died, reported Xinhua'; and a name the
    recogniser sees in a noun, where the verb is set off by a comma or the quote ('..., reported
    the Xinhua news agency'; not '... and reported the Xinhua agency's loss')."""
    set_off = verb.i > 0 and (verb.nbor(-1).tag_ == "''" or verb.nbor(-1).lower_ == ",")
    # right after the quote, a noun for a person too: '"Why?" asked one resident'
    after_quote = verb.i > 0 and verb.nbor(-1).tag_ == "''" and _speech(verb)
    named = next(
        (c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i
         and (c.pos_ == "PROPN" or set_off and (c.ent_type_ in ("ORG", "PERSON") or _named_beside(c))
              or after_quote and c.pos_ == "NOUN" and not names_no_person(c.lemma_))),
        None,
    )  # fmt: skip
    if named is not None or not set_off:
        return named
    # '..., said the state news agency SANA.': the parser reads the acronym as a clause's verb,
    # and the noun before it as that clause's subject
    return next(
        (n for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
         for n in c.children if n.dep_ == "nsubj" and n.pos_ == "NOUN" and _acronym_named(n)),
        None,
    )  # fmt: skip


def _named_beside(noun: Token) -> bool:
    """A noun a person's name stands beside: '..., complained one resident, Tom Berger'."""
    return noun.pos_ == "NOUN" and any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in noun.children)


def _controller(verb: Token) -> Token | None:
    """Who says, where a verb of saying is the infinitive of another verb's named object: 'the
    backlash led Biden to express', 'prompted Roe to say' (not 'used the function to conclude':
    a thing says nothing; not 'promised Roe to say': the one who promised)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() == "promise":
        return None
    if verb.tag_ == "VBG" and any(c.dep_ == "auxpass" for c in verb.head.children):
        # 'Tom Berger can be heard saying', 'was filmed shouting': the passive's subject says
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
         and (c.ent_type_ in ("PERSON", "ORG") or c.lower_ in ("him", "her", "them"))),
        None,
    )  # fmt: skip


# --- the speaker -------------------------------------------------------------------------------


def _speaker_of(text: Text, verb: Token, quote_start: int) -> Attribution | None:
    """Who the verb gives as the speaker; none where the words read are cut across a bracket
    ('Every member [who] votes must say', parsed as 'who] votes'): a fragment, no name."""
    found = _speaker_read(text, verb, quote_start)
    words = found.speaker if found is not None else None
    if (
        found is None
        or not words
        or words.count("[") == words.count("]")
        and words.count("(") == words.count(")")
    ):
        return found
    end = found.end
    if words.count("(") == words.count(")") + 1 and end is not None and text.text[end : end + 1] == ")":
        return replace(found, speaker=words + ")", end=end + 1)  # 'Notes from Poland (NFP)': the ')' left out
    return None


def _speaker_read(text: Text, verb: Token, quote_start: int) -> Attribution | None:
    aged = _the_aged(text, verb)
    if aged is not None:
        return aged
    subject = _subject(verb, text) or _adjacent_subject(text, verb, quote_start)
    if subject is None:
        return None
    subject = _after_a_tally(subject)
    if _a_toll(subject):
        # 'The death toll, initially put at 12 by police, rose to 15': the parser made the toll
        # the subject of 'put'; who put it there is its agent, if any
        agent = agents(verb)
        if not agent:
            return None
        subject = agent[0]
    if _noun_read_for_verb(subject):  # 'Figures released by the ministry show ...': the ministry
        subject = next((c for c in reversed(list(subject.lefts)) if c.dep_ == "compound"), subject)
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head  # 'Mark Hay, a marine ecologist, who said': the one the clause is about
    cue = _cue(text, verb, subject)
    subject = _part_of(subject)
    if (
        subject.lower_ == "one"
        and subject.tag_ == "CD"
        and not any(c.dep_ == "prep" for c in subject.children)
    ):
        # 'One, a shop worker, said': the one set beside it; a bare 'One said' names no one
        beside = next(
            (c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None
        )
        if beside is None:
            return None
        subject = beside
    paired = _former_or_latter(text, subject)
    if paired is not None:
        return Attribution(paired[0], "pronoun", cue, paired[1], paired[2])
    issued = _issuer(subject)
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    if issued is None and owner is not None and subject.lemma_.lower() in DOCUMENTS:
        person = _person_before(text, text.at(owner), quote_start)  # 'his statement read': his
        return Attribution(person[0], "pronoun", cue, person[1], person[2]) if person else None
    subject = issued or subject  # 'a statement from the foundation said': the foundation
    if issued is None and _the_document(subject):  # 'Police said: "..." The statement added: "..."'
        body = _document_told(text, subject) or _body_before(text, text.at(subject))
        if body is None and any(c.dep_ == "poss" for c in subject.children):
            body = _body_after(text, subject)  # 'According to its press release, the NBA was'
        if body is not None:
            return Attribution(body[0], "role", cue, body[1], body[2])
    document = _issued_before(subject)
    if document is not None and issued is None:  # 'The ministry released new figures. They show'
        body = _named_issuer(text, document)
        return Attribution(body[0], "pronoun", cue, body[1], body[2]) if body else None
    if subject.lower_ == "it" or subject.lower_ == "they" and issued:  # 'The ministry said ... It also urged'
        # (and 'They released a statement' after 'the commission criticized'): the body just named
        body = (
            _document_before(text, subject) if subject.lower_ == "it" else None
        ) or _body_before(text, text.at(subject)) or _told_of_before_it(text, verb, subject) \
            or _role_before(text, subject)  # fmt: skip
        return Attribution(body[0], "pronoun", cue, body[1], body[2]) if body else None
    if subject.pos_ == "PRON":
        if subject.lower_ == "they":  # 'Firefighters said ... "...," they said': the group that spoke
            group = _role_before(text, subject)
            return Attribution(group[0], "pronoun", cue, group[1], group[2]) if group else None
        if subject.lower_ not in PRONOUNS:
            return None  # 'we', 'I': nobody a reviewer can check
        person = _person_before(text, text.at(subject), quote_start)
        role = _role_before(text, subject) if subject.lower_ in ("he", "she") else None
        if role is not None and (person is None or _sentences_apart(text, person[1], role[1] + 1) > 0
                                 and person[1] < role[1]
                                 or _owner_within(text, person, role)):  # fmt: skip
            # 'A spokesman said ... he said'; 'Tom Berger's lawyer said ... she said' (the lawyer:
            # a name inside the role's words is not the one who speaks)
            return Attribution(role[0], "pronoun", cue, role[1], role[2])
        if person is None:
            return None
        return Attribution(person[0], "pronoun", cue, person[1], person[2])
    # 'One MP told the BBC': someone unnamed, whatever the tagger calls the noun
    unnamed = subject.ent_type_ == "" and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
                                              for c in subject.children)  # fmt: skip
    named = _name(text, subject)
    if unnamed and named is not None and named[1] <= text.at(subject) < named[2]:
        named = None  # (but 'A Republican assemblywoman, Jill Tolles,': the person in apposition)
    if named is not None and subject.ent_type_ == "" and subject.pos_ == "PROPN" and \
            not any(c.dep_ == "appos" for c in subject.children):  # fmt: skip
        person = _person_with_role(text, subject, text.at(subject))  # 'The Prime Minister said'
        if person is not None:
            return Attribution(person[0], "role", cue, person[1], person[2])
    body = _the_body_named_before(text, subject, named)
    if body is not None:
        return Attribution(body[0], "role", cue, body[1], body[2])
    if named is not None:
        return Attribution(_spelled_out(text, named[0]) or _fullest(text, named[0]), "named", cue, named[1],
                           named[2])  # fmt: skip
    if subject.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "X"):
        return None  # 'that, I think, ... I only called': a word of the clause, not a speaker
    phrase, start, end = _noun_phrase(text, subject)
    person = _person_with_role(text, subject, start) or _body_of_kind(text, subject, start)
    if person is not None:
        return Attribution(person[0], "role", cue, person[1], person[2])
    return Attribution(_spelled_out(text, phrase) or phrase, "named", cue, start, end)


def _former_or_latter(text: Text, subject: Token) -> tuple[str, int, int] | None:
    """'Anna Roe and Tom Berger met. The latter said': the second of the last two people named
    (the former: the first), in its sentence or the two before."""
    if subject.lower_ not in ("former", "latter") or not any(c.lower_ == "the" for c in subject.children):
        return None
    at = text.at(subject)
    named = [m for m in _mentions(text) if m[2] <= at and _sentences_apart(text, m[1], at + 1) <= 2]
    people: list[tuple[str, int, int]] = []
    for mention in reversed(named):
        if all(_fullest(text, mention[0]) != _fullest(text, p[0]) for p in people):
            people.insert(0, mention)
        if len(people) == 2:
            break
    if len(people) < 2:
        return None
    name, start, end = people[1] if subject.lower_ == "latter" else people[0]
    return _fullest(text, name), start, end


def _a_toll(subject: Token) -> bool:
    """A casualty or its toll ('the death toll', 'the deaths'), which tells nothing itself."""
    from factsheet.figures import CASUALTY_NOUNS

    lemma = subject.lemma_.lower()  # (not 'the body said': a body of people)
    return (
        subject.pos_ == "NOUN"
        and lemma in CASUALTY_NOUNS
        and names_no_person(lemma)
        and not subject.ent_type_
    )


def _after_a_tally(subject: Token) -> Token:
    """'Nine people were wounded, two of them seriously, the police chief, Anna Roe, said': the
    parser makes the tally set off after the count ('two of them') the verb's subject and joins
    the speaker to it; the one joined speaks (a count of those told of is no source)."""
    of_them = any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.pos_ == "PRON" for g in p.children)
        for p in subject.children
    )
    joined = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
    counted = subject.like_num or subject.pos_ == "NUM"
    return joined if counted and of_them and joined is not None else subject


def _part_of(subject: Token) -> Token:
    """'Part of the judge's statement reads': the statement speaks, as a whole would."""
    if subject.lemma_.lower() not in ("part", "excerpt", "portion", "passage"):
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.lemma_.lower() in DOCUMENTS else subject


# The generic English words for an organisation, which 'the' ties to one named just before.
ORGANISATION_WORDS = frozenset(
    "group organisation organization agency body company firm charity party union coalition force "
    "movement network alliance association "
    # and the kinds of organisation news names a source by: its outlets and its companies
    "newspaper daily tabloid broadcaster channel station outlet publisher wire newswire "
    "utility operator carrier airline manufacturer insurer regulator watchdog monitor observatory".split()
)


# The British and American spellings of the words bodies' names are made of: an article in
# one spelling writes a body named in the other ('the centre said', of the 'Central Emergency
# Operation Center').
_PAIRS = (("centre", "center"), ("defence", "defense"), ("organisation", "organization"),
          ("programme", "program"), ("labour", "labor"))  # fmt: skip
SPELLINGS = {a: (b,) for a, b in _PAIRS} | {b: (a,) for a, b in _PAIRS}


def _body_of_kind(text: Text, head: Token, before: int) -> tuple[str, int, int] | None:
    """The organisation named before whose name says what 'the ministry', 'the foundation',
    'the company' is: the last one with that word in its name ('the Emergency Situations
    Ministry ... the ministry said'; 'the Berger Family Foundation ... his foundation said')."""
    # (and 'the news agency', 'the rights group', 'the state broadcaster': a kind described)
    kinds = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i and c.text.islower()]
    if (
        head.tag_ not in ("NN", "NNP")  # (and 'the Department', capitalised)
        or [c.lower_ for c in head.children if c not in kinds]
        not in (["the"], ["his"], ["her"], ["its"], ["their"])  # fmt: skip
    ):
        return None
    word = head.lower_
    spelt = {word, *SPELLINGS.get(word, ())}  # ('the centre' for the 'Emergency Operation Center')
    bodies = [ent for label, _, end, ent in text.entities
              if label == "ORG" and end <= before and spelt & {t.lower_ for t in ent}]  # fmt: skip
    if bodies and not kinds:  # (not 'the opposition party' for the party named last)
        return _entity(text, bodies[-1][0])
    named = [b for b in bodies if {k.lower_ for k in kinds if k.dep_ == "compound"} <= {t.lower_ for t in b}]
    if bodies and not named:
        return None  # a kind told by a noun the name lacks ('the opposition party'), not by a
        # description ('the state-run agency' after 'Xinhua news agency') nor by the name's own
        # words ('the news agency')
    if word not in ORGANISATION_WORDS or next(head.children).lower_ != "the":
        return None  # (its one word before it, checked above)
    # 'a spokeswoman for the Coordinadora Nacional. The group said': the generic word for any
    # organisation stands for the one named last, in its sentence or the one before, where
    # nothing else was called that ('A group of tourists ... the group said': the tourists)
    near = [(end, ent) for label, start, end, ent in text.entities
            if label == "ORG" and end <= before and _sentences_apart(text, start, before) <= 1
            and not _describes_a_body(ent) and not _named_another_kind(ent, word)
            and not _called_a_person(ent)]  # fmt: skip
    if not near:
        return None
    end, entity = near[-1]
    if word not in ANY_BODY and any(not _one_body(text, e.text, entity.text) for _, e in near):
        return None  # two bodies named so near, neither called by its name what the word says
        # it is: which is a guess ('PG&E said the three worked for a contractor, Rotor Aviation.
        # "...," the utility said'); a word for any organisation ('the body', 'the group') keeps
        # the one named last
    # (the body's own description set beside it is no other: 'Granma, the party newspaper,';
    # nor its own name's word: 'Xinhua news agency ... The state-run agency said')
    beside = {t.i for t in entity.root.children if t.dep_ == "appos" for t in t.subtree}
    between = re.finditer(rf"\b{word}\b", text.text[end:before], re.IGNORECASE)
    if any((t := text.token_at(end + m.start())) is None or t.i not in beside or t.doc != entity.doc
           for m in between):  # fmt: skip
        return None
    return _entity(text, entity[0])


# Any organisation may be called these; the other words name one kind ('the company').
ANY_BODY = frozenset({"group", "organisation", "organization", "body"})
# The kinds of public body a name ends in: 'the European Commission' is no company.
PUBLIC_BODIES = frozenset(
    "commission ministry council department court police army government parliament committee "
    "authority service office board bureau institute university school hospital senate congress "
    "assembly tribunal".split()
)


def _one_body(text: Text, one: str, other: str) -> bool:
    """Whether two names the recogniser found name one body: the same words, one within the
    other ('the Red Cross', 'Red Cross'), or an acronym and the name it spells out."""
    a, b = (re.sub(r"^the\s+", "", fold(n)) for n in (one, other))
    return (
        a in b or b in a or fold(_spelled_out(text, one) or one) == fold(_spelled_out(text, other) or other)
    )


def _named_another_kind(entity: SpacySpan, word: str) -> bool:
    """Whether an organisation's name says it is another kind of body than 'the company', 'the
    airline' says: 'Google was fined by the European Commission. "...," the company said' is
    Google's."""
    last = entity[-1].lower_
    return word not in ANY_BODY and last != word and last in ORGANISATION_WORDS | PUBLIC_BODIES


def _called_a_person(entity: SpacySpan) -> bool:
    """A name the recogniser took for an organisation's that the article calls a person by a
    noun of people set before it or beside it: 'former employee Marcus Hale', 'Marcus Hale, a
    former employee', or by an age set off after it: 'Sophie Tremblay, 44,' (no body 'the
    company' can stand for)."""
    doc = entity.doc
    return any(
        c.pos_ == "NOUN" and names_a_person(c.lemma_)
        and (c.dep_ in ("compound", "amod") and c.i < entity.start or c.dep_ == "appos")
        or c.dep_ == "appos" and c.like_num and c.i == entity.end + 1 and doc[entity.end].text == ","
        and (c.i + 1 == len(doc) or doc[c.i + 1].is_punct)
        for c in entity.root.children
    )  # fmt: skip


def _describes_a_body(entity: SpacySpan) -> bool:
    """An organisation's name that describes another organisation: 'the Communist Party
    newspaper', 'a Red Cross group' (the newspaper and the group are the bodies named)."""
    root = entity.root
    return (
        root.dep_ in ("compound", "poss") and root.head.lower_ in ORGANISATION_WORDS and root.head.i > root.i
    )


def _the_document(noun: Token) -> bool:
    """'The statement', 'the letter': a document told before, written with 'the' and nothing
    that says whose it is; 'its press release', 'their statement': a body's, named near it."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "amod")]
    named = any(c.dep_ == "compound" for c in noun.children)
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in DOCUMENTS
        and (words == ["the"] and not named or words in (["its"], ["their"]))
    )


# Verbs whose subject issues the document they take: 'released a statement', 'signed a letter'.
ISSUING = frozenset(
    {"release", "issue", "post", "publish", "present", "send", "write", "sign", "make", "give", "put"}
)
# Verbs of making a document, whose agent is who the document speaks for ('data collected by
# the agency', 'a report prepared by the ministry'); not those of getting or seeing one.
MAKING = ISSUING | {
    "collect",
    "compile",
    "prepare",
    "produce",
    "gather",
    "provide",
    "draft",
    "file",
    "submit",
    "keep",  # ('a tally kept by AFP')
    "maintain",
}


def document_described(verb: Token) -> Token | None:
    """The document an issuer's participle tells the words of: 'released a statement saying',
    'posted a message on Twitter blaming Iran' (the parser hangs the participle on the place
    the message was posted, right before it)."""
    if verb.dep_ != "acl":
        return None
    noun = verb.head
    if _issuer(noun) is not None:
        return noun
    prep = noun.head
    right_after = noun.i < verb.i and all(t.head == noun for t in verb.doc[noun.i + 1 : verb.i])
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and right_after and _issuer(prep.head) is not None:
        return prep.head
    return None


def _issuer(noun: Token) -> Token | None:
    """Who issued a document that speaks: 'a statement from the foundation', 'the company's
    statement', 'a letter released by the family', 'a statement posted on the ministry's website'
    (the one whose words they are)."""
    if noun.lemma_.lower() not in DOCUMENTS | CHANNELS or not (noun.pos_ == "NOUN" or noun.is_lower):
        return None  # (and a lower-case word the tagger took for part of a name: 'a Johns Hopkins tally')
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return owner
    if noun.lemma_.lower() in CHANNELS | {"word"}:  # 'the official Twitter account of the ministry',
        # 'in the words of the mayor'
        owner = next((a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for a in c.children if a.dep_ == "pobj" and _may_tell(a)), None)  # fmt: skip
        if owner is not None:
            return owner
    named = [
        c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    ]
    # ('a Twitter post by emergency services': the name before says where, 'by' who)
    made_by = any(a.dep_ == "pobj" and a.ent_type_ not in ("DATE", "TIME") for c in noun.children
                  if c.dep_ == "prep" and c.lower_ == "by" for a in c.children)  # fmt: skip
    if named and not made_by:
        return named[-1]  # 'a Red Cross statement': the Red Cross's (not 'a press statement')
    maker = _common_maker(noun)
    if maker is not None and not made_by:
        return maker  # 'a police statement', 'ministry figures show'
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING:
        sender = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if sender is not None and (sender.pos_ != "PRON" or sender.lower_ in ("it", "they")):
            return sender  # 'Facebook released a statement which read'; 'They (the commission) released'
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in ISSUING:
        agent = agents(noun.head)
        if agent:
            return agent[0]  # 'The report was published by the ministry''
    by = [
        a
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in MAKING
        for a in c.children
        if a.dep_ == "agent"
    ]  # fmt: skip  (not 'a report obtained by the newspaper', 'a memo seen by Reuters': who has it)
    if not by:  # ('figures presented at the summit by the agency': the parser hung 'by' on where
        # it was made; a 'by' of a place or a time tells no maker)
        from factsheet.figures import PLACES_AND_TIMES

        by = [
            b for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in MAKING
            for p in c.children if p.dep_ == "prep" and p.lower_ != "by"
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("PERSON", "ORG", "NORP")
            for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
            and any(a.dep_ == "pobj" and a.ent_type_ not in PLACES_AND_TIMES for a in b.children)
        ]  # fmt: skip
    if noun.dep_ == "dobj":  # '"...," read a statement from the family': the parser hung the
        # issuer on the verb the quote inverted, and read the document as its object
        by += [
            c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > noun.i
        ]
    # 'a statement posted on the ministry's website': the owner of where it was put out
    sites = [
        s for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUING
        for p in c.children if p.dep_ == "prep" and p.lower_ == "on"
        for s in p.children if s.dep_ == "pobj"
    ]  # fmt: skip
    # ('a post on the ministry's Facebook page': on a channel of its own)
    sites += [s for p in noun.children if p.dep_ == "prep" and p.lower_ == "on"
              for s in p.children if s.dep_ == "pobj" and s.lemma_.lower() in CHANNELS]  # fmt: skip
    owner = next((c for s in sites for c in s.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return owner
    cited = [o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "cite"
             for o in c.children if o.dep_ == "dobj" and _may_tell(o)]  # fmt: skip
    if cited and not any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children):
        return cited[0]  # 'according to a report citing the mayor's office': whose words it carries
    for prep in [*(c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")), *by]:
        issuer = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if issuer is not None and _noun_read_for_verb(issuer):
            # ('data from the ministry show': the parser took 'show' for the noun 'ministry' describes)
            issuer = next((c for c in reversed(list(issuer.lefts)) if c.dep_ == "compound"), None)
        if issuer is not None and issuer.ent_type_ in ("DATE", "TIME"):
            continue  # when from, not who: 'a statement from Monday'
        if issuer is not None and list(issuer.subtree)[-1].tag_ != "POS":
            return issuer  # (not 'collected by one of the agency's "Hunters"': whose, cut off)
    return None


# The media a document goes out through, which name no one who made it: 'a press release',
# 'a media statement', 'a news release' (English compounds, not any article's words).
MEDIA = frozenset({"press", "media", "news"})


def _common_maker(noun: Token) -> Token | None:
    """The body a common noun right before a document names as its maker: 'a police
    statement', 'ministry figures', 'government data' (a noun that can name a group of people);
    not what the document counts ('casualty figures', 'the death count'), not a person it is
    about ('a victim statement'), nor the medium it went out through ('a press release')."""
    from factsheet.figures import CASUALTY_NOUNS

    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head != noun or before.pos_ != "NOUN":
        return None
    lemma = before.lemma_.lower()
    if (
        MEDIA & {lemma, before.lower_}
        or lemma in CASUALTY_NOUNS
        or names_no_person(lemma)
        or names_a_person(lemma)
    ):
        return None
    return before


def _document_told(text: Text, noun: Token) -> tuple[str, int, int] | None:
    """Who issued 'the letter' or 'the statement', told in this paragraph or the one before: "The
    ministry said in a statement that ...", "Tom Berger sent a letter to the council", "In the
    letter, Tom Berger said". The last one told with an issuer the article names."""
    at = text.at(noun)
    paragraph = text.paragraph_number(at)
    since = text.paragraphs[paragraph - 2][0] if paragraph >= 2 else 0
    inside = _quoted(text)
    told = [
        t
        for t in noun.doc[: noun.i]
        if t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN"
        and text.at(t) >= since and not _in(text.at(t), inside)
    ]  # fmt: skip
    return next((found for t in reversed(told) if (found := _named_issuer(text, t)) is not None), None)


def _may_tell(noun: Token) -> bool:
    """A name, or a noun that may name people, or what one of them owns ('police', 'a
    source', 'the mayor's office'; not 'security concerns', nor a document: 'citing data')."""
    if noun.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        return True
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in DOCUMENTS:
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return not names_no_person(noun.lemma_.lower()) or owner is not None and _may_tell(owner)


def _named_issuer(text: Text, document: Token) -> tuple[str, int, int] | None:
    """The name of who issued a document, or spoke in it, where the article names them outside
    quotation marks (not 'it', 'they', nor a word inside someone's quote)."""
    issuer = _issuer(document) or _speaking_in(document)
    if issuer is None or issuer.pos_ == "PRON" or _in(text.at(issuer), _quoted(text)):
        return None
    named = _name(text, issuer)
    return _the_body_named_before(text, issuer, named) or named or _noun_phrase(text, issuer)


def _the_body_named_before(
    text: Text, word: Token, named: tuple[str, int, int] | None
) -> tuple[str, int, int] | None:
    """'The California Department of Corrections ... The Department issued a statement': a
    capitalised word of a body's name with 'the' (not an acronym, spelled out elsewhere) is the
    body named before with that word in its name."""
    if named is None or named[0] != word.text or word.text.isupper():
        return None
    if [c.lower_ for c in word.children] != ["the"]:
        return None
    body = _body_of_kind(text, word, text.at(word))
    return body if body is not None and body[0] != named[0] else None


def _speaking_in(document: Token) -> Token | None:
    """'Tom Berger said in a statement', 'In the letter, Tom Berger said': the one who spoke in it."""
    if document.dep_ != "pobj" or document.head.lower_ not in ("in", "through", "via"):
        return None
    verb = document.head.head
    return _subject(verb) if _speech(verb) else None


def _sentence_before(text: Text, token: Token) -> SpacySpan | None:
    """The sentence before a token's own: in its paragraph, or where its sentence opens the
    paragraph (a quote set as a paragraph of its own: 'The mayor spoke to reporters. / "We will
    rebuild," she said'), the last one of the paragraph before."""
    piece = text.piece_at(text.at(token))
    if piece is None:
        return None
    sentence = token.sent
    if sentence.start > 0:
        return piece.doc[sentence.start - 1].sent
    number = next((n for n, p in enumerate(text.pieces) if p.doc is piece.doc), 0)
    sentences = list(text.pieces[number - 1].doc.sents) if number > 0 else []
    return sentences[-1] if sentences else None


def _document_before(text: Text, pronoun: Token) -> tuple[str, int, int] | None:
    """Who issued the document 'it' stands for, released in the sentence before: "Tom Berger's
    family released a statement. '...,' it read" is the family's."""
    before = _sentence_before(text, pronoun)
    if before is None:
        return None
    documents = _documents_taken(before)
    return _named_issuer(text, documents[-1]) if documents else None


def _documents_taken(sentence: SpacySpan) -> list[Token]:
    """The documents a sentence's verbs take as their object ('released a statement', 'issued
    new figures'), or issue as their passive's subject ('the report was published by the
    ministry'), in order."""
    return [
        t
        for t in sentence
        if t.lemma_.lower() in DOCUMENTS
        and t.pos_ == "NOUN"
        and (t.dep_ == "dobj" or t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ISSUING)
    ]


def _the_aged(text: Text, verb: Token) -> Attribution | None:
    """'"...," the 28-year-old said', '"...," said the 28-year-old' (a subject the parser breaks
    into a date): the person the article gave that age before ('Anna Roe, 28,', '28-year-old
    Anna Roe', 'Anna Roe, aged 28'), else the words themselves."""
    at, verb_end = text.at(verb), text.end(verb)
    said = re.search(
        r"\bthe\s+(\d{1,3})-year-old\s+(?:\w+ly\s+)?$", text.text[max(0, at - 40) : at], re.IGNORECASE
    )
    if said is not None:
        start, cue = at - len(said.group()), text.text[at - len(said.group()) : verb_end]
    else:  # the subject after its verb ('said the 28-year-old'), not a noun's age ('the 28-year-old man')
        said = re.match(r"\s+the\s+(\d{1,3})-year-old\b(?!-)", text.text[verb_end : verb_end + 40], re.I)
        if said is None or not any(
            c.dep_ == "nsubj" and c.i > verb.i and c.lower_ == "old" for c in verb.children
        ):
            return None
        start = verb_end + len(said.group()) - len(said.group().lstrip())
        cue = text.text[at : verb_end + said.end()]
    age = said.group(1)
    for name, begin, end in reversed([m for m in _mentions(text) if m[2] <= start]):
        after, before = text.text[end : end + 12], text.text[max(0, begin - 14) : begin]
        if re.match(rf",\s*(?:aged\s+)?{age}\b", after) or re.search(rf"\b{age}-year-old\s+$", before):
            return Attribution(_fullest(text, name), "role", cue, begin, end)
    alone = _the_one_named_before(text, verb, start, age)
    if alone is not None:
        return Attribution(alone[0], "role", cue, alone[1], alone[2])
    words = said.group().strip()
    return Attribution(words, "named", cue, start, start + len(words))


def _the_one_named_before(text: Text, verb: Token, start: int, age: str) -> tuple[str, int, int] | None:
    """'Tom Berger thanked the rescuers. "...," the 45-year-old said': the one person named in
    the quote's sentence and the one before, as 'he' would be, where no one else there is
    given that age ('found a 45-year-old woman in the rubble') nor another age is his."""
    before = _sentence_before(text, verb)
    begin = text.at(before[0]) if before is not None else text.at(verb.sent[0])
    if re.search(rf"\b{age}-year-old\b", text.text[begin:start]):
        return None  # the age is someone's told there: not the one named
    named = [m for m in _mentions(text) if begin <= m[1] and m[2] <= start]
    people = {_fullest(text, name) for name, _, _ in named}
    if len(people) != 1:
        return None
    if any(re.match(r",\s*(?:aged\s+)?\d{1,3}\b", text.text[e : e + 12]) for _, _, e in named):
        return None  # 'Tom Berger, 52,': another age
    name, name_start, name_end = named[-1]
    return _fullest(text, name), name_start, name_end


def _adjacent_subject(text: Text, verb: Token, quote_start: int) -> Token | None:
    """A subject the parser lost ('"Q," head of the agency said'): the words between the
    closing quotation mark and the verb, or right after a verb that follows the quote: the word
    they hang on; the person named there where they hang on nothing outside them (the parser
    misread the words around the name: '"...", Caloundra coach Geoff Ingram said', with
    'coach' read as a verb)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # 'No injuries were reported': what was reported, not who
    inside = _quoted(text)
    run: list[Token] = []
    for token in reversed(verb.sent[: verb.i - verb.sent.start]):
        if _in(text.at(token), inside) or token.text in '"“”,':
            break
        run.insert(0, token)
    # after the quote, or between its parts; not whom one told or asked ('told a press conference')
    if not run and text.at(verb) > quote_start and verb.lemma_ not in ("tell", "ask"):
        for token in verb.sent[verb.i - verb.sent.start + 1 :]:
            if _in(text.at(token), inside) or token.is_punct and token.tag_ != "HYPH":
                break  # (a hyphen joins a word: 'the secretary-general, Anna Roe')
            run.append(token)
    # ('the secretary-general', its last word tagged an adjective: a title joined by a hyphen)
    nouns = [t for t in run if t.head not in run and (t.pos_ in ("NOUN", "PROPN", "PRON") or
                                                      any(c.tag_ == "HYPH" for c in t.children))]  # fmt: skip
    people = [t for t in run if t.ent_type_ == "PERSON"]
    opening = list(verb.doc[run[0].i - 2 : run[0].i]) if run and run[0].i >= 2 else []
    after_quote = any(t.text in '"”' or _in(text.at(t), inside) for t in opening)  # '"...", X said'
    if not nouns and people and after_quote and run[-1].i < verb.i:
        return people[-1]
    return nouns[0] if nouns else _subject_before(text, verb)


def _subject_before(text: Text, verb: Token) -> Token | None:
    """A subject the parser hung elsewhere ('The Ministry has, in a statement, called on ...'):
    the nearest clause subject before the verb, or a person the parser set in apposition to a
    word before ('Calling it "another apology", Anna Roe of the charity told Reuters'), with no
    other verb between them. Someone's quoted words stop the search; a quoted name ('of "Have
    no fear"') does not."""
    inside, direct = _quoted(text), direct_quotes(text)
    for token in reversed(verb.sent[: verb.i - verb.sent.start]):
        if _in(text.at(token), direct):
            return None
        if _in(text.at(token), inside):
            continue
        if _set_off_by_its_clause(token, verb):
            return token.head  # 'Twelve were killed, Tom Berger, who saw it, told reporters'
        if token.pos_ == "VERB":
            return None
        if (
            token.dep_ in SPEAKING
            or token.dep_ == "appos"
            and (token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and token.text in _surnames(text))
        ):
            return token  # (and '"Q," Roe, 54, told reporters': the surname of one named before,
            # which the recogniser took for a law, 'Roe, 54')
        if (
            token.ent_type_ == "PERSON"
            and token.head.ent_type_ != "PERSON"
            and _in(text.at(token.head), inside)
        ):
            return token  # '"Q," the UN chief, Anna Roe, warned': a name outside the quote the
            # parser hung on a word inside it
    return None


def _set_off_by_its_clause(clause: Token, verb: Token) -> bool:
    """A relative clause set off by commas right before the verb, on a name or noun before it
    ('Tom Berger, who saw it, told reporters', where the parser lost the verb's subject): its
    noun is the one who speaks."""
    end = clause.right_edge.i
    return (
        clause.dep_ == "relcl"
        and clause.head.i < clause.i
        and (clause.head.ent_type_ == "PERSON" or clause.head.pos_ in ("NOUN", "PROPN"))
        and end + 2 == verb.i
        and clause.doc[end + 1].text == ","
        and clause.doc[clause.left_edge.i - 1].text == ","
    )


def _object_set_off(word: Token) -> bool:
    """Whether a name is the object in a phrase set off before the subject ('Writing on Twitter,
    the minister said'; 'Following talks with Tom Berger, the minister said'), not a name the
    subject describes."""
    name = word
    while name.dep_ in ("compound", "flat") and name.head != name:
        name = name.head
    if name.dep_ == "dobj":
        return True  # 'After meeting Tom Berger, the minister said'
    # (not a name the parser made a second object of one preposition: 'In the blog post Chris
    # Wright, the Chief Technological Officer of Red Hat said')
    return name.dep_ == "pobj" and sum(c.dep_ == "pobj" for c in name.head.children) == 1


def _name(text: Text, token: Token) -> tuple[str, int, int] | None:
    """The entity a subject token belongs to, or a person in apposition to it."""
    edge, doc = token.left_edge, token.doc
    described = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if described and token.ent_type_ != "PERSON" and edge.i >= 2 and doc[edge.i - 1].text == "," \
            and doc[edge.i - 2].ent_type_ == "PERSON" and not _object_set_off(doc[edge.i - 2]):  # fmt: skip
        person = _entity(text, doc[edge.i - 2])  # 'Chris Wright, the Chief Technology Officer of
        if person is not None:  # Red Hat said': an apposition the parser made the subject
            return person
    appositions = [c for c in token.children if c.dep_ == "appos"]
    # (not a name's own short form in brackets, which the recogniser may call a person: 'the
    # National Search and Rescue Agency (Basarnas)')
    people = [c for c in appositions if c.ent_type_ == "PERSON" and not (token.ent_type_ and _bracketed(c))] \
        if token.ent_type_ != "PERSON" else []  # fmt: skip
    if token.ent_type_ == "ORG":  # "the Institute's director, Dr. Anthony Fauci," split off by the parser
        roles = [t for t in token.subtree if t.pos_ == "NOUN" and t.dep_ == "conj"
                 and any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in t.children)]  # fmt: skip
        people += [c for t in roles for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    spelled = _acronym_in_brackets(token)
    if spelled is not None and not people and text.entity_at(text.at(token)) is None:
        # 'Catalan emergency services (SEM) said': the body's own words and its acronym
        _, start, _ = _noun_phrase(text, token)
        end = text.end(spelled) + 1
        return text.text[start:end], start, end
    if names_a_person(token.lemma_):  # 'Officials in Fairfield, Calif., said': a place set beside
        # people is where they are, not who they are
        appositions = [c for c in appositions if c.ent_type_ not in ("GPE", "LOC", "FAC")]
    for candidate in [*people, token, *appositions]:  # 'Bank president Okey Oramah': the person
        ent = _entity(text, candidate)
        if ent is not None:
            return _with_compounds(text, candidate, ent)
    # 'A student named Wong', 'the driver, identified as X', and one set beside it: 'One, a shop
    # worker named Ahmed Khan, said'
    for child in (c for t in (token, *appositions) for c in t.children):
        if child.dep_ == "acl" and child.lemma_ in ("name", "call", "identify"):
            named = [t for t in child.subtree if t.pos_ == "PROPN"]
            if named:
                return _entity(text, named[-1]) or (named[-1].text, *text.span_of([named[-1]]))
    if token.pos_ in ("NOUN", "PROPN"):  # 'President of Ukraine X', 'X's director, Y,'
        # not a name that modifies a common noun after an article: 'the Trump campaign said'
        # (nor one before a body's or a group's noun: 'Hampshire police said', 'Berger family members')
        modifies = token.pos_ == "NOUN" and (
            any(c.dep_ == "det" for c in token.children) or not names_a_person(token.lemma_)
        )
        # nor the owner of the role: "Anna Roe's lawyer said" is the lawyer; nor the one it
        # serves: 'a spokesperson for Anna Roe', 'an adviser to Tom Berger'
        people = [t for t in _phrase(token) if t != token and t.ent_type_ == "PERSON"
                  and t.dep_ in ("appos", "pobj", "compound", "flat")
                  and not (modifies and t.dep_ == "compound" and t.head == token)
                  and not _owner(t, token) and not _member(t)]  # fmt: skip
        if people:
            return _entity(text, people[-1])
    # a title of a place the parser ran into the name after it ('President of Ukraine Volodymyr
    # Zelenskyy said', read as 'President' of an organisation 'Ukraine Volodymyr Zelenskyy';
    # 'Ambassador to the United Nations Nikki Haley')
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
    held = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    place, held_words = (0, 0), None
    if token.pos_ in ("NOUN", "PROPN") and held is not None and held.pos_ == "PROPN":
        place = text.span_of(list(held.subtree))
        held_words = text.text[place[0] : place[1]]
        # 'the head of the Bank of England Mark Carney said', read as one organisation: the
        # organisation read alone, then a person
        after = after_an_organisation(held_words)
        if after is not None:
            return held_words[after:], place[0] + after, place[1]
    if token.pos_ == "PROPN" and token.text[:1].isupper() and held is not None and held_words is not None \
            and sum(c.dep_ == "compound" and c.pos_ == "PROPN" for c in held.children) >= 2:  # fmt: skip
        alone = person_ending(held_words)
        if alone is not None:  # the recogniser, reading the words alone, finds the name in them
            start, end = place[0] + alone[0], place[0] + alone[1]
            return text.text[start:end], start, end
        after = after_a_place(held_words)
        if after is not None:  # 'First Minister of Scotland Nicola Sturgeon': the place read alone
            return held_words[after:], place[0] + after, place[1]
        title = _contiguous(
            [c for c in token.lefts if c.dep_ in ("compound", "amod")], token
        )  # 'First Minister'
        start, end = text.span_of([*title, token, *held.subtree])
        return text.text[start:end], start, end
    # a name the tagger knows but the recogniser missed (a lower-case word is none: 'defence ministry')
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        words = [
            c
            for c in token.lefts
            if c.dep_ in ("compound", "flat")
            and c.pos_ == "PROPN"
            or c.tag_ == "HYPH"
            or _particle_of_a_name(c)
        ]  # fmt: skip  ('Secretary-General': one word, not 'General')
        words = _contiguous(words, token)  # with their own compounds: 'the Doris Day Animal Foundation'
        owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"
                      and c.text[:1].isupper() and c.ent_type_ in ("", "ORG")
                      and c.i + 2 == (words[0].i if words else token.i)), None)  # fmt: skip
        if owner is not None:  # "the Solano County Sheriff's Office": a name with its owner's in it
            # (not a place's or a person's: "the United Kingdom's Queen Elizabeth II")
            words = [*(t for t in owner.subtree if t.i >= owner.left_edge.i and t.dep_ != "det"), *words]
        start, end = text.span_of([*words, token, *_numbered(token)])
        return text.text[start:end], start, end
    return None


def _particle_of_a_name(word: Token) -> bool:
    """A lower-case word inside a name between capitalised ones of it: 'the Agencia Cubana de
    Noticias reported' (the parser hangs 'de' on 'Noticias'; the recogniser missed the name)."""
    doc = word.doc
    if not word.text.islower() or word.dep_ not in ("nmod", "compound", "flat", "det"):
        return False
    if not 0 < word.i < len(doc) - 1:
        return False
    before, after = doc[word.i - 1], doc[word.i + 1]
    return all(
        w.pos_ == "PROPN" and w.text[:1].isupper() and word.head in (w, w.head) for w in (before, after)
    )


def _bracketed(word: Token) -> bool:
    """Whether a word's phrase stands alone in brackets: '(Basarnas)'."""
    doc, first, last = word.doc, word.left_edge.i, word.right_edge.i
    return first > 0 and last + 1 < len(doc) and doc[first - 1].text == "(" and doc[last + 1].text == ")"


def _acronym_in_brackets(noun: Token) -> Token | None:
    """The acronym set in brackets right after a common noun, in apposition to it: the 'SEM' of
    'emergency services (SEM)'."""
    doc, i = noun.doc, noun.i
    if noun.pos_ != "NOUN" or i + 3 >= len(doc) or doc[i + 1].text != "(" or doc[i + 3].text != ")":
        return None
    acronym = doc[i + 2]
    named = acronym.is_upper and acronym.is_alpha and len(acronym) >= 2 and acronym.head == noun
    return acronym if named else None


def _member(word: Token) -> bool:
    """'Fifty former officials, including Michael Hayden,': one of a group, who is not the group
    that spoke ('such as', 'among them' likewise)."""
    while word.dep_ in ("compound", "flat", "conj", "appos") and word.head != word:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in ("including", "like", "as", "among", "excluding")


def _numbered(token: Token) -> list[Token]:
    """The number a name ends with, and the 'No.' before it: 'Republic Act No. 3846 states'
    (the tokenizer split 'No.' and the parser hung the number on its full stop)."""
    doc, i = token.doc, token.i + 1
    if token.lower_ in ("no", "nos") and i + 1 < len(doc) and doc[i].text == "." and doc[i + 1].like_num:
        return [doc[i], doc[i + 1]]
    return [doc[i]] if i < len(doc) and doc[i].like_num and doc[i].head == token else []


def _owner(word: Token, head: Token) -> bool:
    """Whether a word names whom ``head``'s role belongs to or serves, not its holder: in a
    possessive ('Anna Roe's lawyer') or a name alone after 'for', 'to' or 'of' ('a spokesperson
    for Anna Roe', 'the family of Tom Berger'; not a title's place run into the name: 'Ambassador
    to Germany Richard Grenell')."""
    node = word
    while node != head and node.head != node:
        if node.dep_ == "poss":
            return True
        if node.dep_ == "pobj" and node.head.lower_ in ("for", "to", "of"):
            # (a title the recogniser left out of the name counts: 'a spokesman for Mr Berger')
            return all(
                t.ent_type_ == "PERSON" or t.ent_type_ == "" and t.tag_ == "NNP" and t.i < node.i
                for t in node.subtree
            )
        node = node.head
    return False


def _with_compounds(text: Text, token: Token, ent: tuple[str, int, int]) -> tuple[str, int, int]:
    """A name widened to the proper nouns the parse compounds into it ('CNN Philippines',
    where the recogniser saw an organisation and a country)."""
    if token.ent_type_ == "PERSON":
        return ent  # where a person's name starts is the recogniser's call ('Sheriff Tom Berger')
    name, start, end = ent = _name_run_on(text, ent)
    run = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and text.at(c) < start]
    if (
        not run
        or any(w.i != n for n, w in enumerate(run, run[0].i))
        or run[-1].i + 1 != _first_of(text, start)
    ):
        return _named_so_elsewhere(text, token, ent)
    start = text.at(run[0])
    return text.text[start:end], start, end


def _name_run_on(text: Text, ent: tuple[str, int, int]) -> tuple[str, int, int]:
    """An organisation's name run on through 'for' into the name the recogniser saw
    after it, which the parser hangs on it: 'the UN Office for the Coordination of Humanitarian
    Affairs' (read as 'UN Office' and a second body)."""
    _, start, end = ent
    last = text.token_at(end - 1)
    found = text.entity_at(start)
    if last is None or found is None or found[0] != "ORG" or last.i + 2 >= len(last.doc):
        return ent
    prep = last.nbor()
    first = prep.nbor(2) if prep.nbor().lower_ == "the" and prep.i + 2 < len(prep.doc) else prep.nbor()
    after = text.entity_at(text.at(first)) or text.entity_at(text.at(prep.nbor()))
    named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    # (not 'of', which as often sets a person the recogniser took for a body beside where they
    # work: 'Nils-Erik Haagenrud of Rogaland Fire and Rescue'; but a body the article names
    # with 'the' is no person: 'The Law Society of Kenya', read as a body and a country)
    if prep.lower_ == "of" and prep.head.i == last.i and named and after is not None and after[0] == "GPE" \
            and text.text[found[1] : found[1] + 4].lower() == "the " \
            and after[1] == text.at(named[0]) and after[2] == text.end(named[-1]):  # fmt: skip
        return text.text[start : after[2]], start, after[2]
    if prep.lower_ != "for" or prep.head.i != last.i or not named or after is None:
        return ent
    label, at, until, words = after
    if label != "ORG" or at > text.at(first) or named[0] not in words:
        return ent
    return text.text[start:until], start, until


def _named_so_elsewhere(text: Text, token: Token, ent: tuple[str, int, int]) -> tuple[str, int, int]:
    """A name widened to the capitalised word before it where the article names an organisation
    with both words elsewhere: 'Sustainable Australia describes itself', read as the country
    with an adjective, after 'the Sustainable Australia party' (an adjective no organisation's
    name the article gives holds stays out)."""
    name, start, end = ent
    first = _first_of(text, start)
    before = token.doc[first - 1] if first > 0 else None
    if before is None or before.head != token or not before.is_title or before.pos_ not in ("ADJ", "NOUN"):
        return ent
    wider = f"{before.text} {name}"
    if not any(label == "ORG" and wider in ent_text.text for label, _, _, ent_text in text.entities):
        return ent
    at = text.at(before)
    return text.text[at:end], at, end


def _first_of(text: Text, start: int) -> int:
    token = text.token_at(start)
    return token.i if token is not None else -1


def _phrase(head: Token) -> list[Token]:
    """A noun's own phrase: its subtree less the clauses that describe it ('the statement,
    which was posted on Twitter,' names no one but the statement)."""
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis")]
    inner = {t.i for c in clauses for t in c.subtree}
    return [t for t in head.subtree if t.i not in inner]


def _entity(text: Text, token: Token) -> tuple[str, int, int] | None:
    found = text.entity_at(text.at(token))
    for label, start, _, ent in [found] if found else []:
        if label in NAME_LABELS:
            held = [t for t in ent if t.dep_ == "pobj" and t.head.i < ent.start and t.i < token.i]
            if held and label != "PERSON":
                # 'Prime Minister of India Narendra Modi': the place the title is of, run into
                # the name after it; the name starts after the place
                ent = ent[held[-1].i - ent.start + 1 :]
                start = text.at(ent[0])
            aged = next((t.i for t in ent[1:-1] if t.text == "," and t.nbor().like_num), None)
            if aged is not None:  # '"...," Roe, 54, said': an age the recogniser ran into the name
                ent = ent[: aged - ent.start]
            ancestors = set(token.ancestors)
            verb = next((t.i for t in ent if t.i > token.i and t.pos_ == "VERB" and t in ancestors), None)
            if verb is not None:  # '"...," Roe began': the verb the recogniser ran into the name
                ent = ent[: verb - ent.start]
            while len(ent) > 1 and (
                ent[-1].pos_ in ("ADP", "CCONJ", "DET", "PART") or ent[-1].tag_ == "-LRB-"
            ):
                # 'by the ministry on Sunday': a word the recogniser ran on into; 'the
                # Associated Press (AP)': a bracket it ran on into, its acronym left out
                ent = ent[:-1]
            name = re.sub(r"[’']s?$", "", ent.text).strip()
            # 'the BBC'; 'An Associated Press tally': an article the recogniser ran into the name
            lead = re.match(r"(?i)the\s+", name) or (
                re.match(r"(?i)an?\s+", name) if ent[0].dep_ == "det" else None
            )
            if lead:
                name, start = name[lead.end() :], start + lead.end()
            if (
                name.count("(") > name.count(")")
                and text.text[start + len(name) : start + len(name) + 1] == ")"
            ):
                name += ")"  # 'the Commission on Religious Freedom (USCIRF)': the recogniser left out ')'
            return name, start, start + len(name)
    return None


def _acronym_named(head: Token) -> bool:
    """Whether an acronym set right after a noun, at the end of its clause, names it: 'according
    to state news agency SANA.', 'said broadcaster NHK,' (the parser may read the acronym as a
    verb or an adjective and hang it elsewhere)."""
    if head.i + 2 >= len(head.doc) or head.pos_ != "NOUN":
        return False
    name, after = head.nbor(), head.nbor(2)
    acronym = name.is_alpha and name.is_upper and len(name) >= 2 and name.head != head
    return acronym and after.is_punct and after.text not in ("-", "'", "’")


def _capital_relative(clause: Token, noun: Token) -> bool:
    """Whether what the parser read as a relative clause after a noun opens with an acronym it
    took for a pronoun: 'the official WHO report' (English writes no 'who' of a clause in
    capitals)."""
    opener = clause.left_edge
    return (
        clause.dep_ == "relcl"
        and opener.i == noun.i + 1
        and opener.tag_ in ("WP", "WDT", "PRP")
        and opener.is_upper
        and len(opener) > 1
        and clause.i == opener.i + 1
    )


def _noun_phrase(text: Text, head: Token) -> tuple[str, int, int]:
    """A subject's phrase: its left modifiers and an 'of' phrase ('the head of the agency')."""
    keep = [
        t
        for t in head.lefts
        if t.dep_ in ("det", "amod", "compound", "poss", "nmod", "case", "nummod") or t.tag_ == "HYPH"
    ]  # fmt: skip  ('secretary-general': one word)
    tokens = [*_contiguous(keep, head), head]
    # ('Twelve people died, a figure police confirmed': the parser ran the document a relative
    # clause describes into its subject; the subject is the words after it)
    tally = next((k for k, t in enumerate(tokens[:-1]) if t.dep_ == "compound" and t.lemma_.lower() in
                  FIGURE_DOCUMENTS | {"number"}), None)  # fmt: skip
    if tally is not None and tokens[0].lower_ in ("a", "an") and head.lemma_.lower() not in DOCUMENTS \
            and not names_no_person(head.lemma_):  # fmt: skip
        tokens = tokens[tally + 1 :]
    while len(tokens) > 1 and tokens[0].tag_ in ("WP", "WDT", "WP$"):
        tokens = tokens[1:]  # 'What witnesses said was that ...': the parser made 'what' their word
    if len(tokens) > 1 and tokens[0].lower_ in ("both", "either", "neither") and \
            any(c.dep_ == "conj" for c in head.children):  # fmt: skip
        tokens = tokens[1:]  # 'according to both police and the Red Cross': of the pair, not a count
    if tokens[0].lower_ == "et" and head.lower_ in ("al", "al.") and tokens[0].i > 0:
        tokens.insert(0, head.doc[tokens[0].i - 1])  # 'Stamenković et al', the name read apart
    joined = next(
        (
            c
            for c in head.rights
            if c.dep_ == "appos"
            and c.left_edge.i == head.i + 1
            and not c.lower_.endswith(("self", "selves"))
            and any(ch.isalnum() for ch in c.text)
        ),
        None,
    )  # fmt: skip  (not 'the study itself', nor an editor's bracket: 'every one [who] contributes')
    if joined is not None:  # no comma between: a compound the parser split ('a government Twitter account')
        tokens += [t for t in joined.subtree if t.i < joined.i or t == joined]
        head = joined
    elif _acronym_named(head):
        head = head.nbor()  # 'according to state news agency SANA.': the parser took 'SANA' for a verb
        tokens.append(head)
    misread = next((c for c in head.rights if _capital_relative(c, head)), None)
    if misread is not None:  # 'according to the official WHO report': no clause of 'who'
        tokens += [t for t in misread.subtree if t.i <= misread.i]
        head = misread
    for prep in (c for c in head.rights if c.dep_ == "prep"):  # 'an official from TfL'
        words = _before_a_name_set_off(list(prep.subtree))
        if (
            len(words) > 10 or any(t.text in ",;" for t in words) or head.doc[prep.i - 1].text == ","
        ):  # fmt: skip  (', including Tom Berger,': set off)
            break
        if _how_or_when_told(prep):
            break  # 'said relatives of the victims in a joint statement': how they said it
        # where the phrase runs up to the colon that opens the quote, or the parser found it no
        # verb, the verb it hung inside is the phrase's own ('The summary of the decision read in
        # part: "..."'), not a clause that describes a noun ('the order that was not overturned')
        after = head.doc[words[-1].i + 1] if words[-1].i + 1 < len(head.doc) else None
        own = head.dep_ == "ROOT" or after is not None and after.text == ":"
        verb = next((k for k, t in enumerate(words) if t.pos_ == "VERB"), None) if own else None
        tokens += words[:verb]
        if verb is not None:
            break
    while len(tokens) > 1 and _misread_verb(tokens[-1]):
        tokens.pop()  # 'The family's statement on the death read: "...': 'read' is its verb
    start, end = text.span_of(tokens)
    whole = re.match(r"(?:-\w+)+", text.text[end : end + 40])
    if whole is not None:
        end += whole.end()  # a word the tokenizer split at its hyphen: 'study co-author', not 'study co'
    return text.text[start:end], start, end


def _before_a_name_set_off(words: list[Token]) -> list[Token]:
    """A phrase's words up to the name set off by commas at its end, which the parser hangs on
    the phrase's last noun: 'The head of the national search and rescue agency, Kusworo,'
    (the role's words, not 'The head')."""
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma == 0:
        return words
    rest = [t for t in words[comma + 1 :] if t.text != ","]
    named = rest[-1] if rest else None
    if named is None or named.dep_ != "appos" or named.head not in words[:comma] or named.pos_ != "PROPN":
        return words
    return words[:comma] if all(t in named.subtree for t in rest) else words


def _how_or_when_told(prep: Token) -> bool:
    """'in a statement', 'on Monday': a phrase that tells in what or when words were said,
    which the parser may hang on the speaker set after the verb; it names no one."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "as":  # 'Reports as of Wednesday indicated': when
        objects = [g for c in prep.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(o.ent_type_ in ("DATE", "TIME") for o in objects)
    return prep.lower_ in ("in", "on", "at", "during", "via") and any(
        o.ent_type_ in ("DATE", "TIME") or o.pos_ == "NOUN" and o.lemma_.lower() in DOCUMENTS for o in objects
    )


def _misread_verb(token: Token) -> bool:
    """A speech verb the tagger took for a noun, just before the colon that opens the quote."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.text == ":" and token.lemma_.lower() in SPEECH_LEMMAS


def _contiguous(lefts: list[Token], head: Token) -> list[Token]:
    """The left modifiers that run up to the head without a gap (their subtrees included)."""
    words = sorted({w for t in lefts for w in t.subtree}, key=lambda w: w.i)
    kept: list[Token] = []
    expected = head.i - 1
    for word in reversed(words):
        if word.i != expected:
            break
        kept.insert(0, word)
        expected -= 1
    return kept


def _person_before(
    text: Text, offset: int, quote_start: int, gendered: bool = True
) -> tuple[str, int, int] | None:
    """The person a pronoun at offset stands for, never a name inside quotation marks. Read
    sentence by sentence back from the pronoun, at most three: in its own sentence, a subject
    before it ('When Roe arrived, he said'); in one before, the subject of a clause the
    narrator asserts ('Biden argued that Trump had no plan. He proposed' is Biden), else the
    subject of a clause inside it ('PBS revealed that the prince accepted ... He said'),
    unless that sentence's own subject is 'he' or 'she' (then the person it stands for is
    further back). With no subject in reach, the nearest person named before."""
    inside = _quoted(text)
    pronoun = text.token_at(offset)
    wanted = GENDER.get(pronoun.lower_) if pronoun is not None and gendered else None
    nearest = None
    by_sentence: dict[int, list[tuple[int, tuple[str, int, int]]]] = {}
    mentions = _mentions(text)
    before = bisect.bisect_left(mentions, (offset,), key=lambda m: (m[1],))  # those starting before it
    for person in (mentions[i] for i in range(before - 1, -1, -1)):
        name, start, end = person
        if end > offset or _in(start, inside):
            continue
        gender = _gender_of(text, name) if wanted is not None else None
        if not (" " in name or _known(text, name) or gender):
            continue  # a one-word name never given in full nor a title: too often no person at all
        if gender not in (None, wanted):
            continue  # 'she' is not the man the article calls 'Mr Berger' or 'her father'
        nearest = nearest or person
        apart = _sentences_apart(text, start, offset + 1)  # 0: the pronoun's own sentence
        if apart > 3:
            break  # people further back are further apart: no recent subject is left
        by_sentence.setdefault(apart, []).append((_subject_rank(text, start), person))
    chosen = None
    for apart in sorted(by_sentence):
        found = by_sentence[apart]
        asserted = [p for rank, p in found if rank == 2]
        inner = [p for rank, p in found if rank == 1]
        if asserted:
            chosen = asserted[0]
            break
        if inner and apart > 0 and not _pronoun_subject(text, inner[0][1]):
            chosen = inner[0]
            break
    chosen = chosen or nearest
    if chosen is None or wanted is not None and _joined_to_another(text, chosen, wanted):
        return None
    name, start, end = chosen
    return _fullest(text, name), start, end


def _joined_to_another(text: Text, person: tuple[str, int, int], wanted: str) -> bool:
    """Whether 'he' or 'she' may as well stand for another person joined to this one by 'and'
    ('Anna Roe and Tom Berger spoke to reporters. "...," he said'), where the article says of
    neither that they are the one the pronoun wants: either is a guess, so no one is."""
    if _gender_of(text, person[0]) is not None:
        return False  # (the one the article calls a man or a woman, as the pronoun does)
    token = text.token_at(person[1])
    head = token.head if token is not None and token.dep_ in ("compound", "flat") else token
    if head is None:
        return False
    joined = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    if not joined:
        return False
    # (not where the sentence names this one again, alone: 'Miller and Smith both acknowledged
    # faults, with Miller describing one scenario. He too suggested ...' is Miller)
    full, (first, last) = _fullest(text, person[0]), text.span_of(head.sent)
    if any(
        m[1] != person[1] and first <= m[1] < last and _fullest(text, m[0]) == full for m in _mentions(text)
    ):
        return False
    # (and the one a role joined names: 'Anna Roe and her husband Tom Berger')
    joined += [a for j in joined for a in j.children if a.dep_ == "appos"]
    return any(
        j.ent_type_ == "PERSON" and _gender_of(text, (_entity(text, j) or (j.text,))[0]) in (None, wanted)
        for j in joined
    )  # fmt: skip


# English words that say a person is a man or a woman: pronouns, titles, kinship and roles.
GENDER = {
    **dict.fromkeys("he him his himself mr mr. sir lord king prince duke father son brother husband uncle "
                    "nephew grandfather grandson boyfriend widower man boy gentleman spokesman chairman "
                    "businessman congressman".split(), "male"),
    **dict.fromkeys("she her hers herself mrs mrs. ms ms. miss madam dame lady queen princess duchess mother "
                    "daughter sister wife aunt niece grandmother granddaughter girlfriend widow woman girl "
                    "spokeswoman chairwoman businesswoman congresswoman actress mme mlle".split(), "female"),
}  # fmt: skip


def _gender_of(text: Text, name: str) -> str | None:
    """Whether the article calls a person a man or a woman, by a title or a role it gives any
    of their names ('Mr Berger', 'his daughter, Anna Roe', 'Anna Roe, the spokeswoman') or by
    the 'he' or 'she' that opens a sentence about them ('Tom Berger died. He is survived by');
    None when it says neither, or both."""
    key = ("gender", name)
    if key not in text.memo:
        full = _fullest(text, name)
        said = _titled(text, name) | {gender for person, gender in _pronouns_told(text) if person == full}
        text.memo[key] = next(iter(said)) if len(said) == 1 else None
    return text.memo[key]  # type: ignore[return-value]


def _titled(text: Text, name: str) -> set[str]:
    """The genders the titles and roles the article gives a person's names say ('Mr Berger',
    'his wife Anna'): a one-word name so given is a person's."""
    full = _fullest(text, name)
    return {
        GENDER[word]
        for other, start, _ in text.people()
        if _fullest(text, other) == full
        for word in _roles_of(text, start)
        if word in GENDER and word not in PRONOUNS
    }


def _pronouns_told(text: Text) -> list[tuple[str, str]]:
    """Each 'he' or 'she' that is the main subject of a sentence with no quotation in it, with
    the one person it plainly stands for (the only person of the nearest sentence before that
    names one, at most two back, and that sentence's subject: 'Tom Berger died on Monday. The
    cause was not disclosed. He is survived by') and the gender it gives them."""
    key = ("pronouns told", "")
    if key not in text.memo:
        inside, told = _quoted(text), []
        for piece in text.pieces:
            sentences = list(piece.doc.sents)
            for i, sentence in enumerate(sentences):
                if any(_in(text.at(t), inside) for t in sentence):
                    continue  # a quote's own attribution is what the gender is wanted for
                own_person = _the_one_person(sentence)
                if own_person is not None:
                    told.append((_fullest(text, own_person[0]), own_person[1]))  # 'Roe said she heard'
                subject = next((c for c in sentence.root.children if c.dep_ in SUBJECTS), None)
                if subject is None or subject.lower_ not in ("he", "she"):
                    continue
                before = next((s for s in reversed(sentences[max(0, i - 2) : i]) if s.ents), None)
                people = [e for e in before.ents if e.label_ == "PERSON"] if before is not None else []
                own = next((c for c in before.root.children if c.dep_ in SUBJECTS), None) if before else None
                if len(people) == 1 and own is not None and own in people[0]:
                    told.append((_fullest(text, people[0].text), GENDER[subject.lower_]))
        text.memo[key] = told
    return text.memo[key]  # type: ignore[return-value]


def _the_one_person(sentence: SpacySpan) -> tuple[str, str] | None:
    """The person a sentence names, with the gender a 'he' or 'she' gives them where it is the
    subject of a clause said or done by that person: 'Anna Roe said she heard two bangs', 'Roe
    left after he was fired' (not 'Roe wrote asking to waive her immunity': a possessive may be
    anyone's, nor a sentence that names two people)."""
    people = [e for e in sentence.ents if e.label_ == "PERSON"]
    if len({e.text for e in people}) != 1:
        return None
    person = people[0]
    said = {
        GENDER[t.lower_]
        for t in sentence
        if t.lower_ in ("he", "she") and t.dep_ in SUBJECTS and t.head.dep_ in ("ccomp", "advcl", "xcomp")
        and any(c.dep_ in SUBJECTS and c in person for c in t.head.head.children)
    }  # fmt: skip
    return (person.text, next(iter(said))) if len(said) == 1 else None


def _pronoun_subject(text: Text, offset: int) -> bool:
    """Whether the sentence at offset has 'he' or 'she' as its main subject."""
    sentences = text.sentences_over(offset, offset + 1)
    return bool(sentences) and any(
        c.dep_ in SUBJECTS and c.lower_ in ("he", "she") for c in sentences[0].root.children
    )


def _mentions(text: Text) -> list[tuple[str, int, int]]:
    """The people the recogniser found, and the mentions it missed of a surname it found
    elsewhere ('Jarrod Kidston ...' then 'according to Kidston', 'Ben Radmall ...' then 'Radmall
    conceded', tagged a noun), in article order."""
    key = ("mentions", "")
    if key not in text.memo:
        missed, surnames = [], _surnames(text)
        for word in re.finditer(r"\w[\w'’.-]*\w|\w", text.text):  # one pass, whatever the length
            surname = word.group()
            if surname in surnames:
                # (a hyphened surname is three tokens: 'Earle-Sears', tagged a body's name)
                token, last = text.token_at(word.start()), text.token_at(word.end() - 1)
                if (
                    token is None
                    or last is None
                    or text.at(token) != word.start()
                    or text.end(last) != word.end()
                ):
                    continue
                words = token.doc[token.i : last.i + 1]
                if all(t.pos_ in ("PROPN", "NOUN", "PUNCT") and t.ent_type_ != "PERSON" for t in words):
                    missed.append((surname, word.start(), word.end()))
        unrecognised = _unrecognised_speakers(text)
        # a surname inside a name already found is that name ('Superintendent Anna Roe said')
        missed = [m for m in missed if not any(s <= m[1] and m[2] <= e for _, s, e in unrecognised)]
        known = {start for _, start, _ in (*text.people(), *missed)}
        missed += [m for m in unrecognised if m[1] not in known]
        text.memo[key] = sorted([*text.people(), *missed], key=lambda p: p[1])
    return text.memo[key]  # type: ignore[return-value]


def _unrecognised_speakers(text: Text) -> list[tuple[str, int, int]]:
    """Names of two words or more the recogniser did not tag, that are the subject of a verb of
    speech ('Superintendent Anna Roe said the road was closed'): a person a pronoun may stand for."""
    found = []
    for token in (t for piece in text.pieces for t in piece.doc):
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ not in SUBJECTS or \
                token.head.lemma_.lower() not in REPORT_LEMMAS:  # fmt: skip
            continue
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
        if words and all(w.i + 1 == n.i for w, n in zip(words, [*words[1:], token], strict=True)):
            start, end = text.at(words[0]), text.end(token)
            found.append((text.text[start:end], start, end))
    return found


def _body_before(text: Text, offset: int) -> tuple[str, int, int] | None:
    """An organisation that is the subject of a clause in this sentence or the two before."""
    bodies = [(label, start, end, ent) for label, start, end, ent in text.entities
              if label == "ORG" and end <= offset and ent.root.dep_ in SUBJECTS
              and _sentences_apart(text, start, offset) <= 2]  # fmt: skip
    if not bodies:
        return None
    _, start, _, ent = bodies[-1]
    return _entity(text, ent[0])


def _told_of_before_it(text: Text, verb: Token, pronoun: Token) -> tuple[str, int, int] | None:
    """What 'it' stands for where it tells what its own sentence told of before it: the subject
    of the clause the verb of telling governs, one thing that can name people ('The coast guard
    rescued 120 migrants, it said': the coast guard; not 'The storm killed 12, it said')."""
    if pronoun.lower_ != "it":
        return None
    told = [
        s for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i
        for s in c.children if s.dep_ == "nsubj"
    ]  # fmt: skip
    if not told or told[0].pos_ != "NOUN" or told[0].tag_ != "NN" or names_no_person(told[0].lemma_):
        return None
    return None if _in(text.at(told[0]), _quoted(text)) else _noun_phrase(text, told[0])


def _body_after(text: Text, noun: Token) -> tuple[str, int, int] | None:
    """The organisation that is the subject of the clause a phrase opens: 'According to its
    press release, the NBA was ...' (whose release it is)."""
    clause = noun.sent.root
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.ent_type_ == "ORG"), None)
    return _entity(text, subject) if subject is not None else None


def _subject_rank(text: Text, start: int) -> int:
    """2: the name at start is the subject of a clause the narrator asserts (the main clause,
    one joined to it, 'while X wrote', 'when X arrived'; or the one 'according to' names; or in
    apposition to such a subject); 1: the subject of a clause inside another (what someone
    said, a relative clause: 'Biden argued that Trump had no plan'); 0: not a subject."""
    token = text.token_at(start)
    while token is not None and token.dep_ in ("compound", "flat") and token.head != token:
        token = token.head
    if token is None:
        return 0
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return 2  # 'According to Muyembe, ...': the one the story is quoting
    if token.dep_ == "appos" and token.head.dep_ in SUBJECTS:
        token = token.head  # 'One of the vice presidents, Rebecca Nyandeng, also commented'
    if token.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBD" for c in token.children):
        return 2  # 'Maduro, speaking from the balcony, called the claims ...': the parser took the
        # sentence for a name its verb describes, though the verb is tensed (no participle)
    if token.dep_ not in SUBJECTS:
        return 0
    verb = token.head  # the clause the subject's verb opens decides, not one the parser hangs it in
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return 1 if verb.dep_ in EMBEDDED else 2


def _sentences_apart(text: Text, start: int, end: int) -> int:
    return text.count_sentences_over(start, end) - 1


def _known(text: Text, name: str) -> bool:
    return name in _surnames(text)


def _surnames(text: Text) -> frozenset[str]:
    """The last word of every name of two words or more the article gives a person, and a
    one-word name the article also writes with a name or a title before it that the recogniser
    did not take in ('Brock Pierce', 'Turkish president Erdoğan': a person's surname)."""
    key = ("surnames", "")
    if key not in text.memo:
        people = text.people()
        found = {full.split()[-1] for full, _, _ in people if " " in full}
        singles = {full for full, _, _ in people if " " not in full} - found
        tokens = [t for piece in text.pieces for t in piece.doc]
        # and a name the recogniser never tagged a person that speaks alone ('Maróth said') and
        # is written with a first name somewhere ('Gáspár Maróth')
        # (not the word that says a body is one: 'the World Health Organization said')
        speaking = {t.text for t in tokens if t.pos_ == "PROPN" and t.dep_ in SPEAKING
                    and t.head.lemma_.lower() in REPORT_LEMMAS and t.ent_type_ != "PERSON"
                    and t.lower_ not in ORGANISATION_WORDS | PUBLIC_BODIES} - found  # fmt: skip
        for token in (t for t in tokens if t.text in singles or t.text in speaking):
            first = token.doc[token.i - 1] if token.i > 0 else None  # one pass, whatever the length
            if first is not None and first.whitespace_ == " " and first.pos_ in ("PROPN", "NOUN") \
                    and first.dep_ == "compound" and first.head == token and (token.text in singles
                    or first.pos_ == "PROPN" and first.text[:1].isupper()):  # fmt: skip
                found.add(token.text)
        text.memo[key] = frozenset(found)
    return text.memo[key]  # type: ignore[return-value]


def _role_before(text: Text, pronoun: Token, steps: int = 2) -> tuple[str, int, int] | None:
    """The one a role names whom 'he' or 'she' stands for, where no name is nearer: the
    subject of the speech verb that is the main clause of the sentence before ('A spokesman
    for the airline said ... "...," he said'), a singular common noun; or the person the
    article gave that role. For 'it', the body a common noun names ('The airline confirmed
    the crash. "...," it said'); for 'they', a plural one ('Firefighters said ... "...," they
    said'). A sentence before whose speaker is the same pronoun passes the question on to the
    one before it (twice at most)."""
    before = _sentence_before(text, pronoun)
    if before is None:
        return None
    root = before.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if pronoun.lower_ in ("he", "she") and subject is not None and _one_of_them(subject):
        return _noun_phrase(text, subject)  # 'One of the victims decided ... She said': that one
    if pronoun.lower_ in ("he", "she") and subject is not None and subject.lower_ == pronoun.lower_ and \
            _speech(root) and steps > 0:  # fmt: skip
        # '"...," the governor said. He added that ... / "...," he said': the same one speaks on
        return _role_before(text, subject, steps - 1)
    plural = pronoun.lower_ == "they"  # 'Firefighters said ... "...," they said'
    # people, or a body of them, told of by a verb of any kind ('Police gave an update. They
    # said', 'The ministry issued an update. It said'); not things ('The cars collided. They
    # said': no one), nor one person told of so ('The car hit a tree. "...," he said': the
    # driver, not the car)
    # ('it' only as the subject of the verb of telling itself: not 'it might be hard to say')
    speaks = plural or pronoun.lower_ == "it" and pronoun.dep_ == "nsubj" and _reports(pronoun.head)
    told = subject is not None and speaks and not names_no_person(subject.lemma_)
    if subject is None and pronoun.lower_ in ("he", "she"):
        # ('The minister was asked about the crash. "...," she replied': the one asked)
        subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    # 'The governor held a press conference on Monday. He said ...': for 'he' or 'she', the one
    # person the sentence before names, its subject (not 'The officer arrested a man. He said')
    alone = (
        pronoun.lower_ in ("he", "she")
        and subject is not None
        and names_a_person(subject.lemma_)
        and not any(t != subject and t.pos_ in ("NOUN", "PROPN") and (names_a_person(t.lemma_) or
                    t.ent_type_ == "PERSON") for t in before)
    )  # fmt: skip
    told = told or alone
    if not (_speech(root) or told) or subject is None or subject.pos_ != "NOUN" or \
            subject.tag_ != ("NNS" if plural else "NN") or subject.ent_type_:  # fmt: skip
        return None
    if (
        _in(text.at(subject), _quoted(text))
        or not plural  # ('the airline's chief'; 'One nurse, who asked not to be named,')
        and not any(
            c.dep_ in ("det", "poss") or c.dep_ == "nummod" and c.lower_ == "one" for c in subject.children
        )
    ):
        return None
    if any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children) for c in subject.children
    ):
        return None  # 'the fact that it is the same region tells us': a proposition, no speaker
    named = None
    if pronoun.lower_ in ("he", "she"):
        # the name the role's own words give its holder: 'A spokeswoman for the hospital district,
        # Anna Virtanen, said ... "...," she said' (the parser may hang the name on the district)
        named = _holder_named_within(text, subject) or _person_with_role(text, subject, text.at(subject))
    if named is None and pronoun.lower_ == "it" and _issuer(subject) is not None:
        named = _named_issuer(text, subject)  # 'A statement from the palace said ... "...," it added'
    return named or _noun_phrase(text, subject)


def _holder_named_within(text: Text, role: Token) -> tuple[str, int, int] | None:
    """The person a role's own words name as its holder, set beside it: 'A spokeswoman for the
    hospital district, Anna Virtanen,' (not 'a spokesman for Tom Berger', whose owner he is)."""
    words = text.span_of(list(role.subtree))
    named = _name(text, role)
    found = text.entity_at(named[1]) if named is not None else None
    if (
        named is None
        or found is None
        or found[0] != "PERSON"
        or not words[0] <= named[1] < named[2] <= words[1]
    ):
        return None
    return None if _owner_within(text, named, ("", words[0], words[1])) else named


def _owner_within(text: Text, person: tuple[str, int, int], role: tuple[str, int, int]) -> bool:
    """Whether a person is named inside a role's words as someone other than its holder: 'Tom
    Berger's lawyer', 'a spokesman for Tom Berger' (not the holder's own name set beside the
    role: 'chief constable Nick Adderley')."""
    if not (role[1] <= person[1] and person[2] <= role[2]):
        return False
    name = text.token_at(person[1])
    while name is not None and name.dep_ in ("compound", "flat") and name.head != name:
        name = name.head
    return name is not None and name.dep_ != "appos"


def _titles_joined(subject: Token) -> Token | None:
    """The person two titles joined before a name are of: 'said study co-author and research
    fellow Anna Roe' (the parser joins the first title to the name); not two speakers with a
    determiner of their own ('the mayor and Tom Berger said')."""
    if subject.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
        return None
    person = next((c for c in subject.children if c.dep_ == "conj"), None)
    if person is None or person.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in person.children):
        return None
    return person if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON"
                         for c in person.children) else None  # fmt: skip


def _one_of_them(subject: Token) -> bool:
    """'One of the victims', 'one of the residents': one person of a group the article names."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return subject.lower_ == "one" and group is not None and group.tag_ == "NNS" and not group.ent_type_


def _person_with_role(text: Text, head: Token, before: int) -> tuple[str, int, int] | None:
    """The nearest person named before, to whom the article gives this role word
    ('the governor' -> 'Governor Serhiy Haidai', 'Serhiy Haidai, the governor')."""
    # a title the parser tags as a name: 'The Prime Minister said'
    titled = head.tag_ == "NNP" and head.ent_type_ in ("", "ORG") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)  # fmt: skip
    if not (head.pos_ == "NOUN" and head.tag_ == "NN" or titled):
        return None
    if any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in head.children):
        return None  # 'a protester said', 'one person says': someone new, not the one named before
    role = head.lemma_.lower()
    # the words that say which one ('the health minister'): the person must be given them too,
    # or the role is someone else's ('Transport Minister Ann Roe' is not the health minister)
    which = [c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "PROPN"]
    for name, start, end in reversed([p for p in text.people() if p[2] <= before]):
        if role in _roles_of(text, start) and all(_given_beside(text, word, start, end) for word in which):
            return _fullest(text, name), start, end
    return None


def _given_beside(text: Text, word: str, start: int, end: int) -> bool:
    """Whether a word stands in the few words before a name or after it, in its sentence
    ('Health Minister Ann Roe', 'Ann Roe, the health minister')."""
    sentence = text.sentences_over(start, end)
    first, last = (text.span_of(sentence[0])[0], text.span_of(sentence[-1])[1]) if sentence else (0, end)
    window = text.text[max(first, start - 40) : min(last, end + 60)].lower()
    return re.search(rf"\b{re.escape(word)}\b", window) is not None


def _roles_of(text: Text, start: int) -> set[str]:
    """Role words the article puts right before a name or in apposition to it."""
    token = text.token_at(start)
    if token is None:
        return set()
    head = token.head if token.dep_ in ("compound", "flat") else token
    roles = {c.lemma_.lower() for c in head.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "PROPN"}
    roles |= {c.lower_ for c in head.lefts if c.dep_ == "compound"}
    roles |= {c.lemma_.lower() for c in head.children if c.dep_ == "appos"}
    if head.dep_ == "appos":
        roles.add(head.head.lemma_.lower())
        described = head.head
        if described.dep_ == "pobj" and described.head.lower_ == "of" and described.head.head.pos_ == "NOUN":
            roles.add(described.head.head.lemma_.lower())  # 'the mayor of Springfield, Anna Roe'
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":  # 'Anna Roe has been mayor since 2015'
        roles |= {c.lemma_.lower() for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"}
    return roles


def _spelled_out(text: Text, name: str) -> str | None:
    """The name an acronym stands for where the article spells it out before it in brackets:
    'The National Anticorruption Directorate (DNA) said ... According to the DNA' -> 'National
    Anticorruption Directorate'."""
    acronym = re.sub(r"^[Tt]he\s+", "", name)
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    key = ("spelled out", acronym)
    if key not in text.memo:  # (one search of the article for each acronym, however often it speaks)
        text.memo[key] = _spelled_out_as(text, acronym)
    return text.memo[key]  # type: ignore[return-value]


def _spelled_out_as(text: Text, acronym: str) -> str | None:
    # a name of a dozen words at most: each start is tried once, in time linear in the article
    # (not over a whole run of capitals, as an article written in capitals is)
    words = r"[A-Z][\w'’.&-]*"
    spelled = re.search(
        rf"\b({words}(?:\s+(?:of|for|and|on|the|de|{words})){{0,11}})\s*\(\s*{acronym}\s*\)", text.text
    )
    if spelled is None:
        return None
    full = re.sub(r"^(?:The|the)\s+", "", spelled.group(1))
    initials = "".join(w[0] for w in full.split() if w[0].isupper())
    # its first letter, or all its letters in another order: an acronym of the name in the
    # body's own language ('National Emergency Operations Centre (COEN)'; not 'Tom Berger (CNN)')
    translated = sorted(initials) == sorted(acronym)
    return full if (initials[:1] == acronym[:1] or translated) and len(full.split()) > 1 else None


def _fullest(text: Text, name: str) -> str:
    """The longest form of a person's name the article uses ('Haidai' -> 'Serhiy Haidai')."""
    key = ("fullest", name)
    if key not in text.memo:
        text.memo[key] = _longest_form(text, name)
    return text.memo[key]  # type: ignore[return-value]


def _longest_form(text: Text, name: str) -> str:
    """Of the names of two words or more the article gives a person that hold these words, the
    one it uses most often: 'Trump' -> 'Donald Trump', not the 'Melania Trump' named once. A
    name two people share, neither named more than twice as often as the other, stays as
    written ('Biden', where Joe and Hunter Biden are each named three times: either); of two
    forms of one person's name on a tie, the first the article gives."""
    words = name.split()
    forms = [
        full
        for full, _, _ in text.people()
        if any(full.split()[i : i + len(words)] == words for i in range(len(full.split())))
    ]
    full = [form for form in forms if len(form.split()) > 1] or forms  # a surname alone names less
    uses = Counter(full).most_common()
    if len(uses) > 1 and uses[0][1] <= 2 * uses[1][1] and _two_people(uses[0][0], uses[1][0], words):
        return name  # 'Biden' where Joe Biden and Hunter Biden are named about as often: either
    return uses[0][0] if uses else name  # (most_common keeps the first of equals)


def _two_people(one: str, other: str, shared: list[str]) -> bool:
    """Whether two full forms of a name are two people: nothing but the shared words in common
    ('Joe Biden', 'Hunter Biden'; not 'John Bolton', 'John R. Bolton')."""
    rest = set(one.split()) - set(shared), set(other.split()) - set(shared)
    # given names, not a title the recogniser ran in ('Mme Spanton'), nor one given name's short
    # form ('Mitch Stoltz', 'Mitchell Stoltz')
    given = all(w.isalpha() and w[:1].isupper() and w.lower() not in GENDER for w in rest[0] | rest[1])
    short = any(a.startswith(b) or b.startswith(a) for a in rest[0] for b in rest[1])
    return given and not short and bool(rest[0]) and bool(rest[1]) and not rest[0] & rest[1]


def _cue(text: Text, verb: Token, subject: Token) -> str:
    tokens = sorted([verb, *subject.subtree], key=lambda t: t.i)
    start, end = text.span_of(tokens)
    return text.text[start:end]


# --- quotes without a verb of their own ------------------------------------------------------


def _colon_intro(text: Text, quote_start: int, quote_end: int) -> Attribution | None:
    """'X defended the raid as "necessary": "We acted lawfully."': the clause before the colon.
    A comma introduces a quote the same way when the quote is a sentence that ends the
    article's sentence ('Jagger reacted on Twitter, "Sad news."', 'Trump defended his decision,
    "As I have stated ..."'), a person the article names is the subject of the clause before it
    and its verb is not 'be' ('she's like, "..."', 'the structure was, "..."' say no one)."""
    before = text.text[max(0, quote_start - 8) : quote_start].rstrip("\"“'‘").rstrip()
    whole = re.match(r"[\"”'’]*[.!?]?[\"”'’]*\s*(?:\n|$|[A-Z\"“])", text.text[quote_end : quote_end + 8])
    comma = before.endswith(",") and text.text[quote_start : quote_start + 1].isupper() and whole is not None
    if not before.endswith(":") and not comma:
        return None  # the colon just before the opening mark, whatever space stands between
    token = text.token_at(text.text.rfind(before[-1], 0, quote_start))
    if token is None:
        return None
    root = token.sent.root
    document = _document_before_colon(token) if not comma else None
    if document is not None:
        # 'Berger received a letter from Anna Roe that read: "..."': the letter's words, its issuer's
        issued = _named_issuer(text, document)
        if issued is not None:
            cue = text.text[text.at(document) : text.at(token)].rstrip()
            return Attribution(issued[0], "colon", cue, *issued[1:])
    # the parser made the quote the main clause: the clause before the colon says who
    verbs = [t for t in token.sent if t.i < token.i and t.pos_ in ("VERB", "AUX")
             and t.dep_ not in ("relcl", "acl", "amod")
             and any(c.dep_ in SPEAKING for c in t.children)]  # fmt: skip
    if comma:
        clause = root if root.i < token.i else verbs[0] if verbs else None
        if clause is None or clause.lemma_ == "be":
            return None
        found = _speaker_of(text, clause, quote_start)
        people = _surnames(text) | {name for name, _, _ in text.people()}
        if found is None or found.how not in ("named", "pronoun") or not found.speaker or \
                found.speaker not in people and found.speaker.split()[-1] not in people:  # fmt: skip
            return None
    else:
        found = _speaker_of(text, root, quote_start)
        if (found is None or not _usable(text, found)) and _in(text.at(root), _quoted(text)):
            # not a clause set off by 'whether', 'that', 'when': 'Asked whether the town would
            # recover, Roe was emphatic:' is Roe's, not the town's
            main = [v for v in verbs if not any(c.dep_ == "mark" for c in v.children)] or verbs
            found = _speaker_of(text, main[0], quote_start) if main else None
    return Attribution(found.speaker, "colon", found.cue, found.start, found.end) if found else None


def _document_before_colon(colon: Token) -> Token | None:
    """The document a clause that ends at the colon before a quote tells of: 'a letter from
    Anna Roe that read:'."""
    if colon.i == colon.sent.start:
        return None
    word = colon.nbor(-1)
    if word.dep_ in ("relcl", "acl") and word.head.lemma_.lower() in DOCUMENTS:
        return word.head
    return None


def _name_colon(text: Text, quote_start: int) -> Attribution | None:
    """A person's name alone, then a colon, then the quote, as a transcript sets out who speaks:
    'Anna Roe: "We are very proud of them."' (no clause before the colon to read a verb in)."""
    opened = max(text.text.rfind(mark, 0, quote_start) + 1 for mark in "\n.?!")  # its line or sentence
    head = text.text[opened:quote_start].strip().rstrip("\"“'‘").rstrip()
    # (a role set after the name, in brackets or after a comma: 'Tom Berger (mayor):', 'Tom
    # Berger, mayor:')
    name = re.sub(r"\s*(?:\([^()]*\)|,[^,]*)$", "", head[:-1].strip())
    if (
        not head.endswith(":")
        or not 0 < len(name.split()) <= 4
        or not all(w[:1].isupper() for w in name.split())
    ):
        return None
    start = text.text.index(name, opened)
    # (a title before the name: 'Mayor Tom Berger:' is Tom Berger)
    titled = text.entity_at(start + len(name) - 1)
    if titled is not None and titled[0] == "PERSON" and start < titled[1] and titled[2] == start + len(name):
        name, start = text.text[titled[1] : titled[2]], titled[1]
    found = text.entity_at(start)
    whole = found is not None and found[0] == "PERSON" and (found[1], found[2]) == (start, start + len(name))
    if not (whole or person_named(name) or _known(text, name)):
        return None
    return Attribution(_fullest(text, name), "named", head, start, start + len(name))


def _said_just_before(text: Text, quote_start: int, frame: list[Token]) -> Attribution | None:
    """'Roe said the fire spread fast. "Nobody saw it coming."': a quote with no verb of its own
    continues the speech reported in the sentence just before it, in its paragraph, or at the
    end of the paragraph before where the quote stands alone in its own."""
    if any(_speech(t) for t in frame):
        return None
    own = text.sentences_over(quote_start, quote_start + 1)
    piece = text.piece_at(quote_start)
    if not own or piece is None:
        return None
    if own[0].start == 0:  # a paragraph that is the quote alone: the paragraph before's last sentence
        earlier = text.piece_at(piece.start - 1) if piece.start > 0 else None
        if earlier is None or frame:
            return None
        before = list(earlier.doc.sents)[-1]
    else:
        before = piece.doc[own[0].start - 1].sent
    inside = _quoted(text)
    for verb in (t for t in before if _speech(t) and not _in(text.at(t), inside)):
        found = _speaker_of(text, _outer(verb), quote_start)
        if found is not None and found.speaker:
            return Attribution(found.speaker, "continued", found.cue, found.start, found.end)
    return None


def _opens_paragraph(text: Text, quote: QuoteCandidate) -> bool:
    return not quote.paragraph.text[: quote.parts[0].start - quote.paragraph.start].strip(" “\"'‘")


def _adjacent(text: Text, before: QuoteCandidate, after: QuoteCandidate) -> bool:
    """The quote just before is in this paragraph or the one before it."""
    gap = text.text[before.parts[-1].end : after.parts[0].start]
    return gap.count("\n") <= 2 and len(re.findall(r"\n\s*\S", gap)) <= 1


# --- where the quotation marks are -----------------------------------------------------------


@lru_cache(maxsize=8)
def _quotes_of(text: str) -> tuple[QuoteCandidate, ...]:
    from factsheet.quotes import find_quotes

    return tuple(find_quotes(text))


@lru_cache(maxsize=8)
def _quoted_cache(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((p.start - 1, p.end + 1) for q in _quotes_of(text) for p in q.parts))


def _quoted(text: Text) -> tuple[tuple[int, int], ...]:
    return _quoted_cache(text.text)


@lru_cache(maxsize=8)
def _direct_cache(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((p.start - 1, p.end + 1) for q in _quotes_of(text) if q.direct for p in q.parts))


def direct_quotes(text: Text) -> tuple[tuple[int, int], ...]:
    """Where the article's direct quotes stand (scare quotes left out)."""
    return _direct_cache(text.text)


for _cached in (_quotes_of, _quoted_cache, _direct_cache):
    kept_per_text(_cached.cache_clear)


def _in(offset: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether offset is inside one of the spans (sorted by start, not overlapping)."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


# --- who reported a figure or a claim ---------------------------------------------------------

# Verbs that report what someone holds true (a claim's verbs): speech verbs, less those that
# only carry a quote's words ('"...," he continued', 'she read').
REPORT_LEMMAS = (SPEECH_LEMMAS - {"continue", "read"}) | {"estimate", "count", "put", "record", "tally",
                                                          "update", "revise", "cite"}  # fmt: skip
# Verbs that take a that-clause of what their subject holds true (communication and belief):
# a claim's verbs too, though no quote's.
STANCE_LEMMAS = frozenset("indicate contend imply propose recommend hint signal specify clarify affirm "
                          "believe think expect fear suspect".split())  # fmt: skip
# Verbs of a finding, whose that-clause after them is what their subject found: 'the report
# found that the dam had not been inspected', 'investigators determined', 'records show', 'the
# coroner ruled that the death was accidental'.
FINDING_LEMMAS = frozenset({"find", "determine", "show", "rule"})  # ('the coroner ruled that')
# Verbs of keeping a record ('the UN has documented 300 deaths'), whose subject is a source
# only when it is someone ('the film documents' is not).
KEPT_ON_RECORD = frozenset({"document", "verify", "register", "list"})
# Verbs that give a figure a source, and no claim one: those of record, and of what a reporter
# found out ('the BBC has learned', 'the BBC understands'), told in a tense of their own (not
# 'people need to understand that', an interview's plea).
FIGURE_ONLY = KEPT_ON_RECORD | {"learn", "understand"}
# Verbs that give a number its source (a subset of REPORT_LEMMAS): the ones that state
# information, not those that praise, urge or ask.
FIGURE_LEMMAS = frozenset(
    "say tell add state declare write explain note announce claim report confirm reveal disclose "
    "estimate count put record tally update revise cite tweet post mention acknowledge admit "
    "allege testify assert maintain reiterate warn describe believe fear inform indicate specify "
    "suggest".split()
)


# Verbs that hand over information (and those that state it), when a participle of one has an
# agent ('figures released by the ministry').
GIVING_LEMMAS = frozenset("provide release give publish issue compile supply".split()) | FIGURE_LEMMAS


# An interview transcript's turn: a paragraph opened with its speaker's name in double
# brackets, the Wikinews convention ('((Anna Roe))  I saw the notice on reddit.').
TURN = re.compile(r"[ \t]*\(\(([^()\n]{1,80})\)\)")


def transcript_turn(text: Text, at: int) -> Attribution | None:
    """Who speaks the transcript turn that holds offset at: the name that opens its paragraph.
    Not the interviewer's, told by what the turns are: a name whose turns are mostly questions
    is the one who asks, read over the whole article where this is a part of one."""
    if text.whole is not None:
        whole, offset = text.whole
        turn = transcript_turn(whole, at + offset)
        if turn is None or turn.start is None or turn.end is None:
            return None
        return Attribution(turn.speaker, turn.how, turn.cue, turn.start - offset, turn.end - offset)
    return _turns(text).get(text.paragraph_number(at))


def in_transcript(text: Text, at: int) -> bool:
    """Whether offset at stands in a turn of an interview transcript, anyone's."""
    if text.whole is not None:
        return in_transcript(text.whole[0], at + text.whole[1])
    return text.paragraph_number(at) in _turns(text, everyone=True)


def _turns(text: Text, everyone: bool = False) -> dict[int, Attribution]:
    """The transcript turns' speakers, by paragraph number (the interviewer's too: everyone)."""
    turns = text.memo.get(("turns", str(everyone)))
    if turns is None:
        marked = [(n, m, b) for n, (a, b) in enumerate(text.paragraphs, 1)
                  if (m := TURN.match(text.text, a, b)) is not None]  # fmt: skip
        asked: dict[str, list[bool]] = {}
        for _, m, b in marked:
            asked.setdefault(m.group(1).strip(), []).append("?" in text.text[m.end() : b])
        turns = {
            n: Attribution(m.group(1).strip(), "named", "", m.start(1), m.end(1))
            for n, m, _ in marked
            if everyone or sum(asked[m.group(1).strip()]) * 2 < len(asked[m.group(1).strip()])
        }
        # where the transcript is, a turn runs on over the paragraphs after it that no name
        # opens and that speak in the first or second person, as no news narrator does ('((Naomi
        # Martisius)) Um, no. ...' then 'But the leather probably was used ..., you could make a
        # bag': no event of the narrator's), up to the next turn
        for (n, _, _), (following, _, _) in itertools.pairwise(marked):
            for p in range(n + 1, following) if everyone else ():
                if not _spoken_in_person(text, p):
                    break
                turns[p] = turns[n]
        text.memo[("turns", str(everyone))] = turns
    return turns  # type: ignore[return-value]


PERSONAL = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})


def _spoken_in_person(text: Text, paragraph: int) -> bool:
    """Whether a paragraph (numbered from 1) uses the first or second person outside quotation
    marks: someone's words, not a news narrator's."""
    start, end = text.paragraphs[paragraph - 1]
    inside = _quoted(text)
    return any(t.lower_ in PERSONAL and t.pos_ == "PRON" and not _in(text.at(t), inside)
               for t in text.tokens_in(start, end))  # fmt: skip


def reporters(text: Text, start: int, end: int, figure: bool = False) -> list[Attribution]:
    """Who the article gives as the source of what stands at [start, end): the subjects of the
    reporting verbs of its sentence ('police said', 'according to the ministry'), the verb
    that governs those words first. Quoted words are not the narrator's attribution. A
    figure's source is read from the verbs that state information only (FIGURE_LEMMAS)."""
    sentences = text.sentences_over(start, end)
    inside = _quoted(text)
    if _in(start, inside):
        return []
    tokens = [t for s in sentences for t in s if not _in(text.at(t), inside)]
    here = [t for t in tokens if start <= text.at(t) < end]
    on_record = {a for t in here for a in _own_heads(t) if figure and _on_record(a)}  # 'listed 12 patients'
    governing = {a for t in here for a in _own_heads(t) if _reports(a)} | on_record
    clauses = {a for t in here for a in (t, *t.ancestors)}  # and 'X, Y, announced there were ...'
    governing |= {t for t in tokens if _reports(t) and _main_verb_misread(t) and t.head.head in clauses}
    # ('Twelve people died, the health minister, Tom Berger, announced', read as a participle)
    governing |= {
        t for t in tokens if _trailing_attribution_misread(t) is not None and t.head.head in clauses
    }
    # ('Twelve people died, data from the ministry show', 'show' read as a noun)
    governing |= {t for t in tokens if (n := _final_verb_misread(t)) is not None and n.head in clauses}
    verbs = [
        t
        for t in tokens
        if (_reports(t) or figure and _on_record(t))
        and not _reduced_passive(t)
        and (
            not figure
            or _states(t)
            and (t in governing and _tells(t, here) or _tells(t) and not _describes(t, here))
        )
        and not (figure and _within_its_subject(t, here))
        and not (figure and _described_topic(t, here))
        # (a semicolon parts the figure's clause from the verb's: 'The fire killed 12; the mayor
        # said the town was in shock', and the other way round)
        and not (figure and any(_across_a_semicolon(h, t) for h in here))
        and not (figure and any(_fronted_in_a_later_clause(h, t) for h in here))
        and not (figure and _before_a_semicolon(t) and not any(h in t.subtree for h in here))
    ]
    if figure and _hearsay(here):  # 'killing 20 according to officials, and leaving reportedly 15,000
        verbs = [v for v in verbs if v in governing]  # stranded': the 15,000 have no named source
    # the attribution that covers the others first: 'The country has recorded 45 deaths, the
    # ministry said' and 'Italy has reported 300 deaths, according to the ministry' are the
    # ministry's (who said what the country recorded; not 'officials said 24, but AFP reported
    # 32', joined, nor '..., with officials reporting 150'), then the verbs nearest the figure
    outer = {
        v: sum(g.dep_ == "ccomp" and g.head == v and not _own_account(g) for g in governing) for v in verbs
    }
    if figure:
        outer.update(
            {v: len(governing) + 1 for v in verbs if v.lower_ in ("according", "by") and v.head in clauses}
        )
    verbs.sort(key=lambda v: (v not in governing and outer[v] == 0, -outer[v], abs(text.at(v) - start)))
    found: list[Attribution] = []
    for verb in verbs:
        who = _speaker_of(text, verb, start)
        if who is not None and who.speaker and all(w.speaker != who.speaker for w in found):
            found.append(who)
    if not found:
        document = _document_saying(here)  # 'The ministry issued a statement that 40 people died'
        issuer = _named_issuer(text, document) if document is not None else None
        if document is not None and issuer is not None:
            found = [Attribution(issuer[0], "role", document.text, issuer[1], issuer[2])]
    if figure and not found:
        given = _given_by(here)
        who = _speaker_of(text, given, start) if given is not None else None
        found = [who] if who is not None and who.speaker else []
    turn = transcript_turn(text, start) if not figure else None
    return found if turn is None else [*found, turn]  # (an interview answer is its speaker's)


def _on_record(verb: Token) -> bool:
    """A verb that gives a figure its source only: 'the UN has documented 300 deaths', 'the BBC
    has learned', 'Officials listed 40 people among the dead' (not the bare form)."""
    return verb.lemma_.lower() in FIGURE_ONLY and verb.pos_ == "VERB" and verb.tag_ != "VB"


def _own_heads(token: Token) -> Iterator[Token]:
    """The words a word hangs on, up to a clause of its own account that holds it: in
    'officials said 24 were hurt, but AFP reported 32', 'said' is no head of the 32's
    ('Reports said 116 died, while the injured rose to 1,035' still gives the reports both)."""
    for head in token.ancestors:
        if _across_a_semicolon(token, head):
            continue  # ('five died; officials later confirmed seven': the parser hangs the
            # first clause on the verb after the semicolon)
        yield head
        if _own_account(head):
            return


def _fronted_in_a_later_clause(token: Token, verb: Token) -> bool:
    """Whether an attribution opens a clause joined after the word's own: 'Twelve people were
    killed and, according to the mayor, 30 were injured' (the mayor's is the 30, not the 12;
    'Twelve died and 30 were injured, according to police', set at the end, covers both)."""
    clause = verb.head if verb.lower_ == "according" or verb.dep_ == "parataxis" else None
    return (
        clause is not None
        and clause.dep_ == "conj"
        and verb.i < clause.i
        and token.i < clause.left_edge.i
        and token not in clause.subtree
    )


def _across_a_semicolon(token: Token, verb: Token) -> bool:
    """Whether a semicolon of the verb's clause stands between a word and a reporting verb
    after it with a subject of its own: the verb's report begins after the semicolon."""
    return (
        verb.i > token.i
        and _reports(verb)
        and any(c.dep_ in SUBJECTS and c.i > token.i for c in verb.children)
        and any(
            t.text == ";" and _clause_head(t.head) in (verb, verb.head)
            for t in verb.doc[token.i + 1 : verb.i]
        )
    )


def _clause_head(word: Token) -> Token:
    """The verb a word marks, if it is an auxiliary ('they had, his father says, paid': the
    parser hangs the semicolon before it on 'had'), else the word."""
    return word.head if word.dep_ in ("aux", "auxpass") else word


def _own_account(clause: Token) -> bool:
    """A clause that gives its own figures, not the ones of the clause it is joined to: joined
    by 'but' with its own subject, or a second source's reporting verb."""
    return _but_joined(clause) or _second_account(clause) or _before_a_semicolon(clause)


def _second_account(verb: Token) -> bool:
    """A reporting verb with its own subject joined to another clause: 'police counted 12 dead
    and the Red Cross counted 15', 'police said 12 had died, while local media reported 15'
    (the police give neither 15); not 'as' of what it tells ('12 died, as the BBC reported')."""
    return (
        verb.dep_ in ("conj", "advcl")
        and _reports(verb)
        and any(c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
        and not (_opened_by_as(verb) and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children))
    )


def _before_a_semicolon(verb: Token) -> bool:
    """A reporting verb with its own subject that a semicolon parts from the clause the parser
    hung it on: 'The army said 30 rebels were killed; the rebels said they lost five' (the
    rebels do not give the 30)."""
    head = verb.head
    # (or after it: 'Initial reports said five died; officials later confirmed seven deaths')
    between = verb.doc[verb.right_edge.i + 1 : head.i] if head.i > verb.i else verb.doc[head.i + 1 : verb.i]
    return (
        verb.dep_ == "ccomp"
        and _reports(verb)
        and any(c.dep_ in SUBJECTS for c in verb.children)
        and any(t.text == ";" and t.head in (head, verb) for t in between)
    )


def _within_its_subject(verb: Token, here: list[Token]) -> bool:
    """Whether the words stand inside the verb's own subject: 'Tom Berger, whose son died in the
    fire, said' does not report the son's death; the narrator tells it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    clauses = [c for s in subjects for c in s.children if c.dep_ == "relcl"]
    return any(t in c.subtree for c in clauses for t in here)


def _main_verb_misread(verb: Token) -> bool:
    """A verb the parser hung on the subject of the clause after it as a participle ('The
    chief, Abdullah al-Jahafi, announced on Tuesday there were suspects in custody', with
    'the chief' the subject of 'were'): a clause with 'there' has no other subject, so the
    verb is the main one and 'the chief' its subject."""
    clause = verb.head.head
    # and 'The fire service posted on Twitter that 16 people were injured': the clause's own
    # 'that' after the verb, and a subject of its own after that
    that = next(
        (c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i), None
    )
    own = that is not None and any(c.dep_ in SUBJECTS and c.i > that.i for c in clause.children)
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ in ("nsubj", "nsubjpass")
        and verb.head.i < verb.i
        and (verb.head.dep_ == "nsubj" and any(c.dep_ == "expl" for c in clause.children) or own)
    )


def _trailing_attribution_misread(verb: Token) -> Token | None:
    """The teller of an attribution set after its clause that the parser read as a participle
    describing a noun of that clause: 'Twelve people died, the country's health minister, Tom
    Berger, announced on television' (the minister the object of 'died', 'announced' a clause
    on him). A finite verb of telling with no subject, whose noun is set off by a comma after
    the clause's verb, and nothing after it but its own words: the noun is its subject."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or not _reports(verb) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) or noun.head.i >= noun.i or noun.left_edge.i == 0:
        return None
    set_off = noun.doc[noun.left_edge.i - 1].text == ","
    last = verb.sent[-1] if verb.sent[-1].is_punct else None
    ends = verb.right_edge.i == (last.i - 1 if last is not None else verb.sent[-1].i)
    return noun if set_off and ends and noun.dep_ in ("dobj", "attr", "npadvmod", "appos") else None


def _final_verb_misread(word: Token, documents: bool = True) -> Token | None:
    """The teller of an attribution set after its clause whose verb, the sentence's last word,
    the parser read as a noun: 'Twelve people died, data from the ministry show', '..., reports
    from local media indicate' ('show', 'indicate' the object of 'from'). The noun that opens
    the words after the comma, with no verb among them, is the verb's subject."""
    verb = word.lower_.removesuffix("s")
    if word.tag_ not in ("NN", "NNS") or word.i == 0 or verb not in FIGURE_LEMMAS | {"show"}:
        return None
    if not _ends_its_sentence(word):
        return None
    comma = next((t for t in reversed(word.doc[word.sent.start : word.i]) if t.text == ","), None)
    if comma is None or comma.i + 1 >= word.i:
        return None
    words = word.doc[comma.i + 1 : word.i]
    opener = words[0]
    while opener.dep_ in ("det", "amod", "compound", "poss", "nummod") and opener.head.i < word.i:
        opener = opener.head  # ('the latest figures from the ministry show': 'figures')
    hung_before = opener.head.i < comma.i or opener.dep_ == "ROOT"  # (or the clause hung on it)
    if opener.pos_ not in ("NOUN", "PROPN") or not hung_before or word not in opener.subtree:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    # (what a document shows is its issuer's: not 'statistics show', naming no one)
    shown = (
        verb != "show" or not documents or opener.lemma_.lower() in DOCUMENTS and _issuer(opener) is not None
    )
    return opener if shown else None


def _noun_read_for_verb(word: Token) -> bool:
    """Whether the parser took the verb of telling for a noun that a name before it describes:
    the last word of a sentence that the words after a comma end on ('..., data from the
    ministry show'), or a word the clause it tells hangs on, right after it ('Figures released
    by the ministry show twelve people died': 'ministry show' read as one noun)."""
    if _final_verb_misread(word, documents=False) is not None:
        return True
    return (
        word.tag_ in ("NN", "NNS")
        and word.lower_.removesuffix("s") in FIGURE_LEMMAS | {"show"}
        and any(c.dep_ == "compound" for c in word.lefts)
        and any(c.dep_ in ("relcl", "ccomp") and c.pos_ in ("VERB", "AUX") and c.left_edge.i == word.i + 1
                for c in word.rights)
    )  # fmt: skip


def _reduced_passive(verb: Token) -> bool:
    """A past participle with no auxiliary ('with 5,000 cases confirmed'): what it has for
    subject was reported, by no one it names ('has confirmed', 'police confirmed' are active)."""
    return (
        not _main_verb_misread(verb)
        and verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not _as_told_by(verb)
    )  # (a main verb tagged so is too often a past tense the tagger misread)


def _as_told_by(verb: Token) -> bool:
    """'As reported by the Associated Press, 14 people died', '..., as confirmed by police': a
    clause of 'as' whose agent names who told it, as 'according to' does."""
    return _opened_by_as(verb) and any(c.dep_ == "agent" for c in verb.children)


def _describes(verb: Token, here: list[Token]) -> bool:
    """Whether a verb stands in a clause that describes a noun, away from the figure ('the
    attack, which the Islamic State claimed'; 'the bombing, which police said was carried out
    by two men'): it reports on that noun, not on the figure; or in a clause set against the
    figure's ('seven died, although some reports put the toll at ten'): its own account."""
    clause = next((a for a in (verb, *verb.ancestors) if a.dep_ in ("relcl", "acl") or _conceding(a)), None)
    clause = verb if clause is None and _of_what(verb) else clause
    if clause is not None and not any(t in clause.subtree for t in here):
        # but 'Berger was arrested, but the police, announcing the arrest, did not name him'
        return not (_but_joined(clause) and _names_the_casualty(verb))
    # and the other way: 'officials said 24 were hurt, but AFP reported as many as 32 hurt' (the
    # officials do not give the 32)
    own = next((a for t in here for a in (t, *t.ancestors) if _own_account(a)), None)
    if own is not None and verb not in own.subtree:
        return True
    # and a later clause of its own teller: 'rescuers recovered 34 bodies, and officials said
    # another 20 people were missing' (the officials do not give the 34)
    second = next((a for a in (verb, *verb.ancestors) if _second_account(a)), None)
    return (
        second is not None
        and bool(here)
        and here[-1].i < second.i
        and not any(t in second.subtree for t in here)
    )


def _of_what(verb: Token) -> bool:
    """A verb of a clause of "what" that names a thing: 'arrested after what police described
    as a brawl' ('what' its object); 'died after what witnesses described as ...' (the parser made
    'what' the subject's word); 'killing 12, in what police said was an accident' ('what' the
    subject of the clause told)."""
    return any(
        c.dep_ == "dobj"
        and c.tag_ == "WP"
        or c.dep_ == "nsubj"
        and any(w.dep_ == "det" and w.tag_ == "WP" for w in c.children)
        or c.dep_ == "ccomp"
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.tag_ == "WP" for s in c.children)
        for c in verb.children
    )


def _conceding(clause: Token) -> bool:
    """A clause set against the one it hangs on: 'although some reports put the toll at ten';
    and one joined to it by 'but' (see _but_joined)."""
    if _but_joined(clause):
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCEDING for c in clause.children)


def _but_joined(clause: Token) -> bool:
    """A clause with a subject of its own joined to the one before by 'but': 'the official
    toll is 42, but locals say more than 100 died' (the locals do not give the 42, nor the
    officials the 100)."""
    return (
        clause.dep_ == "conj"
        and clause.pos_ == "VERB"
        and any(c.dep_ in SUBJECTS for c in clause.children)
        and any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < clause.i for c in clause.head.children
        )
    )


# Words that open a clause set against the one before.
CONCEDING = frozenset({"although", "though", "while", "whereas"})


def _hearsay(here: list[Token]) -> bool:
    """Whether the words' own clause marks them as heard from someone unnamed ('reportedly',
    'allegedly')."""
    clause = next((a for t in here for a in (t, *t.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and any(
        c.dep_ == "advmod" and c.lower_ in ("reportedly", "allegedly", "purportedly") for c in clause.children
    )


def document_clause(verb: Token) -> Token | None:
    """The that-clause of the document a verb issues: 'issued a statement that an inmate had been
    stabbed' (what the issuer states, as 'said that' would)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUING:
        return None
    documents = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS]
    return next((a for d in documents for a in d.children if a.dep_ == "acl"
                 and any(c.dep_ == "mark" and c.lower_ == "that" for c in a.children)), None)  # fmt: skip


def _document_saying(here: list[Token]) -> Token | None:
    """The document whose that-clause holds the words: 'issued a statement that an inmate had
    been stabbed', 'a report from the ministry that 40 people died' (who issued it is the source)."""
    for clause in (a for t in here[:1] for a in (t, *t.ancestors)):
        if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            noun = clause.head
            return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in DOCUMENTS else None
    return None


def _given_by(here: list[Token]) -> Token | None:
    """A participle with an agent that tells where a toll came from: 'death tolls, provided
    anonymously by officials to journalists, exceeded 100' (the toll is the figure's subject or
    holds it, or a figure set beside it names it)."""
    ancestors = {a for t in here for a in (t, *t.ancestors)}
    nouns = ancestors | {c for a in ancestors for c in a.children if c.dep_ in SUBJECTS}
    # and a figure named after it: '30 people died, a figure confirmed by the ministry'
    nouns |= {c for n in nouns for c in n.children if c.dep_ == "appos" and c.lemma_.lower() in DOCUMENTS}
    for noun in sorted(nouns, key=lambda n: n.i):
        for participle in noun.children:
            if participle.dep_ == "acl" and participle.tag_ == "VBN" and \
                    participle.lemma_.lower() in GIVING_LEMMAS and \
                    any(c.dep_ == "agent" for c in participle.children) and \
                    _tells(participle, here):  # (not 'The attack, claimed by rebels, killed 12')  # fmt: skip
                return participle
    return None


def _names_the_casualty(verb: Token) -> bool:
    """Whether a verb's object is the casualty itself: 'announcing the arrest', 'confirmed the
    deaths'."""
    from factsheet.figures import CASUALTY_NOUNS

    return any(c.dep_ == "dobj" and c.lemma_.lower() in CASUALTY_NOUNS for c in verb.children)


def _tells(verb: Token, figure: list[Token] | None = None) -> bool:
    """Whether a verb reports a figure: a verb with a thing for its object and no clause
    reports nothing ('his lawyers posted bond'), unless the thing is the casualty ('announcing
    the arrest') or, for a verb that governs the ``figure``, holds it ('reported 12 people
    killed'; not 'maintained his lead, with deaths surpassing 100,000')."""
    from factsheet.figures import CASUALTY_NOUNS, KIND_LEMMAS

    # (not the name set after a verb with no subject: '12 died, reported the Xinhua news agency')
    inverted = _inverted(verb) if not any(c.dep_ in SUBJECTS for c in verb.children) else None
    things = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN", "NUM")
        and c != inverted
        and not (figure is not None and _the_hearer(verb, c))  # (of a verb that governs the figure)
    ]
    told = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
    if verb.lemma_.lower() == "claim" and not told:
        # what one claims as one's own deed tells nothing of its toll: 'claimed responsibility
        # for the attack, which killed 12', 'claimed the bombing that killed 12', 'The attack,
        # claimed by rebels, killed 12' (but 'claimed 12 deaths', 'claimed that 12 died')
        return figure is not None and any(c in figure for c in things)
    return told or all(
        c.lemma_.lower() in CASUALTY_NOUNS | KIND_LEMMAS.keys() or figure is not None and
        any(t in figure for t in c.subtree) for c in things
    )  # fmt: skip


TOPICS = frozenset({"about", "on", "over", "regarding", "concerning"})  # what words are about


def _described_topic(verb: Token, figure: list[Token]) -> bool:
    """Whether a figure stands only in a clause that describes what a verb of saying is about:
    'Trump tweeted about the riots that followed the death of George Floyd, ... who died in
    Minneapolis' (the narrator's description of the riots, not what Trump told). A verb with a
    clause or an object of its own is left to the other rules."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") for c in verb.children):
        return False
    for token in figure:
        path: list[Token] = []
        for head in token.ancestors:
            if head == verb:
                topic = bool(path) and path[-1].dep_ == "prep" and path[-1].lower_ in TOPICS
                return topic and any(t.dep_ in ("relcl", "acl") for t in path)
            path.append(head)
    return False


# Verbs whose object is who hears the words, not what they say: 'told Reuters', 'informed
# the council', 'briefed reporters'.
TO_A_HEARER = frozenset({"tell", "inform", "brief", "assure", "notify", "warn"})


def _the_hearer(verb: Token, noun: Token) -> bool:
    """Whether a verb's object is the one told ('Six were killed, a source told Reuters'): a
    name, a person's or a body's noun, or a pronoun, after a verb that takes its hearer so."""
    return verb.lemma_.lower() in TO_A_HEARER and (
        noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or noun.pos_ == "PROPN"
        or noun.pos_ == "NOUN"
        and not names_no_person(noun.lemma_.lower())
    )


def _reports(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    if token.lower_ == "per":
        return _per(token) is not None
    if token.lower_ == "by":
        return _by_count(token) is not None
    lemma = token.lemma_.lower()
    if _final_verb_misread(token) is not None:
        return True
    if token.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(token) or _modifier(token):
        return False
    if lemma == "speak" and any(c.dep_ == "dobj" for c in token.children):
        return False  # a language spoken tells nothing: 'minorities speaking over 120 languages'
    return (
        lemma in REPORT_LEMMAS
        or lemma in STANCE_LEMMAS
        and (
            any(_finite(c) for c in token.children)
            or _belief_aside(token)
            or that_clause_misread(token) is not None
        )
        or _phrasal_report(token)
        or lemma in FINDING_LEMMAS  # (not 'a search found a weapon, ...': a thing found)
        and any(_finite(c) and c.i > token.i for c in token.children)
        and not any(c.dep_ == "dobj" for c in token.children)
        or _documents_show(token)
        or _toll_revised(token)
    )


def _verb_read_as_noun(token: Token) -> bool:
    """A sentence's head the parser took for a noun, though it has a subject and a clause it
    tells: 'Up to 12 people may have died, police fear' ('fear' read as the noun)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "ROOT"
        and (any(c.dep_ == "nsubj" for c in token.children) or _compound_subject(token) is not None)
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def _compound_subject(token: Token) -> Token | None:
    """The subject the parser joined to a verb it read as a noun, as the first part of one
    compound: 'Twelve people are missing, police fear' ('police fear', one noun to the parser)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head != token or before.i == 0:
        return None
    # (set after its clause: a comma before, and the sentence's end after; not 'Imus' radio
    # show Imus in the Morning aired on ...', a noun of two words the parser made the head)
    set_off = token.doc[before.i - 1].text == ","
    return before if before.pos_ in ("NOUN", "PROPN") and _ends_its_sentence(token) and set_off else None


def _ends_its_sentence(word: Token) -> bool:
    """Whether a word is its sentence's last, but for the stop after it."""
    last = word.sent[-1]
    return word.i == (last.i - 1 if last.is_punct else last.i)


def that_clause_misread(verb: Token) -> Token | None:
    """The that-clause a verb tells, which the parser hung on the noun of the verb's adverbial as
    a relative clause: 'Judge Jackson clarified in the proceedings that her decisions were not
    connected'. A relative clause 'that' opens leaves a gap for the noun; one whose 'that' only
    marks it, with a subject of its own and a tense, is no relative clause but the verb's own."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
                marked = that_marked(clause)
                own = any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in clause.children
                )
                tensed = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                    for c in clause.children
                )
                if marked and own and tensed:
                    return clause
    return None


def that_marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _phrasal_report(verb: Token) -> bool:
    """'The minister pointed out that unemployment had fallen': a verb and particle of saying,
    with the clause it tells (not 'pointed out the exit')."""
    return _phrasal_speech(verb) and any(_finite(c) for c in verb.children)


def an_aside(verb: Token) -> bool:
    """A verb with its subject set off by a comma inside the clause it tells of, telling nothing
    of its own: 'The fire, officials said, started in the kitchen' (the parser makes 'said' a
    parataxis of 'started')."""
    return (
        verb.dep_ == "parataxis"
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
        and set_apart(verb)
    )


def set_apart(word: Token) -> bool:
    """A word whose phrase has a comma just before it: the opening of an aside."""
    edge = word.left_edge  # (the comma may be the phrase's own first word)
    return edge.text == "," or edge.i > 0 and word.doc[edge.i - 1].text == ","


def _belief_aside(verb: Token) -> bool:
    """'The fire, investigators believe, was started deliberately': an aside closed by a comma
    right after its verb, which holds its clause true, as 'believe that' does."""
    return an_aside(verb) and verb.i + 1 < len(verb.doc) and verb.nbor(1).text == ","


# Verbs that move a toll, whose subject tells the new figure: 'officials raised the death toll
# to 40', 'the ministry lowered its count of the dead to 12'.
MOVED_TOLL = frozenset("raise lower increase reduce cut lift push bring".split())


def _toll_revised(verb: Token) -> bool:
    """'Officials raised the death toll to 40': the subject gives the new toll, as 'revised'
    does (not 'raised money', nor 'the floods raised the toll', told by no one)."""
    if verb.lemma_.lower() not in MOVED_TOLL:
        return False
    tolls = ("toll", "tally", "figure", "count")
    toll = any(c.dep_ == "dobj" and c.lemma_.lower() in tolls for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return toll and subject is not None and not names_no_person(subject.lemma_.lower())


def _documents_show(verb: Token) -> bool:
    """'UN figures show', 'the ministry's report shows', 'data from the ministry suggest', 'a
    report by the UN found that ...': a document whose issuer is named states what it shows, as
    the issuer would (not 'Statistics show', naming no one; not 'Police showed reporters the
    site'; 'found' only of what follows as a clause, not 'the report found its way')."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    lemma = verb.lemma_.lower()
    found = lemma in ("find", "conclude") and any(_finite(c) for c in verb.children)
    shows = lemma in ("show", "suggest", "indicate") or found
    # and 'The ministry released new figures. They show that ...': the document issued just before
    subjects += [d for c in subjects if (d := _issued_before(c)) is not None]
    if not subjects and verb.tag_ == "VBG":  # 'released figures on Monday showing that ...'
        subjects = [verb.head] if verb.dep_ == "acl" else [
            c for c in verb.head.children if c.dep_ == "dobj" and verb.dep_ == "advcl"]  # fmt: skip
    return shows and any(c.lemma_.lower() in DOCUMENTS and _issuer(c) is not None for c in subjects)


def _issued_before(pronoun: Token) -> Token | None:
    """The document 'it' or 'they' stands for, issued in the sentence before ('The ministry
    released new figures on Sunday. They show ...', '... According to them, ...': the figures), one
    or many as the pronoun is."""
    if pronoun.lower_ not in ("it", "they", "them") or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    tag = "NNS" if pronoun.lower_ in ("they", "them") else "NN"
    # (issued there: not 'The team used data from the Hubble telescope. They found ...': the team)
    documents = [t for t in _documents_taken(before) if t.head.lemma_.lower() in ISSUING]
    return documents[-1] if documents and documents[-1].tag_ == tag and _issuer(documents[-1]) else None


# Documents whose content is figures, whose issuer the sentences after them report for.
FIGURE_DOCUMENTS = frozenset({"report", "figure", "data", "datum", "statistic", "estimate", "tally", "count",
                              "update", "bulletin"})  # fmt: skip


def issued_just_before(text: Text, start: int) -> Attribution | None:
    """Who issued the figures a sentence with no source of its own tells, where the sentence
    right before it in its paragraph has a body put them out ('The ministry released its daily
    report. Twelve new deaths were recorded': the ministry); the attribution that covers the
    paragraph. Not a document only used or seen ('The team used data from the agency')."""
    sentences = text.sentences_over(start, start + 1)
    if not sentences or sentences[0].start == 0:
        return None
    sentence = sentences[0]
    before = sentence.doc[sentence.start - 1].sent  # (a parsed piece lies within one paragraph)
    main = before.root
    documents = [
        t for t in _documents_taken(before)
        if t.lemma_.lower() in FIGURE_DOCUMENTS and t.head == main and main.lemma_.lower() in ISSUING
    ]  # fmt: skip
    issuer = _named_issuer(text, documents[-1]) if documents else None
    if issuer is None or _in(start, _quoted(text)):
        return None
    return Attribution(issuer[0], "role", documents[-1].text, issuer[1], issuer[2])


LIST_ITEM = re.compile(r"\s*(?:[-*•–—]|\d{1,2}[.)])\s")  # '- 12 people died', '1. ...'


def introduced_list(text: Text, start: int) -> Attribution | None:
    """Who speaks for a list item: the source of the paragraph that introduces the list with
    a colon ('According to the ministry:' or 'Police said:', then '- 12 people died' on lines
    of their own); the attribution that covers those paragraphs."""
    item = at = text.paragraph_number(start) - 1  # (paragraph n is paragraphs[n - 1])
    while at > 0 and LIST_ITEM.match(text.text, text.paragraphs[at][0]):
        at -= 1  # up the list to the line before it
    head_start, head_end = text.paragraphs[at]
    if at == item or not text.text[head_start:head_end].rstrip().endswith(":"):
        return None
    colon = text.text.rindex(":", head_start, head_end)
    sentences = text.sentences_over(colon, colon + 1)
    if not sentences or _in(colon, _quoted(text)):
        return None
    # a verb of telling with nothing told in its own sentence: 'Police said on Monday:'
    verbs = [
        t for t in sentences[0] if _reports(t) and not any(c.dep_ in ("ccomp", "dobj") for c in t.children)
    ]  # fmt: skip
    for verb in reversed(verbs):
        who = _speaker_of(text, verb, colon)
        if who is not None and who.speaker and who.how in ("named", "role"):
            return who
    return None


def _finite(clause: Token) -> bool:
    """A that-clause with a tense of its own ('believe the man is 25'), not an infinitive
    ('expect the women to behave')."""
    tensed = ("VBD", "VBZ", "VBP", "MD")
    return clause.dep_ == "ccomp" and (
        clause.tag_ in tensed
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in tensed for c in clause.children)
        or _that_clause_tagged_base(clause)
    )


def _that_clause_tagged_base(clause: Token) -> bool:
    """'found that people who sleep less eat more': a clause opened by 'that' with a subject
    of its own is tensed, though the tagger took its verb for the bare form ('eat', VB)."""
    return (
        clause.tag_ == "VB"
        and that_marked(clause)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(c.dep_ == "aux" for c in clause.children)
    )


def _states(token: Token) -> bool:
    if token.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children
    ):
        return False  # 'the crisis claimed 15,393 lives': killed, not said
    if token.lemma_.lower() in FIGURE_ONLY and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and names_no_person(c.lemma_.lower()) for c in token.children
    ):
        return False  # 'the film documents the deaths of 300 miners': a thing, telling no one's count
    return (
        token.lower_ in ("according", "per", "by")
        or token.lemma_.lower() in FIGURE_LEMMAS | FIGURE_ONLY
        or _phrasal_report(token)
        or _documents_show(token)
        or _toll_revised(token)
        or _final_verb_misread(token) is not None  # ('..., data from the ministry show')
    )


# The Latin phrases of 'per', which give a rate, never a source.
PER_LATIN = frozenset({"capita", "annum", "diem", "se", "cent", "mille"})


def _set_off_as_according(token: Token) -> bool:
    """Whether a preposition's phrase is set off as 'according to' is: opening its sentence
    with a comma after it, or after a comma, bracket or dash."""
    after = token.right_edge.i + 1
    opens = token.i == token.sent.start and after < len(token.doc) and token.doc[after].text == ","
    return opens or token.i > 0 and token.nbor(-1).text in (",", "(", "—", "–")


def _per(token: Token) -> Token | None:
    """Who 'per' gives as the source, set off at a clause's end or opening its sentence as
    'according to' is: 'Twelve people died, per the county coroner', 'Per the police, three
    were arrested' (not a rate: '12 deaths per 100,000', 'per day', 'per capita')."""
    as_per = token.head if token.head.lower_ == "as" and token.head.i == token.i - 1 else token
    if token.dep_ != "prep" or not _set_off_as_according(as_per):  # (and 'as per police')
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.like_num or source.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT"):
        return None
    if source.lower_ in PER_LATIN:
        return None  # 'per capita', 'per annum': a rate
    if (
        source.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or source.pos_ == "NOUN"
        and not names_no_person(source.lemma_)
    ):
        return source
    return None


# Nouns of a reckoning 'by' gives as someone's: 'by the UN's count', 'by official estimates'.
RECKONINGS = frozenset({"count", "tally", "estimate", "reckoning", "calculation", "figure"})


def _by_count(token: Token) -> Token | None:
    """The reckoning 'by' gives as the source, set off at a clause's end or opening its
    sentence as 'according to' is: 'By the UN's count, 300 civilians have died', '300 died, by
    the ministry's tally' (not 'killed by a count of', 'won by a count of 12 to 3')."""
    if token.lower_ != "by" or token.dep_ != "prep" or not _set_off_as_according(token):
        return None
    reckoning = next((c for c in token.children if c.dep_ == "pobj"), None)
    if reckoning is None or reckoning.lemma_.lower() not in RECKONINGS:
        return None
    return reckoning if not any(c.dep_ == "prep" and c.lower_ == "of" for c in reckoning.children) else None


def _modifier(verb: Token) -> bool:
    """A participle that describes a noun ('a self-described Neo-Nazi', 'the so-called
    caliphate') reports nothing anyone said; a verb right after a closing quotation mark
    ('"...," tweeted actor Tom Berger', parsed as describing the name) is not one."""
    before = [t.text for t in verb.doc[max(0, verb.i - 2) : verb.i] if t.text != ","]
    return verb.dep_ in ("amod", "compound") and verb.i < verb.head.i and before[-1:] not in (['"'], ["”"])
