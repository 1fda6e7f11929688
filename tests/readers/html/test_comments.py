"""Readers' comments in HTML: WordPress lists, Drupal and other threads, never the body."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmodel
from newsmodel import Comment
from newsmodel._html import parse_html
from newsmodel.readers.html.comments import comments_in

STORY = "The ferry to the outer islands runs again after the winter storms. " * 8
UTC = dt.timezone.utc


def _comments(markup: str) -> list[Comment]:
    return comments_in(parse_html(f"<html><body>{markup}</body></html>"))


def _page(comments: str) -> str:
    return (
        "<!doctype html><html><head><title>Ferry returns</title></head><body>"
        f"<article><h1>Ferry returns</h1><div class='entry-content'><p>{STORY}</p></div>"
        f"</article>{comments}</body></html>"
    )


def _shape(comments: tuple[Comment, ...] | list[Comment]) -> list[object]:
    """Each comment as (author, text) followed by its replies' shapes."""
    return [
        (c.author.name if c.author else None, c.text, *([_shape(c.replies)] if c.replies else []))
        for c in comments
    ]


class TestWordPressLists:
    """WordPress comment lists and the theme variants read as before: text is enough."""

    def test_thread_with_replies(self) -> None:
        found = _comments(
            '<ol class="comment-list">'
            '<li id="comment-7" class="comment depth-1"><div class="comment-author vcard">'
            '<cite class="fn">Ines Moreau</cite> <span class="says">says:</span></div>'
            '<time datetime="2025-03-02T08:15:00+01:00">March 2</time>'
            '<div class="comment-content"><p>Finally.</p><p>My car waited all winter.</p></div>'
            '<ol class="children"><li id="comment-8" class="comment depth-2">'
            '<cite class="fn">Tomas Berg</cite><p>Mine too.</p></li></ol></li>'
            '<li id="comment-9" class="pingback"><p>Pingback: Island news</p></li></ol>'
        )
        assert _shape(found) == [
            (
                "Ines Moreau",
                "Finally.\n\nMy car waited all winter.",
                [("Tomas Berg", "Mine too.")],
            ),
            (None, "Pingback: Island news"),
        ]
        assert found[0].id == "comment-7"
        assert found[0].date == dt.datetime(2025, 3, 2, 7, 15, tzinfo=UTC)

    @pytest.mark.parametrize(
        "list_class",
        ["commentlist", "comments_list", "nv-comments-list", "wp-block-comment-template"],
    )
    def test_theme_list_names(self, list_class: str) -> None:
        found = _comments(
            f'<ol class="{list_class}"><li class="comment"><p>Good news.</p></li></ol>'
        )
        assert [c.text for c in found] == ["Good news."]

    def test_replies_in_any_nested_list(self) -> None:
        found = _comments(
            '<ul class="comment-list"><li class="comment"><p>First</p>'
            '<ul class="thread"><li class="comment"><p>Second</p></li></ul></li></ul>'
        )
        assert _shape(found) == [(None, "First", [(None, "Second")])]

    def test_item_wrapping_one_comment(self) -> None:
        """``li.comment > article.comment`` is one comment, its replies beside the article."""
        found = _comments(
            '<ol class="comment-list"><li id="li-comment-1" class="comment">'
            '<article id="comment-1" class="comment"><footer class="comment-meta">'
            '<div class="comment-author vcard"><img alt=""><span class="comment-name">Ana Ruiz'
            '</span> <time datetime="2025-03-02T09:00:00Z">9:00</time></div></footer>'
            '<div class="comment-content"><p>Welcome back.</p></div></article>'
            '<ol class="children"><li class="comment"><p>Thanks!</p></li></ol></li></ol>'
        )
        assert _shape(found) == [("Ana Ruiz", "Welcome back.", [(None, "Thanks!")])]
        assert found[0].id == "li-comment-1"

    def test_content_wrapper_classed_comment_is_not_a_reply(self) -> None:
        found = _comments(
            '<ol class="comment-list"><li class="comment"><article class="ast-comment">'
            '<b class="fn">Lea</b><time datetime="2025-03-02T09:00:00Z">today</time>'
            '<section class="ast-comment-content comment"><p>Nice photos.</p></section>'
            "</article></li></ol>"
        )
        assert _shape(found) == [("Lea", "Nice photos.")]

    def test_user_class_on_a_reply_list_is_not_an_author(self) -> None:
        found = _comments(
            '<ol class="comments_list"><li class="comment"><p>Question?</p>'
            '<ul class="comment comment-author-admin"><li class="comment"><p>Answer.</p></li>'
            "</ul></li></ol>"
        )
        assert _shape(found) == [(None, "Question?", [(None, "Answer.")])]


class TestDrupal:
    """Drupal's comment field: articles with author, time and body, replies in ``.indented``."""

    MARKUP = (
        '<section class="field--name-comment comment-wrapper">'
        '<a id="comment-11"></a><article class="comment js-comment" data-comment-user-id="0">'
        '<span class="hidden" data-comment-timestamp="1741000000"></span>'
        '<footer class="comment__meta"><p class="comment__author"><span>Piet Jansen</span></p>'
        '<p class="comment__time">Mon, 03/03/2025 - 11:06</p></footer>'
        '<div class="comment__content"><h3><a href="/comment/11">Timetable</a></h3>'
        '<div class="field field--name-comment-body"><p>Is the timetable online?</p></div>'
        '<ul class="links"><li><a href="/comment/reply/11">Reply</a></li></ul></div></article>'
        '<div class="indented"><a id="comment-12"></a><article class="comment js-comment">'
        '<footer class="comment__meta"><p class="comment__author">'
        '<a class="username" href="/user/3">Harbour office</a></p>'
        '<p class="comment__time">Mon, 03/03/2025 - 12:00</p></footer>'
        '<div class="comment__content"><div class="field field--name-comment-body">'
        "<p>Yes, since this morning.</p></div></div></article></div>"
        '<a id="comment-13"></a><article class="comment js-comment">'
        '<footer class="comment__meta"><p class="comment__author"><span>Mia K.</span></p>'
        '<p class="comment__time">Tue, 03/04/2025 - 09:00</p></footer>'
        '<div class="comment__content"><div class="field field--name-comment-body">'
        "<p>Great.</p></div></div></article></section>"
    )

    def test_thread(self) -> None:
        found = _comments(self.MARKUP)
        assert _shape(found) == [
            (
                "Piet Jansen",
                "Is the timetable online?",
                [("Harbour office", "Yes, since this morning.")],
            ),
            ("Mia K.", "Great."),
        ]

    def test_anchor_ids_and_timestamp(self) -> None:
        first, second = _comments(self.MARKUP)
        assert (first.id, first.replies[0].id, second.id) == (
            "comment-11",
            "comment-12",
            "comment-13",
        )
        assert first.date == dt.datetime.fromtimestamp(1741000000, UTC)
        assert second.date is None  # "Tue, 03/04/2025" could be April or March


class TestGenericThreads:
    """A container named for comments holding items with an author, a time and a text."""

    def test_items_with_author_time_and_text(self) -> None:
        found = _comments(
            '<div id="comments"><h2>Reactions</h2>'
            '<div class="comment" id="c1"><span class="commentAuthor">Nora</span>'
            '<span class="commentDate">2 hours ago</span>'
            '<p class="commentText">The old ferry was nicer.</p></div>'
            '<div class="comment" id="c2"><div class="comment_content">'
            '<div class="username"><a href="/u/5">Jo</a></div>'
            '<time datetime="2025-03-02T10:00:00+00:00">10:00</time>'
            '<div class="content">I disagree.<br>It is faster.</div></div></div></div>'
        )
        assert _shape(found) == [
            ("Nora", "The old ferry was nicer."),
            ("Jo", "I disagree. It is faster."),
        ]
        assert found[0].date is None  # a relative time shows a comment, gives no date
        assert found[1].date == dt.datetime(2025, 3, 2, 10, tzinfo=UTC)

    def test_replies_nested_in_an_item(self) -> None:
        found = _comments(
            '<div class="comments"><div class="comment depth-1"><span class="author">Ida</span>'
            '<span class="date" datetime="2025-03-02T10:00:00-05:00">March 2</span>'
            '<div class="comment-text"><p>Which pier?</p></div>'
            '<div class="comment depth-2"><span class="author">Max</span>'
            '<span class="date">March 2, 2025</span><div class="comment-text"><p>Pier 4.</p></div>'
            "</div></div></div>"
        )
        assert _shape(found) == [("Ida", "Which pier?", [("Max", "Pier 4.")])]

    def test_flat_list_with_depth_classes(self) -> None:
        item = (
            '<li class="comment {depth}"><b class="comment-author">{name}</b>'
            '<time datetime="2025-03-02T10:00:00Z">10:00</time><p>{text}</p></li>'
        )
        found = _comments(
            '<ul class="comment-thread">'
            + item.format(depth="level-1", name="A", text="one")
            + item.format(depth="level-2", name="B", text="two")
            + item.format(depth="level-3", name="C", text="three")
            + item.format(depth="level-2", name="D", text="four")
            + item.format(depth="level-1", name="E", text="five")
            + "</ul>"
        )
        assert _shape(found) == [
            ("A", "one", [("B", "two", [("C", "three")]), ("D", "four")]),
            ("E", "five"),
        ]

    def test_link_before_the_text_is_the_author(self) -> None:
        found = _comments(
            '<section class="comments-section"><div class="comment">'
            '<a href="/profile/9"><img alt=""></a><a href="/profile/9">Sam Lee</a>'
            '<a href="/c/1" title="Mar 2, 2025, 7:40 PM">6d</a><p>Clear and useful.</p>'
            '<a href="/c/1/reply">Reply</a></div></section>'
        )
        assert _shape(found) == [("Sam Lee", "Clear and useful.")]

    def test_subject_link_is_not_the_author(self) -> None:
        found = _comments(
            '<div id="comments"><li class="comment"><h4><a href="/c/3">Re: fares</a></h4>'
            '<span class="by">by <a href="/~kim">kim</a></span>'
            '<span class="details">on Friday March 7, 2025</span>'
            '<div class="commentBody">Too high.</div></li></div>'
        )
        assert _shape(found) == [("kim", "Too high.")]

    def test_adapter_element_is_read_as_a_thread(self) -> None:
        tree = parse_html(
            '<html><body><div class="talk"><div class="comment"><span class="user">Bo</span>'
            '<time datetime="2025-03-02T10:00:00Z">now</time><p>Hello.</p></div></div>'
            "</body></html>"
        )
        assert comments_in(tree) == []
        [talk] = tree.xpath("//div[@class='talk']")
        assert _shape(comments_in(talk)) == [("Bo", "Hello.")]


class TestNotComments:
    """Without a comment section and comment items with author, time and text, no comment."""

    @pytest.mark.parametrize(
        "markup",
        [
            pytest.param(
                '<div class="comments"><div class="comment"><p>Teaser text only.</p></div></div>',
                id="no author or time",
            ),
            pytest.param(
                '<div class="comments"><div class="comment"><span class="author">Al</span>'
                "<p>No time given.</p></div></div>",
                id="no time",
            ),
            pytest.param(
                '<div class="reviews"><div class="review"><span class="author">Al</span>'
                '<time datetime="2025-03-02T10:00:00Z">now</time><p>Five stars.</p></div></div>',
                id="review widget",
            ),
            pytest.param(
                '<div class="related"><div class="comment"><span class="author">Al</span>'
                '<time datetime="2025-03-02T10:00:00Z">now</time><p>A teaser.</p></div></div>',
                id="item outside a comment section",
            ),
            pytest.param(
                '<article class="post has-comments"><div class="comment">'
                '<span class="author">Al</span><time datetime="2025-03-02T10:00:00Z">now</time>'
                "<p>Story text.</p></div></article>",
                id="has-comments is no section",
            ),
            pytest.param(
                '<ul class="widget_recent_comments"><li class="recentcomments">'
                '<span class="comment-author-link">Al</span> on <a href="/x">Ferry returns</a>'
                "</li></ul>",
                id="recent comments widget",
            ),
            pytest.param(
                '<div class="comments"><form class="comment-form"><textarea></textarea></form>'
                '<a class="comments-link" href="#respond">3 comments</a></div>',
                id="form and count",
            ),
        ],
    )
    def test_no_comment(self, markup: str) -> None:
        assert _comments(markup) == []


class TestCommentsAreNotBody:
    """A page's comments are read as comments and never land in the body."""

    @pytest.mark.parametrize(
        "section",
        [
            pytest.param(
                '<ol class="comment-list"><li class="comment"><cite class="fn">Ines</cite>'
                "<p>Ferry comment one, quite long and wordy.</p></li></ol>",
                id="wordpress",
            ),
            pytest.param(TestDrupal.MARKUP, id="drupal"),
            pytest.param(
                '<div id="comments"><div class="comment"><span class="commentAuthor">Nora</span>'
                '<time datetime="2025-03-02T10:00:00Z">now</time>'
                '<p class="commentText">Ferry comment one, quite long and wordy.</p></div></div>',
                id="generic",
            ),
        ],
    )
    def test_comments_not_in_body(self, section: str) -> None:
        article = newsmodel.read(_page(section), format="html")
        assert article.comments
        body = " ".join(block.text for block in article.body if hasattr(block, "text"))
        assert "outer islands" in body
        for comment in (c for top in article.comments for c in top.walk()):
            assert comment.text not in body
