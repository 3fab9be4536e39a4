"""Code's own reading, with no model: a stand-in client that answers every question with the
first choice the article's parse offers (a hand-written fixture, not a model).

It measures what the finders and the checker reach on their own: each figure's own casualty
word and likeliest reporting source, the first event and claim candidates.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from factsheet.client import Usage, wire_schema

T = TypeVar("T", bound=BaseModel)


class CodeReading:
    """Quacks like ModelClient for make_sheet and eval."""

    model = "code-reading"
    server = "none"
    mode = "json_schema"

    def __init__(self, context: int | None = None) -> None:
        self.usage = Usage()
        self.context = context  # with a context: prompts counted at four characters a token
        self.counted: list[int] = []

    async def count(
        self, messages: list[dict[str, str]], answer_type: type[BaseModel], narrow: Any = None
    ) -> int | None:
        if self.context is None:
            return None
        self.counted.append(sum(len(m["content"]) for m in messages) // 4)
        return self.counted[-1]

    async def ask(self, messages: list[dict[str, str]], answer_type: type[T], check: Any = None,
                  narrow: Any = None) -> T:  # fmt: skip
        schema = narrow(wire_schema(answer_type, True)) if narrow else wire_schema(answer_type, True)
        properties = schema["properties"]
        figures = {
            label: {"kind": "other", "reported_by": _first(node["properties"]["reported_by"])}
            for label, node in properties["figures"]["properties"].items()
        }  # fmt: skip
        events = properties["events"]["items"].get("enum", [])[: properties["events"]["maxItems"]]
        claim = properties["claims"]["items"]["properties"]["id"] if properties["claims"].get(
            "maxItems") != 0 else {"enum": []}  # fmt: skip
        labels = [c for c in claim.get("enum", []) if c][:4]
        answer = {"figures": figures, "events": events,
                  "claims": [{"id": c, "disputes": None} for c in labels]}  # fmt: skip
        return answer_type.model_validate(answer)


def _first(node: dict[str, Any]) -> str | None:
    for option in node.get("enum", []):
        return option  # type: ignore[no-any-return]
    return None


def main() -> None:
    """`python -m tests.reading GOLD_DIR [--details]`: factsheet eval with code's reading in place
    of the model (seconds, not the model's minutes: for developing the finders and the checker).

    `python -m tests.reading --dump FOLDER`: every quote (speaker) and figure (kind, numbers,
    victims, source) code reads in each article of a folder, one line each, for diffing before
    and after a change on articles no gold covers; with --told, every claim and event too."""
    import asyncio
    import sys
    from pathlib import Path

    from factsheet import evaluate

    if sys.argv[1] == "--dump":
        for path in sorted(Path(sys.argv[2]).glob("*.txt")):
            dump(path)
        return
    gold = Path(sys.argv[1])
    scores = asyncio.run(evaluate.evaluate(gold, evaluate.default_corpus(gold), CodeReading(), "none"))  # type: ignore[arg-type]
    print(evaluate.format_report(scores, details="--details" in sys.argv[2:]), end="")


def dump(path: Any) -> None:
    import asyncio
    import sys

    from factsheet.article import read_article
    from factsheet.errors import FactsheetError
    from factsheet.pipeline import make_sheet

    try:
        article = read_article(str(path))
    except FactsheetError as error:
        print(f"{path.name[:40]} ! {error}")
        return
    sheet = asyncio.run(make_sheet(article, CodeReading(), one_page=False))  # type: ignore[arg-type]
    name = path.name[:40]
    for q in sheet.quotes:
        print(name, "Q", q.check.status[0], repr(q.parts[0].text[:40]), "->", q.speaker)
    for f in sheet.figures:
        print(name, "F", f.check.status[0], f.kind, f.low, f.high, repr(f.victims), "by", repr(f.reported_by),
              repr(f.phrase.text[:50]))  # fmt: skip
    if "--told" in sys.argv:
        for c in sheet.claims:
            print(name, "C", c.check.status[0], repr(c.claim[:70]), "->", c.source)
        for e in sheet.events:
            print(name, "E", e.check.status[0], repr(e.what[:70]), "@", e.where, e.when)


if __name__ == "__main__":
    main()
