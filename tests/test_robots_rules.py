"""The Allow and Disallow rules a portal walk obeys (RFC 9309): the crawler's own groups,
else the ``*`` groups; the longest matching pattern wins, Allow on a tie."""

from __future__ import annotations

import pytest

from newsmodel._robots_rules import RobotsRules, product_token

ROBOTS = """
User-agent: *
Disallow: /private/
Allow: /private/open$
Disallow: /*.pdf$
Disallow: /search*q=

User-agent: newsmodel
User-agent: otherbot
Disallow: /drafts/
Allow: /drafts/public
Disallow: /drafts/public  # as long as the Allow: the Allow wins

User-agent: NEWSMODEL
Disallow: /tmp
"""


def allows(url: str, user_agent: str = "someone/1.0") -> bool:
    return RobotsRules.parse(ROBOTS, user_agent).allows(url)


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/", True),
        ("/private/", False),
        ("/private/page", False),
        ("/private/open", True),
        ("/private/open/more", False),  # $ ends the pattern
        ("/files/report.pdf", False),
        ("/files/report.pdf?x=1", True),
        ("/search?lang=en&q=harbour", False),
        ("/search?lang=en", True),
        ("/robots.txt", True),
    ],
)
def test_the_star_group(path: str, allowed: bool) -> None:
    assert allows(f"https://news.example{path}") is allowed


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/private/", True),  # its own groups replace the * group
        ("/drafts/x", False),
        ("/drafts/public", True),
        ("/tmp/x", False),  # every group naming it, merged, whatever the case
    ],
)
def test_the_crawlers_own_groups(path: str, allowed: bool) -> None:
    agent = "newsmodel/0.2 (+https://newsmodel.readthedocs.io/)"
    assert allows(f"https://news.example{path}", agent) is allowed


def test_no_rules_allow_everything() -> None:
    assert RobotsRules.parse("# nothing\n", "newsmodel").allows("https://n.example/x")
    assert RobotsRules.parse("User-agent: *\nDisallow:\n", "newsmodel").allows(
        "https://n.example/"
    )


def test_matching_is_linear_in_a_hostile_pattern() -> None:
    rules = RobotsRules.parse("User-agent: *\nDisallow: /" + "*a" * 1000 + "$\n", "x")
    assert rules.allows("https://n.example/" + "a" * 5000 + "b")


def test_product_token() -> None:
    assert product_token("Mozilla/5.0 (compatible; PickyBot/1.0)") == "mozilla"
    assert product_token("news_model-2/1") == "news_model-"
    assert product_token("") == ""
