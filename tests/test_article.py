"""Reading articles: encodings, HTML, titles and dates, and bad input refused clearly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factsheet.article import PART_CHARS, Article, find_date, find_title, headline, lead, read_article, split
from factsheet.errors import InputError
from tests.conftest import DATA, SAMPLE
from tests.test_numbers import checked_sheet

TEXT = "Fire kills five in Poland\n\nMonday, January 14, 2019\n\n" + "Five girls died in a fire. " * 5


def test_sample_article_date_is_read_from_the_fused_header() -> None:
    article = read_article(str(SAMPLE))
    assert article.date == date(2022, 9, 20) and article.title is None
    assert headline(article).startswith("Russia is no longer in")


def test_wikinews_title_and_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    article = read_article(str(path))
    assert article.title == "Fire kills five in Poland"
    assert article.date == date(2019, 1, 14)
    assert lead(article).startswith("Five girls died")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.replace("Poland", "Gdańsk").encode("utf-16"), "UTF-16 with BOM"),
        (TEXT.replace("Poland", "Gdańsk").encode("utf-8-sig"), "UTF-8 with BOM"),
        (TEXT.replace("Poland", "Malmö").encode("latin-1"), "Latin-1"),
    ],
)
def test_other_encodings_are_decoded(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert "Five girls died" in read_article(str(path)).text, encoding


def test_html_main_text_is_extracted_and_matches_its_text_twin(tmp_path: Path) -> None:
    body = "".join(f"<p>{s.strip()}.</p>" for s in SAMPLE.read_text().split(".")[1:6])
    page = (
        "<html><head><title>Luhansk</title></head><body><nav><a href='/'>Home</a> | "
        f"<a href='/world'>World</a></nav><article>{body}</article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(page)
    text = read_article(str(path)).text
    assert "Lysychansk" in text and "newsletter" not in text and "Home" not in text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t \n", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "not text"),
        ("title.txt", b"Only a headline here\n", "too little text"),
        ("page.html", b"<html><body><nav>Home</nav></body></html>", "no article text|too little"),
    ],
)
def test_bad_input_is_refused_with_a_sentence(tmp_path: Path, name: str, data: bytes,
                                              message: str) -> None:  # fmt: skip
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_article(str(path))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        read_article(str(tmp_path))


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 2_200_000)
    with pytest.raises(InputError, match="MB limit"):
        read_article(str(path))


def test_title_and_date_helpers() -> None:
    assert find_title("A headline\n\nBody text.") == "A headline"
    assert find_title("A sentence that ends.\n\nBody.") is None
    assert find_date("date 2022-09-20 Russia") == date(2022, 9, 20)
    assert find_date("nothing here") is None
    assert (DATA / "ATTRIBUTION.md").is_file()


SHAPES = {
    "a list": "Storm news\n\n" + "".join(f"- {n} people were hurt in district {n}\n" for n in range(2, 40)),
    "all capitals": 'STORM NEWS\n\nTHE STORM KILLED 12 PEOPLE, POLICE SAID. "WE WILL REBUILD," SAID MAYOR '
    "ANNA ROE. FOUR PEOPLE ARE MISSING.\n",
    "a table": "Storm news\n\n| district | dead | hurt |\n|---|---|---|\n"
    + "".join(f"| North {n} | {n} | {2 * n} |\n" for n in range(1, 30)),
    "one long line": "Storm news\n\n" + "The storm killed 12 people, police said. " * 1500,
}


@pytest.mark.parametrize("shape", SHAPES)
def test_an_article_the_parser_reads_poorly_gets_a_sheet(tmp_path: Path, shape: str) -> None:
    """Lists, all capitals, a table, one line longer than a parse piece: a sheet (with fewer
    items, perhaps), never a traceback; whatever it shows verified stands in the article."""
    path = tmp_path / "article.txt"
    path.write_text(SHAPES[shape])
    sheet = checked_sheet(path)
    text = read_article(str(path)).text
    for figure in sheet.figures:
        assert text[figure.phrase.start : figure.phrase.end] == figure.phrase.text
    for quote in sheet.quotes:
        assert all(text[p.start : p.end] == p.text for p in quote.parts)


def test_a_long_paragraph_is_cut_into_parts_at_a_sentence_s_end_never_inside_a_word() -> None:
    """With no line break in reach, a part ended at its size exactly: inside a word, a number
    or a quote ('kil' | 'led 12 people')."""
    sentence = "The fire killed 12 people and injured 40 more, officials said on Monday. "
    article = Article("One line\n\n" + sentence * 400, "one.txt", None, None)
    parts = split(article)
    assert len(parts) > 2
    for _, part in parts[:-1]:
        assert part.text.endswith("Monday. ") and len(part.text) <= PART_CHARS
    assert "".join(part.text for _, part in parts) == article.text
    words = "word " * 4000  # no sentence's end: at a space
    assert all(part.text.endswith(" ") for _, part in split(Article(words, "w.txt", None, None))[:-1])
