"""The contracts: what the model is asked to answer, and the fact sheet users get.

Two families of pydantic models live here:

* ``Answer`` and its parts are the contract with the language model. Their field
  descriptions are the rules the model sees; their validator messages are sent back to
  the model on a re-ask, so they are written for it.
* ``Sheet`` and its parts are the contract with users of ``--format json``
  (versioned by ``SCHEMA_VERSION``). Every item carries character offsets into the
  original article and its verification status and reason.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"
EVENT_CHARS = 120  # the most an event's "what" may run to (a grammar limit on llama.cpp)
# Structured-output modes (Footer.output_mode), strictest first; a server that rejects one
# gets the next (factsheet.client).
OUTPUT_MODES = ("json_schema", "json_object_schema", "json_object", "prompt")

Kind = Literal["killed", "injured", "missing", "dead_or_missing", "rescued", "arrested", "displaced", "other"]
Qualifier = Literal["exact", "at_least", "up_to", "about", "more_than", "range", "vague"]
Status = Literal["verified", "flagged"]
AnswerKind = Literal[
    "killed",
    "injured",
    "missing",
    "dead_or_missing",
    "rescued",
    "arrested",
    "displaced",
    "other",
    "not_a_casualty",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- What the model answers -------------------------------------------------------------


class FigureAnswer(_Strict):
    """What one casualty-figure candidate counts, and who reported it."""

    kind: AnswerKind = Field(
        description="What the number counts; not_a_casualty if it counts no people hurt, held, "
        "missing or displaced."
    )
    reported_by: str | None = Field(
        description="Who the article gives as the source of the number (one of the listed "
        "sources); null if the article names none."
    )


class ClaimAnswer(_Strict):
    """One of the claim candidates, chosen as a key claim."""

    id: str = Field(description="Label of the claim candidate, e.g. C1.")
    disputes: str | None = Field(
        description="Label of another claim candidate that this one contradicts, or null."
    )


class Answer(_Strict):
    """The model's whole answer about one article: labels and closed choices only.

    ``figures`` is keyed by candidate label (F1, F2, ...); the schema sent for each request
    lists the labels and, for each, the sources it may choose from.
    """

    figures: dict[str, FigureAnswer] = Field(
        description="For each figure candidate, what it counts and who reported it."
    )
    events: list[str] = Field(max_length=5, description="Labels of the key events (E1, ...), at most 5.")
    claims: list[ClaimAnswer] = Field(
        max_length=4, description="The key claim candidates (C1, C2, ...), at most 4."
    )


# --- What users get ---------------------------------------------------------------------


class Check(BaseModel):
    """The verifier's verdict on one item."""

    status: Status = Field(description="'verified' if the article supports it, else 'flagged'.")
    reason: str = Field(description="Why, in one sentence a reviewer can check.")


class Span(BaseModel):
    """A verbatim piece of the article with its character offsets."""

    text: str = Field(description="The characters of the article between start and end.")
    start: int = Field(ge=0, description="Offset of the first character in the article text.")
    end: int = Field(ge=0, description="Offset just past the last character.")


PARAGRAPH = "The article's paragraph the item stands in: its non-empty lines, counted from 1."


class Quote(BaseModel):
    """A direct quote: one speaker's words, in one or more spans."""

    parts: list[Span] = Field(description="The quoted spans, without the quotation marks.")
    speaker: str | None = Field(description="Who said it; null means unattributed.")
    cue: str | None = Field(default=None, description="The article's attribution phrase.")
    check: Check
    paragraph: int | None = Field(default=None, description=PARAGRAPH)
    speaker_at: Span | None = Field(default=None, description="Where the article names the speaker.")


class Figure(BaseModel):
    """A casualty figure as the article reports it."""

    kind: Kind
    low: int | None = Field(description="Lower bound; null when the article gives no number.")
    high: int | None = Field(description="Upper bound; equals low for an exact number.")
    qualifier: Qualifier
    victims: str | None
    reported_by: str | None = Field(description="Source of the figure; null: not attributed.")
    phrase: Span = Field(description="The phrase the figure came from.")
    conflicts_with: list[int] = Field(
        default_factory=list, description="Indexes of other figures that disagree with this one."
    )
    check: Check
    paragraph: int | None = Field(default=None, description=PARAGRAPH)
    victims_at: Span | None = Field(default=None, description="Where the article names the victims.")
    reported_by_at: Span | None = Field(default=None, description="Where the article names the source.")


class Event(BaseModel):
    """A key event: what, where, when."""

    what: str
    where: str | None
    when: str | None = Field(description="The time as the article phrases it.")
    date: str | None = Field(default=None, description="That time resolved against the article date (ISO).")
    check: Check
    span: Span | None = Field(default=None, description="Where the article tells it.")
    paragraph: int | None = Field(default=None, description=PARAGRAPH)
    where_at: Span | None = Field(default=None, description="Where the article names the place.")
    when_at: Span | None = Field(default=None, description="Where the article gives the time.")


class Claim(BaseModel):
    """A claim and who makes it."""

    claim: str
    source: str
    disputes: int | None = Field(default=None, description="Index of the claim this one contradicts, if any.")
    check: Check
    span: Span | None = Field(default=None, description="Where the article says it.")
    paragraph: int | None = Field(default=None, description=PARAGRAPH)
    source_at: Span | None = Field(default=None, description="Where the article names the source.")


class Footer(BaseModel):
    """How the sheet was made."""

    model: str
    server: str
    schema_version: str = SCHEMA_VERSION
    prompt_version: str
    output_mode: str = Field(description="Structured-output mode the server accepted.")
    attempts: int = Field(description="Model requests made, re-asks and retries included.")
    prompt_tokens: int
    completion_tokens: int
    tokens_estimated: bool = Field(
        default=False, description="True when the server reported no usage and tokens were counted."
    )
    verified: int
    flagged: int
    dropped: int
    omitted: int = Field(default=0, description="Items left out to keep the sheet to one page.")
    cached: bool = Field(default=False, description="True if this sheet came from the cache.")
    article_sha256: str


class Sheet(BaseModel):
    """A fact sheet: every item carries its verification verdict."""

    schema_version: str = SCHEMA_VERSION
    title: str
    title_from_article: bool = Field(
        description="True if the title is the article's own headline; false if it is the "
        "opening words of its first sentence."
    )
    date: str | None = Field(description="Article date (ISO), from the text.")
    summary: str = Field(
        description="The article's own opening sentences, verbatim (an extractive summary: "
        "nothing in it is written by the model)."
    )
    events: list[Event]
    quotes: list[Quote]
    figures: list[Figure]
    claims: list[Claim]
    footer: Footer

    def items(self) -> list[Event | Quote | Figure | Claim]:
        """Every checked item, section by section."""
        return [*self.events, *self.quotes, *self.figures, *self.claims]
