"""Stage 4: where a checked detail fails, put the article's own reading in its place.

The model's answers that verify.py flags are replaced by what code reads in the article
(speakers.py, figures.py, statements.py); what code cannot read either is left blank, and
the item stays flagged with its reason. Nothing here is asked of the model again: its
malformed answers were already re-asked with their errors (client.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factsheet.models import Claim, Event, Figure, Quote, Sheet
from factsheet.speakers import reporters
from factsheet.verify import Source, best_sentence, check_event, indexed, passage

if TYPE_CHECKING:
    from factsheet.extract import Draft


def repair(text: str, sheet: Sheet, draft: Draft) -> Sheet:
    """A checked sheet with its flagged details read again from the article (check it again)."""
    sheet = reread(text, sheet)
    source = indexed(text)
    return sheet.model_copy(update={
        "figures": [_figure(f, draft, label) for f, label in zip(sheet.figures, draft.figure_labels,
                                                                    strict=True)],
        "events": [_event(source, e) for e in sheet.events],
    })  # fmt: skip


def reread(text: str, sheet: Sheet) -> Sheet:
    """A checked sheet's flagged speakers and claim sources read again from the article's own
    attribution: what needs no draft, so a long article's merged parts are repaired against
    the whole (a part cut from the paragraphs before it may not know who 'he' is)."""
    source = indexed(text)
    return sheet.model_copy(update={
        "quotes": [_quote(source, q) for q in sheet.quotes],
        "claims": [_claim(source, c) for c in sheet.claims],
    })  # fmt: skip


def _quote(source: Source, quote: Quote) -> Quote:
    """The speaker is the one the article's own attribution gives (or nobody)."""
    said = source.attribution(quote.parts[0])
    if quote.check.status == "flagged" and said.speaker != quote.speaker:
        return quote.model_copy(update={"speaker": said.speaker, "cue": said.cue or None})
    return quote


def _figure(figure: Figure, draft: Draft, label: str) -> Figure:
    """The source the figure's sentence gives, and the people its number counts."""
    if figure.check.status != "flagged":
        return figure
    found = draft.question.figures[int(label[1:]) - 1]
    return figure.model_copy(update={
        "reported_by": found.sources[0] if found.sources else None,
        "victims": found.counted or found.victims_hint or None,
        "kind": found.kind_hint,
    })  # fmt: skip


def _event(source: Source, event: Event) -> Event:
    """A place or time that is not where the article tells the event is left blank; the other
    kept where it is ('on Monday' stays when the place is another event's)."""
    if event.check.status != "flagged":
        return event
    for blank in ({"when": None, "date": None}, {"where": None}):
        kept = event.model_copy(update=blank)
        if (kept.where or kept.when) and check_event(source, kept).check.status == "verified":
            return kept
    return event.model_copy(update={"where": None, "when": None, "date": None})


def _claim(source: Source, claim: Claim) -> Claim:
    """A claim given to the wrong source: the one the sentence saying it names, if it names one."""
    found = passage(source, claim.claim)
    if claim.check.status != "flagged" or found is None:
        return claim
    sentence = best_sentence(source, found, claim.claim)
    named = [r.speaker for r in reporters(source.parsed, sentence.start, sentence.end) if r.speaker]
    return claim.model_copy(update={"source": named[0]}) if named else claim
