"""The html reader's fronts: a portal's home page or section front read into a Front."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Front, ReadError, ReadWarning, Section
from newsmodel.protocols import FrontReader
from newsmodel.readers.html import reader
from newsmodel.source import Source

PAGES = Path(__file__).parent / "pages"
FRONTS = PAGES / "fronts"


def read_front(name: str, url: str | None, folder: Path = FRONTS) -> Front:
    return newsmodel.read_front(folder / name, format="html", url=url)


def test_the_html_reader_reads_fronts() -> None:
    assert isinstance(reader, FrontReader)


class TestASectionFrontOfTheListingRules:
    """A listing page is a front: its teasers in blocks under their headings."""

    def test_fields(self) -> None:
        front = read_front("listing-section.html", "https://herald.example/coast/", PAGES)
        coast = Section("Coast", url="https://herald.example/coast/")
        assert front.portal is not None
        assert [s.name for s in front.portal.sections] == ["Coast", "Region", "Sport"]
        assert front.section == coast
        assert front.next_page == "https://herald.example/coast/?page=2"
        assert [(b.heading, len(b.teasers)) for b in front.blocks] == [(None, 4), ("Most read", 2)]
        assert all(t.article.portal == front.portal for t in front.teasers)


def _corpus_pages() -> list[tuple[str, bytes, str | None]]:
    from corpus import CORPORA, corpora
    from shared_data import CORPUS, require

    require(CORPUS)
    return [
        (f"{name}/{record.get('name')}", page, record.get("url"))
        for name in CORPORA
        for page, record in corpora.load(name, None)
    ]


def test_no_real_article_page_is_a_front() -> None:
    """read_front refuses every dev-corpus article page, read at its address or none."""
    taken = []
    for name, page, url in _corpus_pages():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            for address in (url, None):
                try:
                    reader.read_front(Source.of(page, url=address))
                except ReadError as error:
                    if "is an article page, not a front" not in str(error):
                        taken.append(f"{name} (url={address}): {error}")
                else:
                    taken.append(f"{name} (url={address})")
    assert taken == []


@pytest.mark.parametrize(
    "page", ["harbour-herald.html", "every-source.html", "microdata-article.html"]
)
def test_an_article_page_is_refused(page: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        with pytest.raises(ReadError, match="is an article page, not a front"):
            read_front(page, "https://herald.example/region/harbour-reopens", PAGES)
