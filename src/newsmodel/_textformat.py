"""The grammar of a portal's article page as plain text, shared by the ``text`` reader
and writer.

A page is blocks separated by blank lines. These patterns and tests say what a block is: a
section label, a title, a dateline opening a paragraph, or one of the portal's furniture
lines ("More News articles on DZWatch", "DZWatch – Your News Portal", "Related Articles",
"Leave a Reply"...). The reader reads by them; the writer checks what it writes against
them, so that what it writes reads back as written.
"""

from __future__ import annotations

import re

from ._model import RelatedKind

__all__ = [
    "BLANK_LINES",
    "DATELINE",
    "NAME_AND_TAGLINE",
    "NAVIGATION",
    "furniture_kind",
    "is_label",
    "is_name_and_tagline",
    "is_title",
    "more_from",
]

BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n+")
_DASH = "[–—-]"  # en dash, em dash, hyphen
# "More News articles on DZWatch" and its wordings in the other languages of the
# strategies' pages; each names the section and the portal.
_MORE_FROM = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"^More (?P<section>.+?) (?:articles|news|stories|posts) (?:on|from) (?P<portal>.+?)$",
        r"^(?:Mehr aus|Mehr zu) (?P<section>.+?) (?:bei|von) (?P<portal>.+?)$",
        r"^Weitere (?P<section>.+?)-(?:Artikel|Nachrichten) (?:bei|von) (?P<portal>.+?)$",
        r"^Plus d[’'](?:articles|actualités) (?P<section>.+?) (?:sur|de) (?P<portal>.+?)$",
        r"^Toute l[’']actualité (?P<section>.+?) (?:de|sur) (?P<portal>.+?)$",
        r"^Más (?:noticias de |artículos de )?(?P<section>.+?) en (?P<portal>.+?)$",
        r"^(?:Другие материалы рубрики|Ещё) (?P<section>.+?) на (?P<portal>.+?)$",
        r"^(?P<portal>[^\s]+?)更多(?P<section>.+?)(?:文章|新闻)$",
        r"^更多(?P<section>.+?)(?:文章|新闻) - (?P<portal>.+?)$",
        r"^المزيد من (?:أخبار )?(?P<section>.+?) (?:على|في) (?P<portal>.+?)$",
    )
)


def more_from(line: str) -> re.Match[str] | None:
    """The "More <section> articles on <portal>" line's match, with its ``section`` and
    ``portal`` groups; None for any other line."""
    return next((m for pattern in _MORE_FROM if (m := pattern.match(line))), None)


NAME_AND_TAGLINE = re.compile(
    rf"^(?P<name>[^\n–—|]{{2,60}}?)\s+(?:{_DASH}|\|)\s+(?P<tagline>[^\n]{{2,120}})$"
)
# A place name's word: capitalised in the Latin, Greek and Cyrillic alphabets ("Écija",
# "Москва"), not only A-Z; any word in scripts without capitals (Arabic "عمّان" with its
# marks, Hebrew, Chinese "上海").
_WORD = (
    r"(?:[A-ZÀ-ÖØ-ÞΑ-ΩЀ-Я]|[\u0590-\u06ff\u0750-\u077f\u3400-\u9fff])"
    r"[\w\u0610-\u061a\u064b-\u065f\u0670'’.]*"
)
# The small words inside place names: "Ciudad de México", "Frankfurt am Main".
_PARTICLE = r"(?:de|del|la|el|da|do|di|dos|am|an|au|von|upon)"
# "Damascus –", "GENEVA (Wire Desk) –", "Port Louis, Mauritius –": a place of up to four
# capitalised words, an optional agency in brackets, then a dash.
DATELINE = re.compile(
    rf"^(?P<place>{_WORD}(?:[ -](?:{_PARTICLE}[ -])?{_WORD}){{0,3}}"
    rf"(?:,\s{_WORD}(?: {_WORD})?)?)"
    rf"(?:\s*\([^)]{{1,30}}\))?\s+{_DASH}{{1,2}}\s+\S"
)
_RELATED_HEADINGS = re.compile(
    r"^(?:related (?:articles|posts|stories|news)|you (?:may|might) also like"
    r"|read (?:more|also)"
    r"|ähnliche beiträge|verwandte artikel|das könnte sie auch interessieren|auch interessant"
    r"|articles (?:similaires|liés)|vous aimerez aussi|à lire aussi|lire aussi"
    r"|artículos relacionados|entradas relacionadas|(?:también )?te puede interesar"
    r"|lee también"
    r"|похожие (?:статьи|записи)|вам (?:также )?может понравиться|читайте также"
    r"|相关文章|相关阅读|猜你喜欢|延伸阅读"
    r"|(?:مقالات|أخبار) ذات صلة|قد يعجبك أيضاً|اقرأ أيضاً)$",
    re.I,
)
_REPLY_FORM = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment"
    r"|schreibe einen kommentar|kommentar (?:verfassen|schreiben)"
    r"|laisser (?:un commentaire|une réponse)|ajouter un commentaire"
    r"|deja (?:una respuesta|un comentario)|publicar un comentario"
    r"|добавить комментарий|оставьте комментарий|написать комментарий"
    r"|发表回复|发表评论|留下评论"
    r"|اترك تعليقاً|أضف تعليقاً|اترك رداً)$",
    re.I,
)
# Full stops and the other marks that end a sentence, in Latin, CJK and Arabic script.
_FULL_STOPS = (".", "。", "．")
_SENTENCE_ENDS = (*_FULL_STOPS, "!", "?", ":", "！", "？", "：", "؟")
_COMMENTS_CLOSED = re.compile(
    r"^(?:comments are closed|die kommentare sind geschlossen|les commentaires sont fermés"
    r"|los comentarios están cerrados|комментарии закрыты|评论已关闭|التعليقات مغلقة)[.。]?$",
    re.I,
)
NAVIGATION = {
    "previous article": RelatedKind.PREVIOUS,
    "previous post": RelatedKind.PREVIOUS,
    "next article": RelatedKind.NEXT,
    "next post": RelatedKind.NEXT,
}
_CHROME = re.compile(
    r"^(?:back to top(?: button)?|share(?: this(?: article)?)?|print|close|search|menu|"
    r"facebook|twitter|x|whatsapp|telegram|linkedin|email|pinterest|reddit"
    r"|nach oben|teilen|retour en haut|partager|volver arriba|compartir|наверх|поделиться"
    r"|返回顶部|分享|العودة إلى الأعلى|شارك)$",
    re.I,
)


def furniture_kind(line: str) -> str | None:
    """Which furniture line ``line`` is (``"more"``, ``"related"``, ``"navigation"``,
    ``"reply"``, ``"closed"``, ``"chrome"``), or None for story text."""
    lowered = line.lower()
    if more_from(line):
        return "more"
    if _RELATED_HEADINGS.match(line):
        return "related"
    if lowered in NAVIGATION:
        return "navigation"
    if _REPLY_FORM.match(line):
        return "reply"
    if _COMMENTS_CLOSED.match(line):
        return "closed"
    if _CHROME.match(line):
        return "chrome"
    return None


def is_label(block: str) -> bool:
    """A section label: a few words, no sentence punctuation."""
    return _words_at_most(block, 4) and not block.endswith(_SENTENCE_ENDS)


def is_name_and_tagline(block: str) -> bool:
    """The portal's footer line, "DZWatch – Your News Portal": a name that reads as a
    label, a dash or bar, and a tagline of a few words; neither is a sentence (a quote
    and its citation, "We built it to last. — Leila Haddad", is none)."""
    match = NAME_AND_TAGLINE.match(block)
    if match is None or block.endswith(_SENTENCE_ENDS):
        return False
    return is_label(match.group("name")) and _words_at_most(match.group("tagline"), 8)


def is_title(block: str) -> bool:
    """A link title in a related block: one short line, not a sentence of body copy."""
    return _words_at_most(block, 20) and not block.endswith(_FULL_STOPS)


def _words_at_most(block: str, count: int) -> bool:
    # split() would make a list of every word of a long block; this stops after count + 1
    return len(block.split(maxsplit=count)) <= count
