"""The words the HTML writer puts around an article or a front's teasers, and the way its
script runs, by language.

A page's furniture ("By", "Related articles", "Comments are closed.") is read by people in
the article's language, so it is written in it: for the languages
:mod:`newsmodel.strategies` writes copy in, English for any other. The HTML reader
recognises some of these words (see :mod:`newsmodel.readers.html.vocabulary`); a word
changed here must still be recognised there.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Furniture", "direction", "furniture"]


class Furniture(NamedTuple):
    """The words of one language; those with ``{}`` are templates for a name or a number."""

    by: str
    updated: str
    breadcrumb: str
    related: str
    comments: str
    your_comment: str
    post_comment: str
    comments_closed: str
    upvotes: str
    live: str
    breaking: str
    sections: str
    previous_page: str
    next_page: str
    home: str


_ENGLISH = Furniture(
    by="By {}",
    updated="Updated",
    breadcrumb="Breadcrumb",
    related="Related articles",
    comments="Comments",
    your_comment="Your comment",
    post_comment="Post comment",
    comments_closed="Comments are closed.",
    upvotes="{} up",
    live="Live",
    breaking="Breaking",
    sections="Sections",
    previous_page="Previous page",
    next_page="Next page",
    home="Home",
)

# Counts are written as "label: n", which needs no plural forms (Arabic and Russian have
# several).
_FURNITURE: dict[str, Furniture] = {
    "en": _ENGLISH,
    "ar": Furniture(
        by="بقلم {}",
        updated="آخر تحديث",
        breadcrumb="مسار التنقل",
        related="مقالات ذات صلة",
        comments="التعليقات",
        your_comment="تعليقك",
        post_comment="أرسل التعليق",
        comments_closed="التعليقات مغلقة.",
        upvotes="تأييد: {}",
        live="مباشر",
        breaking="عاجل",
        sections="الأقسام",
        previous_page="الصفحة السابقة",
        next_page="الصفحة التالية",
        home="الرئيسية",
    ),
    "de": Furniture(
        by="Von {}",
        updated="Aktualisiert",
        breadcrumb="Brotkrümelnavigation",
        related="Weitere Artikel",
        comments="Kommentare",
        your_comment="Ihr Kommentar",
        post_comment="Kommentar abschicken",
        comments_closed="Die Kommentare sind geschlossen.",
        upvotes="Zustimmung: {}",
        live="Live",
        breaking="Eilmeldung",
        sections="Ressorts",
        previous_page="Vorherige Seite",
        next_page="Nächste Seite",
        home="Startseite",
    ),
    "fr": Furniture(
        by="Par {}",
        updated="Mis à jour",
        breadcrumb="Fil d’Ariane",
        related="Articles liés",
        comments="Commentaires",
        your_comment="Votre commentaire",
        post_comment="Publier le commentaire",
        comments_closed="Les commentaires sont fermés.",
        upvotes="Votes positifs\u00a0: {}",
        live="En direct",
        breaking="Urgent",
        sections="Rubriques",
        previous_page="Page précédente",
        next_page="Page suivante",
        home="Accueil",
    ),
    "es": Furniture(
        by="Por {}",
        updated="Actualizado",
        breadcrumb="Ruta de navegación",
        related="Artículos relacionados",
        comments="Comentarios",
        your_comment="Tu comentario",
        post_comment="Publicar comentario",
        comments_closed="Los comentarios están cerrados.",
        upvotes="Votos positivos: {}",
        live="En directo",
        breaking="Última hora",
        sections="Secciones",
        previous_page="Página anterior",
        next_page="Página siguiente",
        home="Portada",
    ),
    "ru": Furniture(
        by="Автор: {}",
        updated="Обновлено",
        breadcrumb="Навигационная цепочка",
        related="Статьи по теме",
        comments="Комментарии",
        your_comment="Ваш комментарий",
        post_comment="Отправить комментарий",
        comments_closed="Комментарии закрыты.",
        upvotes="Голосов за: {}",
        live="Онлайн",
        breaking="Срочно",
        sections="Разделы",
        previous_page="Предыдущая страница",
        next_page="Следующая страница",
        home="Главная",
    ),
    "zh": Furniture(
        by="作者：{}",
        updated="更新于",
        breadcrumb="面包屑导航",
        related="相关文章",
        comments="评论",
        your_comment="您的评论",
        post_comment="发表评论",
        comments_closed="评论已关闭。",
        upvotes="赞：{}",
        live="直播",
        breaking="突发",
        sections="栏目",
        previous_page="上一页",
        next_page="下一页",
        home="首页",
    ),
}

# Languages written right to left in their usual script (ISO 639-1 and -3 codes), and the
# right-to-left scripts (ISO 15924) a tag may name instead ("ku-Arab", "az-Arab").
_RIGHT_TO_LEFT_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)
_RIGHT_TO_LEFT_SCRIPTS = frozenset(
    {"adlm", "arab", "hebr", "mand", "nkoo", "rohg", "syrc", "thaa"}
)


def furniture(language: str | None) -> Furniture:
    """The words for an article in ``language`` (a BCP 47 tag); English where it has none."""
    return _FURNITURE.get(_primary(language), _ENGLISH)


def direction(language: str | None) -> str | None:
    """``"rtl"`` for a language or script written right to left, else None (the default)."""
    if not language:
        return None
    subtags = language.lower().replace("_", "-").split("-")
    script = next((tag for tag in subtags[1:] if len(tag) == 4 and tag.isalpha()), None)
    if script is not None:
        return "rtl" if script in _RIGHT_TO_LEFT_SCRIPTS else None
    return "rtl" if subtags[0] in _RIGHT_TO_LEFT_LANGUAGES else None


def _primary(language: str | None) -> str:
    return (language or "").lower().replace("_", "-").split("-")[0]
