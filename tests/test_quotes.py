"""Quoted spans: offsets, split quotes, nested and running quotes, scare quotes."""

from __future__ import annotations

import pytest

from factsheet.quotes import find_quotes


def texts(article: str) -> list[list[str]]:
    return [[p.text for p in q.parts] for q in find_quotes(article) if q.direct]


def test_curly_quote_keeps_censored_word_and_offsets() -> None:
    article = "Intro line here.\n\n“Soon we will drive these s***ba*s out of there,” he said."
    [quote] = find_quotes(article)
    part = quote.parts[0]
    assert part.text == "Soon we will drive these s***ba*s out of there,"
    assert article[part.start : part.end] == part.text


def test_quote_split_by_its_attribution_is_one_quote_of_two_parts() -> None:
    article = "“It is over,” the mayor said, “and the city will rebuild.”"
    assert texts(article) == [["It is over,", "and the city will rebuild."]]


def test_two_speakers_in_one_paragraph_stay_apart() -> None:
    article = (
        'Prime Minister Ann Lee tweeted "We are with the victims in our thoughts." '
        'President Bo Park remarked, "Today I stand with all of them here."'
    )
    assert len(texts(article)) == 2


@pytest.mark.parametrize(
    ("article", "parts"),
    [
        ('"The water came fast," said Maria Lopez. Her neighbour, Tom Berger, agreed. "We lost it all," '
         'he said.',
         [["The water came fast,"], ["We lost it all,"]]),
        ('"It is a tragedy," said Anna Roe. "We must act," added Tom Berger.',
         [["It is a tragedy,"], ["We must act,"]]),
        ('"We will win," Anna Roe said; "we will see," Tom Berger said.',
         [["We will win,"], ["we will see,"]]),
        ('"We will win," Anna Roe told supporters. Tom Berger disagreed: "They will lose."',
         [["We will win,"], ["They will lose."]]),
        # whatever the verb of saying of the second quote's own attribution
        ('"Nobody came," said Anna Roe. "We were alone," agreed her neighbour, Tom Berger.',
         [["Nobody came,"], ["We were alone,"]]),
        ('"Nobody came," said Anna Roe. "We were alone," Tom Berger recalled.',
         [["Nobody came,"], ["We were alone,"]]),
        # or in the sentence that leads to it
        ('"No project can go ahead," he said. He ended by saying "we are ready to talk."',
         [["No project can go ahead,"], ["we are ready to talk."]]),
        # (not a verb that opens the quote after: that one's, and the two before stay one)
        ('"They are the best," said Tom Berger. "We did this together." He posted on Twitter, "We won!"',
         [["They are the best,", "We did this together."], ["We won!"]]),
        ('"We will win," Anna Roe said. She paused. "We always do."', [["We will win,", "We always do."]]),
        ('"We will win," said Dr. Anna Roe, the mayor. "We always do."', [["We will win,", "We always do."]]),
    ],
)  # fmt: skip
def test_a_narrated_sentence_and_a_second_attribution_part_two_quotes(
    article: str, parts: list[list[str]]
) -> None:
    """'"X," said Roe. Her neighbour, Berger, agreed. "Y," he said' was joined into one quote of
    Roe's: a sentence of the narrator's after the attribution, and one of the second quote's
    own, make two people's words. A pause with no new attribution, or 'Dr.', joins nothing apart."""
    assert texts(article) == parts


def test_a_quote_s_opening_word_split_off_by_its_attribution_is_its_first_part() -> None:
    """'"However," he told Science News, "this study does lay groundwork ..."' (corpus news) lost
    'However,': one word is no quote alone, but at a sentence's start and closed by a comma
    it is the first part of the quote its attribution splits."""
    article = 'The study was small. "However," he told reporters, "this study does lay groundwork."'
    assert texts(article) == [["However,", "this study does lay groundwork."]]
    assert texts('He called it "awful," and left.') == []


@pytest.mark.parametrize(
    ("article", "parts"),
    [
        ("‘We will win,’ said Anna Roe. ‘Nobody can stop us.’", [["We will win,", "Nobody can stop us."]]),
        ("‘The workers’ rights matter most,’ said Anna Roe.", [["The workers’ rights matter most,"]]),
        ("‘We don’t give up,’ Anna Roe told reporters.", [["We don’t give up,"]]),
        ("The band was big in the ‘90s, Anna Roe said.", []),
        ("He called the plan ‘a disgrace’ in a speech.", []),
    ],
)  # fmt: skip
def test_curly_single_quotation_marks_quote_too(article: str, parts: list[list[str]]) -> None:
    """British style quotes with single marks: ‘We will win,’ she said gave no quote. The close
    is the ’ that ends a word; an apostrophe ('don’t') and a plural's possessive ('the workers’
    rights') go on; a stray ‘ ('the ‘90s') opens nothing."""
    assert texts(article) == parts


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    article = "“She told me ‘run now’ and I ran as fast as I could,” the witness said."
    assert texts(article) == [["She told me ‘run now’ and I ran as fast as I could,"]]


def test_quote_spanning_paragraphs_has_one_part_per_paragraph() -> None:
    article = (
        "“The first paragraph of a long statement goes on here.\n\n"
        "“And the second paragraph ends it,” she said."
    )
    assert texts(article) == [
        [
            "The first paragraph of a long statement goes on here.",
            "And the second paragraph ends it,",
        ]
    ]


def test_scare_quotes_are_not_direct_quotes() -> None:
    quotes = find_quotes('Russia is no longer in "full control" of the region, officials said.')
    assert [q.direct for q in quotes] == [False]


def test_pull_quote_leftover_without_quote_marks_is_no_quote() -> None:
    article = "—Łukasz Szumowski on the failed efforts to save the mayor's life\n\nHe died."
    assert find_quotes(article) == []


def test_cue_elides_the_quote_and_keeps_the_attribution() -> None:
    [quote] = find_quotes("“It’s a suburb of Lysychansk,” head of the administration said.")
    assert quote.cue == "“…” head of the administration said."


@pytest.mark.parametrize(
    ("article", "shown"),
    [
        ('The new virus was at first compared with "swine flu." Cases rose all week.', []),
        ('Tom Berger called the deal "perfectly fine and routine." The talks resumed.', ["Tom Berger"]),
        ('Mayor Ann Roe called the attack "an act of inexplicable barbarity." She left.', ["Ann Roe"]),
        ('The crowd shouted "We will win." Police watched from the square.', ["The crowd"]),
    ],
)
def test_a_short_phrase_with_no_verb_is_a_quote_only_with_a_speaker(article: str, shown: list[str]) -> None:
    """American style puts the full stop inside the marks: 'swine flu.' is a scare quote."""
    from factsheet.article import Article
    from factsheet.extract import ask_about

    question = ask_about(Article(text=article, name="test", title=None, date=None))
    assert len(question.quotes) == len(shown)


@pytest.mark.parametrize(
    ("article", "shown"),
    [
        ('"It was incredible", astronaut Doug Hurley said after the launch.', 1),  # British style
        ('Supporters chanted "Build Back Better" outside the hall on Monday.', 0),  # a slogan
        ('The campaign\'s posters read "Lock me up" in red letters.', 0),  # no tense: a slogan
    ],
)
def test_a_short_clause_outside_the_marks_is_a_quote_only_with_a_speaker(article: str, shown: int) -> None:
    from factsheet.article import Article
    from factsheet.extract import ask_about

    assert len(ask_about(Article(text=article, name="test", title=None, date=None)).quotes) == shown


def test_a_straight_quote_nested_in_a_straight_quote_closes_the_inner_one() -> None:
    """Seen in corpus news: '"... The "United States" is not holding any detainees." McGurk
    later wrote, "..."' read 'McGurk later wrote,' as a quote, verified, and lost the second
    quote: the mark before 'United' was taken for the outer quote's close."""
    article = (
        'Roe criticized the decision. "The statement is wrong. The "United States" is not holding any '
        'detainees." Roe later wrote, "The allies suffered thousands of casualties."'
    )
    assert texts(article) == [
        ['The statement is wrong. The "United States" is not holding any detainees.'],
        ["The allies suffered thousands of casualties."],
    ]
    assert texts('He called it "a disgrace" and said "we will fight on, whatever it takes".') == [
        ["we will fight on, whatever it takes"]
    ]


@pytest.mark.parametrize(
    "article",
    [
        'The band released its album "Songs From the Big Chair of the Ocean" in 1985.',
        'The law, known as the "Reproductive Health Care Reform Bill 2019", passed on Thursday.',
        'Protesters carried banners reading "No More War In Our Name Now".',
        'His book, titled "How We Lost the War and Won the Peace", was published last year.',
        # two or three capitalised words, whatever stop the marks hold: a name
        'Police blamed the attack on the "Islamic State."',
    ],
)
def test_words_in_title_case_are_a_name_not_a_quote(article: str) -> None:
    """Seen in corpus news: 'the "Reproductive Health Care Reform Bill 2019"' and a storm
    advisory's name were shown as verified quotes, with no speaker."""
    assert texts(article) == []


@pytest.mark.parametrize(
    "article",
    [
        '"This Court has concluded that the advice to Her Majesty was unlawful and of no effect," it said.',
        '"Donald Trump met Joe Biden in New York," she said.',
        '"We got away with it against Uni [in round 1] but [against] Noosa.  They beat us well," he said.',
    ],
)
def test_names_inside_words_said_leave_them_a_quote(article: str) -> None:
    """A name's capital ('Her Majesty'), names alone, or a sentence opened after an editor's
    bracket do not make words said a title."""
    assert len(texts(article)) == 1
