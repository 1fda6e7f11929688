"""Byline and date lines of a plain-text article page, shared by the ``text`` reader and
writer: "By Helen Marsh and Tomás Ribeiro", "Par Julien Vidal", "Por Lucía Fernández |
3 de septiembre de 2024", "Publié le 17/02/2016 à 18h42", "Aktualisiert: 05.09.2020",
"كتب: أحمد سمير ومحمد عبد الله", a wire agency alone ("EFE").

Days are read only where they cannot be misread: a month's name (:mod:`newsmodel._dates`,
in every language it knows), ISO and dotted forms, and a numeric ``17/02/2016`` whose day
is over 12; ``12/05/2018`` is read only where the page names the day elsewhere (a wire
dateline's "12 may"), never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ._dates import month_of, parse_day
from ._joined_names import parted
from ._textformat import REPORTER_CREDIT, key
from ._vocabulary import AGENCIES, HONORIFICS, JOB_WORDS, OFFICE_WORDS, PAGE_WORDS, ROLE_WORDS

__all__ = [
    "Byline",
    "DateLine",
    "byline_over_lines",
    "cited_quote_start",
    "day_hint",
    "is_dated",
    "looks_like_a_name",
    "names_alone",
    "names_an_office",
    "opens_a_byline",
    "read_byline",
    "read_date_line",
    "read_day",
    "reporters",
    "writes_day_first",
]

_LONGEST = 240  # characters; a longer block is copy, not a byline or a date line
_DATE_LINE_WORDS = 14
_NAME_WORDS = 5
# A source and a wire agency after a spaced dash or slash: "عالم المحركات - رويترز"
_SOURCE_AND_AGENCY = re.compile(r"^(?P<source>[^.!?:|\n]+?)\s+[-–—/]\s+(?P<agency>[^-–—/]+)$")
# Between the names of several people: commas, "and" in the languages, "&". Spanish "y"
# and Arabic "و" (written onto the next name) can stand inside one name too: they part
# names by :func:`newsmodel._joined_names.parted`.
# A comma may stand before the "and" ("Par Lucie Ardant, avec Tom Béziat", "Jane Roe, John
# Doe, and Ann Lee"): the two part the names as one.
_AND = r"(?:and|und|et|e|avec|with|mit|con|com|و)"
_NAME_SEPARATORS = re.compile(
    rf"\s*(?:[,;،、&](?:\s*{_AND}\s)?|\s{_AND}\s|\s(?-i:и)\s)\s*",
    re.IGNORECASE,
)
_SLASH_BETWEEN_NAMES = re.compile(r"\s+/\s+")  # "MARTA VÁZQUEZ / XOSÉ PAZ"
# An organisation credited after the names: "Por Ana Lima e Rui Sá, do Estadão Conteúdo",
# "By Jane Roe, of The Valley Ledger", "Par Jean Roux, pour Le Courrier".
_OF_ORGANISATION = re.compile(
    r"^(?:of|for|from|at|do|da|de|del|de la|du|pour|für|von|vom|der)\s+(?P<name>\S.*)$"
)
# A name and the organisation the person writes for, in one item: "Jane Roe for The
# Valley Ledger", "Jean Roux pour Le Courrier", "Ana Ruiz para El Diario".
_FOR_ORGANISATION = re.compile(r"^(?P<name>.+?)\s+(?:for|pour|para|für)\s+(?P<organisation>\S.*)$")
_CJK_WORD = re.compile(r"[\u3400-\u9fff]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# A person's name in a script without spaces inside names: "陈晓 刘洋" is two people.
_CJK_NAMES = re.compile(r"^[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4})+$")
_REPORTER_SEPARATORS = re.compile(r"[、，\s]+")
_SEVERAL = 2  # names, for a colon-only opening written without its colon
# The small words inside names: "Tomás de la Cruz", "Ursula von der Leyen", "Abd al-Aziz".
_NAME_PARTICLES = frozenset(
    "de del la las los da das do dos di du des le van von der den ten ter al el bin ibn "
    "bint abu y e".split()
)
# What stands between the names and the day: "|", "·", "—", "le", "on", "am", "el", "em";
# or the organisation after a spaced hyphen ("Par Camille Ferrand - Radio Littoral").
_BEFORE_DAY = re.compile(
    r"\s*[|·•–—]\s*|\s+-\s+|,\s+(?=\S*\d)|\s+(?:le|on|am|el|em|a|in|في|\-)\s+(?=\S*\d)|\s+(?=\d)"
)
# A place after the names: "By Jane Roe in Nairobi", "Par Jean Roux, à Lyon".
_PLACE_AFTER_NAMES = re.compile(
    r",?\s+(?:in|à|en|aus|em|desde|from|depuis|de)\s+(?=[A-ZÀ-Þ])[^,|]*$"
)
# A job's word in Chinese may close a longer title ("本报记者": this paper's reporter).
_ROLES = re.compile(
    "|".join(
        (r"" if _CJK_WORD.search(word) else r"(?:^|\s)") + rf"{re.escape(word)}(?:\s|$)"
        for word in (*ROLE_WORDS, *OFFICE_WORDS, *JOB_WORDS)
    ),
    re.IGNORECASE,
)
# Chinese parts a byline's labelled fields with wide spaces: "作者：林一舟　来源：盒子游戏网".
_WIDE_SPACE_BEFORE_LABEL = re.compile(r"\u3000+(?=[^\s：:／/]{1,6}[：:／/])")
# A job in brackets after the names: "Par Martine Roussel (correspondante)".
_BRACKETED_ROLE = re.compile(r"\s*[(（](?P<role>[^()（）]{1,30})[)）]$")
# An Arabic word may carry its article: "المكتب الإعلامي" (the press office).
_OFFICE = re.compile(
    "|".join(
        r"(?:^|\s)"
        + ("(?:ال)?" if _ARABIC_LETTER.match(word) else "")
        + re.escape(word)
        + r"(?:\s|$)"
        for word in OFFICE_WORDS
    ),
    re.IGNORECASE,
)
_DESK = re.compile(
    r"(?:(?:la|the|da|die|a|el|o)\s+)?(?:"
    + "|".join(re.escape(key(word)) for word in ROLE_WORDS)
    + r")",
)
_DESK_WORDS = 3
_JOB_WORDS = 4  # at most, in a job written in small letters after a name
_DESK_AND_NAME = 2  # words: "Rédaction sport", "Redaktion Politik"
# A date line that names its authors after the day: "Posted on September 4, 2025 by Jane
# Roe", "Veröffentlicht am 4. September 2025 von Anna Müller".
_NAMES_AFTER_DAY = re.compile(
    r"\d\D{0,24}?\s(?:by|par|por|von|بقلم|بواسطة)\s+(?P<names>[^\d|]+)$", re.IGNORECASE
)
# Folha's "4.set.2025": the dots around a month's name read as spaces.
_LETTERS_BETWEEN_DOTS = re.compile(r"(?<=\d)\.(?=[^\W\d])|(?<=[^\W\d])\.(?=\d)")
_COLON = re.compile("[:：／]")
# A code in brackets after a name, letters and figures: a radio amateur's call sign,
# "Jean-Marc Lefloch (F4HZT)"
_CODE_AFTER_NAME = re.compile(r"\s*\((?=[A-Z0-9]*\d)[A-Z0-9]{3,8}\)")
# A second credit after the byline's, for the photos: "Text: Leonie Brack / Fotos: Arne
# Thiessen", "Por Ana Ruiz | Fotografía: Luis Gil", "Текст: Ольга Сметанина. Фото: Павел
# Ложкин": the byline ends before it.
_PHOTO_CREDIT_AFTER = re.compile(
    r"(?:\s+[/|·•]|[.;,])\s+(?:"
    + "|".join(
        re.escape(word.rstrip(":："))
        for word in sorted(
            {w for words in PAGE_WORDS.values() for w in words.photo}, key=len, reverse=True
        )
    )
    + r")\s*[:：].*$",
    re.IGNORECASE,
)
# "Dr. Martin Feil", "Prof. Dr. Ana Ruiz": a title written with its full stop may touch
# the name ("د.سامي"), one without is a word of its own.
_HONORIFIC = re.compile(
    "^(?:"
    + "|".join(
        re.escape(title) + (r"\s*" if title.endswith(".") else r"\s+") for title in HONORIFICS
    )
    + ")+"
)
_CITATION = re.compile(r"\s—\s(?P<name>[^—–\n]{1,60})$")
_CITED_WORDS = 4
_NUMERIC_DAY = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")


def _prefixes(field: str) -> list[str]:
    found = {key(w) for words in PAGE_WORDS.values() for w in getattr(words, field)}
    return sorted(found, key=len, reverse=True)


def _opening(field: str, *, colon: bool = True) -> re.Pattern[str]:
    """The opening words of a line; a wording written only with a colon ("كتب:", a word
    that also means "books") opens a line only with it, one also listed without
    ("Обновлено" and "Обновлено:") opens it either way; with ``colon`` False, every
    wording opens a line either way."""
    wordings = [w for words in PAGE_WORDS.values() for w in getattr(words, field)]
    without_colon = {key(w) for w in wordings if not w.endswith(":") or not colon}
    with_colon = {key(w) for w in wordings if w.endswith(":")} - without_colon
    alternatives = "|".join(
        re.escape(w) + (r"(?=\s*[:：／])" if w in with_colon else "") for w in _prefixes(field)
    )
    # "文／陳怡君": a full-width slash stands for the colon in Chinese
    return re.compile(rf"^(?:{alternatives})(?:\s*[:：／]\s*|\s+|$)")


_BYLINE = _opening("byline")
_BYLINE_WITHOUT_COLON = _opening("byline", colon=False)
_PUBLISHED = _opening("published")
_UPDATED_ANYWHERE = re.compile(
    rf"(?:^|\s|[|·•,])(?:{'|'.join(re.escape(w) for w in _prefixes('updated'))})(?:\s*:\s*|\s+)"
)
_UPDATED = _opening("updated")
# The publication's day after the update's: "Mis à jour le 14/10/2024 – Publié le ..."
_PUBLISHED_AFTER = re.compile(
    r"\s+[|·•,–—-]?\s*(?=(?:"
    + "|".join(re.escape(w) for w in _prefixes("published"))
    + r")(?:\s*:\s*|\s+))"
)
_STOPS = (".", "!", "?")  # a sentence's end: "Von der Leyen said so." is no byline
_AGENCIES = {key(agency): agency for agency in AGENCIES}


def _day_first_openings() -> re.Pattern[str]:
    """The opening words of bylines and date lines written only in languages that put a
    numeric day first ("Publicado em", "Publié le", "Stand:"; not "By", not "Posted")."""
    fields = ("byline", "published", "updated")

    def openings(day_first: bool) -> set[str]:
        return {
            key(wording)
            for words in PAGE_WORDS.values()
            if words.day_first is day_first
            for field in fields
            for wording in getattr(words, field)
        }

    only = sorted(openings(True) - openings(False), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in only)})(?:[\s:：]|$)")


_DAY_FIRST = _day_first_openings()


def _relative_times(*, day_first: bool | None = None) -> re.Pattern[str]:
    """A relative time alone ("il y a 3 heures", "2 hours ago", "3小时前"), in the
    languages that write a numeric day first when ``day_first`` is True."""

    def wordings(field: str) -> str:
        found = {
            key(wording)
            for words in PAGE_WORDS.values()
            if day_first is None or words.day_first is day_first
            for wording in getattr(words, field)
        }
        return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True)) or "(?!)"

    before, after = wordings("ago_before"), wordings("ago_after")
    return re.compile(rf"^(?:(?:{before})\s+\d.{{0,16}}|\d\D{{0,16}}?(?:{after}))$")


_RELATIVE_TIME = _relative_times()
_RELATIVE_TIME_DAY_FIRST = _relative_times(day_first=True)
_TIME_PARTS = re.compile(r"\s+[|·•–—-]\s+")


def without_relative_time(block: str) -> tuple[str, bool]:
    """A date line without the relative time beside its day ("vor 5 Std. · 07.03.2025"
    is "07.03.2025"), and whether that time's words are of a language that writes a
    numeric day first (so "il y a 3 heures – 12/03/2025" is 12 March)."""
    parts = _TIME_PARTS.split(block)
    kept = [part for part in parts if not _RELATIVE_TIME.match(key(part))]
    if not kept or len(kept) == len(parts):
        return block, False
    dropped = (part for part in parts if part not in kept)
    return " · ".join(kept), any(_RELATIVE_TIME_DAY_FIRST.match(key(part)) for part in dropped)


@attrs.frozen
class Byline:
    """What a byline says: the people's names as written, a wire agency, and the days it
    gives."""

    names: tuple[str, ...] = ()
    agency: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None


@attrs.frozen
class DateLine:
    """The days a date line gives."""

    published: dt.date | None = None
    updated: dt.date | None = None


def read_byline(block: str, *, hint: tuple[int, int] | None = None) -> Byline | None:
    """The byline ``block`` is ("By ...", "Par ...", an agency's name alone), or None.

    Args:
        block: One block of the page.
        hint: The (month, day) the page names elsewhere, to read a numeric day by.
    """
    if len(block) > _LONGEST:
        return None
    block = _WIDE_SPACE_BEFORE_LABEL.sub(" | ", block)
    credit = REPORTER_CREDIT.match(block.strip())
    if credit is not None and credit.group("open") is None:  # "記者陳怡君／台北報導"
        return Byline(reporters(credit))
    agency = _AGENCIES.get(key(block))
    if agency is not None:
        return Byline(agency=block.strip())
    credit = _SOURCE_AND_AGENCY.match(block.strip())
    if (
        credit is not None
        and key(credit["agency"]) in _AGENCIES
        and len(credit["source"].split()) <= _NAME_WORDS
        and not _BYLINE.match(key(block))
    ):
        # "Motor World - Reuters": the site or desk that ran a wire's story, and the
        # wire; no one named, where no byline word opens it ("By Jane Roe - Reuters").
        return Byline(agency=credit["agency"])
    block = _CODE_AFTER_NAME.sub("", _PHOTO_CREDIT_AFTER.sub("", block))
    role = _BRACKETED_ROLE.search(block)
    if role is not None and _ROLES.search(role["role"]):
        block = block[: role.start()]
    keyed = key(block)
    if _is_desk(keyed):
        return Byline()  # "Redacción", "La rédaction": the newsroom, no one named
    opening = _BYLINE.match(keyed)
    if opening is not None:
        return _read_opened(block, keyed, opening.end(), hint)
    # "كتب رامي الحاج و نادين عبود": an opening listed with its colon, written without
    # it, opens a byline of several names (one word after it may be a noun: "books").
    opening = _BYLINE_WITHOUT_COLON.match(keyed)
    byline = _read_opened(block, keyed, opening.end(), hint) if opening else None
    if byline is not None and len(byline.names) >= _SEVERAL:
        return byline
    return _byline_after_day(block, hint)


def _is_desk(keyed: str) -> bool:
    """The newsroom, or one of its desks: "Redacción", "La rédaction", "Rédaction
    sport" (a newsroom's word, then one word for its desk); not a reporter's title and a
    Chinese name ("记者 林晓岚")."""
    words = keyed.split()
    if len(words) <= _DESK_WORDS and _DESK.fullmatch(keyed):
        return True
    return (
        len(words) == _DESK_AND_NAME
        and _DESK.fullmatch(words[0]) is not None
        and not _CJK_NAMES.match(f"{words[0]} {words[1]}")
    )


# A definite article before a capitalised word: "la Chambre ...", "the Press Office"
_ARTICLE_BEFORE_A_NAME = re.compile(
    r"^(?:(?:the|la|le|les|el|los|las|der|die|das|den|dem|os|as)\s+|l['’])(?=[A-ZÀ-ÖØ-Þ])"
)


def _read_opened(
    block: str, keyed: str, opening_end: int, hint: tuple[int, int] | None
) -> Byline | None:
    """The byline ``block`` is after its opening words, which end at ``opening_end`` of
    its keyed form, or None when what follows is no names."""
    rest = _after_opening(block, opening_end)
    names_end = len(_before_date_words(rest))
    cut = _BEFORE_DAY.search(rest, 0, names_end)
    end = cut.start() if cut else names_end
    names_part, day_part = _PLACE_AFTER_NAMES.sub("", rest[:end]), rest[end:]
    names: list[str] = []
    found_agency = None
    desk = False
    pieces = _NAME_SEPARATORS.split(names_part)
    for piece in (name for part in pieces for name in _parted(part)):
        part = piece.strip(" .:")
        if not part:
            continue
        organisation = _OF_ORGANISATION.match(part) if names else None
        writes_for = _FOR_ORGANISATION.match(part)
        if (
            writes_for
            and looks_like_a_name(writes_for.group("name"))
            and looks_like_a_name(writes_for.group("organisation"))
        ):
            names.append(writes_for.group("name"))
            found_agency = writes_for.group("organisation")
        elif key(part) in _AGENCIES:
            found_agency = _AGENCIES[key(part)]
        elif organisation and looks_like_a_name(organisation.group("name")):
            found_agency = organisation.group("name")
        elif _ROLES.search(part) or (names and part[:1].islower()):
            # "Staff Writer", "Correspondante à Lyon", "Redacción"; a job written in
            # small letters after a name ("Mariana Quispe, coordinadora de proyectos")
            desk = True
            continue
        elif looks_like_a_name(_HONORIFIC.sub("", part)):
            names.append(_HONORIFIC.sub("", part))
        elif _ARTICLE_BEFORE_A_NAME.match(part) and not block.rstrip().endswith(_STOPS):
            # "Par la Chambre des notaires", "By the Press Office": a body, as no one's
            # name opens with an article
            desk = True
        else:
            return None
    if not names and found_agency is None and not desk:
        return None
    day_first = _DAY_FIRST.match(keyed) is not None
    dates = (
        read_date_line(day_part, hint=hint, bare=True, day_first=day_first)
        if day_part.strip()
        else None
    )
    return Byline(
        tuple(names),
        found_agency,
        dates.published if dates else None,
        dates.updated if dates else None,
    )


def reporters(credit: re.Match[str]) -> tuple[str, ...]:
    """The names a Chinese reporter's credit (:data:`REPORTER_CREDIT`) gives."""
    return tuple(_REPORTER_SEPARATORS.split(credit.group("names")))


def _parted(part: str) -> list[str]:
    """The names one byline item gives: parted at an "and" inside it, or at the spaces
    between names in a script that writes none inside one ("陈晓 刘洋")."""
    if _CJK_NAMES.match(part.strip()):
        return part.split()
    return parted(part, _is_agency)


def _is_agency(word: str) -> bool:
    return key(word) in _AGENCIES


def _before_date_words(text: str) -> str:
    """``text`` up to a date line's opening words: a byline and a date line copied as one
    block, "By Jane Roe Published 4 September 2025"."""
    words = text.split()
    for index in range(1, len(words)):
        rest = key(" ".join(words[index : index + 4]))
        if _PUBLISHED.match(rest) or _UPDATED.match(rest):
            return " ".join(words[:index])
    return text


def _byline_after_day(block: str, hint: tuple[int, int] | None) -> Byline | None:
    """A date line with the names after the day, or None."""
    match = _NAMES_AFTER_DAY.search(block)
    if match is None:
        return None
    dates = read_date_line(block[: match.start("names")], hint=hint)
    names = read_byline(f"By {match.group('names')}")
    if dates is None or names is None or not names.names:
        return None
    return attrs.evolve(names, published=dates.published, updated=dates.updated)


def read_date_line(
    block: str,
    *,
    hint: tuple[int, int] | None = None,
    bare: bool = True,
    day_first: bool = False,
) -> DateLine | None:
    """The days a date line gives ("Published 12 June 2023", "Le 17/02/2016 à 18h42",
    "Stand: 14.11.2025 16:20 Uhr"), or None for another block. A line whose day reads
    two ways ("12/05/2018 - 14:32") is a date line giving no day, unless its opening
    words are of a language that writes the day first ("Publicado em 05/07/2023").

    Args:
        block: One block of the page.
        hint: The (month, day) the page names elsewhere, to read a numeric day by.
        bare: Whether a short block that holds a day and no prefix is a date line.
        day_first: Whether a numeric day is written day first (the byline's language).
    """
    block, relative_day_first = without_relative_time(block)
    most = _DATE_LINE_WORDS * 2  # a publication day and an update day, each as long
    if len(block) > _LONGEST or len(block.split(maxsplit=most)) > most:
        return None
    keyed = key(block)
    updated_at = _UPDATED_ANYWHERE.search(keyed)
    if updated_at is not None and _UPDATED.match(keyed[updated_at.start() :].lstrip(" |·•,")):
        published_text, updated_text = keyed[: updated_at.start()], keyed[updated_at.start() :]
    else:
        published_text, updated_text = keyed, ""
    if not published_text.strip() and (after := _PUBLISHED_AFTER.search(updated_text)):
        published_text, updated_text = updated_text[after.end() :], updated_text[: after.start()]
    if any(len(part.split()) > _DATE_LINE_WORDS for part in (published_text, updated_text)):
        return None
    prefixed = bool(_PUBLISHED.match(published_text)) or bool(updated_text)
    if not prefixed and not bare:
        return None
    day_first = day_first or relative_day_first or _DAY_FIRST.match(keyed) is not None
    published = (
        read_day(published_text, hint=hint, day_first=day_first)
        if published_text.strip()
        else None
    )
    updated = read_day(updated_text, hint=hint, day_first=day_first) if updated_text else None
    if published is None and updated is None and not _NUMERIC_DAY.search(keyed):
        return None
    return DateLine(published, updated)  # both None: a day that reads two ways


def writes_day_first(block: str) -> bool:
    """Whether ``block`` opens with a byline's or date line's words only languages that
    write a numeric day first use ("Texto:", "Publicado em"): the page's other numeric
    days are read day first."""
    return len(block) <= _LONGEST and _DAY_FIRST.match(key(block)) is not None


def is_dated(block: str) -> bool:
    """Whether ``block`` is a short line that opens with a date line's words and holds a
    day, read or not: "Published 2 March" (no year) under a related title."""
    keyed = key(block)
    return (
        len(block) <= _LONGEST
        and len(block.split(maxsplit=_DATE_LINE_WORDS)) <= _DATE_LINE_WORDS
        and bool(_PUBLISHED.match(keyed) or _UPDATED.match(keyed))
        and any(map(str.isdigit, keyed))
    )


def read_day(
    text: str, *, hint: tuple[int, int] | None = None, day_first: bool = False
) -> dt.date | None:
    """The day ``text`` names where it cannot be misread: a numeric day that reads two
    ways is read by ``hint`` (the (month, day) the page names elsewhere) or, where the
    page's language writes the day first, as day, month, year."""
    day = parse_day(text) or parse_day(_LETTERS_BETWEEN_DOTS.sub(" ", text))
    if day is not None:
        return day
    match = _NUMERIC_DAY.search(text)
    if match is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings = {(month, day) for month, day in ((second, first), (first, second)) if month <= 12}
    if hint is not None and hint in readings:
        readings = {hint}
    elif day_first and (second, first) in readings:
        readings = {(second, first)}
    if len(readings) != 1:
        return None  # 03/04/2025: April 3 or March 4
    ((month, day_of_month),) = readings
    try:
        return dt.date(year, month, day_of_month)
    except ValueError:
        return None


def day_hint(text: str | None) -> tuple[int, int] | None:
    """The (month, day) a wire dateline's day names ("Oct 3", "12 may", "4 أيلول")."""
    if not text:
        return None
    match = re.search(r"(\d{1,2})\s+(\w+)|(\w+)\.?\s+(\d{1,2})", text)
    if match is None:
        return None
    number, name = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
    month = month_of(name.rstrip("."))
    return (month, int(number)) if month is not None and 1 <= int(number) <= 31 else None


def opens_a_byline(block: str) -> bool:
    """Whether ``block`` opens with a byline's words ("Reporting by", "Por", "Von")."""
    return len(block) <= _LONGEST and _BYLINE.match(key(block)) is not None


def byline_over_lines(block: str) -> str | None:
    """What ``block``, a byline over more lines of its own, reads as: the byline alone
    when the lines under it are a job or a desk ("By Tom Hughes" over "BBC News,
    Plymouth" would read as two names once joined), the whole block when they carry its
    names on ("By Jane Roe and" over "John Smith"). None for any other block, a byline
    over a day among them (a date line copied with the byline) too: its lines are read
    as the page's other lines are."""
    first, _, rest = block.strip().partition("\n")
    if not rest or len(block) > _LONGEST or any(map(str.isdigit, rest)):
        return None
    below = " ".join(rest.split())
    if len(below.split()) > _DESK_WORDS * 2 or below.endswith((".", "!", "?")):
        return None
    joined = read_byline(" ".join(block.split()))
    if joined is None or not joined.names:
        return None
    alone = read_byline(first.strip())
    if alone is None or not alone.names:
        return block  # the names start on the byline's line and go on below it
    # Lines below that only add names ("and" at the line's end) keep the block; lines
    # that change the names ("Tom Hughes BBC News", "Plymouth") are a job or a desk.
    changed = joined.names[: len(alone.names)] != alone.names
    return first if changed else block


def names_alone(block: str) -> tuple[str, ...]:
    """The names of a byline with no opening words, "Carolina Muñoz y Diego Sepúlveda",
    "Amadou Keita": each part between commas and "and" a name, or a job beside them; ()
    for another block."""
    if len(block) > _LONGEST:
        return ()
    pieces = _NAME_SEPARATORS.split(_SLASH_BETWEEN_NAMES.sub(", ", block))
    parts = [name.strip() for part in pieces for name in _parted(part)]
    # a job between the names is no name: "Tom Baxter, Chief Football Writer and Liam Ortiz";
    # nor one in small letters after a name ("Rui Figueiral, jornalista", "Илья Гордеев,
    # ведущий инженер"), in a script with capitals
    names = [
        part
        for index, part in enumerate(parts)
        if not _ROLES.search(part)
        and not (index and part[:1].islower() and len(part.split()) <= _JOB_WORDS)
    ]
    # a job may be written in lower case: "Анна Лукконен, корреспондент"
    if any(not looks_like_a_name(part) for part in names) or len(names) * 2 < len(parts):
        return ()
    return tuple(names)


def cited_quote_start(block: str) -> int | None:
    """Where the citation of a quote begins, as the ``text`` writer writes one (``We will
    rebuild — Jane Roe``: a spaced em dash, then a person's name of up to four words,
    ending the block), or None for another block."""
    match = _CITATION.search(block)
    if match is None or len(match.group("name").split()) > _CITED_WORDS:
        return None
    return match.start() if looks_like_a_name(match.group("name")) else None


def names_an_office(text: str) -> bool:
    """Whether ``text`` names an office or a studio ("Office of Communications",
    "Frankenfunk Studio Coburg"), not a person nor a motto."""
    return _OFFICE.search(text) is not None


def looks_like_a_name(text: str) -> bool:
    """A person's name as bylines write them: one to five words, each capitalised (or
    in a script without capitals) but for small words such as "de" or "von", no digits,
    and not initials alone ("A A" is a text-size control, "J. R." no one)."""
    words = text.split()
    if not 1 <= len(words) <= _NAME_WORDS or any(map(str.isdigit, text)):
        return False
    if all(len(word.rstrip(".")) < 2 for word in words):
        return False
    if any(c in text for c in '!?:;()[]{}"“”«»|'):
        return False
    return all(
        word.lower() in _NAME_PARTICLES or word[0].isupper() or not _cased(word[0])
        for word in words[1:]
    ) and (words[0][0].isupper() or not _cased(words[0][0]))


def _cased(char: str) -> bool:
    return char.lower() != char.upper()


def _after_opening(block: str, keyed_end: int) -> str:
    """``block`` after its opening words, whose keyed form ends at ``keyed_end``."""
    stripped = block.strip()
    keyed = key(stripped)
    opening = keyed[:keyed_end]
    # The key drops accents and marks, so count words rather than characters.
    opening_words = len(opening.split())
    if opening.endswith((":", "：", "／")) and keyed[keyed_end : keyed_end + 1].strip():
        # "作者：王伟": the name is written onto the colon, in the opening's last word
        glued = stripped.split(maxsplit=opening_words - 1)[-1]
        return _COLON.split(glued, maxsplit=1)[-1].lstrip(":：／ ")
    rest = stripped.split(maxsplit=opening_words)
    text = rest[opening_words] if len(rest) > opening_words else ""
    return text.lstrip(":： ")
