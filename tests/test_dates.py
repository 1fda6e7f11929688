"""Written dates in many languages: read where month and day cannot be confused, else not."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._dates import month_of, parse_day, parse_moment
from newsmodel._month_names import MONTH_NAMES
from newsmodel.strategies import LANGUAGE_TAGS

DAY = dt.date(2025, 9, 4)


class TestLanguages:
    """A dateline in any listed language reads as its day."""

    @pytest.mark.parametrize(
        "text",
        [
            "4 septembre 2025",  # French
            "jeudi 4 sept. 2025 à 10:00",
            "4. September 2025",  # German
            "4. Sept. 2025, 08:30 Uhr",
            "4 de septiembre de 2025",  # Spanish
            "4 de setiembre del 2025",
            "4 de setembro de 2025",  # Portuguese
            "4 settembre 2025",  # Italian
            "4 september 2025",  # Dutch, Swedish
            "4 września 2025 r.",  # Polish, genitive
            "4 сентября 2025 г.",  # Russian, genitive
            "4 вересня 2025 р.",  # Ukrainian, genitive
            "4. září 2025",  # Czech
            "4 Σεπτεμβρίου 2025",  # Greek, genitive
            "4. syyskuuta 2025",  # Finnish, partitive
            "4 Eylül 2025 Perşembe",  # Turkish
            "2025 m. rugsėjo 4 d.",  # Lithuanian, year first
            "2025. szeptember 4.",  # Hungarian, year first
            "4 سبتمبر 2025",  # Arabic, Egyptian and Gulf names
            "4 أيلول 2025",  # Arabic, Levantine names
            "4 شتنبر 2025",  # Arabic, Moroccan names
            "الخميس 4 أيلول/سبتمبر 2025",  # both, as Levantine papers write them
            "٤ سبتمبر ٢٠٢٥",  # Arabic-Indic digits
            "4 בספטמבר 2025",  # Hebrew
            "2025年9月4日 10:00",  # Chinese, Japanese
            "2025년 9월 4일",  # Korean
        ],
    )
    def test_reads(self, text: str) -> None:
        assert parse_day(text) == DAY

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("4 كانون الثاني 2025", dt.date(2025, 1, 4)),  # a two-word name
            ("4 تشرين   الأول 2025", dt.date(2025, 10, 4)),
            ("20 KASIM 2026", dt.date(2026, 11, 20)),  # Turkish kasım, upper-cased
            ("12. MÄR 2025 18:03", dt.date(2025, 3, 12)),
            ("1er mars 2019 à 15:20", dt.date(2019, 3, 1)),
            ("4 aout 2025", dt.date(2025, 8, 4)),  # accents left out
            ("4 d’abril de 2025", dt.date(2025, 4, 4)),  # Catalan
            ("04-Sep-2025", DAY),
            ("公開日：2025/09/04 11:30", DAY),  # the year first: month and day follow
            ("2025.09.04 19:59", DAY),
            ("2025. 9. 4.", DAY),  # Korean
            ("4. 9. 2025", DAY),  # Czech, Slovak
        ],
    )
    def test_forms(self, text: str, expected: dt.date) -> None:
        assert parse_day(text) == expected

    def test_a_meta_value_in_words(self) -> None:
        assert parse_moment("4 septembre 2025") == DAY


class TestStrictness:
    """Nothing is guessed: no numeric day-month order, no relative day, no missing year."""

    @pytest.mark.parametrize(
        "text",
        [
            "03/04/2025",  # March 4 or 3 April
            "04\u200f/09\u200f/2025",  # Arabic numeric, with right-to-left marks
            "yesterday",
            "hier à 10:00",
            "вчера",
            "2 days ago",
            "4 septembre",  # no year
            "septembre 2025",  # no day
            "4 أيلول/أكتوبر 2025",  # two names that disagree
            "31 septembre 2025",
            "2025/9.4",  # mixed separators
            "v2025.9.4.1",  # a version number
            "4 ſep 2025",  # re.IGNORECASE's long s: no month's name
        ],
    )
    def test_not_read(self, text: str) -> None:
        assert parse_day(text) is None

    def test_a_written_day_has_no_zone(self) -> None:
        assert parse_moment("4 septembre 2025 à 10:00 CET") == DAY


class TestMonthNames:
    """The tables: one month per name, read in any case and with or without accents."""

    @pytest.mark.parametrize("language", sorted(MONTH_NAMES))
    def test_twelve_months(self, language: str) -> None:
        assert len(MONTH_NAMES[language]) == 12

    @pytest.mark.parametrize("language", sorted(MONTH_NAMES))
    def test_every_name_in_every_case(self, language: str) -> None:
        for number, names in enumerate(MONTH_NAMES[language], start=1):
            for name in names:
                assert month_of(name) == month_of(name.upper()) == month_of(name.title()) == number


# CLDR's long and full forms (through Babel), an oracle apart from our tables: the
# languages the strategies write in, and Arabic's regional month names
_LOCALES = (*LANGUAGE_TAGS, "en_GB", "de_AT", "ar_SY", "ar_MA", "ar_DZ", "ar_EG")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@given(
    day=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    locale=st.sampled_from(_LOCALES),
    form=st.sampled_from(("long", "full", "medium")),
)
def test_a_day_the_strategies_languages_write_reads_back(
    day: dt.date, locale: str, form: str
) -> None:
    written = format_date(day, form, locale=locale)
    if form == "medium" and locale.startswith("ar"):  # 04/09/2025: day or month first?
        assert parse_day(written) is None
        return
    assert parse_day(written) == day
    if locale.startswith("ar"):
        assert parse_day(written.translate(_ARABIC_INDIC)) == day
