"""Stage 4, for reviewers: the HTML page (``--format html``). The sheet beside the article,
each item highlighted where the article says it, coloured by status.

The page is one self-contained file: its only script and style are inline, and its content
security policy allows those two by their SHA-256 and nothing else (no network, no other
script). Every character of the article and of the sheet goes through jinja2's escaping.
The article is laid out verbatim (``white-space: pre-wrap``): the text of the article element
is the article text, character for character, so each highlight's ``data-start``/``data-end``
are offsets into it.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup, escape

from factsheet.models import Claim, Event, Figure, Quote, Sheet, Span
from factsheet.render import number, templates
from factsheet.text import paragraph_spans

GENERATOR = '<meta name="generator" content="factsheet">'  # in every page: an index it may replace
STATUSES = {
    "verified": "verified: the article says it, every shown detail checked there",
    "flagged": "flagged: not supported by the article as the model gave it (the reason is shown)",
    "conflicting": "conflicting: verified, but another item of the article says otherwise",
}


@dataclass
class Item:
    """One item of the sheet as the page shows it."""

    id: str  # "q1": kind letter and number, in sheet order
    section: str
    status: str  # verified, flagged or conflicting
    headline: str
    details: list[tuple[str, str]]
    reason: str
    paragraph: int | None
    spans: list[Span]  # where the article says the item itself
    detail_spans: list[tuple[str, Span]] = field(default_factory=list)  # (detail, where named)

    @property
    def start(self) -> int | None:
        return min((s.start for s in self.spans), default=None)

    @property
    def end(self) -> int | None:
        return max((s.end for s in self.spans), default=None)


@dataclass
class _Mark:
    start: int
    end: int
    item: Item
    detail: str | None  # None: the item itself; else the detail this span names
    children: list[_Mark] = field(default_factory=list)

    def part(self, start: int, end: int) -> _Mark:
        return _Mark(start, end, self.item, self.detail)


def items(sheet: Sheet) -> list[Item]:
    """Every item of the sheet, section by section, with its status and spans."""
    disputed = {c.disputes for c in sheet.claims if c.disputes is not None}
    found = [_event(f"e{n}", e) for n, e in enumerate(sheet.events, 1)]
    found += [_quote(f"q{n}", q) for n, q in enumerate(sheet.quotes, 1)]
    found += [_figure(f"f{n}", f) for n, f in enumerate(sheet.figures, 1)]
    found += [_claim(f"c{n}", c, n - 1 in disputed) for n, c in enumerate(sheet.claims, 1)]
    return found


def _status(item: Event | Quote | Figure | Claim, conflicting: bool) -> str:
    if item.check.status != "verified":
        return "flagged"
    return "conflicting" if conflicting else "verified"


def _event(id: str, event: Event) -> Item:
    when = f"{event.when} ({event.date})" if event.when and event.date else event.when
    return Item(
        id, "Key events", _status(event, False), event.what,
        [("Where", event.where or "not stated"), ("When", when or "not stated")],
        event.check.reason, event.paragraph, [event.span] if event.span else [],
        _named(("place", event.where_at), ("time", event.when_at)),
    )  # fmt: skip


def _quote(id: str, quote: Quote) -> Item:
    details = [("Speaker", quote.speaker or "Unattributed")]
    if quote.cue:
        details.append(("In the article", quote.cue))
    return Item(
        id, "Direct quotes", _status(quote, False), "“" + "” … “".join(p.text for p in quote.parts) + "”",
        details, quote.check.reason, quote.paragraph, list(quote.parts),
        _named(("speaker", quote.speaker_at)),
    )  # fmt: skip


def _figure(id: str, figure: Figure) -> Item:
    reason = figure.check.reason
    if figure.conflicts_with and figure.check.status == "verified":
        others = ", ".join(f"f{n + 1}" for n in figure.conflicts_with)
        reason = f"{reason} It conflicts with another report of the same kind ({others})."
    return Item(
        id, "Casualty figures", _status(figure, bool(figure.conflicts_with)),
        f"{figure.kind.replace('_', ' ')}: {number(figure)}",
        [("Victims", figure.victims or "not stated"), ("Reported by", figure.reported_by or "not attributed"),
         ("Phrase in the article", f"“{figure.phrase.text}”")],
        reason, figure.paragraph, [figure.phrase],
        _named(("victims", figure.victims_at), ("reported by", figure.reported_by_at)),
    )  # fmt: skip


def _claim(id: str, claim: Claim, disputed: bool) -> Item:
    conflicting = claim.disputes is not None or disputed
    reason = claim.check.reason
    if conflicting and claim.check.status == "verified":
        reason = f"{reason} Another claim of the article contradicts it."
    return Item(
        id, "Claims", _status(claim, conflicting), claim.claim, [("Source", claim.source)],
        reason, claim.paragraph, [claim.span] if claim.span else [], _named(("source", claim.source_at)),
    )  # fmt: skip


def _named(*details: tuple[str, Span | None]) -> list[tuple[str, Span]]:
    return [(name, span) for name, span in details if span is not None]


def highlighted(text: str, shown: list[Item]) -> Markup:
    """The article as HTML: each paragraph a ``<span class="para">``, each item's spans (and
    the spans of its details) ``<mark>`` elements nested inside it. A span that crosses another
    is cut where the other ends, so the marks nest; each mark's ``data-start``/``data-end`` are
    the offsets of the text it holds. Spans that do not match the text are not marked."""
    marks = [
        _Mark(span.start, span.end, item, detail)
        for item in shown
        for detail, span in [(None, s) for s in item.spans] + list(item.detail_spans)
        if span.end > span.start and text[span.start : span.end] == span.text
    ]
    html, at = [], 0
    for paragraph, (start, end) in enumerate(paragraph_spans(text), 1):
        inside = [
            m.part(max(m.start, start), min(m.end, end)) for m in marks if m.start < end and m.end > start
        ]
        html += [
            str(escape(text[at:start])),
            f'<span class="para" id="p{paragraph}" data-paragraph="{paragraph}">',
            _marked(text, _nest(inside), start, end),
            "</span>",
        ]
        at = end
    return Markup("".join(html) + str(escape(text[at:])))


def _nest(marks: list[_Mark]) -> list[_Mark]:
    """The marks as a forest of properly nested ones (a mark crossing its parent's end is cut
    there, its rest placed after)."""
    queue = [(m.start, -m.end, m.detail is not None, n, m) for n, m in enumerate(marks)]
    heapq.heapify(queue)
    roots: list[_Mark] = []
    open_: list[_Mark] = []
    while queue:
        _, _, _, n, mark = heapq.heappop(queue)
        while open_ and open_[-1].end <= mark.start:
            open_.pop()
        if open_ and mark.end > open_[-1].end:
            cut = open_[-1].end
            rest = mark.part(cut, mark.end)
            heapq.heappush(queue, (rest.start, -rest.end, rest.detail is not None, n, rest))
            mark = mark.part(mark.start, cut)
        (open_[-1].children if open_ else roots).append(mark)
        open_.append(mark)
    return roots


def _marked(text: str, marks: list[_Mark], start: int, end: int) -> str:
    out, at = [], start
    for mark in marks:
        role = f' data-detail="{escape(mark.detail)}"' if mark.detail else ""
        kind = "hl-detail" if mark.detail else "hl-item"
        out += [
            str(escape(text[at : mark.start])),
            f'<mark class="hl {kind} {mark.item.status}" data-item="{mark.item.id}"{role} '
            f'data-start="{mark.start}" data-end="{mark.end}">',
            _marked(text, mark.children, mark.start, mark.end),
            "</mark>",
        ]
        at = mark.end
    out.append(str(escape(text[at:end])))
    return "".join(out)


@cache
def _asset(name: str) -> str:
    return resources.files("factsheet").joinpath("templates", name).read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()


@cache
def _environment() -> jinja2.Environment:
    environment = templates(autoescape=True)
    style, script = _asset("page.css"), _asset("page.js")
    environment.globals.update(
        style=Markup(style),
        script=Markup(script),
        policy=(
            "default-src 'none'; "
            f"script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
            "img-src 'none'; base-uri 'none'; form-action 'none'"
        ),
        statuses=STATUSES,
    )
    return environment


def render_html(sheet: Sheet, text: str, name: str) -> str:
    """The reviewer's page for one article: ``text`` is the article as the tool read it (the
    text the sheet's offsets point into)."""
    shown = items(sheet)
    sections = {section: [i for i in shown if i.section == section]
                for section in ("Key events", "Direct quotes", "Casualty figures", "Claims")}  # fmt: skip
    return (
        _environment()
        .get_template("sheet.html.jinja")
        .render(
            sheet=sheet, name=name, sections=sections, counts=_counts(shown), article=highlighted(text, shown)
        )
    )


@dataclass
class IndexRow:
    """One article of a batch, as the index page lists it."""

    source: str
    page: str | None  # the page's file name, beside the index
    error: str | None
    counts: dict[str, int] = field(default_factory=dict)


def render_index(rows: list[IndexRow]) -> str:
    """The batch's index page: every article, a link to its page, its counts or its error."""
    return _environment().get_template("index.html.jinja").render(rows=rows)


def counts(sheet: Sheet) -> dict[str, int]:
    """How many items of each status the sheet's page shows."""
    return _counts(items(sheet))


def _counts(shown: list[Item]) -> dict[str, int]:
    return {status: sum(i.status == status for i in shown) for status in STATUSES}
