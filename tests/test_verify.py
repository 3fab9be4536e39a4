"""The verifier on hand-made cases, planted hallucinations included: each must be flagged."""

from __future__ import annotations

import pytest

from factsheet.models import Check, Claim, Event, Figure, Quote, Span
from factsheet.verify import (
    Source,
    check_claim,
    check_event,
    check_figure,
    check_quote,
    victims_problem,
)

ARTICLE = (
    "date 2022-09-20 Russia is no longer in “full control” of Luhansk.\n\n"
    "However, Luhansk’s governor, Serhiy Haidai, on Monday declared on Telegram that Ukraine’s "
    "forces were in “complete control” of Bilohorivka.\n\n"
    "“It’s a suburb of Lysychansk. Soon we will drive these s***ba*s out of there with a "
    "broom,” head of the Luhansk Regional Military–Civil Administration said. “Step by step, "
    "centimetre by centimetre, we will liberate our entire land from the invaders.”\n\n"
    'Interior Minister Joachim Brudziński called the stabbing "an act of inexplicable '
    'barbarity." Prime Minister Mateusz Morawiecki tweeted "We are with Mayor Adamowicz in our '
    'thoughts and prayers."\n\n'
    "As many as 200 Russian soldiers died as Ukrainians conducted a strike on a bus shelter "
    "at the frontline city of Svatove. Local officials said 24 people were hospitalised.\n"
)
UNCHECKED = Check(status="flagged", reason="not checked")


def span(text: str) -> Span:
    start = ARTICLE.find(text)
    return Span(text=text, start=max(start, 0), end=max(start, 0) + len(text))


def quote_in(text: str, words: str, speaker: str | None) -> Quote:
    """A quote of ``words`` where they stand in ``text``, unchecked."""
    start = text.find(words)
    return Quote(parts=[Span(text=words, start=start, end=start + len(words))], speaker=speaker,
                 check=UNCHECKED)  # fmt: skip


def quote(text: str, speaker: str | None) -> Quote:
    return Quote(parts=[span(text)], speaker=speaker, check=UNCHECKED)


def figure(phrase: str, low: int | None, high: int | None, qualifier: str = "exact",
           kind: str = "killed", source: str | None = None) -> Figure:  # fmt: skip
    return Figure(
        kind=kind, low=low, high=high, qualifier=qualifier, victims="soldiers",  # type: ignore[arg-type]
        reported_by=source, phrase=span(phrase), check=UNCHECKED,
    )  # fmt: skip


def test_real_quote_with_its_named_speaker_is_verified() -> None:
    result = check_quote(Source(ARTICLE), quote("an act of inexplicable barbarity.", "Joachim Brudziński"))
    assert result.check.status == "verified"


def test_a_role_the_article_ties_to_no_name_stays_the_role() -> None:
    """'"…," head of the … Administration said': the article never gives Haidai that role, so
    the role is the speaker a reviewer can check; a name the model supplies is flagged."""
    text = "Step by step, centimetre by centimetre, we will liberate our entire land from the invaders."
    role = "head of the Luhansk Regional Military–Civil Administration"
    result = check_quote(Source(ARTICLE), quote(text, role))
    assert result.check.status == "verified", result.check.reason
    guessed = check_quote(Source(ARTICLE), quote(text, "Serhiy Haidai"))
    assert guessed.check.status == "flagged" and role in guessed.check.reason


def test_fabricated_quote_is_flagged() -> None:
    result = check_quote(Source(ARTICLE), quote("We will never surrender Luhansk.", "Serhiy Haidai"))
    assert result.check.status == "flagged"
    assert "not in the article" in result.check.reason


def test_narrative_sentence_passed_off_as_a_quote_is_flagged() -> None:
    text = "As many as 200 Russian soldiers died as Ukrainians conducted a strike"
    result = check_quote(Source(ARTICLE), quote(text, "Serhiy Haidai"))
    assert result.check.status == "flagged"
    assert "not inside quotation marks" in result.check.reason


def test_real_quote_given_to_the_wrong_speaker_is_flagged() -> None:
    text = "We are with Mayor Adamowicz in our thoughts and prayers."
    result = check_quote(Source(ARTICLE), quote(text, "Joachim Brudziński"))
    assert result.check.status == "flagged"
    assert "attributes this quote" in result.check.reason


def test_speaker_the_article_never_names_is_flagged() -> None:
    result = check_quote(Source(ARTICLE), quote("an act of inexplicable barbarity.", "Donald Tusk"))
    assert result.check.status == "flagged"


def test_quote_matches_with_straight_marks_and_offsets_point_into_the_original() -> None:
    wanted = "It's a suburb of Lysychansk."  # straight apostrophe; the article has a curly one
    result = check_quote(Source(ARTICLE), Quote(
        parts=[Span(text=wanted, start=0, end=0)],
        speaker="head of the Luhansk Regional Military–Civil Administration", check=UNCHECKED))  # fmt: skip
    part = result.parts[0]
    assert result.check.status == "verified", result.check.reason
    assert ARTICLE[part.start : part.end] == "It’s a suburb of Lysychansk."


def test_true_figure_without_source_is_verified() -> None:
    result = check_figure(Source(ARTICLE), figure("As many as 200 Russian soldiers died", None, 200, "up_to"))
    assert result.check.status == "verified"


def test_one_person_an_adjective_describes_counts_one() -> None:
    """'A rescued woman died at the scene': one rescued, with no number written."""
    text = "Fire crews reached the hall at dawn. A rescued woman died at the scene."
    start = text.find("A rescued woman")
    phrase = Span(text="A rescued woman", start=start, end=start + 15)
    described = Figure(kind="rescued", low=1, high=1, qualifier="exact", victims="woman", reported_by=None,
                       phrase=phrase, check=UNCHECKED)  # fmt: skip
    assert check_figure(Source(text), described).check.status == "verified"
    report = "Police filed a missing persons report on Monday."
    start = report.find("a missing persons report")
    not_one = described.model_copy(update={"kind": "missing", "victims": "persons",
                                           "phrase": Span(text="a missing persons report", start=start,
                                                          end=start + 24)})  # fmt: skip
    assert check_figure(Source(report), not_one).check.status == "flagged"


def test_an_unnamed_person_of_a_given_age_counts_one_not_their_age() -> None:
    text = "A 25-year-old man was arrested by police after the stabbing on Sunday."
    phrase = Span(text="A 25-year-old man was arrested", start=0, end=30)
    # (who made the arrest, 'by police', is its source)
    arrested = Figure(kind="arrested", low=1, high=1, qualifier="exact", victims="25-year-old man",
                      reported_by="police", phrase=phrase, check=UNCHECKED)  # fmt: skip
    assert check_figure(Source(text), arrested).check.status == "verified"
    assert (
        check_figure(Source(text), arrested.model_copy(update={"low": 25, "high": 25})).check.status
        == "flagged"
    )


def test_people_joined_count_as_many_as_are_named_and_no_more() -> None:
    """'The pilot and a lineman were taken to hospital': two injured, with no number written;
    three is flagged, and so is two where only one person is named."""
    text = "The helicopter struck power lines. The pilot and a lineman were taken to hospital."
    start = text.find("The pilot and a lineman were taken")
    phrase = Span(text="The pilot and a lineman were taken", start=start, end=start + 34)
    joined = Figure(kind="injured", low=2, high=2, qualifier="exact", victims="The pilot and a lineman",
                    reported_by=None, phrase=phrase, check=UNCHECKED)  # fmt: skip
    assert check_figure(Source(text), joined).check.status == "verified"
    assert (
        check_figure(Source(text), joined.model_copy(update={"low": 3, "high": 3})).check.status == "flagged"
    )
    alone = "The helicopter struck power lines. The pilot was taken to hospital."
    start = alone.find("The pilot was taken")
    one = joined.model_copy(
        update={
            "victims": "The pilot",
            "phrase": Span(text="The pilot was taken", start=start, end=start + 19),
        }
    )
    assert check_figure(Source(alone), one).check.status == "flagged"


def test_wrong_number_is_flagged() -> None:
    result = check_figure(
        Source(ARTICLE), figure("As many as 200 Russian soldiers died", None, 2000, "up_to")
    )
    assert result.check.status == "flagged"
    assert "2000" in result.check.reason


def test_figure_with_an_invented_source_is_flagged() -> None:
    phrase = "As many as 200 Russian soldiers died"
    result = check_figure(Source(ARTICLE), figure(phrase, None, 200, "up_to", source="Kremlin"))
    assert result.check.status == "flagged"


def test_figure_with_a_source_named_elsewhere_is_flagged() -> None:
    phrase = "As many as 200 Russian soldiers died"
    result = check_figure(Source(ARTICLE), figure(phrase, None, 200, "up_to", source="Serhiy Haidai"))
    assert result.check.status == "flagged"


def test_figure_with_its_real_source_is_verified() -> None:
    phrase = "24 people were hospitalised"
    result = check_figure(Source(ARTICLE), figure(phrase, 24, 24, kind="injured", source="Local officials"))
    assert result.check.status == "verified", result.check.reason


def test_figure_of_the_wrong_kind_is_flagged() -> None:
    phrase = "24 people were hospitalised"
    result = check_figure(Source(ARTICLE), figure(phrase, 24, 24, kind="killed"))
    assert result.check.status == "flagged"


def test_figure_phrase_not_in_the_article_is_flagged() -> None:
    result = check_figure(Source(ARTICLE), figure(",000 people died", 0, 0))
    assert result.check.status == "flagged"


def test_event_with_its_place_and_time_is_verified() -> None:
    event = Event(what="Haidai declared Ukraine's forces in complete control of Bilohorivka",
                  where="Bilohorivka", when="on Monday", check=UNCHECKED)  # fmt: skip
    assert check_event(Source(ARTICLE), event).check.status == "verified"


def test_event_with_an_invented_place_is_flagged() -> None:
    event = Event(what="Haidai declared Ukraine's forces in complete control of Bilohorivka",
                  where="Kharkiv", when=None, check=UNCHECKED)  # fmt: skip
    assert check_event(Source(ARTICLE), event).check.status == "flagged"


def test_event_time_that_is_not_a_time_is_flagged() -> None:
    event = Event(what="Russian soldiers died in a strike on a bus shelter at Svatove",
                  where="Svatove", when="as many as 200", check=UNCHECKED)  # fmt: skip
    assert check_event(Source(ARTICLE), event).check.status == "flagged"


@pytest.mark.parametrize("when", ["around 4 a.m.", "at 9pm", "shortly after midnight"])
def test_a_clock_s_hour_is_a_time(when: str) -> None:
    """'The ship sank in the North Sea at around 4 a.m.' lost its place and its time: 'around
    4 a.m.' was not read as a time, the event was flagged and both were blanked."""
    text = f"The ship sank in the North Sea {when} local time, the coast guard said."
    event = Event(what="The ship sank in the North Sea", where="the North Sea", when=when, check=UNCHECKED)
    assert check_event(Source(text), event).check.status == "verified"


def test_event_time_from_another_part_of_the_article_is_flagged() -> None:
    event = Event(what="Russian soldiers died in a strike on a bus shelter at Svatove",
                  where="Svatove", when="on Monday", check=UNCHECKED)  # fmt: skip
    assert check_event(Source(ARTICLE), event).check.status == "flagged"


def test_claim_with_its_source_is_verified() -> None:
    claim = Claim(claim="Ukraine's forces were in complete control of Bilohorivka",
                  source="Serhiy Haidai", check=UNCHECKED)  # fmt: skip
    assert check_claim(Source(ARTICLE), claim).check.status == "verified"


def test_claim_given_to_the_wrong_source_is_flagged() -> None:
    claim = Claim(claim="Ukraine's forces were in complete control of Bilohorivka",
                  source="Mateusz Morawiecki", check=UNCHECKED)  # fmt: skip
    assert check_claim(Source(ARTICLE), claim).check.status == "flagged"


def test_a_claim_told_twice_in_the_same_words_is_checked_at_either_place() -> None:
    """'his associates had alleged Navalny was poisoned' (corpus news) was flagged: the check read
    only the first 'Navalny was poisoned', which the government said."""
    article = (
        "The government said Tom Berger was poisoned with a nerve agent.\n\n"
        "Berger is a critic of the president, and his associates had alleged Tom Berger was poisoned.\n"
    )
    said = [check_claim(Source(article), Claim(claim="Tom Berger was poisoned", source=who, check=UNCHECKED))
            .check.status for who in ("his associates", "The government", "the president")]  # fmt: skip
    assert said == ["verified", "verified", "flagged"]


def test_a_language_spoken_names_no_source() -> None:
    """'Australia is a country of ethnic minorities speaking over 120 languages' verified the
    claim as Australia's: speaking a language is no verb of telling."""
    article = "Australia is a country of ethnic minorities speaking over 120 languages and dialects.\n"
    claim = Claim(claim="Australia is a country of ethnic minorities", source="Australia", check=UNCHECKED)
    assert check_claim(Source(article), claim).check.status == "flagged"


def test_claim_given_to_the_source_of_the_next_sentence_is_flagged() -> None:
    article = (
        "As many as 200 Russian soldiers died as Ukrainians struck a base at Svatove. "
        "Governor Haidai in a Telegram post stated that the separatist leaders began to panic.\n"
    )
    claim = Claim(claim="Russian soldiers died as Ukrainians struck a base at Svatove",
                  source="Governor Haidai", check=UNCHECKED)  # fmt: skip
    assert check_claim(Source(article), claim).check.status == "flagged"


def test_a_quoted_claim_belongs_to_the_quote_s_speaker_only() -> None:
    """A statement quoted in the article is verified for the speaker the article gives the
    quote, never for someone the sentence merely names ('said of Ann Dee')."""
    article = (
        "Ann Dee resigned on Monday. "
        '"The council has failed the town and its children," Tom Berger said of Ann Dee.\n'
    )
    words = "The council has failed the town and its children"
    said = [check_claim(Source(article), Claim(claim=words, source=who, check=UNCHECKED)).check.status
            for who in ("Tom Berger", "Berger", "Ann Dee")]  # fmt: skip
    assert said == ["verified", "verified", "flagged"]


def test_figures_that_disagree_stay_separate_and_are_linked() -> None:
    from factsheet.verify import link_conflicts

    article = "Officials said 35 people were killed. The Taliban claimed 190 people were killed.\n"
    low = Figure(kind="killed", low=35, high=35, qualifier="exact", victims="people",
                 reported_by="Officials", phrase=Span(text="35 people were killed", start=15, end=36),
                 check=UNCHECKED)  # fmt: skip
    at = article.index("190 people")
    phrase = Span(text="190 people were killed", start=at, end=at + 22)
    high = low.model_copy(update={"low": 190, "high": 190, "reported_by": "The Taliban", "phrase": phrase})
    assert article[phrase.start : phrase.end] == phrase.text
    linked = link_conflicts([low, high])
    assert [f.conflicts_with for f in linked] == [[1], [0]]
    assert [f.low for f in linked] == [35, 190]  # never summed, never merged


def test_a_named_group_smaller_than_a_total_is_part_of_it_not_a_conflict() -> None:
    """'killed at least 62' and, later, 'two small children died' were marked as conflicting
    reports: a group the article names, smaller than a count of no one named, can be part of it."""
    from factsheet.verify import link_conflicts

    def figure(low: int, high: int | None, victims: str | None) -> Figure:
        return Figure(kind="killed", low=low, high=high, qualifier="exact", victims=victims, reported_by=None,
                      phrase=Span(text=str(low), start=low, end=low + 2), check=UNCHECKED)  # fmt: skip

    total, part = figure(62, None, None), figure(2, 2, "small children")
    assert [f.conflicts_with for f in link_conflicts([total, part])] == [[], []]
    # a group larger than the total, or two totals, still disagree
    assert [f.conflicts_with for f in link_conflicts([figure(5, 5, "people"), figure(7, 7, "children")])] == [
        [1],
        [0],
    ]
    assert [f.conflicts_with for f in link_conflicts([total, figure(53, 53, None)])] == [[1], [0]]


def test_a_dispute_stands_only_between_two_verified_claims_of_different_sources() -> None:
    from factsheet.verify import _check_disputes

    ok = Check(status="verified", reason="ok")
    moscow = Claim(claim="Russia controls all of Luhansk", source="Moscow", check=ok)
    kyiv = Claim(claim="Ukraine controls Bilohorivka", source="Serhiy Haidai", disputes=0, check=ok)
    same = Claim(claim="Russia controls Luhansk", source="Moscow", disputes=0, check=ok)
    assert [c.disputes for c in _check_disputes([moscow, kyiv, same])] == [None, 0, None]


def test_figure_whose_victims_count_someone_else_is_flagged() -> None:
    """Planted: "200 killed" said of "200 soldiers and 24 people" counts 24 more."""
    planted = figure("As many as 200 Russian soldiers died", 200, 200, "up_to")
    planted = planted.model_copy(update={"victims": "200 soldiers, 24 people"})
    checked = check_figure(Source(ARTICLE), planted)
    assert checked.check.status == "flagged" and "24" in checked.check.reason


def test_figure_whose_victims_the_article_never_names_is_flagged() -> None:
    planted = figure("As many as 200 Russian soldiers died", 200, 200, "up_to")
    planted = planted.model_copy(update={"victims": "Chechen volunteers"})
    checked = check_figure(Source(ARTICLE), planted)
    assert checked.check.status == "flagged" and "chechen" in checked.check.reason.lower()


def test_victims_that_count_others_or_that_the_sentence_never_names_are_problems() -> None:
    sentence = "A fire on a highway killed five children in a church bus and two truck drivers."
    assert victims_problem("five children, two truck drivers", {5}, sentence)
    assert victims_problem("two truck drivers", {2}, sentence) is None
    assert victims_problem("tourists", {5}, sentence)
    assert victims_problem("people", {5}, sentence) is None  # says nothing to check


def test_quote_introduced_by_a_colon_is_not_given_to_the_last_person_named() -> None:
    """Seen on the embedded model: a court's words given to the politician named before them.
    The colon ends the clause that introduces the quote: the court said it."""
    text = (
        "Prime Minister Boris Johnson asked the Queen to suspend Parliament.\n\n"
        "The High Court of England and Wales also ruled on the same day, finding: \u201cIn our "
        "view, the decision is not justiciable in Her Majesty\u2019s courts.\u201d\n"
    )
    quoted = quote_in(text, "In our view, the decision is not justiciable", "Boris Johnson")
    checked = check_quote(Source(text), quoted)
    assert checked.check.status == "flagged" and "High Court" in checked.check.reason
    court = check_quote(
        Source(text), quoted.model_copy(update={"speaker": "The High Court of England and Wales"})
    )
    assert court.check.status == "verified", court.check.reason


def test_quote_attributed_with_a_gerund_keeps_its_speaker() -> None:
    text = (
        "The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, \u201cAn urgent "
        "enquiry into what happened is underway to ensure it cannot happen again.\u201d\n"
    )
    quoted = quote_in(text, "An urgent enquiry into what happened is underway", "Sadiq Khan")
    assert check_quote(Source(text), quoted).check.status == "verified"


def test_he_points_back_to_a_person_not_to_the_paper_he_spoke_to() -> None:
    """Seen on the embedded model: 'He continued' given to 'the Nevada Independent'."""
    text = (
        "A Republican, Mark Amodei, voiced support, telling the Nevada Independent: \u201cI'm a big "
        "fan of oversight.\u201d He continued by noting that \u201cusing government agencies to put "
        "your finger on the scale is wrong.\u201d\n"
    )
    quoted = quote_in(text, "using government agencies to put your finger", "Nevada Independent")
    assert check_quote(Source(text), quoted).check.status == "flagged"
    right = quoted.model_copy(update={"speaker": "Mark Amodei"})
    assert check_quote(Source(text), right).check.status == "verified"


def test_who_made_the_arrest_is_checked_as_its_source() -> None:
    text = "Police arrested a 41-year-old man on suspicion of arson on Sunday."
    phrase = Span(text="arrested a 41-year-old man", start=7, end=33)
    arrested = Figure(kind="arrested", low=1, high=1, qualifier="exact", victims="41-year-old man",
                      reported_by="Police", phrase=phrase, check=UNCHECKED)  # fmt: skip
    assert check_figure(Source(text), arrested).check.status == "verified"
    other = arrested.model_copy(update={"reported_by": "the fire service"})
    assert check_figure(Source(text), other).check.status == "flagged"
    # and a model that leaves it out is told the article gives one
    assert (
        check_figure(Source(text), arrested.model_copy(update={"reported_by": None})).check.status
        == "flagged"
    )


def test_people_joined_with_their_ages_count_as_many_as_are_named() -> None:
    """'a man, 45, and a woman, 38, had died': two, and the ages are no count."""
    text = "A bus crashed on Sunday. Police said a man, 45, and a woman, 38, had died."
    words = "a man, 45, and a woman, 38, had died"
    start = text.find(words)
    joined = Figure(kind="killed", low=2, high=2, qualifier="exact", victims="a man, 45, and a woman",
                    reported_by="Police", phrase=Span(text=words, start=start, end=start + len(words)),
                    check=UNCHECKED)  # fmt: skip
    assert check_figure(Source(text), joined).check.status == "verified"
    assert (
        check_figure(Source(text), joined.model_copy(update={"low": 45, "high": 45})).check.status
        == "flagged"
    )


def test_an_age_that_names_people_counts_no_one_else() -> None:
    """'two 10-year-olds' was flagged: the victims were read as counting 10."""
    sentence = "A bomb exploded. Two 10-year-olds were injured."
    assert victims_problem("10-year-olds", {2}, sentence) is None
    assert victims_problem("10 children", {2}, sentence)


def test_a_flagged_event_keeps_the_place_or_the_time_that_checks() -> None:
    """An event whose time failed lost its place too: both were blanked. The one that is where
    the article tells the event stays; the other is blanked."""
    from factsheet.repair import _event

    text = "The ship sank in the North Sea on Monday, the coast guard said."
    event = Event(what="The ship sank in the North Sea", where="the North Sea", when="the final season",
                  check=UNCHECKED)  # fmt: skip
    flagged = check_event(Source(text), event)
    assert flagged.check.status == "flagged"
    kept = _event(Source(text), flagged)
    assert (kept.where, kept.when) == ("the North Sea", None)
    assert check_event(Source(text), kept).check.status == "verified"
    invented = Event(
        what="The ship sank in the North Sea", where="Kharkiv", when="on Monday", check=UNCHECKED
    )
    kept = _event(Source(text), check_event(Source(text), invented))
    assert (kept.where, kept.when) == (None, "on Monday")
