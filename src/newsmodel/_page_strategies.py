"""Hypothesis strategies for whole pages with known truth: :func:`article_pages`.

Re-exported by :mod:`newsmodel.strategies`, which this module imports only when a
strategy is asked for (that module imports this one at its end).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

import attrs
from hypothesis import strategies as st

from ._knobs import check_counts, check_order, check_switches, clash, member, members
from ._model import Article
from ._synthetic import amp, jsonld_only, newspaper, table, wordpress
from ._synthetic.addresses import story_url
from ._synthetic.markup import menu_names
from ._synthetic.page import Agreement, DataSource, Furniture, Layout, PageSample
from ._synthetic.truth import shown_related
from ._urls import bare_address
from ._vocabulary import LANGUAGES
from .writers._locale import direction

__all__ = ["ARTICLE_TEMPLATES", "article_pages"]

E = TypeVar("E", Furniture, DataSource, Agreement)
_Render = Callable[[Article, Layout], PageSample[Article]]

_RENDERERS: Mapping[str, _Render] = {
    "wordpress": wordpress.render,
    "newspaper": newspaper.render,
    "table": table.render,
    "amp": amp.render,
    "jsonld-only": jsonld_only.render,
}

ARTICLE_TEMPLATES: tuple[str, ...] = tuple(_RENDERERS)
"""The names of the article templates, in the order a failing example shrinks towards."""

# Templates that show nothing but complete JSON-LD: no furniture, no other agreement.
_SHELLS = frozenset({"jsonld-only"})
# The furniture each template shows; breadcrumbs, related links and comments where the
# article has them, which the strategy sees to.
_ALL = frozenset(Furniture)
_FURNISHES: Mapping[str, frozenset[Furniture]] = {
    "wordpress": _ALL,
    "newspaper": _ALL,
    "table": _ALL - {Furniture.RAIL, Furniture.COOKIE_BANNER},
    "amp": _ALL - {Furniture.RAIL, Furniture.COOKIE_BANNER, Furniture.NEWSLETTER},
    "jsonld-only": frozenset(),
}
# Templates whose CMS puts no date in a story's address: the old table portal's
# addresses are a section and a slug, so its page shows the day only in its text.
_UNDATED_ADDRESSES = frozenset({"table"})
# A menu is one number (see menu_names): 0 the plain one.
_MENU_NUMBERS = st.integers(0, 2**32 - 1)
# Where the contradictions of metadata.py are written.
_CONTRADICTABLE = frozenset({DataSource.JSON_LD, DataSource.OPEN_GRAPH})


def article_pages(
    *,
    templates: Iterable[str] | None = None,
    language: str | None = None,
    furniture: Iterable[Furniture | str] | None = None,
    sources: Iterable[DataSource | str] | None = None,
    agreement: Agreement | str | None = None,
    min_blocks: int = 1,
    max_blocks: int = 12,
    printable: bool = True,
    google_valid: bool = False,
) -> st.SearchStrategy[PageSample[Article]]:
    """Article pages as portals serve them, each with the article it shows.

    A failing example shrinks towards a WordPress page with no furniture and complete
    structured data, a short English article with one paragraph.

    Args:
        templates: Render with these templates only (names in
            :data:`ARTICLE_TEMPLATES`); default all. ``jsonld-only`` is drawn only with
            complete JSON-LD, which is all its page has.
        language: Write the articles in this language (one of
            :data:`~newsmodel.strategies.LANGUAGE_TAGS`); default any.
        furniture: Put exactly this furniture around every story; default a drawn set.
        sources: State structured data in exactly these places; default a drawn set
            (none where the agreement drawn is ``absent``).
        agreement: How the structured data relates to the visible page; default drawn.
        min_blocks: The fewest body blocks an article has.
        max_blocks: The most body blocks an article has.
        printable: Only realistic copy, no arbitrary Unicode text.
        google_valid: Only pages whose markup Google's Article rules accept
            (:func:`newsmodel.validate_markup` with ``google-article`` finds no error):
            the article as ``articles(google_valid=True)`` draws it, stated completely in
            JSON-LD (``sources`` default to JSON-LD alone, and must include it;
            ``agreement`` to complete, and must be it).

    Returns:
        A strategy of :class:`PageSample`: ``page, truth = sample``; pass
        ``page.content`` and ``page.url`` to the extractor under test.

    Raises:
        ValueError: A knob has a value it cannot take (an unknown template, furniture,
            source or agreement, blocks out of order), naming it.
    """
    names = _templates(templates)
    chosen_furniture = members(Furniture, furniture, "furniture")
    chosen_sources = members(DataSource, sources, "sources")
    chosen_agreement = None if agreement is None else member(Agreement, agreement, "agreement")
    check_counts(min_blocks=min_blocks, max_blocks=max_blocks)
    check_order("min_blocks", min_blocks, "max_blocks", max_blocks)
    check_switches(printable=printable, google_valid=google_valid, either=False)
    if google_valid:
        chosen_sources, chosen_agreement = _google_data(chosen_sources, chosen_agreement)
    _check_agreement(chosen_agreement, chosen_sources)
    drawable = [
        name
        for name in names
        if chosen_furniture is None or chosen_furniture <= _FURNISHES[name]
        if name not in _SHELLS
        or (
            chosen_agreement in (None, Agreement.COMPLETE)
            and (chosen_sources is None or DataSource.JSON_LD in chosen_sources)
        )
    ]
    if not drawable:
        raise clash(
            f"templates={sorted(names)!r}",
            f"furniture={furniture!r}, sources={sources!r}, agreement={agreement!r}",
            "no template of these shows that furniture with that data "
            "(jsonld-only shows no furniture and needs complete JSON-LD)",
        )
    # imported here: that module imports this one at its end, to re-export it
    from .strategies import _DOMAINS, LANGUAGE_TAGS, _portals_in, _sections_in, articles

    languages = st.just(language) if language is not None else st.sampled_from(LANGUAGE_TAGS)

    @st.composite
    def pages(draw: Callable[[st.SearchStrategy[Any]], Any]) -> PageSample[Article]:
        name = draw(st.sampled_from(drawable))
        layout_at = draw(_layouts(name, chosen_furniture, chosen_sources, chosen_agreement))
        tag = draw(languages)
        around: frozenset[Furniture] = layout_at.keywords["furniture"]
        # a page shows no ``extra``: the truth never has any
        article = draw(
            articles(
                language=tag,
                with_comments=True if Furniture.COMMENTS in around else None,
                with_related=True if Furniture.RELATED in around else None,
                min_blocks=min_blocks,
                max_blocks=max_blocks,
                printable=printable,
                extra=False,
                google_valid=google_valid,
            )
        )
        contradicting = layout_at.keywords["agreement"] is Agreement.CONTRADICTING
        if contradicting and article.portal is None:  # the contradictions name the portal
            article = attrs.evolve(article, portal=draw(_portals_in(tag, printable)))
        if article.language is None and direction(tag) == "rtl":  # always lang and dir
            article = attrs.evolve(article, language=tag)
        if Furniture.BREADCRUMBS in around and article.section is None:
            article = attrs.evolve(article, section=draw(_sections_in(tag, 3)))
        host = _host(article) or draw(st.sampled_from(_DOMAINS))
        if Furniture.RELATED in around and not shown_related(article):
            article = _with_story_link(article, host)
        dated = article.date_published if name not in _UNDATED_ADDRESSES else None
        url = story_url(host, article.headline, section=article.section, published=dated)
        # the article is served there: its own address was drawn apart from the page
        article = _away_from_itself(article, url)
        own = article.section.path[0].name if article.section is not None else None
        names = menu_names(LANGUAGES[tag].sections, draw(_MENU_NUMBERS), own)
        return _RENDERERS[name](article, layout_at(url, menu=names, language=tag))

    return pages()


def _host(article: Article) -> str | None:
    """The host the article's portal, else the article, says it is on."""
    for address in (article.portal.url if article.portal else None, article.url):
        if address and urlsplit(address).hostname:
            return urlsplit(address).netloc
    return None


def _with_story_link(article: Article, host: str) -> Article:
    """The article with its first related link pointing at a story on ``host``, so that
    a related block has something to show."""
    first, *rest = article.related
    story = story_url(host, first.title)
    return attrs.evolve(article, related=(attrs.evolve(first, url=story), *rest))


def _away_from_itself(article: Article, url: str) -> Article:
    """The article served at ``url``, with no related link to that page: related blocks
    list other stories, and a reader rightly leaves a link to the page itself out."""
    own = bare_address(url)
    related = tuple(
        attrs.evolve(link, url=f"{own}-{n}")
        if link.url and bare_address(link.url) == own
        else link
        for n, link in enumerate(article.related, start=2)
    )
    return attrs.evolve(article, url=url, related=related)


def _layouts(
    template: str,
    furniture: frozenset[Furniture] | None,
    sources: frozenset[DataSource] | None,
    agreement: Agreement | None,
) -> st.SearchStrategy[functools.partial[Layout]]:
    """Layouts for ``template`` with all but the address drawn: only furniture the
    template shows."""
    furnished = st.just(furniture) if furniture is not None else _sets(Furniture)
    if template in _SHELLS:  # a shell: no furniture, the JSON-LD its story
        agreements = st.just(Agreement.COMPLETE)
        placed = st.just(sources) if sources is not None else _sets(DataSource)
        placed = placed.map(lambda chosen: chosen | {DataSource.JSON_LD})
    else:
        agreements = st.just(agreement) if agreement is not None else st.sampled_from(Agreement)
        placed = st.just(sources) if sources is not None else _sets(DataSource, at_least=1)
        if agreement is Agreement.CONTRADICTING and sources is None:
            placed = placed.map(_contradictable)

    # A composite, not st.tuples: Hypothesis's explain phase varies each argument of a
    # tuples() or builds() apart, re-running the test up to a few hundred times for each.
    @st.composite
    def layout(draw: Callable[[st.SearchStrategy[Any]], Any]) -> functools.partial[Layout]:
        how, where, around = draw(agreements), draw(placed), draw(furnished)
        if how is Agreement.ABSENT or not where:
            how, where = Agreement.ABSENT, frozenset()
        if how is Agreement.CONTRADICTING and not where & _CONTRADICTABLE:
            how = Agreement.COMPLETE  # drawn, with nowhere to contradict: the data agrees
        return functools.partial(
            Layout, furniture=around & _FURNISHES[template], sources=where, agreement=how
        )

    return layout()


def _contradictable(sources: frozenset[DataSource]) -> frozenset[DataSource]:
    """``sources``, with JSON-LD where none of them can carry a contradiction."""
    return sources if sources & _CONTRADICTABLE else sources | {DataSource.JSON_LD}


def _check_agreement(agreement: Agreement | None, sources: frozenset[DataSource] | None) -> None:
    """Asked-for sources and agreement that no page can have together raise."""
    if agreement is None or sources is None:
        return
    if agreement is Agreement.ABSENT and sources:
        raise clash(
            "agreement='absent'",
            f"sources={sorted(s.value for s in sources)!r}",
            "absent data is stated nowhere",
        )
    if agreement is not Agreement.ABSENT and not sources:
        raise clash(
            f"agreement={agreement.value!r}", "sources=[]", "data is stated somewhere or absent"
        )
    if agreement is Agreement.CONTRADICTING and not sources & _CONTRADICTABLE:
        raise clash(
            "agreement='contradicting'",
            f"sources={sorted(s.value for s in sources)!r}",
            "contradictions are written in json-ld or open-graph",
        )


def _sets(kind: type[E], *, at_least: int = 0) -> st.SearchStrategy[frozenset[E]]:
    return st.frozensets(st.sampled_from(list(kind)), min_size=at_least)


def _templates(templates: Iterable[str] | None) -> list[str]:
    if templates is None:
        return list(ARTICLE_TEMPLATES)
    names = [templates] if isinstance(templates, str) else list(templates)
    allowed = ", ".join(ARTICLE_TEMPLATES)
    for name in names:
        if name not in _RENDERERS:
            raise ValueError(f"templates must be some of {allowed}, not {name!r}")
    if not names:
        raise ValueError(f"templates must be some of {allowed}, not []")
    return [name for name in ARTICLE_TEMPLATES if name in names]


BENCHMARKED: Mapping[str, Callable[[], st.SearchStrategy[PageSample[Article]]]] = {
    "article_pages()": article_pages,
    **{
        f"article_pages({name})": functools.partial(article_pages, templates=[name])
        for name in ARTICLE_TEMPLATES
    },
}
"""The rows ``benchmarks/strategies.py`` measures for the page strategies."""


def _google_data(
    sources: frozenset[DataSource] | None, agreement: Agreement | None
) -> tuple[frozenset[DataSource], Agreement]:
    """The structured data a page Google accepts states: the article whole, in JSON-LD."""
    if sources is not None and DataSource.JSON_LD not in sources:
        raise clash(
            "google_valid=True",
            f"sources={sorted(source.value for source in sources)!r}",
            "Google reads the article from JSON-LD",
        )
    if agreement not in (None, Agreement.COMPLETE):
        raise clash(
            "google_valid=True",
            f"agreement={agreement.value!r}",
            "Google needs the page's data whole and true",
        )
    return sources or frozenset({DataSource.JSON_LD}), Agreement.COMPLETE
