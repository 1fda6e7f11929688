"""Every word list, prefix, script range and threshold the HTML reader's rules share, each
named and explained once.

Rules in several modules look for the same things (a byline's "By", a share bar's class, a
name too long to be a person's); when each kept its own copy, the copies drifted apart. A
new portal's quirk is one word added here, and no two modules disagree about what "a
byline" or "boilerplate" looks like. Values only one rule uses, and that mean nothing
outside it, stay beside that rule.

The text reader keeps its own patterns: they match whole lines of rendered text, not class
names or markup, and importing this package would make it load the HTML reader and lxml.
"""

from __future__ import annotations

import re

from ._names import AnyCase

__all__ = [
    "ADJACENT_POST_WORDS",
    "ADVERTISING_WORDS",
    "AFTER_HEADLINE",
    "ARTICLE_BODY_BONUS",
    "ARTICLE_BODY_WEIGHT",
    "ARTICLE_WEIGHT",
    "BEFORE_HEADLINE",
    "BOILERPLATE",
    "BREAKING_CLASS",
    "BREAKING_LABEL",
    "BYLINE_PREFIX",
    "COMMA_POINTS",
    "COMMENTS_CLOSED",
    "COMMENTS_LABEL",
    "COMMENT_SECTION",
    "FEED_LINK_TEXT",
    "FRONT_FURNITURE",
    "GOOD_PARAGRAPH",
    "LANGUAGE_NAME",
    "LANGUAGE_PATH",
    "LENGTH_POINTS_MAX",
    "LENGTH_POINTS_UNIT",
    "LINE_CHILDREN_MAX",
    "LINE_LINKS_SHARE_MAX",
    "LINKS_SHARE_MAX",
    "LIST_LINKS_SHARE_MAX",
    "LIVE_CLASS",
    "LIVE_LABEL",
    "LONG_PARAGRAPH",
    "NAME_CHARS_MAX",
    "NAME_WORDS_MAX",
    "NAVIGATION_WORDS",
    "NEXT_PAGE_TEXT",
    "NOT_A_MENU",
    "NOT_SHOWN",
    "OTHER_STORIES",
    "OVERLAY_WORDS",
    "PAGE_FURNITURE",
    "PAGE_LINKS",
    "PAGINATION_BLOCK",
    "POPULAR_WORDS",
    "PREVIOUS_PAGE_TEXT",
    "RAIL_WORDS",
    "RECOMMENDER_WORDS",
    "RELATED_BLOCK",
    "RELATED_LABEL",
    "RELATED_WORDS",
    "SCORED_PARAGRAPH",
    "SECTION_NAME_CHARS_MAX",
    "SECTION_NAME_WORDS_MAX",
    "SHARING_WORDS",
    "SPACELESS",
    "SPLIT_STORY_GAIN",
    "STANDFIRST_NAMES",
    "STORY_BODY_NAMES",
    "STORY_EXTRA_WORDS",
    "SUBSCRIPTION_WORDS",
    "TEASER_RAIL_CARDS",
    "TEASER_SUMMARY_MAX",
    "UTILITY_LINK_TEXT",
    "UTILITY_LINK_WORDS",
    "UTILITY_PATH",
    "WIDE",
    "class_words",
]

# --- Scripts -------------------------------------------------------------------------
# Two questions are asked of a text's script, and they have different answers: Korean
# counts twice but spaces its words; Thai spaces none but says no more per character
# than a Latin script does.
_HAN_AND_KANA = "\u2e80-\u312f\u3190-\u9fff\uf900-\ufaff"  # CJK radicals and punctuation,
# kana, bopomofo, ideographs and compatibility ideographs
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # jamo, compatibility jamo, syllables
_FULLWIDTH = "\uff00-\uffef"  # fullwidth Latin and halfwidth kana, set in CJK text
_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai, Lao, Myanmar, Khmer

# Chinese, Japanese and Korean say in one character what takes two or three in a Latin
# script, so length rules made for Latin text count these characters twice.
WIDE = re.compile(f"[{_HAN_AND_KANA}{_HANGUL}{_FULLWIDTH}]")
# Scripts that write no spaces between words, so "three words" cannot be counted in them.
SPACELESS = re.compile(f"[{_HAN_AND_KANA}{_SOUTHEAST_ASIAN}]")

# --- Bylines and people's names ------------------------------------------------------
# What stands before the names in a byline: "By", "Written by", "Posted by:", "Author:",
# "Reporter -", "by" in Russian, Chinese and Arabic ("Автор:", "作者：", "بقلم"), and in
# German, French, Spanish, Dutch and Italian ("Von", "Par", "Por", "Door", "Di"). Those
# five are also the start of surnames ("von der Leyen", "Di Maio"), so they count only
# before a capital or a letter of a script without capitals (the byline's name starts
# with one, the surname's next word, "der", often does not), or alone, before the
# element that holds the names.
BYLINE_PREFIX = re.compile(
    r"^\s*(?:"
    r"(?:(?:written|posted|published|reviewed|edited|reported|words|story|text|articles?|"
    r"posts?|stories)\s+)?by\b[:\s]*"
    r"|(?:authors?|writer|reporter|автор)\b\s*[:：|-]?\s*"
    r"|作者\s*[:：]\s*|بقلم(?:\s+|\s*$)"
    r"|(?:von|par|por|door|di)(?:\s+(?=(?-i:[A-ZÀ-ÖØ-Þ])|[^\W\d_a-zà-ÿ])|\s*$)"
    r")",
    re.IGNORECASE,
)
# A label naming the author field of a key-value list (Twitter's ``twitter:labelN``):
# the whole label, so that "By" labels the author and "Bylines policy" does not.
AUTHOR_LABEL = re.compile(r"(?:written|posted)\s+by|authors?|by", re.IGNORECASE)
# Longer text is a sentence or a title, not a person's name; the longest names in use
# ("María del Carmen Fernández de la Torre") are about 40.
NAME_CHARS_MAX = 80
NAME_WORDS_MAX = 6
# What stands between the names of several people in one byline: commas (Arabic "،"
# too), semicolons, Chinese "、", "&" and "and" in English, German, French and Russian
# (a lower-case "и" between spaces: "И." is an initial). Not Spanish "y" nor Arabic "و",
# which can also stand inside one name ("Ortega y Gasset", "وليد"): see
# :mod:`newsmodel._joined_names`.
NAME_SEPARATORS = re.compile(
    r"\s*(?:,|،|;|&|、|\band\b|\bund\b|\bet\b|\s(?-i:и)\s)\s*", re.IGNORECASE
)

# --- Where a byline or dateline stands -----------------------------------------------
AFTER_HEADLINE, BEFORE_HEADLINE = 60, 15  # elements searched after and before the <h1>
LINE_CHILDREN_MAX = 8  # an element with more children is a container, not a byline or date
# Elements whose text a reader never sees: no byline or date line is read from them (a
# date in <title> still counts, as text of the <head> around it).
NOT_SHOWN = frozenset({"script", "style", "head", "noscript", "template"})

# --- Class and id words --------------------------------------------------------------
# Words that class and id names are made of, in groups by what they name; a rule tests a
# name against the groups it cares about (see class_words). Each word is a regular
# expression that must match a whole word of the name, between its start or end, white
# space, "-" and "_": "related" in "related-posts", not in "unrelated".
RELATED_WORDS = (
    "related",
    "recommended",
    "more-from",
    "more-in",
    "more-stories",
    "read-next",
    "read-more",
    "readmore",
    "also-read",
    "see-also",
    "yarpp",
)
# Not words the body drops: headings' ids are their text ("how-popular-is-...").
POPULAR_WORDS = ("most-read", "most-popular", "popular", "trending")
# Advertising, and the site selling itself: a call to action ("post-cta", "block-cta").
ADVERTISING_WORDS = (
    *("promo", "advert", "ads?", "ad-slot", "sponsor(?:ed)?"),
    *("cta", "call-?to-?action"),
)
# Recommendation engines' boxes: links, often paid, to other sites as much as to this one.
RECOMMENDER_WORDS = ("recommend", "recommendations", "outbrain", "taboola")
SUBSCRIPTION_WORDS = ("newsletter", "subscribe", "signup", "sign-up")
SHARING_WORDS = ("share", "sharing", "social")
NAVIGATION_WORDS = (
    "breadcrumbs?",
    "nav",
    "navbar",
    "menu",
    "toolbar",
    "pagination",
    "footer",
    "masthead",
)
# The column beside the story or the teasers: furniture on an article page, but a front's
# rails ("Most read") stand in it.
RAIL_WORDS = ("sidebar",)
OVERLAY_WORDS = ("cookie", "consent", "popup", "modal", "banner")
# Beside the story on an article page, but a listing's own content ("tag-archive"): tags,
# and a box about the author however the theme spells it ("author-card", "author__bio",
# "about_author", "elementor-author-box").
STORY_EXTRA_WORDS = (
    r"author[-_]*(?:bio|box|card|desc(?:ription)?|info|details|profile|widget)",
    r"about[-_]*(?:the[-_]*)?author",
    "print-only",
    "tags?",
)


def class_words(*groups: tuple[str, ...]) -> str:
    """A pattern finding any word of the groups as a whole word of a class or id name."""
    return rf"(?:^|[\s_-])(?:{'|'.join(word for group in groups for word in group)})(?:$|[\s_-])"


# Comment sections; "comments-enabled" and the like say whether a page takes comments,
# not where they are.
COMMENT_SECTION = AnyCase(
    r"(?:^|[\s_-])(?:comments?|comment-list|commentlist|disqus|respond|replies)"
    r"(?![-_](?:enabled|disabled|open|closed|allowed|on|off)\b)(?:$|[\s_-])"
)
# A page's whole line saying it takes no comments, in the languages newsmodel's HTML writer
# writes it in (see newsmodel.writers._locale) and the usual variants.
COMMENTS_CLOSED = re.compile(
    r"^\s*(?:comments are closed|(?:die )?kommentar(?:e|funktion) (?:sind|ist) geschlossen"
    r"|(?:les )?commentaires (?:sont )?fermés|(?:los )?comentarios (?:están )?cerrados"
    r"|комментарии закрыты|评论已关闭|التعليقات مغلقة)\s*[.。]?\s*$",
    re.IGNORECASE,
)
# --- Labels: a block's whole heading text, where no class name says what it is ----------
# An old page's related links and reader comments stand under a bold line, not in a named
# box; the line's whole text (a trailing colon aside) in English and the languages
# newsmodel's HTML writer writes (see newsmodel.writers._locale), with the usual variants.
RELATED_LABEL = re.compile(
    r"^\s*(?:related(?: articles| stories| news| links| coverage| content)?|see also|"
    r"more on this(?: story| topic)?|also read|read also|"
    r"weitere artikel|mehr zum thema|verwandte artikel|zum thema|"
    r"articles liés|articles connexes|à lire aussi|lire aussi|sur le même sujet|"
    r"artículos relacionados|noticias relacionadas|te puede interesar|"
    r"статьи по теме|по теме|читайте также|相关文章|相关新闻|相关阅读|"
    r"مقالات ذات صلة|اقرأ أيضا|اقرأ أيضًا)\s*[:：]?\s*$",
    re.IGNORECASE,
)
COMMENTS_LABEL = re.compile(
    r"^\s*(?:(?:reader |readers'? |your |user )?comments|(?:reader |readers'? )?reactions|"
    r"(?:leser)?kommentare|commentaires|(?:los )?comentarios|комментарии|评论|网友评论|"
    r"التعليقات|تعليقات)\s*(?:\(\d+\))?\s*[:：]?\s*$",
    re.IGNORECASE,
)
# What the body drops unless it is rich in paragraph text (such words also name wrappers
# around the story: "content-with-sidebar"). "widget" names a sidebar box where a class
# begins with it ("widget_recent_entries"); page builders name every block of the story
# "<builder>-widget-...".
BOILERPLATE = AnyCase(
    class_words(
        SHARING_WORDS,
        SUBSCRIPTION_WORDS,
        RELATED_WORDS,
        RECOMMENDER_WORDS,
        ADVERTISING_WORDS,
        NAVIGATION_WORDS,
        RAIL_WORDS,
        OVERLAY_WORDS,
        STORY_EXTRA_WORDS,
    )
    + r"|(?:^|\s)widgets?(?:$|[\s_-])"
)
# Blocks whose headings are not a listing's teasers; a listing's teasers are its own
# content, so tags and author boxes do not count here, and "widget" anywhere does.
PAGE_FURNITURE = AnyCase(
    class_words(
        RELATED_WORDS,
        RECOMMENDER_WORDS,
        POPULAR_WORDS,
        ADVERTISING_WORDS,
        SUBSCRIPTION_WORDS,
        NAVIGATION_WORDS,
        RAIL_WORDS,
        ("widget",),
    )
)
# Blocks of links to other articles of the site (a recommendation engine's are not).
RELATED_BLOCK = AnyCase(class_words(RELATED_WORDS))
# Links to the posts before and after this one (WordPress's post navigation).
ADJACENT_POST_WORDS = ("nav-previous", "nav-next", "previous-post", "next-post")
# Blocks about other articles: the dates and names in them are those articles' own.
OTHER_STORIES = AnyCase(
    class_words(RELATED_WORDS, RECOMMENDER_WORDS, POPULAR_WORDS, ADJACENT_POST_WORDS)
)

# --- Paragraphs and the story --------------------------------------------------------
GOOD_PARAGRAPH = 80  # characters of a paragraph that counts as story text
LONG_PARAGRAPH = 120  # characters of a paragraph that makes its container rich in story
LINKS_SHARE_MAX = 0.3  # share of a good or long paragraph's characters that may be links
# Beyond these shares of link text, a body's list is a menu and its paragraph a row of links.
LIST_LINKS_SHARE_MAX = 0.6
LINE_LINKS_SHARE_MAX = 0.7

# --- Scoring the body's container (body.py) ------------------------------------------
# Each paragraph (or run of text between <br>) scores 1, plus a point per
# LENGTH_POINTS_UNIT characters up to LENGTH_POINTS_MAX, plus COMMA_POINTS per comma
# (prose has commas, teasers and menus few); the score shrinks by its share of link text.
SCORED_PARAGRAPH = 25  # characters; a shorter paragraph scores nothing (captions, labels)
LENGTH_POINTS_UNIT = 100
LENGTH_POINTS_MAX = 3
COMMA_POINTS = 0.3
# An <article> or <main> is where the story usually is: its score is multiplied by this.
ARTICLE_WEIGHT = 1.25
# itemprop="articleBody" says where the story is: its score is doubled and gains a head
# start, so it wins unless another container holds far more text.
ARTICLE_BODY_WEIGHT = 2
ARTICLE_BODY_BONUS = 5
# Class names of the element holding a story's text (article-body, entry-content, and
# BEM's article__body...).
STORY_BODY_NAMES = re.compile(
    r"(?:^|[\s_-])(?:article(?:-|__)?body|story(?:-|__)?body|post(?:-|__)?body|"
    r"post(?:-|__)?content|entry(?:-|__)?content|article(?:-|__)?content)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Class names of the standfirst set under the headline: the headline's summary, not the
# story's opening.
STANDFIRST_NAMES = AnyCase(class_words(("standfirst", "lede", "dek", "deck", "subtitle")))
# A story split over sibling containers is taken whole when the siblings hold this many
# times the text of the best container alone: less is a teaser strip beside the story.
SPLIT_STORY_GAIN = 1.3
# What a climb to a wider container adds is a rail of teasers, not more story, when at
# least this many short summaries (up to TEASER_SUMMARY_MAX characters) sit in boxes of
# their own with a link beside them, holding most of the added text (teaser_rails.py).
TEASER_RAIL_CARDS = 3
TEASER_SUMMARY_MAX = 300


# --- Fronts: navigation, labels, pagination ------------------------------------------
# Links a portal's menus hold besides its sections: accounts, subscriptions, search,
# contact and legal pages, feeds, apps and the home page. Tested against a link's path
# (each word a whole segment or the start of one: "/login", "/my-account/", "/about-us")
# and, for links whose path says nothing ("/p/123"), against its whole text, in English,
# German, French, Spanish, Italian, Portuguese and Dutch.
UTILITY_PATH = re.compile(
    r"/(?:log-?in|log-?out|sign-?in|sign-?up|signin|signout|register|registration|account|"
    r"my-?account|profile|user|subscribe|subscription|abo|abonnement|newsletters?|search|"
    r"suche|recherche|buscar|contact|kontakt|contacto|about|about-us|impressum|imprint|"
    r"privacy|datenschutz|terms|agb|cookies?|legal|mentions-legales|aviso-legal|rss|feeds?|"
    r"apps?|shop|jobs|careers|advertise|werbung|help|faq|wp-admin|wp-login\.php|"
    r"donate|donations?|spenden|support-us|contribute|sitemap|site-map|accessibility|"
    r"barrierefreiheit|accessibilite|accesibilidad|accessibilita|toegankelijkheid)"
    r"(?:[/?#.]|-|$)",
    re.IGNORECASE,
)
UTILITY_LINK_TEXT = re.compile(
    r"^(?:home|homepage|start|startseite|accueil|inicio|portada|глав"
    r"ная|log ?in|log ?out|sign ?in|sign ?up|sign out|register|my account|account|"
    r"anmelden|abmelden|registrieren|se connecter|connexion|iniciar sesión|acceder|"
    r"accedi|entrar|inloggen|subscribe|subscribe now|abonnieren|abonnez-vous|s'abonner|"
    r"suscríbete|suscribirse|abbonati|assine|newsletters?|search|suche|rechercher|"
    r"recherche|buscar|cerca|pesquisar|zoeken|contact|contact us|kontakt|contacto|contatti|"
    r"about|about us|über uns|qui sommes-nous|quiénes somos|chi siamo|impressum|"
    r"imprint|privacy|privacy policy|datenschutz|confidentialité|privacidad|terms|"
    r"terms of use|terms of service|agb|cookies?|cookie policy|legal|mentions légales|"
    r"aviso legal|rss|feeds?|advertise|werbung|publicité|jobs|careers|help|faq|"
    r"facebook|twitter|x|instagram|youtube|linkedin|tiktok|whatsapp|telegram|mastodon|"
    r"bluesky|threads|pinterest|app store|google play|"
    r"donate|donate now|donations?|support us|support our journalism|contribute|"
    r"become a member|spenden|jetzt spenden|unterstützen sie uns|faire un don|"
    r"soutenez-nous|nous soutenir|donar|haz una donación|apóyanos|sostienici|doneer|"
    r"doar|apoie|sitemap|site map|plan du site|mapa del sitio|mappa del sito|"
    r"accessibility|barrierefreiheit|accessibilité|accesibilidad|accessibilità|"
    r"acessibilidade|toegankelijkheid|send us a tip|send a tip|submit a tip|tip us|"
    r"news tips?|hinweis geben|tipp geben|envoyez-nous une info|envíanos una pista|"
    r"advertise with us|werben|mediadaten|annoncer|publicidad|pubblicità|adverteren)$",
    re.IGNORECASE,
)
# Words that make any menu entry holding them a subscription's or a language's, not a
# section ("Manage my subscription", "Abo verschenken", "Offrir un abonnement").
UTILITY_LINK_WORDS = re.compile(
    r"\b(?:subscriptions?|abos?|geschenkabo|abonnements?|suscripci[oó]n|abbonamento|"
    r"assinatura|abonnementen)\b",
    re.IGNORECASE,
)
# A language switch's text: the language's own name (or English for English).
LANGUAGE_NAME = re.compile(
    r"^(?:english|deutsch|français|francais|español|espanol|italiano|português|portugues|"
    r"nederlands|polski|русский|українська|türkçe|العربية|中文|简体中文|繁體中文|日本語|"
    r"한국어|svenska|dansk|norsk|suomi|čeština|ελληνικά|עברית|हिन्दी|magyar|română|"
    r"català|euskara|galego|frysk|plattdüütsch)$",
    re.IGNORECASE,
)
# A language switch's address: a common language's tag as the path's only segment ("/en/",
# "/pt-br/"); a list, since other two letters are sections ("/us/", "/eu/", "/tv/"). Not
# Ukrainian's "uk": "UK" at "/uk/" is English portals' section or edition for Britain,
# and a switch to Ukrainian is named in Ukrainian ("Українська", above) or "UA".
LANGUAGE_PATH = re.compile(
    r"^/((?:en|de|fr|es|it|pt|nl|ru|ar|zh|ja|ko|tr|pl|sv|da|no|nb|fi|cs|el|he|hi|hu|ro|"
    r"ca)(?:[-_][a-z]{2,4})?)/?$",
    re.IGNORECASE,
)
# Menus that are not the section tree, by their class, id or aria-label words.
NOT_A_MENU = AnyCase(
    class_words(
        ("breadcrumbs?", "pagination", "pager", "page-numbers", "nav-links", "footer"),
        ("posts?-navigation", "paging-navigation"),
        ("utility", "account", "user", "login", "languages?", "skip", "legal", "top-?bar"),
        SHARING_WORDS,
        ("social-?(?:links|menu|icons)", "follow"),
    )
)
# What holds the links to a listing's other pages or a story's neighbours, inside a menu
# (WordPress's "nav-previous" beside "Older posts"): not sections. Not "nav-links", which
# names many sites' main menu list too.
PAGE_LINKS = AnyCase(
    class_words(
        ("pagination", "pager", "page-numbers", "paging", "posts?-navigation"),
        ADJACENT_POST_WORDS,
    )
)
# The longest menu entry that is a section's name: longer ones are a mega-menu's teasers.
SECTION_NAME_CHARS_MAX = 50
SECTION_NAME_WORDS_MAX = 5
# Blocks whose teasers a front still leaves out: a rail of "Most read" stays a block (in a
# sidebar too), but advertising, recommendation engines, sign-up boxes and navigation do
# not.
FRONT_FURNITURE = AnyCase(
    class_words(
        RECOMMENDER_WORDS,
        ADVERTISING_WORDS,
        SUBSCRIPTION_WORDS,
        NAVIGATION_WORDS,
        SHARING_WORDS,
        OVERLAY_WORDS,
    )
)
# A teaser's label: an element classed for it,
LIVE_CLASS = AnyCase(class_words(("live", "live-?blog", "liveticker", "live-?now")))
BREAKING_CLASS = AnyCase(class_words(("breaking", "breaking-?news", "eilmeldung")))
# or its whole text ("LIVE", "En direct", "Eilmeldung"), or its text before a colon at
# the start of the headline.
LIVE_LABEL = re.compile(
    r"^(?:live|live now|live updates|en direct|en vivo|en directo|ao vivo|in diretta|"
    r"liveblog|live-ticker|liveticker|прямой эфир|مباشر)$",
    re.IGNORECASE,
)
BREAKING_LABEL = re.compile(
    r"^(?:breaking|breaking news|just in|eilmeldung|eil|dernière minute|urgent|urgente|"
    r"última hora|ultim'ora|ultima ora|срочно|"
    r"عاجل)$",
    re.IGNORECASE,
)
# Pagination blocks, and the texts of their links to the next (older) and previous (newer)
# page; a page-number list's next page is the number after the current one.
PAGINATION_BLOCK = AnyCase(
    class_words(("pagination", "pager", "page-numbers", "nav-links", "paging", "pages"))
)
_PAGE_WORDS = r"(?: page| posts| entries| articles| stories| news)?"
NEXT_PAGE_TEXT = re.compile(
    rf"^(?=\S)(?:(?:next|older|more){_PAGE_WORDS}|load more|weiter|nächste seite|ältere beiträge|"
    r"ältere artikel|suivant|page suivante|articles plus anciens|siguiente|página siguiente|"
    r"más antiguos|successivo|pagina successiva|próxima|volgende|oudere berichten)?"
    r"\s*[»›>→]?$",
    re.IGNORECASE,
)
PREVIOUS_PAGE_TEXT = re.compile(
    rf"^(?=\S)[«‹<←]?\s*(?:(?:prev|previous|newer){_PAGE_WORDS}|zurück|vorherige seite|"
    r"neuere beiträge|neuere artikel|précédent|page précédente|articles plus récents|anterior|"
    r"página anterior|más recientes|precedente|pagina precedente|vorige|nieuwere berichten)?$",
    re.IGNORECASE,
)
# A visible link to a feed: its text, class or id says so.
FEED_LINK_TEXT = AnyCase(r"(?:^|[\s_-])(?:rss|feeds?|atom)(?:$|[\s_-])")
