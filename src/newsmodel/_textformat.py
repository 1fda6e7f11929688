"""The grammar of a portal's article page as plain text, shared by the ``text`` reader
and writer: what one block is.

A page is blocks separated by blank lines, in three parts:

- the head: the portal's name (and tagline), a menu, the section label, the headline, an
  optional standfirst, byline and date lines (see :mod:`newsmodel._textbylines`), a
  reading time, share buttons, a photo's caption;
- the story: paragraphs, the first often opening with a dateline ("Damascus – ...",
  "PARIS, 4 sept (AFP) – ..."); "Read also: ..." lines, captions and adverts inside it are
  furniture;
- the furniture after the story: more-from-section lines, the portal's "Name – Tagline",
  related and most-read headings with their titles, share rows, tags, newsletter prompts,
  comment counts, reply prompts, comments-closed notices, back-to-top.

A furniture block is known by its words (:data:`newsmodel._vocabulary.PAGE_WORDS`, eight
languages, matched whole and without case or accents) or by its shape: a short line, a
run of one-word items after a share label, a count before "comments". Where the story
ends is the reader's decision (:mod:`newsmodel.readers.text`); the writer checks what it
writes against the same rules, so that what it writes reads back as written.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from ._dates import ANY_MONTH_PATTERN, parse_day
from ._model import RelatedKind
from ._vocabulary import AGENCIES, NETWORKS, PAGE_WORDS, PageWords
from ._wordtrie import trie_pattern

__all__ = [
    "BLANK_LINES",
    "DATELINE",
    "DATELINE_ALONE",
    "ITEM_SEPARATORS",
    "MASTHEAD_TAGLINE_WORDS",
    "NAME_AND_TAGLINE",
    "REPORTER_CREDIT",
    "WIRE_CREDIT",
    "WIRE_OPENING",
    "MoreFrom",
    "Stamped",
    "capitalised",
    "closes_a_list",
    "closes_with_a_credit",
    "comment_count",
    "dateline_agency",
    "ends_a_sentence",
    "follows_an_account",
    "furniture_kind",
    "gives_an_address",
    "gives_opening_hours",
    "gives_practical_facts",
    "heads_a_fact_box",
    "heads_a_note_on_the_sender",
    "heads_release_notes",
    "is_bulleted",
    "is_comments_label",
    "is_counted_link",
    "is_document_link",
    "is_email_field",
    "is_fact_line",
    "is_figure",
    "is_label",
    "is_labelled_figure",
    "is_link_line",
    "is_media_file_link",
    "is_menu_item",
    "is_menu_row",
    "is_name_and_tagline",
    "is_note_on_the_sender",
    "is_notice",
    "is_page_footer",
    "is_programme_note",
    "is_rank",
    "is_site_link",
    "is_skip_link",
    "is_stamp",
    "is_telephone_line",
    "is_title",
    "is_title_meta",
    "key",
    "labelled_items",
    "more_from",
    "names_a_site",
    "names_whole",
    "navigation",
    "navigation_link",
    "opens_with_a_play_word",
    "opens_with_share_label",
    "opens_with_tag_label",
    "reads_as_copy",
    "speaks_of_itself",
    "stamped_title",
    "tells_who_is_where",
    "topics_row",
    "trail",
    "words_of",
]

BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n+")
_DASH = "[–—-]"  # en dash, em dash, hyphen
_LABEL_AND_VALUE = re.compile(r"\S[:：]\s*\S")
# Chinese sets its dash, two em dashes, or a full-width bar between the words with no
# spaces: "青溪县融媒体中心——青溪发布", "雲岫舞團｜身體裡的山與海".
NAME_AND_TAGLINE = re.compile(
    rf"^(?P<name>[^\n–—|｜·]{{2,60}}?)"
    rf"(?:\s+(?:{_DASH}|\||·)\s+|(?<=[\u3400-\u9fff])(?:——|\s*｜\s*)(?=[\u3400-\u9fff]))"
    r"(?P<tagline>[^\n]{2,120})$"
)
# A place name's word: capitalised in the Latin, Greek and Cyrillic alphabets ("Écija",
# "Москва"), not only A-Z; any word in scripts without capitals (Arabic "عمّان" with its
# marks, Hebrew, Chinese "上海").
_WORD = (
    r"(?:[A-ZÀ-ÖØ-ÞΑ-ΩЀ-Я]|[\u0590-\u06ff\u0750-\u077f\u3400-\u9fff])"
    r"[\w\u0610-\u061a\u064b-\u065f\u0670'’.]*"
)
# The small words inside place names: "Ciudad de México", "Frankfurt am Main".
_PARTICLE = r"(?:de|del|la|le|les|el|da|do|di|dos|am|an|au|von|upon|sur|sous|en|im|bei)"
# A wire agency named without brackets, between dashes: "بيروت - أ ف ب - ...".
_AGENCY_NAMES = "|".join(re.escape(name) for name in sorted(AGENCIES, key=len, reverse=True))
# "Damascus –", "GENEVA (Wire Desk) –", "Port Louis, Mauritius –", "Hamburg/Berlin (dpa)
# -", and the wires' forms with a day before the agency: "NAIROBI, Oct 3 (Reuters) -",
# "NAIROBI, March 3, 2017 (Reuters) –", "BOGOTÁ, 12 may (EFE).-", "عمّان، 12 تشرين الثاني
# (بترا) –", "PARIS—", or a dash before it, "غزة - (الأناضول) -", "بيروت - أ ف ب -": a place
# of up to four capitalised words, an optional day (it holds a digit, and may end with
# ", 2017"), an optional agency in brackets or a known one between dashes, then a dash.
# Without a dash, where the shape still marks the place: a place in capitals and a full
# stop ("LINZ. Eigentlich ..."), a place and its region and a full stop ("Cusco, Perú."),
# a place in a script without capitals and a colon ("صفاقس: قررت ..."), a day and an
# agency in brackets ("VALLADOLID, 19 (SERVIMEDIA) La Junta ..."), an agency between
# slashes ("НОВОСИБИРСК, 12 марта. /ТАСС/. Около ..."), or a day and a known agency's name
# ("الرياض 15 ذو الحجة 1439 هـ الموافق 26 أغسطس 2018 م واس أطلقت ...").
_CAPS_PLACE = r"[A-ZÀ-ÖØ-ÞЀ-Я][A-ZÀ-ÖØ-ÞЀ-Я'’-]{2,}(?:[ -][A-ZÀ-ÖØ-ÞЀ-Я'’-]{2,}){0,3}\.\s"
_CASELESS_PLACE = r"(?!و)[\u0600-\u06ff]{2,}(?: [\u0600-\u06ff]{2,})?:\s"
_UPPER = "A-ZÀ-ÖØ-ÞЀ-Я"
_PLACE_WORD = rf"[{_UPPER}][^\W\d_]{{2,}}"
# A place and its region or a second place, then a full stop: "Cusco, Perú. Después ...",
# "Lüneburg/Bardowick. Zwei ...": the comma or the slash marks a place where a word alone
# and a full stop may be a sentence's ("Yesterday. ...").
_REGION_PLACE = (
    rf"{_PLACE_WORD}(?: {_PLACE_WORD})?(?:,\s|/){_PLACE_WORD}(?: {_PLACE_WORD})?\.\s"
    rf"(?=[{_UPPER}])"
)
_OPENING_LETTER = r"(?=[A-ZÀ-ÖØ-ÞЀ-Я\u0600-\u06ff\u3400-\u9fff\"“«„])"
# A region's code in brackets after the place, a part of it: a department's number or a
# state's two capitals ("Saint-Brieuc (22).", "SORRISO (MT) –"), not an agency's name.
_REGION_CODE = rf"\s\((?P<region>\d{{1,3}}|(?!(?:{_AGENCY_NAMES})\))[A-Z]{{2}})\)"
# A day of the month and its month's name, perhaps after the weekday's and before the
# year, then a full stop: "Logroño, 17 de junio. ...", "Valdecarro, 4 de marzo de 2025.
# ...", "Saint-Paul-sur-Vésonne, samedi 8 février. ..."
_NAMED_DAY = (
    rf"(?:[^\W\d_]{{2,}},?\s)?\d{{1,2}}\.?\s(?:de\s)?(?i:{ANY_MONTH_PATTERN})"
    r"(?:,?\s(?:de\s)?(?:19|20)\d\d)?(?=\.\s)"
)
# A province's name in brackets after the place, before the day: "Villalón de Campos
# Altos (Valladolid), 16 may (EFE).-"; an agency's brackets follow the day, or a dash.
_PROVINCE = r"\s\((?=[A-ZÀ-ÖØ-Þ])[^()\d\n]{2,30}\)(?=[,،]\s)"
_DATELINE_OPENING = (
    rf"^(?:(?P<bare>)(?={_CAPS_PLACE}|{_CASELESS_PLACE}|{_REGION_PLACE}))?"
    rf"(?P<place>{_WORD}(?:(?:[ -]|/)(?:{_PARTICLE}[ -])?{_WORD}){{0,3}}"
    rf"(?:,\s{_WORD}(?: {_WORD})?)?(?:{_REGION_CODE}|{_PROVINCE})?)"
    rf"(?:,\s(?P<named_day>{_NAMED_DAY})"
    r"|[,،]\s*(?P<day>[^,،()–—\d\n]{0,16}\d[^,،()–—\n]{0,24}?(?:,\s(?:19|20)\d\d)?)"
    rf"|\s+(?P<long_day>\d[^,،()–—\n]{{0,60}}?)(?=\s+(?:{_AGENCY_NAMES})\s)"
    r"|\s+(?P<spaced_day>\d{1,2}\s+[^\W\d_]{3,}\.?)(?=\s*\())?"  # "الخرطوم 7 مارس (سونا)"
    rf"(?:\s*(?:{_DASH}\s*)?\((?P<agency>[^)]{{1,30}})\)"
    rf"|\s+{_DASH}\s+(?P<wire>{_AGENCY_NAMES})(?=\s+{_DASH})"
    r"|\.?\s*/(?P<slashed>[^/\n]{1,30})/\.?"
    rf"|(?(long_day)\s+(?P<spaced>{_AGENCY_NAMES})|(?!)))?"
)
DATELINE = re.compile(
    rf"{_DATELINE_OPENING}(?:\s+{_DASH}{{1,2}}\s+|\.[-–—]\s*|\s*—\s*"
    r"|(?(bare)[.:]\s+|(?!))"
    rf"|(?(region)\.\s+{_OPENING_LETTER}|(?!))|(?(named_day)\.\s+{_OPENING_LETTER}|(?!))"
    rf"|(?(day)(?(agency)\s+{_OPENING_LETTER}|(?!))|(?!))"
    rf"|(?(agency)\.\s+{_OPENING_LETTER}|(?!))"  # "Hannover (epd). Die ..."
    r"|(?(slashed)\s+|(?!))|(?(spaced)\s+|(?!)))\S"
)
# The same on a line of its own ("WASHINGTON (AP) —" set apart above the first
# paragraph, or over a story that opens with a photo): it opens the block after it.
DATELINE_ALONE = re.compile(rf"{_DATELINE_OPENING}(?:\s+{_DASH}{{1,2}}|\.[-–—]|\s*—)$")


# A Chinese wire's opening: the agency, the place and the day, "电" (wired), and its
# reporters in brackets: "新华社北京5月5日电（记者 王静、刘晓峰）".
_CJK = r"\u3400-\u9fff"
WIRE_OPENING = re.compile(
    rf"^(?P<agency>{_AGENCY_NAMES})(?P<place>[{_CJK}]{{2,6}}?)"
    rf"(?P<day>\d{{1,2}}月\d{{1,2}}日)电"
    rf"(?:\s*[（(](?:记者|記者|通讯员)?\s*(?P<reporters>[^）)\n]{{1,40}})[）)])?"
)


def _all_words(field: str) -> str:
    wordings = {w for words in PAGE_WORDS.values() for w in getattr(words, field)}
    return "|".join(re.escape(w) for w in sorted(wordings, key=len, reverse=True))


# A reporter's credit in Chinese, on a line of its own or in brackets opening the story:
# the title, the names, a slash, the place and "reports" ("〔記者陳怡君／台北報導〕").
REPORTER_CREDIT = re.compile(
    rf"^(?P<open>[〔［【\[（(])?\s*(?:{_all_words('reporter')})\s*"
    rf"(?P<names>[{_CJK}]{{2,4}}(?:[、，\s][{_CJK}]{{2,4}})*)\s*[／/]\s*"
    rf"(?P<place>[{_CJK}]{{2,6}}?)(?:{_all_words('reported')})"
    r"(?(open)\s*[〕］】\]）)]|$)"
)


# A wire's credit in brackets opening the story: the agency, its reporter's title and
# names, the place, the day and "wired" ("（中央社記者林怡君台北12日電）").
WIRE_CREDIT = re.compile(
    rf"^[（(](?P<agency>{_AGENCY_NAMES})(?:{_all_words('reporter')})"
    rf"(?P<reporters>[{_CJK}]{{2,3}}(?:[、，][{_CJK}]{{2,3}})*)"
    rf"(?P<place>[{_CJK}]{{2,6}}?)(?:\d{{1,2}}月)?\d{{1,2}}日(?:{_all_words('reported')})[）)]"
)


# A paper's own report opens with its reporters in brackets: "本报讯（记者 李晓 通讯员 张明）".
OWN_REPORT = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for words in PAGE_WORDS.values() for w in words.own_report)})"
    r"\s*[（(](?P<reporters>[^）)\n]{1,40})[）)]"
)


def dateline_agency(opening: re.Match[str]) -> str | None:
    """The agency a :data:`DATELINE` match names, in whichever of its forms."""
    for group in ("agency", "wire", "slashed", "spaced"):
        if opening.group(group):
            return opening.group(group).strip()
    return None


class _Guarded:
    """A pattern searched for only where one of ``words`` stands, each of its matches
    holding one: its alternation of hundreds of words, tried one by one at every place
    in a line, cost a line that holds none of them a hundred times what the trie of the
    words (:func:`~newsmodel._wordtrie.trie_pattern`) does. The same matches, found faster."""

    __slots__ = ("_guard", "pattern")

    def __init__(self, pattern: str, words: set[str], flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self._guard = re.compile(trie_pattern(words), flags)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._guard.search(text) else None


# Full stops and the other marks that end a sentence, in Latin, CJK and Arabic script.
_FULL_STOPS = (".", "。", "．")
_SENTENCE_ENDS = (*_FULL_STOPS, "!", "?", ":", "！", "？", "：", "؟")
# What may close a sentence after its full stop: quotes and brackets.
_CLOSERS = "\"'”’»)]›」』） \u00a0\u202f"  # and the space French sets before "»"
_STOPS_BEFORE_CLOSERS = (*_FULL_STOPS, "!", "?", "…", "؟", "！", "？")
# not "4. Mai"; searched only where a sentence's end mark stands
_SENTENCE_INSIDE = _Guarded(r"[^\W\d_]{2}[.!?؟。][\"'”’»)]*\s+\S", {".", "!", "?", "؟", "。"})
_RANK = re.compile(r"^\d{1,2}\.?$")
# Chinese writes no spaces between words: a label is a few characters ("国内新闻"), a
# headline of two phrases is no label for its one space ("…提升\u3000在地…").
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_LABEL_CHARS = 12
_COPY_WORDS = 25  # a block this long is copy whatever its last mark
_TAGLINE_WORDS = 8  # at most, in a tagline after the name on one line
# At most, in a tagline after the name on the page's first line over the menu, where a
# motto may be longer ("Latinos en Europa | La voz de nuestra gente al otro lado del charco")
MASTHEAD_TAGLINE_WORDS = 12
_LONGEST_LINE = 200  # characters; longer blocks are never a furniture line
_SHORT_PROMPT = 30  # words; a longer block mentioning a newsletter is copy


@functools.cache
def _marks_in_the_basic_plane() -> dict[int, None]:
    """A table for ``str.translate`` that deletes the combining marks below U+10000."""
    return {cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))}


def _plain(text: str) -> str:
    """``text`` in lower case, without accents or Arabic vowel marks.

    Every line of a page passes here: ASCII text has no marks to take off, and other text
    drops them through one translation table rather than a character at a time in Python.
    """
    folded = " ".join(text.casefold().split())
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    if max(decomposed) <= "\uffff":
        plain = decomposed.translate(_marks_in_the_basic_plane())
    else:
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("’", "'")


# The grammar asks these of one line many times over (each rule that looks at a
# neighbour): a bounded number of lines no longer than a furniture line are remembered.
_REMEMBERED_LINES = 4096


def key(text: str) -> str:
    """How a line is looked up among the page words: lower case, without accents or
    Arabic vowel marks, typographic apostrophes made plain, one space inside, and no
    punctuation at either end ("Partager :" and "À lire aussi" read as "partager" and
    "a lire aussi")."""
    return _short_key(text) if len(text) <= _LONGEST_LINE * 3 else _key(text)


def _key(text: str) -> str:
    return _plain(text).strip(" :：.…|›»«→>‹<←-–—·•*#")


_short_key = functools.lru_cache(maxsize=_REMEMBERED_LINES)(_key)


def words_of(language: str | None) -> PageWords:
    """The page words of ``language`` (a tag such as ``fr-CA``), English when not known."""
    primary = (language or "en").split("-")[0].lower()
    return PAGE_WORDS.get(primary, PAGE_WORDS["en"])


# --- Whole lines -----------------------------------------------------------------------
# Each kind of furniture line, by the PageWords field its wordings are in.
_LINE_KINDS = (
    ("read_also", "read-also-heading"),
    ("related", "related"),
    ("popular", "popular"),
    ("share", "share"),
    ("share_items", "network"),
    ("tags", "tags"),
    ("categories", "categories"),
    ("no_comments", "count"),
    ("one_comment", "count"),
    ("two_comments", "count"),
    ("reply", "reply"),
    ("closed", "closed"),
    ("back_to_top", "top"),
    ("previous", "previous"),
    ("next", "next"),
    ("advertisement", "ad"),
    ("listen", "listen"),
    ("menu", "menu"),
    ("skip", "menu"),
    ("subscribe", "menu"),  # a subscription button alone: "Jetzt abonnieren"
    ("contact", "contact"),
    ("pinned", "pinned"),
)


def _line_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for words in PAGE_WORDS.values():
        for field, kind in _LINE_KINDS:
            for wording in getattr(words, field):
                table.setdefault(key(wording), kind)
    for network in NETWORKS:
        table.setdefault(key(network), "network")
    # "Back to top button", "Botón volver arriba": a theme's button names itself
    for wording in [w for words in PAGE_WORDS.values() for w in words.back_to_top]:
        table.setdefault(key(f"{wording} button"), "top")
    return table


_LINES = _line_table()
NAVIGATION = {"previous": RelatedKind.PREVIOUS, "next": RelatedKind.NEXT}


# A previous/next label and the title on its line: "Next story: ...", "Suivant › ..."
_NAVIGATION_LINE = re.compile(r"^(?P<label>[^:：|›»→\n]{1,40}?)\s*[:：|›»→]\s*(?P<title>\S.*)$")


def _alternatives(wordings: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(wordings, key=len, reverse=True))


def _all(field: str) -> set[str]:
    return {key(w) for words in PAGE_WORDS.values() for w in getattr(words, field)}


# What ends a label before its title or items: a colon or a bar, or an arrow ("À LIRE
# AUSSI >> Huîtres : ...").
_LABEL_END = r"\s*(?:[:：|]|>>|»|→|\.(?=\s))\s*"
# "Read more: How a warming Atlantic ...", "Lire aussi | Défense européenne ...", "Tags:
# Doñana, agua", "Categorías: ..." (keyed); "À LIRE AUSSI. Erquy : ...", a full stop after
# the label.
_LABELLED = re.compile(
    rf"^(?P<label>{_alternatives(_all('read_also') | _all('related'))}"
    rf"|{_alternatives(_all('tags'))}|{_alternatives(_all('categories'))})"
    rf"(?:{_LABEL_END}(?P<rest>.+)|\s+(?P<items>[^:.]+,[^:.]+))$"
)
# "Posted in Local", "Filed under World": a label of several words before one category.
_CATEGORY_LINE = re.compile(
    rf"^(?:{_alternatives({w for w in _all('categories') if ' ' in w})})\s+[^:.!?]{{1,60}}$"
)
_ONE_COMMENT = _all("one_comment")
_TWO_COMMENTS = _all("two_comments")
_SITE_WORDS = _all("site_words")
_MENU_WORDS = _all("menu")
_COMMENT_NOUNS_ALONE = _all("comments")
_TAG_LABELS = _all("tags")
# Tags written as hashtags, two or more on a line, each of a few words: "#Kassel
# #Nahverkehr", "#半導體 #設備", "#Movilidad #Línea 5 #Calzada Independencia".
_HASHTAG = r"#[^\s#]+(?:\s[^\s#]+){0,2}"
_HASHTAGS = re.compile(rf"{_HASHTAG}(?:\s+{_HASHTAG})+")
_TAG_OPENING = re.compile(rf"^(?:{_alternatives(_TAG_LABELS)})\s")
_CATEGORY_LABELS = _all("categories")
# "86 comments", "Comments (3)", "12 تعليقا" (keyed: no accents, no vowel marks)
_COMMENT_NOUNS = _alternatives(_all("comments"))
_COMMENT_NOUN = re.compile(rf"(?:ال)?(?:{_COMMENT_NOUNS})")
# WordPress heads its comments "3 thoughts on “<headline>”".
_COUNT = re.compile(
    rf"^(?:(?P<before>\d{{1,7}})\s+(?:{_COMMENT_NOUNS})\w*"
    r"(?:\s+(?:on|to|sur|a|zu|em|en|sobre|على)\s+[\"'“”«„].*)?"
    rf"|(?:{_COMMENT_NOUNS})\s*[(（:]?\s*(?P<after>\d{{1,7}})[)）]?)$"
)
_SHARE_OPENING = re.compile(rf"^(?:{_alternatives(_all('share'))})\b")
_NETWORK_WORDS = {key(n) for n in NETWORKS} | _all("share_items")
_SHARE_ITEM_SEPARATOR = re.compile(r"\s+[-–·•|/]\s+|\s*[,،]\s*")
_NEWSLETTER = _Guarded(
    rf"(?:^|\W)(?:{_alternatives(_all('newsletter'))})(?:\W|$)", _all("newsletter")
)
_READING_TIME = _Guarded(
    rf"{_alternatives(_all('reading_time'))}|lesezeit|للقراءة",
    _all("reading_time") | {"lesezeit", "للقراءة"},
)
# "© 2025 Sahel Monitor. All rights reserved."
_RIGHTS = _Guarded(
    rf"^(?:©|\(c\)|copyright)|{_alternatives(_all('rights'))}",
    _all("rights") | {"©", "(c)", "copyright"},
)
_RIGHTS_WORDS = 15
# A wire's notice is longer: "Copyright 2014 The Valley Ledger. All rights reserved. This
# material may not be published, broadcast, rewritten, or redistributed."
_NOTICE = re.compile(rf"^(?:©|\(c\)|copyright\b).*(?:{_alternatives(_all('rights'))})")
_NOTICE_WORDS = 40
# A caption ends with its credit: "... Photograph: Carla Mendes/The Northern Courier",
# "... Photo L'Écho des Monts/Sylvie Mathieu", "... - تصوير: هشام علي".
# The credit follows a colon or holds a slash ("Name/Agency"); "the photo was taken in
# 2019." is copy.
_CREDIT = _Guarded(
    rf"(?:^|[\s.(\-–—|。])(?:{_alternatives(_all('photo'))})"
    r"(?:(?<=[：／])\s*[^。！？.!?:：]{1,40}"  # "。攝影／陳柏翰": the word holds its mark
    r"|\s*:\s*(?:[^.!?:]|(?<=\b[^\W\d_])\.){1,80}|\s+[^.!?:/]{1,60}/[^.!?:/]{1,60})\)?$"
    # after the caption's last sentence, the word and the credit alone: "... restructurée.
    # Photo DDC, Julien Marty", "... verlaufen. Bild © Radio Mittelhessen"
    rf"|[.!?][\"”»]?\s+(?:{_alternatives(_all('photo'))})\s*©?\s*[^\s.!?:][^.!?:]{{1,60}}$",
    _all("photo"),
)


# Shapes for wordings not listed, each on a short line: a back-to-top button ("Bouton
# retour en haut de la page"), a prompt to comment ("Add your comment", "أضف تعليقك"),
# a more-from link ("Weitere Meldungen auf Harzer Bote"), a caption's opening ("Image
# source, Reuters").
_BUTTON_WORDS = 8
_TOP_INSIDE = re.compile(
    _alternatives({w for w in _all("back_to_top") | {"back to top"} if " " in w})
)
_PROMPT_WORDS = 4
_COMMENT_STEM = re.compile(
    r"^(?:comment|coment|commentaire|kommentar|reagi|تعليق|علق)\w*"
    r"|\b(?:a|an|your|un|une|votre|ton|tu|su|seu|sua|um|uma|einen|ihren|deinen|dein|ihr)\s+"
    r"(?:comment|comentario|commentaire|kommentar)\w*$|تعليق\w*$"
    # "Sign in to comment", "Connectez-vous pour commenter", "Inicia sesión para comentar"
    # (not "Minister declines to comment": a sign-in opens the prompt)
    r"|^(?:sign in|log in|login|register|connectez-vous|identifiez-vous|inicia sesion"
    r"|inicie sesion|faca login|entre|anmelden|einloggen)\s+(?:\w+\s+)?"
    r"(?:to|pour|para|um|zum)\s+(?:comment|comentar|commenter|kommentieren)\w*$"
)
_MORE_SHAPE = re.compile(
    r"^(?:more|plus|mas|mehr|weitere|mais|المزيد|مزيد)\s+(?P<middle>[^\d]{0,60}?)\s+"
    r"(?:on|from|at|sur|de|en|auf|von|bei|em|no|na|do|da|على|في|من)\s+(?P<portal>[^\d]{2,40})$"
)
_MORE_WORDS = 10
_SMALL_WORD = 3  # letters: "de", "do", "des", "of", "the", "und"
_NAME_WORDS = 6
_CAPTION_OPENING = re.compile(
    rf"^(?:{_alternatives(_all('photo'))}|image source|image caption|legende)\s*[,:]\s+\S"
)
_CAPTION_WORDS = 60
_LABEL_WORDS = 4  # at most
# A caption's last sentence, then its credit in a few characters ending with the word
# after a photographer's name, bracketed or not: "...充电。记者 王涛 摄",
# "...工地。（圖／記者陳怡君攝）".
_PHOTOGRAPHED_BY = re.compile(
    rf"[。！？.!?]\s*[(（]?[^。！？.!?()（）]{{1,20}}(?:{_alternatives(_all('photo_after'))})[)）]?$"
)
# A caption's credit in brackets at its end, the photo's word and the name across a
# colon or a slash: "... night market. (Photo/Jane Roe)", "自強夜市週末人潮。（攝影／陳怡萱）".
_BRACKETED_CREDIT = re.compile(
    rf"[(（]\s*(?:{_alternatives({w.rstrip(':：') for w in _all('photo')})})"
    r"\s*[:：/／]\s*[^()（）:：/／]{1,40}[)）]$",
    re.IGNORECASE,
)
# A press release's end mark alone on its line: "###", "-30-", "- 30 -", "-KCG-".
_END_MARK = re.compile(r"^\s*(?:#{3}|-\s?(?:30|[A-Z]{2,5})\s?-)\s*$")
# A line wholly inside lenticular or full-width brackets is an editor's note, not copy:
# "【编辑:王娜】", "【责任编辑：李明】", "（责任编辑：张伟）".
_BRACKETED_NOTE = re.compile(r"^\s*(?:【[^【】\n]{1,60}】|（[^（）\n]{1,60}）)\s*$")
# A caption that ends with its credit alone after the last sentence, a name and an agency
# or archive across a slash: "... de Vallecas. EFE/Archivo", "... le 4 septembre 2025.
# JEAN-LUC MARTEAU / AFP". Each side is one to four capitalised words. A credit after a
# copyright sign is one whatever its shape: "... le 28 septembre. © Hugo Martin / Panorama
# Hebdo", "... in 2019. © Reuters".
_CAPITALISED = r"[^\W\d_a-zß-ÿ][\w'’.-]*"
_CREDIT_AFTER_SENTENCE = re.compile(
    rf"[.!?][\"”»]?\s+(?:{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"
    rf"\s*/\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}|©(?:[^.!?©]|(?<=\b[^\W\d_])\.){{2,80}})$"
)
# "Os comentários a este artigo estão encerrados.": a short line naming comments and
# ending as the listed notices end ("... fermés", "... cerrados", "... geschlossen").
_CLOSED_ENDS = {key(w).split()[-1] for w in _all("closed")}
_CLOSED_WORDS = 10
# A prompt of three words or more, then what it is about: "Vous devez être abonné pour
# commenter cet article", "Leave a comment on this story".
_REPLY_OPENING = re.compile(
    rf"^(?:{_alternatives({w for w in _all('reply') if len(w.split()) >= 3})})\b"
)
# A button with what it offers after its words: an audio player's length ("Artikel zum
# Hören • 3 Min"), a subscription's price ("Abonnez-vous à partir de 1 €").
_OFFER_WORDS = 8
# An audio or video item by its length in brackets at its end: "(01:48 Min.)", "(2:35)".
_MEDIA_LENGTH = re.compile(r"\(\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[^\W\d_]{1,8}\.?)?\s*\)$")
_MEDIA_WORDS = 16
# A player's word and its length, in minutes or on a clock: "Listen 4 min", "Audio: 1:42
# Min.", "Смотреть видео 02:14".
_LISTEN_FOR = re.compile(
    rf"^(?:{_alternatives(_all('listen') | _all('play'))})"
    rf"\W+\d{{1,3}}(?::\d{{2}}){{0,2}}\s*\w{{0,8}}\.?$"
)
# A clock length and a player's word anywhere on a line of parts: "Video 02:14 | Subtitles"
_CLOCK_LENGTH = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def _player_facts(line: str) -> bool:
    """A media player's line of facts: its length on a clock, a player's word ("video",
    "الفيديو"), parts between bars, no sentence and no day ("مدة الفيديو 02:14 | الترجمة:
    عماد الشيخ | ترجمة نصية مرافقة")."""
    return (
        " | " in line
        and not ends_a_sentence(line)
        and _CLOCK_LENGTH.search(line) is not None
        and _PLAYER_WORD.search(key(line)) is not None
        and parse_day(line) is None
    )


def opens_with_a_play_word(line: str) -> bool:
    """A player's button in words, a play word opening a few words that make no sentence
    ("شاهد الخبر بلغة الإشارة", "Watch the report in sign language")."""
    return (
        _PLAY_OPENING.match(key(line)) is not None
        and _words_at_most(line, _PLAY_BUTTON_WORDS)
        and not ends_a_sentence(line)
    )


_PLAY_OPENING = re.compile(rf"^(?:{_alternatives(_all('play'))})\s")
_PLAY_BUTTON_WORDS = 6


# A subscription prompt that opens with its button's word and is no sentence: "Sign up for
# The Ledger Morning Brief", "Подписывайтесь на наш Telegram-канал, чтобы ...".
_SUBSCRIBE_OPENING = re.compile(rf"^(?:{_alternatives(_all('subscribe'))})\b")
_PITCH_WORDS = 20
_SUBSCRIBE_BUTTONS = _all("subscribe")
_SUBSCRIBE_KEYS = {key(w) for w in _SUBSCRIBE_BUTTONS}
_OFFER_PRICE = re.compile(
    rf"^(?:{_alternatives(_all('subscribe'))})\b[^.!?\d]{{0,40}}"
    r"(?:\d[\d.,]*\s*(?:€|\$|£|euros?|reais)|(?:€|\$|£|R\$)\s*\d[\d.,]*)[^.!?\d]{0,30}$"
)


# A site menu on one line: three or more items of one to three words, each opening with a
# capital,
# between spaced dots, bullets, slashes or bars ("Start · Lokales · Kultur · Termine",
# "Home / News / Sport / Events / Contact"); in Chinese, a wide space ("首页　新闻　评测").
_MENU_SEPARATOR = re.compile(r"\s+[·•/|]\s+|(?<=[\u3400-\u9fff])\u3000+(?=[\u3400-\u9fff])")
_TRAIL_SEPARATOR = re.compile(r"\s+[>»›→/]\s+")
_MENU_ITEMS = 3  # at least
_MENU_ITEM_WORDS = 3  # at most
_HAN_MENU_CHARS = 8  # at most: "关于我们", "隐私权政策"; a title is longer


# A reading time's number and unit alone ("3 Min.", "5 minutos"); a source line at the
# story's end ("Source: TASS", "Источник: ТАСС"); a caption by its opening words
# ("Pictured: ...", "图为市民在新开放的滨河步道上骑行。").
_MINUTES_ALONE = re.compile(rf"^\d{{1,3}}\s*(?:{_alternatives(_all('minutes'))})$")
# An audio or video player's length alone (keyed): "2 min 14 s".
_LENGTH_ALONE = re.compile(
    rf"^\d{{1,3}}\s*(?:{_alternatives(_all('minutes'))})\.?\s*\d{{1,2}}\s*"
    rf"(?:{_alternatives(_all('seconds'))})$"
)
# A text-size control: its label and the sizes, "字号：大 中 小", "Text size A A A".
_TEXT_SIZE = re.compile(rf"^(?:{_alternatives(_all('text_size'))})(?:\W|$)")
_TEXT_SIZE_WORDS = 6
# A player's button that says what it plays, no sentence: "Écouter le reportage de X".
_LISTEN_OPENING = re.compile(rf"^(?:{_alternatives(_all('listen'))})\s")
_SOURCE = re.compile(rf"^(?:{_alternatives(_all('source'))})\s*[:：]\s*\S")
# A press contact's heading and its name and address on one line: "Media contact: Priya
# Nandakumar, press@...", "Contato para imprensa: Lucas Andrade — imprensa@...".
_CONTACT_LINE = re.compile(rf"^(?:{_alternatives(_all('contact'))})\s*(?:[:：]|[–—-]\s)\s*\S")
_SOURCE_WORDS = 6
_CAPTION_WORDS_OPENING = re.compile(rf"^(?:{_alternatives(_all('caption'))})(?:[\s,:：]|(?=\w))")
# A share button that names what it shares, and the networks on the next lines:
# "Partager l'article sur", "Compartir en", "Share on".
_SHARE_LABEL_WORDS = 4


class MoreFrom(NamedTuple):
    """A "More <section> articles on <portal>" line: what it names."""

    section: str | None
    portal: str | None


def _template(wording: str) -> re.Pattern[str]:
    """A more-from wording as a pattern; the names it stands in for are not keyed."""
    pattern = re.escape(wording).replace(r"\{section\}", "(?P<section>.+?)")
    pattern = pattern.replace(r"\{portal\}", "(?P<portal>.+?)")
    return re.compile(f"^{pattern}$", re.IGNORECASE)


# Wordings that name the portal are tried first: "Mehr aus {section} bei {portal}" before
# "Mehr aus {section}", which would take "Politik bei DZWatch" for the section.
_MORE_FROM = tuple(
    _template(wording)
    for wording in sorted(
        (wording for words in PAGE_WORDS.values() for wording in words.more_from),
        key=lambda wording: "{portal}" not in wording,
    )
)


# The words before the first name of each wording: a line that opens with none of them
# can match only the wordings that open with a name ("{portal}更多{section}文章").
_MORE_FROM_OPENING = re.compile(
    "^"
    + trie_pattern(
        {
            wording.partition("{")[0]
            for words in PAGE_WORDS.values()
            for wording in words.more_from
            if not wording.startswith("{")
        }
    ),
    re.IGNORECASE,
)
_MORE_FROM_BY_NAME = tuple(
    pattern for pattern in _MORE_FROM if pattern.pattern.startswith("^(?P<")
)


def more_from(line: str) -> MoreFrom | None:
    """The section and portal a more-from line names, or None for another line."""
    if len(line) > _LONGEST_LINE:
        return None
    opened = _MORE_FROM_OPENING.match(line) is not None
    for pattern in _MORE_FROM if opened else _MORE_FROM_BY_NAME:
        match = pattern.match(line)
        if match:
            found = match.groupdict()
            section, portal = found.get("section"), found.get("portal")
            if _names_a_place(section) and _names_the_portal(portal):
                shaped = _more_shape(line) if portal is None else None
                if shaped and section and shaped.portal and section.endswith(shaped.portal):
                    # "Mehr Lokalnachrichten auf Kassel Lokal": no section, a portal
                    return shaped
                return MoreFrom(section, portal)
    return _more_shape(line)


def _more_shape(line: str) -> MoreFrom | None:
    """The portal a more-from line in words not listed names: "More <words> on <portal>"."""
    if not _words_at_most(line, _MORE_WORDS) or ends_a_sentence(line):
        return None
    shape = _MORE_SHAPE.match(line.casefold())
    if shape is None:
        return None
    portal = line[shape.start("portal") :]
    if not is_label(portal) or not capitalised(portal):
        return None
    return MoreFrom(None, portal)


def _names_a_place(name: str | None) -> bool:
    """A section's or portal's name in a more-from line: a capitalised label with no
    digits ("Mais de 300 pessoas" is copy, "More on this story" a heading)."""
    return name is None or (
        _is_name(name) and not any(map(str.isdigit, name)) and capitalised(name)
    )


def _names_the_portal(name: str | None) -> bool:
    """A portal's name in a more-from line: as a section's, but a number may follow its
    first word ("France 24", "الشارقة 24 ساعة")."""
    return name is None or (_is_name(name) and not name[0].isdigit() and capitalised(name))


def _is_name(text: str) -> bool:
    """A portal's or section's name: a label, or up to six words all capitalised but the
    small ones ("La Voz de la Serranía"), perhaps with its legal form ("e.V.")."""
    if is_label(text):
        return True
    bare = _LEGAL_FORM.sub("", text)  # "Heimatverein Ostermoor e.V."
    return (
        _words_at_most(bare, _NAME_WORDS)
        and not bare.endswith(_SENTENCE_ENDS)
        and capitalised(bare)
    )


# A name's closing abbreviation, whose full stop ends no sentence: "e.V.", "S.A.", "Inc.".
_LEGAL_FORM = re.compile(r"\s(?:(?:\w\.){2,}|[A-Z][a-z]{1,3}\.)$")


def capitalised(name: str) -> bool:
    """The first word, and each but small words ("Gazeta do Cerrado", "Sahel Monitor"),
    starts with a capital or a letter of a script without case."""
    words = name.split()
    return (
        bool(words)
        and not words[0][0].islower()
        and all(not w[0].islower() or len(w) <= _SMALL_WORD for w in words[1:])
    )


def navigation(line: str) -> RelatedKind | None:
    """PREVIOUS or NEXT for a "Previous article"/"Next article" line, else None."""
    kind = _LINES.get(key(line)) if len(line) <= _LONGEST_LINE else None
    return NAVIGATION.get(kind or "")


def navigation_link(line: str) -> tuple[RelatedKind, str] | None:
    """PREVIOUS or NEXT and the title for a "Previous story: <title>" line (the title
    after a colon, a bar or an arrow, no sentence), else None."""
    if len(line) > _LONGEST_LINE:
        return None
    parts = _NAVIGATION_LINE.match(line)
    kind = navigation(parts.group("label")) if parts else None
    if parts is None or kind is None:
        return None
    title = parts.group("title").strip().strip(_LINK_ARROWS).strip()  # "Next: Spring fixtures →"
    return (kind, title) if is_title(title) and not ends_a_sentence(title) else None


_LINK_ARROWS = "←→⇐⇒⟵⟶"


def furniture_kind(line: str) -> str | None:
    """Which furniture line ``line`` is, or None for what may be story text.

    Headings over a list: ``"related"``, ``"read-also-heading"`` (which may stand inside
    the story), ``"popular"``, ``"tags"``, ``"categories"``, ``"share"``; whole lines:
    ``"more"``, ``"network"``, ``"reply"``, ``"closed"``, ``"count"``, ``"top"``,
    ``"previous"``, ``"next"``, ``"ad"``, ``"listen"``,
    ``"menu"``, ``"newsletter"``, ``"reading"``, ``"caption"``, ``"rights"``, ``"note"``
    (an editor's note in 【】), ``"end"`` (a release's end mark, ``###``),
    ``"contact-line"`` (a press contact and its address),
    ``"pinned"`` (a live entry's label); a heading and its items in one line:
    ``"read-also"``, ``"tag-line"``, ``"category-line"``, ``"navigation"`` ("Next story:
    <title>").
    """
    return None if len(line) > _LONGEST_LINE * 3 else _short_furniture_kind(line)


@functools.lru_cache(maxsize=_REMEMBERED_LINES)
def _short_furniture_kind(line: str) -> str | None:
    if _END_MARK.match(line):
        return "end"  # "###", "-30-", "-KCG-": a release's end
    keyed = key(line)
    if not keyed:
        return None
    if len(line) <= _LONGEST_LINE:
        # a short line's words, counted once: _words_at_most(line, n) is count <= n
        count = len(line.split())
        kind = _LINES.get(keyed)
        if kind is not None:
            return kind
        if more_from(line):
            return "more"
        if navigation_link(line):
            return "navigation"
        if _COUNT.match(keyed) or (
            count <= _COUNT_LEAD_WORDS + 2 and comment_count(line) is not None
        ):
            return "count"  # "86 comments", "Hay 6 comentarios"
        labelled = _LABELLED.match(keyed)
        if labelled and not (labelled.group("rest") or "").endswith(_FULL_STOPS):
            label = labelled.group("label")
            if label in _TAG_LABELS:
                return "tag-line"
            if label in _CATEGORY_LABELS:
                return "category-line"
            if labelled.group("rest"):  # "Tagged a, b" has no colon; "Read also" has
                return "read-also"
        if _HASHTAGS.fullmatch(line.strip()):
            return "tag-line"
        if _CATEGORY_LINE.match(keyed) and count <= _BUTTON_WORDS:
            return "category-line"
        if _is_share_line(keyed):
            return "share"
        if _CONTACT_LINE.match(keyed):
            return "contact-line"
        if count <= _PITCH_WORDS + _PROMPT_WORDS and _pitch_and_button(line):
            return "newsletter"  # "Receba as notícias no seu e-mail. Cadastre-se"
        if len(keyed.split()) <= 6 and _READING_TIME.search(keyed):
            return "reading"
        if count <= _BUTTON_WORDS and _TOP_INSIDE.search(keyed):
            return "top"
        if count <= _PROMPT_WORDS and _COMMENT_STEM.search(keyed):
            return "reply"
        if count <= _RIGHTS_WORDS and _RIGHTS.search(keyed):
            return "rights"
        if count <= _NOTICE_WORDS and _NOTICE.search(keyed):
            return "rights"
        if count <= _CLOSED_WORDS and _REPLY_OPENING.match(keyed):
            return "reply"  # "Vous devez être abonné pour commenter cet article."
        if _is_closed_notice(keyed):
            return "closed"
        if count <= _OFFER_WORDS and _LISTEN_FOR.match(keyed):
            return "listen"
        if count <= _MEDIA_WORDS and _MEDIA_LENGTH.search(line):
            return "listen"  # "Straßenbahn nach Vellmar: Das sagen die Anwohner (01:48 Min.)"
        if count <= _MEDIA_WORDS and _player_facts(line):
            return "listen"  # "مدة الفيديو 02:14 | الترجمة: عماد الشيخ"
        if count <= _OFFER_WORDS and _OFFER_PRICE.match(keyed):
            return "ad"
        if is_menu_row(line):
            return "menu"
        if _MINUTES_ALONE.match(keyed):
            return "reading"
        if _TEXT_SIZE.match(keyed) and count <= _TEXT_SIZE_WORDS:
            return "menu"
        if _LENGTH_ALONE.match(keyed) or (
            _LISTEN_OPENING.match(keyed) and count <= _OFFER_WORDS and not ends_a_sentence(line)
        ):
            return "listen"
        if _SOURCE.match(keyed) and count <= _SOURCE_WORDS and not ends_a_sentence(line):
            return "source"
        if (
            _SHARE_OPENING.match(keyed)
            and count <= _SHARE_LABEL_WORDS
            and not ends_a_sentence(line)
            and not any(map(str.isdigit, line))
        ):
            return "share"
        if (
            _SUBSCRIBE_OPENING.match(keyed)
            and count <= _PITCH_WORDS
            and not _MENU_SEPARATOR.search(line)  # "Subscribe | Log In | e-Edition"
            and not ends_a_sentence(line)
        ):
            return "newsletter"
    if _BRACKETED_NOTE.match(line):
        return "note"
    words = len(line.split(maxsplit=_SHORT_PROMPT))
    if words <= _SHORT_PROMPT and _NEWSLETTER.search(keyed):
        return "newsletter"
    if len(line) <= _LONGEST_LINE * 2 and _CREDIT.search(_plain(line)):
        return "caption"
    if _words_at_most(line, _CAPTION_WORDS) and (
        _CAPTION_OPENING.match(keyed)
        or _CREDIT_AFTER_SENTENCE.search(line)
        or _PHOTOGRAPHED_BY.search(line)
        or _BRACKETED_CREDIT.search(line)
        or _CAPTION_WORDS_OPENING.match(keyed)
    ):
        return "caption"
    return None


# A label and a telephone number alone: "查詢電話：2800 0000", "Tel.: +351 21 000 0000".
# "Tel.: 069 555 201-40", "Teléfono de urgencias: 600 000 412 (solo animales heridos)"
_TELEPHONE_LINE = re.compile(
    r"^[^\d:：]{1,30}[:：]\s*(?P<number>\+?[\d(][\d\s()./-]{5,24}?)(?:\s+\([^()\d]{1,60}\))?$"
)
_TELEPHONE_DIGITS = 7  # at least
# An account's handle at a line's end: "Folgt uns auf Instagram: @unikompass_ol".
_HANDLE = re.compile(r"(?:^|\s)@[A-Za-z0-9_.]{2,30}$")
# A link of a few words with a count in brackets: "Galeria de fotos (12)", "Photos (8)".
_COUNTED_LINK = re.compile(r"^[^\W\d_][^\d()\s]*(?:\s[^\d()\s]+){0,3}\s\(\d{1,4}\)$")


# A label and a figure alone: "Просмотров: 3 412", "Views: 1,204".
_LABELLED_FIGURE = re.compile(r"^[^\W\d_][^\d:：]{0,30}[:：]\s*\d[\d\s.,/%]*$")  # "7/10"


def follows_an_account(line: str) -> bool:
    """A prompt to follow the site's account, its handle at the end of a short line that
    names the network ("Folgt uns auf Instagram: @unikompass_ol")."""
    if not _words_at_most(line, _BUTTON_WORDS) or _HANDLE.search(line) is None:
        return False
    return any(word in _NETWORK_WORDS for word in key(line).replace(":", " ").split())


def is_counted_link(line: str) -> bool:
    """A link of a few words with a count in brackets ("Galeria de fotos (12)")."""
    return _COUNTED_LINK.match(line) is not None


def is_labelled_figure(line: str) -> bool:
    """A label and a figure alone ("Просмотров: 3 412", "Оценка редакции: 7/10"): a
    counter's or a score's line, no copy."""
    return _LABELLED_FIGURE.match(line) is not None and _words_at_most(line, _PROMPT_WORDS)


_DAY_SHAPE = re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{2,4}\b")  # "17-06-2026", "2026/06/17"


def is_telephone_line(line: str) -> bool:
    """A label and a telephone number alone, no day ("Fecha: 17-06-2026")."""
    match = _TELEPHONE_LINE.match(line)
    return (
        match is not None
        and sum(char.isdigit() for char in match["number"]) >= _TELEPHONE_DIGITS
        and _DAY_SHAPE.search(match["number"]) is None
    )


def _pitch_and_button(line: str) -> bool:
    """A pitch whose last words are a subscription button, after its sentence ("Receba
    as principais notícias no seu e-mail. Cadastre-se"), or any button: a few words
    opening with a capital and ending in no stop, perhaps in an arrow ("Un don de 50 €
    finance une journée de formation. Je fais un don", "... until 30 April. Log in to vote
    →")."""
    stop = max(line.rfind(mark) for mark in _FULL_STOPS)
    if stop <= 0 or ends_a_sentence(line):
        return False
    tail = line[stop + 1 :]
    if key(tail) in _SUBSCRIBE_KEYS:
        return True
    # A sentence's last word and its stop, then a button's words: capitalised, with no
    # figure, stop, quote, slash or bar, perhaps an arrow after them.
    button = tail.strip().rstrip(_ARROWS).rstrip()
    return (
        tail[:1].isspace()  # no stop inside a word ("e.V.", "5.400")
        and line[stop - 2 : stop].isalpha()
        and button[:1].isupper()
        and _words_at_most(button, _PROMPT_WORDS)
        and not _NOT_IN_A_BUTTON.search(button)
        and not _words_at_most(line[:stop], _PITCH_SENTENCE_WORDS)
        and _CREDIT.search(_plain(line)) is None  # a caption's "Photo / Supplied"
    )


_ARROWS = "→›»"
_NOT_IN_A_BUTTON = re.compile(r"[\d.!?:\"”’»()\[\]/|©]")
_PITCH_SENTENCE_WORDS = 6  # more than, in the pitch before a button


def _is_closed_notice(keyed: str) -> bool:
    """A comments-closed notice in words not listed: the comments' noun, then a word
    that closes a listed notice, at the line's end or not ("Los comentarios están
    cerrados para esta noticia")."""
    words = keyed.rstrip(".!").split()
    if len(words) > _CLOSED_WORDS or not any(word in _CLOSED_ENDS for word in words):
        return False
    noun = next((i for i, word in enumerate(words) if _COMMENT_NOUN.match(word)), None)
    return noun is not None and any(word in _CLOSED_ENDS for word in words[noun + 1 :])


def is_skip_link(line: str) -> bool:
    """A skip link or accessibility button at a page's top ("Skip to content", "Alto
    contraste"), or a menu row holding one: the site's own page opens with them."""
    return len(line) <= _LONGEST_LINE and any(
        _SKIP_LINK.match(key(item)) for item in _MENU_SEPARATOR.split(line.strip())
    )


# A skip link's words, and a word or two more: "Ir al contenido principal" (keyed)
_SKIP_LINK = re.compile(rf"^(?:{_alternatives(_all('skip'))})(?:\s+\w+){{0,2}}$")


_ACCOUNT_OPENING = re.compile(rf"^(?:{_alternatives(_all('account'))})(?:\W|$)")
_ACCOUNT_STRIP_WORDS = 8  # at most


def is_account_strip(line: str) -> bool:
    """A strip of a reader's account buttons above the masthead ("Sign in Subscribe
    Today's paper", "Entrar | Assine"): a few words that open with one, no sentence."""
    return (
        bool(_ACCOUNT_OPENING.match(key(line)))
        and _words_at_most(line, _ACCOUNT_STRIP_WORDS)
        and not ends_a_sentence(line)
    )


def is_subscription_button(line: str) -> bool:
    """A subscription button alone: "Sign Up", "Je m'abonne", "Jetzt abonnieren"."""
    return key(line) in _SUBSCRIBE_BUTTONS


def pitches(line: str) -> bool:
    """Short enough to be a subscription prompt's heading or pitch over its button."""
    return _words_at_most(line, _PITCH_WORDS)


def is_menu_row(line: str) -> bool:
    """A site menu written on one line, its items between spaced separators."""
    items = _MENU_SEPARATOR.split(line.strip())
    return len(items) >= _MENU_ITEMS and all(is_menu_item(item) for item in items)


def topics_row(line: str) -> list[str]:
    """The items of a menu row none of whose items is a known site link ("Algues vertes ·
    Environnement · Justice"): a story's topics where it stands right after the story;
    [] for another line."""
    if not is_menu_row(line):
        return []
    items = [item.strip() for item in _MENU_SEPARATOR.split(line.strip())]
    return [] if any(furniture_kind(item) is not None for item in items) else items


def opens_with_share_label(line: str) -> bool:
    """A share row's line, its label first: "Partager : Facebook · WhatsApp"."""
    return _SHARE_OPENING.match(key(line)) is not None


def is_menu_word(item: str) -> bool:
    """One of the menu's own words ("Home", "Startseite", "首页"), no site's name."""
    return key(item) in _MENU_WORDS


def is_menu_item(item: str) -> bool:
    """One of a menu's items: a few words (a few characters of Chinese), capitalised, no
    number, no sentence."""
    return (
        _words_at_most(item, _MENU_ITEM_WORDS)
        and len(_HAN.findall(item, 0, _HAN_MENU_CHARS * 2)) <= _HAN_MENU_CHARS
        and not item[0].islower()
        and not any(map(str.isdigit, item))
        and not item.endswith(_SENTENCE_ENDS)
    )


def _is_share_line(keyed: str) -> bool:
    """A share row on one line, "Facebook Twitter LinkedIn Email", or a button that says
    what it does, "Partager l'article sur Facebook", "Compartilhar no WhatsApp"."""
    opening = _SHARE_OPENING.match(keyed)
    if opening and len(keyed) <= _LONGEST_LINE:
        # "شارك الخبر: فيسبوك - واتساب - إكس - نسخ الرابط": the label, then its buttons
        items = _SHARE_ITEM_SEPARATOR.split(keyed[opening.end() :].strip(" :："))
        if len(items) >= 2 and all(item in _NETWORK_WORDS for item in items):
            return True
    words = keyed.split()
    if len(words) > 8:
        return False
    if len(words) >= 2 and all(word in _NETWORK_WORDS for word in words):
        return True
    return bool(words) and words[-1] in _NETWORK_WORDS and bool(_SHARE_OPENING.match(keyed))


# Between a tag line's items: commas and semicolons, or a dot with spaces around it
# ("Uruguay · energía solar · renovables"; "l·l" inside a Catalan word is no separator),
# a bar ("Profis | Jonas Wellenbrink"), Chinese's enumeration comma or full-width space
# ("高标准农田　石桥镇").
ITEM_SEPARATORS = re.compile(r"\s*[,،;，、]\s*|\s+[·•|｜]\s+|\s*\u3000\s*")
_LATIN = re.compile(r"[A-Za-z]")


def labelled_items(line: str) -> list[str]:
    """The items of a "Tags: a, b, c" (or "Tagged a, b", "Etiquetas: a · b") line, as
    written."""
    hashtags = _HASHTAGS.fullmatch(line.strip())
    if hashtags:  # "#半導體 #設備 #供應鏈"
        return [tag.strip() for tag in line.split("#") if tag.strip()]
    rest = line.partition(":")[2] or line.partition("：")[2]
    if not rest:
        label = _LABELLED.match(key(line)) or _ITEMS_LABEL.match(key(line))
        words = len(label.group("label").split()) if label else 1
        rest = " ".join(line.split()[words:])
    if _HASHTAGS.fullmatch(rest.strip()):  # "Etiquetas: #Kairo #Android"
        return [tag.strip() for tag in rest.split("#") if tag.strip()]
    items = [item.strip() for item in ITEM_SEPARATORS.split(rest) if item.strip()]
    # Chinese words hold no spaces: a space parts the items ("储能 锂电池 新能源")
    return [part for item in items for part in (item.split() if _han_words(item) else [item])]


# A tags' or categories' label opening a line with no colon: "Posted in Tower news" (keyed)
_ITEMS_LABEL = re.compile(rf"^(?P<label>{_alternatives(_all('tags') | _all('categories'))})(?=\s)")


def _han_words(item: str) -> bool:
    """Whether ``item`` is words of Chinese parted by spaces, no letters of another script."""
    words = item.split()
    return len(words) > 1 and all(_HAN.search(w) and not _LATIN.search(w) for w in words)


def opens_with_tag_label(line: str) -> bool:
    """A heading over tags in words not listed, opening with a tag label: "Schlagwörter
    zu diesem Artikel", "Topics in this story"."""
    keyed = key(line)
    return (
        _words_at_most(line, _BUTTON_WORDS)
        and not ends_a_sentence(line)
        and _TAG_OPENING.match(keyed) is not None
    )


def names_a_site(label: str) -> bool:
    """Whether a label in a script without capitals names a site by its words: a word
    such as "مدونة" (a blog) in it, or a name ending as "江淮新闻网" (a news site) does."""
    keyed = key(label)
    return not any(char.isupper() for char in label) and (
        any(word in _SITE_WORDS for word in keyed.split())
        or (" " not in keyed and keyed.endswith(tuple(_SITE_WORDS)))
    )


def is_comments_label(line: str) -> bool:
    """The comments' noun alone, "Comments", "Kommentare", "التعليقات": a heading or a
    button, which may stand inside the story, not a prompt to comment."""
    return len(line) <= _LONGEST_LINE and key(line) in _COMMENT_NOUNS_ALONE


def comment_count(line: str) -> int | None:
    """The number a comment count shows ("86 comments", "Comments (3)"); 0 for "No
    comments", 1 for "One comment" ("Ein Kommentar", "تعليق واحد"); None for another
    line."""
    keyed = key(line)
    if keyed in _ONE_COMMENT:
        return 1
    if keyed in _TWO_COMMENTS:
        return 2
    if _LINES.get(keyed) == "count":
        return 0
    match = _COUNT.match(keyed) if len(line) <= _LONGEST_LINE else None
    if match is None and _words_at_most(keyed, _COUNT_LEAD_WORDS + 2):
        # a word or two over the count: "Hay 6 comentarios", "There are 6 comments"
        lead = _COUNT_AFTER_LEAD.match(keyed)
        match = _COUNT.match(keyed[lead.end() :]) if lead else None
    if match is None:
        return None
    return int(match.group("before") or match.group("after"))


_COUNT_LEAD_WORDS = 2
_COUNT_AFTER_LEAD = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?=\d)")


# --- Shapes ----------------------------------------------------------------------------
def is_label(block: str, words: int = _LABEL_WORDS) -> bool:
    """A section label: a few words, no sentence punctuation, no dash at its end (a
    dateline on its own line, "Damascus –", opens the paragraph after it)."""
    return (
        _words_at_most(block, words)
        and not block.endswith((*_SENTENCE_ENDS, "–", "—", "-"))
        and len(_HAN.findall(block, 0, _HAN_LABEL_CHARS * 4)) <= _HAN_LABEL_CHARS
    )


def trail(block: str) -> list[str] | None:
    """The items of a breadcrumb trail, the last the section it leads to ("News > Local
    News", "Startseite » Aktuelles » Blaulicht", "首页 > 国内新闻"): two or more labels
    between spaced ">", "»", "›", "→" or "/"; None for another block."""
    if len(block) > _LONGEST_LINE:
        return None
    items = _TRAIL_SEPARATOR.split(block.strip())
    if len(items) < 2 or not all(item and is_label(item) for item in items):
        return None
    return items


def is_figure(block: str) -> bool:
    """A figure as the ``text`` writer writes it: ``[Image]``, ``[Image: The quay (AFP)]``."""
    return block.endswith("]") and (
        block == "[Image]" or block.startswith(("[Image:", "[Image ("))
    )


_MOTTO_WORDS = 2  # at most, in each fragment of a tagline such as "Local news. Every day."
_FRAGMENT_ENDS = re.compile(r"(?<=[.!])\s*")


def is_motto(block: str, words: int = _MOTTO_WORDS) -> bool:
    """A tagline of short fragments each closed by a full stop ("Unabhängig. Grazerisch.
    Online.", "Local news. Every day."): full stops, but no sentence; ``words`` at most in
    each fragment."""
    fragments = _FRAGMENT_ENDS.split(block.strip())
    return (
        len(fragments) >= 2
        and not fragments[-1]
        and all(1 <= len(fragment.split()) <= words for fragment in fragments[:-1])
    )


def is_name_and_tagline(
    block: str, *, tagline_words: int | None = None, masthead: bool = False
) -> bool:
    """The portal's footer line, "DZWatch – Your News Portal": a name that reads as a
    label, a dash or bar, and a tagline of a few words; neither is a sentence (a quote
    and its citation, "We built it to last. — Leila Haddad", is none) but for a motto's
    full stops ("Börsenblick | Märkte. Meinungen. Money."). A label and its value before
    the dash ("Venue: Adrar – Agadir", "Related reading: Title — Subtitle") is a fact box's
    or a link's line, never a name."""
    match = NAME_AND_TAGLINE.match(block)
    if match is None or (block.endswith(_SENTENCE_ENDS) and not is_motto(match["tagline"])):
        return False
    if _LABEL_AND_VALUE.search(match.group("name")):
        return False
    longest = tagline_words or _TAGLINE_WORDS
    name = match.group("name")
    # Over the site's menu, a name written as a phrase with its first capital only
    # ("Musée d'art et d'histoire de Castelroux", "Le Courrier républicain") is one too.
    written = _is_name(name) or (
        masthead
        and _words_at_most(name, _MASTHEAD_NAME_WORDS)
        and not name.endswith(_SENTENCE_ENDS)
        and name[:1].isupper()
    )
    return written and _words_at_most(match.group("tagline"), longest)


_MASTHEAD_NAME_WORDS = 8  # at most: "Hollinsdale & District Guild of Change Ringers"


def is_title(block: str) -> bool:
    """A link title in a related block: one short line, not a sentence of body copy."""
    return _words_at_most(block, 20) and not block.endswith(_FULL_STOPS)


def is_rank(block: str) -> bool:
    """A most-read list's number before a title: "1", "2."."""
    return _RANK.match(block) is not None


class Stamped(NamedTuple):
    """A title in a list of the latest stories, and whether its stamp holds a figure."""

    title: str
    figures: bool


def _stamps() -> str:
    """A stamp before a title: a day in figures ("12-06-2026", "10/02"), a clock time ("07:40",
    "16:02 Uhr"), a recent day's word ("Gestern") or a relative time ("منذ 5 ساعات",
    "2 hours ago"), then a space, a bar or a dash."""

    def words(field: str) -> str:
        found = {w for words in PAGE_WORDS.values() for w in getattr(words, field)}
        return _alternatives(found) or "(?!)"

    # a day in figures, its year or not ("12-06-2026", "10/02")
    day = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\.?|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?!\d)"
    clock = rf"\d{{1,2}}[:.h]\d{{2}}(?!\d)(?:\s*(?:{words('o_clock')})(?!\w))?"
    recent = rf"(?:{words('recent_days')})(?!\w)"
    ago = (
        rf"(?:{words('ago_before')})\s+(?:\d+\s*)?[^\W\d]+\.?"
        rf"|\d+\s*[^\W\d]{{1,12}}?\.?\s*(?:{words('ago_after')})(?!\w)"
    )
    # the same in brackets, a month and a day too: "[04-18]"
    bracketed = rf"\[(?:{day}|\d{{1,2}}-\d{{1,2}})\]"
    return rf"(?:{day}|{clock}|{recent}|{ago}|{bracketed})"


_STAMP = re.compile(rf"^{_stamps()}(?:\s*[|·•–—-]\s*|\s+)(?=\S)", re.IGNORECASE)
# Stamps alone on their line: "07:40", "Gestern, 07:40", "07.04.2025 | 16:02 Uhr"
_STAMPS_ALONE = re.compile(
    rf"^{_stamps()}(?:(?:\s*[|·•,–—-]\s*|\s+){_stamps()}){{0,2}}\s*$", re.IGNORECASE
)
_DAY_BEFORE_DASH = re.compile(r"^(?P<day>[^–—|]{4,30}?)\s+[|–—-]\s+(?=\S)")
_DAY_WORDS = 4  # at most, in a day in words before a title: "06 March 2026 – ..."
# A day in words before a title with no dash between, its weekday first or not: "28
# января 2025 Итоги года", "Wed 8 Jan 2025 Heavy snowfall expected".
_DAY_IN_WORDS = re.compile(
    r"^(?P<day>(?:[^\W\d_]{2,12}\.?,?\s+)?\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20)\d\d)"
    r"\s+(?=[^\W\d_])"
)
_STAMPS = 3  # at most, before one title: "07.04.2025 | 16:02 Uhr – ..."
_LATIN_LETTERS_AND_FIGURES = re.compile(r"[A-Za-z]\d|\d[A-Za-z]{3,}")  # "A25", "2026Q1"


_DAY_ALONE_WORDS = 5  # at most, in a day in words alone: "15 de marzo de 2026"
_META_PARTS = re.compile(r"\s*\u3000\s*|\s+[|·•]\s+")  # "浙江日报\u3000312评论"
_META_WORDS = 4  # at most, in a source's name beside a title's comment count
_FIGURES_FIRST = re.compile(r"^(\d+)(?=[^\d\s])")  # "312评论" as "312 评论"


def is_title_meta(line: str) -> bool:
    """Whether ``line`` is what a list writes under a title: its source and its comment
    count ("浙江日报\u3000312评论", "Daily Post · 12 comments")."""
    parts = _META_PARTS.split(line.strip())
    if len(parts) < 2 or not all(_words_at_most(part, _META_WORDS) for part in parts):
        return False
    return comment_count(_FIGURES_FIRST.sub(r"\1 ", parts[-1])) is not None


def is_stamp(line: str) -> bool:
    """Whether ``line`` is a title's stamp alone on its line, over or under it: "07:40",
    "12-06-2026", "Gestern, 07:40", "منذ 5 ساعات", "6 March 2026"."""
    if _STAMPS_ALONE.match(line):
        return any(map(str.isdigit, line))  # "Vor Gericht" is a title's words
    if not _words_at_most(line, _DAY_ALONE_WORDS):
        return False
    figures = sum(any(map(str.isdigit, word)) for word in line.split())
    return (
        figures >= 2
        and not _LATIN_LETTERS_AND_FIGURES.search(line)
        and parse_day(line) is not None
    )


def stamped_title(block: str) -> Stamped | None:
    """The title after the stamps a list of the latest stories writes before it on its
    line ("07:40 Title", "Gestern Title", "06/02/2026 - Title", "06 March 2026 – Title",
    "07.04.2025 | 16:02 Uhr – Title"), or None for a line that opens with none."""
    rest, figures, found = block, False, 0
    while found < _STAMPS:
        match = _STAMP.match(rest)
        if match is None:
            dashed = _DAY_BEFORE_DASH.match(rest) or _DAY_IN_WORDS.match(rest)
            if dashed is None or not _words_at_most(dashed["day"], _DAY_WORDS):
                break
            if parse_day(dashed["day"]) is None:
                break
            match = dashed
        figures = figures or any(map(str.isdigit, match.group(0)))
        rest, found = rest[match.end() :], found + 1
    after = _STAMP_AFTER.search(rest)
    if (
        after is not None
        and any(map(str.isalpha, rest[: after.start()]))  # "1 000 000 € – 11/02/2025" is none
        and is_stamp((after["day"] or after["bracketed"]).strip())
    ):
        # "Title — 28 mai 2025", "Title（114-01-16）": the stamp written after the title
        rest, figures, found = rest[: after.start()], True, found + 1
    return Stamped(rest, figures) if found and rest else None


_STAMP_AFTER = re.compile(
    r"(?:(?:\s+[|·•–—-]\s+|\u3000\s*|\s{3,})(?P<day>[^|·•–—()（）]{4,30})"
    r"|\s*[（(](?P<bracketed>[^()（）]{4,30})[)）])$"
)


def ends_a_sentence(block: str) -> bool:
    """Whether ``block`` ends as a sentence does: a full stop, "!" or "?", perhaps inside
    closing quotes or brackets."""
    return block.rstrip(_CLOSERS).endswith(_STOPS_BEFORE_CLOSERS)


def reads_as_copy(block: str) -> bool:
    """Story copy rather than a heading or a title: a sentence, a block holding one ("We
    built it to last. — Leila Haddad"), or a long block."""
    if ends_a_sentence(block) or not _words_at_most(block, _COPY_WORDS):
        return True
    return _SENTENCE_INSIDE.search(block) is not None


# A short label, a colon or an arrow, and a title: "Zum Thema: ...", "Lire aussi > ...".
_LINK_LINE = re.compile(r"^(?P<label>[^:>»→|\n]{2,40}?)\s*(?::|>>?|»|→|\|)\s*(?P<title>\S.*)$")
_LINK_LABEL_WORDS = 3
_LINK_TITLE_WORDS = 3  # at least


def is_link_line(block: str) -> bool:
    """A link to another story in a line of its own, in words no list knows: a label of
    at most three words, no figures in it, then ":" or ">" or "»", then a title that is no
    sentence ("Zum Thema: Warum der Maschinenbau bangt", "Lire aussi > Éducation : ...")."""
    match = _LINK_LINE.match(block)
    if match is None or len(block) > _LONGEST_LINE:
        return False
    label, title = match.group("label"), match.group("title")
    return (
        _words_at_most(label, _LINK_LABEL_WORDS)
        and not any(map(str.isdigit, label))
        and is_title(title)
        and not ends_a_sentence(title)
        and not _words_at_most(title, _LINK_TITLE_WORDS - 1)
    )


def is_site_link(block: str) -> bool:
    """A link to the site's own page in a line of its own: a short label, ":", and a
    page's name written as a name ("Our Standards: The Meridian Trust Principles.")."""
    match = _LINK_LINE.match(block)
    if match is None or len(block) > _LONGEST_LINE:
        return False
    name = match.group("title").rstrip(".")
    return (
        _words_at_most(match.group("label"), _LINK_LABEL_WORDS)
        and any(char.isalpha() for char in match.group("label"))  # words, not "00»0"
        and any(map(str.isalpha, name))  # nor "0A>0"
        and _words_at_most(name, _NAME_WORDS)
        and capitalised(name)
        and not _SENTENCE_INSIDE.search(name)
    )


# Where a word listed ends: before no letter, or after a Chinese character (no spaces).
_WORD_END = r"(?:(?!\w)|(?<=[\u3400-\u9fff]))"
# The imperative that opens a programme note: "Écoutez le reportage ... sur Radio 1".
_PROGRAMME_NOTE = re.compile(rf"^(?:{_alternatives(_all('programme_note'))}){_WORD_END}")
_NOTE_WORDS = 25  # at most, in a programme note


def is_programme_note(block: str) -> bool:
    """A short line that sends the reader to a broadcast or a player ("Écoutez le
    reportage de X dans le journal de 13 heures", "تابعوا التفاصيل في نشرة الثامنة"): at
    the story's end, the page's, not the story's."""
    return _words_at_most(block, _NOTE_WORDS) and _PROGRAMME_NOTE.match(key(block)) is not None


_FACT_BOX = re.compile(rf"^(?:{_alternatives(_all('fact_box'))})(?:\s*[:：].*|\s*[?？])?$")


def heads_a_fact_box(block: str) -> bool:
    """Whether ``block`` is a fact box's heading by its word ("Справка", "Repères",
    "Factbox: the plant"): the short lines under it are the box's, sentences or not."""
    return len(block) <= _LONGEST_LINE and _FACT_BOX.match(key(block)) is not None


_RELEASE_NOTES = re.compile(rf"^(?:{_alternatives(_all('release_notes'))})$")
_ABOUT_SENDER = re.compile(
    rf"^(?:{_alternatives(_all('about_sender'))}){_WORD_END}[^:：.!?]{{1,60}}[:：]\s*\S"
)
_SENDER_WORDS = 5  # at most, in the label before the colon: "Über die GBHA:"


_NOTICE_LABEL = re.compile(rf"^(?:{_alternatives(_all('notice'))})\s*[:：]\s*\S")


def is_notice(block: str) -> bool:
    """Whether ``block`` is a notice set apart at the story's end: its word and a colon,
    then what the reader should know ("تنويه: يظل القسم القنصلي مغلقاً يوم الخميس",
    "Hinweis: Die Geschäftsstelle bleibt am Freitag geschlossen.")."""
    return _NOTICE_LABEL.match(key(block)) is not None


def heads_release_notes(block: str) -> bool:
    """Whether ``block`` heads a press release's notes after its story ("Notes to
    editors", "Hinweise für Redaktionen"): what stands under it is the sender's, not the
    story's."""
    return len(block) <= _LONGEST_LINE and _RELEASE_NOTES.match(key(block)) is not None


def is_note_on_the_sender(block: str) -> bool:
    """Whether ``block`` is a press release's note on its sender: "About", the sender's
    name and a colon, then who it is ("Über die GBHA: Die Gewerkschaft ... vertritt rund
    230.000 Mitglieder.")."""
    label = block.split(":", 1)[0].split("：", 1)[0]
    return _words_at_most(label, _SENDER_WORDS) and _ABOUT_SENDER.match(key(block)) is not None


_ABOUT_HEADING = re.compile(
    rf"^(?:{_alternatives(_all('about_sender'))}){_WORD_END}[^:：.!?]{{1,60}}$"
)


def heads_a_note_on_the_sender(block: str) -> bool:
    """Whether ``block`` heads a press release's note on its sender, "About" and the
    sender's name alone on a line ("About Brackwater Instruments", "À propos de X")."""
    return _words_at_most(block, _SENDER_WORDS) and _ABOUT_HEADING.match(key(block)) is not None


# A credit line closing the story: "Additional reporting by X", "Avec AFP", or any short
# line wholly in brackets ("(Reporting by X; Editing by Y)", "(dpa/afp)", "(رويترز)").
_CLOSING_CREDIT = re.compile(rf"^(?:{_alternatives(_all('closing_credit'))}){_WORD_END}")
_BRACKETED = re.compile(r"^[(（\[][^()（）\[\]]+[)）\]]$")
_CLOSING_CREDIT_WORDS = 30  # at most


def closes_with_a_credit(block: str) -> bool:
    """Whether ``block`` credits the story's reporters, editors or agencies rather than
    telling it: a short line wholly in brackets (a figure aside), or one that opens with
    a credit's words and is no sentence."""
    if not _words_at_most(block, _CLOSING_CREDIT_WORDS):
        return False
    if _BRACKETED.match(block.strip()):
        return not is_figure(block)  # the writer's "[Image: The quay]" is the story's
    return not ends_a_sentence(block) and _CLOSING_CREDIT.match(key(block)) is not None


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_WORDS = 25  # at most, in a line giving a contact's address


def gives_an_address(block: str) -> bool:
    """A short line holding an e-mail address ("Kontakt: Pressestelle, Telefon ...,
    presse@..."): a contact's details, in any wording, no story copy."""
    return (
        "@" in block and _words_at_most(block, _CONTACT_WORDS) and _EMAIL.search(block) is not None
    )


# A list's item by a bullet the ``text`` writer never writes ("• 28. März: ..."): a
# capture's list, whose items the story's paragraphs leave out.
_BULLET = re.compile(r"^[•▪▫●◦‣■□►▸➤✓✔]\s*\S")


def is_bulleted(block: str) -> bool:
    """Whether ``block`` opens with a list's bullet (not the writer's "-" or "1.")."""
    return _BULLET.match(block) is not None


# A street address: a house number, a street, a comma and a town ("1 University Drive,
# Northfield"), or a street, its number, a comma and a postcode ("Rue du Vieux-Pressoir 4,
# 1950 Sion").
_ADDRESS = re.compile(
    r"^\d{1,4}[a-z]?\s+[^\d,]+,\s*[^\d,]+$|^[^\d,]+\s\d{1,4}[a-z]?,\s*\d{4,5}\s+[^\d,]+$"
)
_ADDRESS_WORDS = 8
# A masthead's credit, a role and a name of a few words: "رئيس التحرير: منى الشاذلي"
_CREDIT_LINE = re.compile(r"^(?P<role>[^:：\d]{2,40}?)\s*[:：]\s*(?P<name>[^:：\d]+)$")
_CREDIT_WORDS = 3  # at most, in the role and in the name; at least two in the name
_BARS = re.compile(r"\s[|｜]\s|｜")
_FOOTER_BARS = 2  # at least, between a footer's links: "Impressum | Datenschutz | AGB"


def is_page_footer(line: str) -> bool:
    """A line of the page's footer by its shape, never a story's title: a copyright sign,
    an address, links between bars ("Impressum | Datenschutz | Transparenz"), or a
    masthead's credit, a role and a name ("Chefredakteur: Jan Roe")."""
    bars = "|" in line or "｜" in line
    if "©" in line or (bars and len(_BARS.findall(line)) >= _FOOTER_BARS):
        return True
    if _words_at_most(line, _ADDRESS_WORDS) and _ADDRESS.match(line):
        return True
    credit = _CREDIT_LINE.match(line) if ":" in line or "：" in line else None
    return credit is not None and _is_credit(credit.group("role"), credit.group("name"))


def _is_credit(role: str, name: str) -> bool:
    """A role of a few words and a person's name, each of its two or three words
    capitalised ("Chefredakteur: Jan Roe"); in a script without capitals, under a role of
    two words or more ("رئيس التحرير"), as a title's "غزة: قصف متواصل" is none."""
    words = name.split()
    cased = any(char.isupper() for char in name)
    return (
        _words_at_most(role, _CREDIT_WORDS)
        and 2 <= len(words) <= _CREDIT_WORDS
        and not any(word[0].islower() for word in words)
        and (cased or not _words_at_most(role, 1))
        and not ends_a_sentence(name)
    )


# A file's type and size in brackets at a link's end: "(PDF, 420 KB)", "(JPG, 2,1 MB)"
_FILE_NOTE = re.compile(
    r"\(\s*[A-Za-z0-9]{2,5}\s*[,;|–-]?\s*\d[\d.,\s]*\s*[kKMG]i?[Bo]\s*\)$"
    r"|[(（]\s*(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ODS|RTF|CSV|ZIP)\s*[)）]$"  # its type alone
)


# A file's type named in a short line that is no sentence: "Descargar nota en PDF",
# "تحميل التقرير (PDF، 2.4 ميغابايت)", "附件：位置圖（PDF）".
_FILE_TYPE = re.compile(
    r"(?:^|[\s(（\[])(?:PDF|DOCX?|XLSX?|PPTX?|ODT|RTF|ZIP|EPUB)(?:[\s,،;)）\]]|$)"
)
_DOCUMENT_WORDS = 12  # at most


def is_document_link(line: str) -> bool:
    """A link to a file to download, its type and size in brackets at its end
    ("Gesetzentwurf (PDF, 420 KB)"), its type alone there ("附件：车站位置图（PDF）"), or
    its type named in a short line that is no sentence ("Descargar nota en PDF"): no
    story's title, no paragraph."""
    return len(line) <= _LONGEST_LINE and (
        _FILE_NOTE.search(line) is not None
        or (
            _words_at_most(line, _DOCUMENT_WORDS)
            and not ends_a_sentence(line)
            and _FILE_TYPE.search(line) is not None
        )
    )


# An audio or video file's type named in a player's button: "Download MP3", "MP4 (HD)"
_MEDIA_FILE = re.compile(r"(?:^|[\s(（\[])(?:MP3|MP4|M4A|OGG|WAV)(?:[\s,;)）\]]|$)")
_MEDIA_BUTTON_WORDS = 4  # at most


def is_media_file_link(line: str) -> bool:
    """A player's link to its audio or video file, a few words naming the file's type
    ("Download MP3"): no story's title in a list."""
    return (
        _words_at_most(line, _MEDIA_BUTTON_WORDS)
        and not ends_a_sentence(line)
        and _MEDIA_FILE.search(line) is not None
    )


_FACT_LINE = re.compile(rf"^(?:{_alternatives(_all('facts'))})\s*[:：]\s*\S")


# The same after a sentence, closing the story: "Visites du mardi au samedi, 10 h – 17 h.
# Tarif : 6 €, gratuit pour les moins de 12 ans." (keyed)
_FACT_AFTER_SENTENCE = re.compile(rf"[.;]\s+(?:{_alternatives(_all('facts'))})\s*[:：]\s*\S")
_PRACTICAL_WORDS = 40  # at most


def gives_practical_facts(block: str) -> bool:
    """Whether ``block`` is a practical-information line: a fact box's label and its fact,
    opening it or after a sentence ("... 10 h – 17 h. Tarif : 6 €")."""
    return _words_at_most(block, _PRACTICAL_WORDS) and (
        is_fact_line(block) or _FACT_AFTER_SENTENCE.search(key(block)) is not None
    )


# A clock time, and a range of two: "10:00", "9h", "10 h 30", "6 pm", "18 Uhr", "10 صباحاً"
_CLOCK = r"\d{1,2}(?:[:.]\d{2}|\s?h(?:\s?\d{2})?|\s?(?:am|pm|Uhr|صباحاً|صباحا|مساءً|مساء|ظهراً|ظهرا))"
_HOURS = re.compile(
    rf"(?<!\d){_CLOCK}\s*(?:-|–|—|до|à|às|a|to|bis|until|y|حتى|إلى)\s*{_CLOCK}(?!\d)",
    re.IGNORECASE,
)
_HOURS_WORDS = 25  # at most, in a line of opening hours closing the story


def gives_opening_hours(block: str) -> bool:
    """Whether ``block`` is a short line giving hours, from one clock time to another
    ("Музей открыт со среды по воскресенье с 10:00 до 18:00. Вход ... бесплатный."):
    at the story's end, a visitor's practical facts rather than its telling."""
    return _words_at_most(block, _HOURS_WORDS) and _HOURS.search(block) is not None


# Where a person stands in a photo, in brackets after the name: "(left)", "（中）" (keyed)
_IN_PICTURE = re.compile(rf"[（(]\s*(?:{_alternatives(_all('in_picture'))})\s*[）)]")
_IN_PICTURE_WORDS = 40  # at most, in a caption that says who stands where


def tells_who_is_where(block: str) -> bool:
    """Whether ``block`` is a photo's caption that says where its people stand ("Aoife
    Larkin (left) catches her sister ...", "陳明德（中）與父親、女兒…合影。"): short, a
    position in brackets; the story's copy never places its people so."""
    return (
        _words_at_most(block, _IN_PICTURE_WORDS)
        and len(block) <= _LONGEST_LINE
        and _IN_PICTURE.search(key(block)) is not None
    )


def is_fact_line(line: str) -> bool:
    """A fact box's line inside the story ("Quando: de segunda a sexta, das 7h às 21h"):
    a label for when, where or how much, a colon, its fact."""
    return len(line) <= _LONGEST_LINE and _FACT_LINE.match(key(line)) is not None


_WORDS_ONLY = re.compile(r"[^\w'’-]+")  # what parts a line's words
_THIS_PAGE = _Guarded(
    rf"(?:^|\W)(?:{_alternatives(_all('this_page'))})(?:\W|$)", _all("this_page")
)


def speaks_of_itself(block: str) -> bool:
    """Whether ``block`` speaks of the page it is on ("Republish this story", "Cet article
    vous a été utile ?"): story copy tells of the world, not of itself."""
    return _THIS_PAGE.search(key(block)) is not None


def names_whole(block: str, name: str) -> bool:
    """Whether ``block`` names ``name``, its words whole ("Siga o PE na Hora"); a name in
    Chinese, which spaces no words, anywhere among its characters ("北斗星夜市自治會")."""
    named = _WORDS_ONLY.sub(" ", key(name)).strip()  # "Северогорск.ру" as the block's words
    if named and " " not in named and all(_HAN.match(char) for char in named):
        return named in key(block)
    return bool(named) and f" {named} " in f" {_WORDS_ONLY.sub(' ', key(block))} "


def _words_at_most(block: str, count: int) -> bool:
    # split() would make a list of every word of a long block; this stops after count + 1
    return len(block.split(maxsplit=count)) <= count


def _words_pattern(field: str) -> str:
    """The field's words, whole: a word of Chinese inside its characters."""
    return "|".join(
        re.escape(w) if _HAN.search(w) else rf"(?<!\w){re.escape(w)}(?!\w)"
        for w in sorted(_all(field), key=len, reverse=True)
    )


_LOAD_MORE = re.compile(rf"^(?:{_words_pattern('load_more')})")
_LOAD_MORE_WORDS = 4
_PARTNERS = frozenset(_all("partners"))
_DOWNLOAD = _Guarded(_words_pattern("download"), _all("download"))
_APP = _Guarded(_words_pattern("app"), _all("app"))
_COOKIES = _Guarded(_words_pattern("cookies"), _all("cookies"))
_JOIN = re.compile(rf"^(?:{_words_pattern('join')})")
_PROMPT_LINE_WORDS = 14  # at most, in a prompt to get the app
_DOTS = re.compile(r"\s·\s")
_DOT_LINKS = 2  # at least, between a footer's links: "Name · Legal notice · Cookies"
# The parts of a line of labels and values, "主办：青溪县融媒体中心　备案号：..."
_LABELLED_PART = re.compile(r"(?:^|\u3000|\s{2,}|\s[|·]\s)[^\s:：\d]{1,12}[:：]\s*\S")
_LABELLED_PARTS = 2  # at least
_CALL_ENDS = ("!", "！", "*")  # a call to act, or a form's mark of a required field
_AGE_MARK = re.compile(r"^\d{1,2}\s?\+$")  # a site's age rating: "16+"


_EMAIL_FIELD = _Guarded(_words_pattern("email_field"), _all("email_field"))
_FIELD_WORDS = 2  # at most, beside the field's words: "Votre" and "S'inscrire"
_HAN_FIELD_CHARS = 10  # at most, in a field's line of Chinese: "请输入电子邮箱"


def is_email_field(line: str) -> bool:
    """A sign-up form's e-mail field, its placeholder (and perhaps its button) in a few
    words that are no sentence: "Your email address", "Tu correo electrónico", "Votre
    adresse e-mail S'inscrire", "电子邮箱"; no title of a list, no list's heading."""
    if len(line) > _LONGEST_LINE or ends_a_sentence(line) or "@" in line:
        return False
    keyed = key(line)
    found = _EMAIL_FIELD.search(keyed)
    if found is None:
        return False
    if _HAN.search(found.group()):
        return len(line.strip()) <= _HAN_FIELD_CHARS
    return _words_at_most(_EMAIL_FIELD.pattern.sub(" ", keyed, count=1), _FIELD_WORDS)


# A postal address's parts between dashes, dots or bars: a street and its number ("3,
# place des Ursulines", "Lyoner Straße 99", "Avenida del Puerto, s/n") and a postcode and
# its town ("19400 Castelroux", "60528 Frankfurt am Main").
_ADDRESS_PARTS = re.compile(r"\s+[–—·|]\s+")
_POSTCODE_AND_TOWN = re.compile(r"^\d{4,6}\s+[^\W\d_][^\d]*$")
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[a-z]?,?\s+[^\W\d_]|[^\W\d_]\s+\d{1,4}[a-z]?$|,\s*s/n$")
_TOWN_WORDS = 4  # at most, in a town's name after its postcode
_ADDRESS_PARTS_LEAST = 3  # a name, a street, a town


def is_postal_address(line: str) -> bool:
    """A postal address on one line, in its parts between dashes, dots or bars: a name,
    a street and its house's number, and last a postcode and a town ("Musée de
    Castelroux – 3, place des Ursulines – 19400 Castelroux"): the footer's, no title."""
    if len(line) > _LONGEST_LINE or ends_a_sentence(line):
        return False
    parts = [part.strip() for part in _ADDRESS_PARTS.split(line)]
    if len(parts) < _ADDRESS_PARTS_LEAST:
        return False
    street, town = parts[-2:]
    return (
        _POSTCODE_AND_TOWN.match(town) is not None
        and _words_at_most(town, _TOWN_WORDS + 1)
        and capitalised(town.split(maxsplit=1)[1])
        and _HOUSE_NUMBER.search(street) is not None
    )


def closes_a_list(line: str) -> bool:
    """Whether ``line``, after a list's titles, is none of them but what closes the list:
    a button that loads more ("Show more updates"), a heading over the partners' logos
    ("Official Partners"), a prompt to get the portal's app ("Download the app on the
    App Store") or to follow it on a network ("Join our WhatsApp channel"), a sentence
    and a call ("... lives from its readers. Support us!"), a cookie banner, a question on the page
    itself ("Was this page useful? Yes No"), a rights notice of any length, or a footer's
    shape: an age rating ("16+"), links between middle dots, labels and their values side
    by side, a postal address, a label and a telephone number."""
    if len(line) > _LONGEST_LINE * 3:
        return False
    keyed = key(line)
    if keyed in _PARTNERS or _RIGHTS.search(keyed) or speaks_of_itself(line):
        return True
    if _words_at_most(line, _LOAD_MORE_WORDS) and _LOAD_MORE.match(keyed):
        return True
    if _words_at_most(line, _PROMPT_LINE_WORDS) and _DOWNLOAD.search(keyed) and _APP.search(keyed):
        return True
    if _COOKIES.search(keyed) and _SENTENCE_INSIDE.search(line):
        return True
    if _JOIN.match(keyed) and any(names_whole(line, network) for network in NETWORKS):
        return True  # "Únete a nuestro canal de WhatsApp y recibe las noticias"
    if line.rstrip().endswith(_CALL_ENDS) and _SENTENCE_INSIDE.search(line):
        return True  # a sentence and a call: "Le site vit grâce à ses lecteurs. Soutenez-nous !"
    colon = ":" in line or "：" in line  # in a label's part and a telephone's line
    return (
        _AGE_MARK.match(line) is not None
        or is_postal_address(line)
        or ("·" in line and len(_DOTS.findall(line)) >= _DOT_LINKS)
        or (colon and len(_LABELLED_PART.findall(line)) >= _LABELLED_PARTS)
        or is_telephone_line(line)
    )


# A player's word anywhere on a line, Arabic's article on it or not ("video", "الفيديو"):
# see _player_facts
_PLAYER_WORD = re.compile(
    rf"(?<!\w)(?:ال)?(?:{_alternatives(_all('play') | _all('listen'))})(?!\w)"
)
