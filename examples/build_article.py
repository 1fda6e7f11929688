"""Build an article in code and print it as newsmodel JSON.

Run it with ``python examples/build_article.py``. The story is invented for this example.
"""

from __future__ import annotations

import datetime as dt

import newsmodel
from newsmodel import (
    Article,
    Comment,
    Heading,
    Image,
    Organization,
    Paragraph,
    Person,
    Portal,
    Quote,
    Related,
    RelatedKind,
    Role,
    Section,
)


def build() -> Article:
    """The example article: a harbour reopening, with its portal, people and comments."""
    beirut = dt.timezone(dt.timedelta(hours=2))
    news = Section("News", url="https://portal.example/news/")
    region = Section("Region", url="https://portal.example/news/region/", parent=news)
    portal = Portal(
        "Harbour Herald",
        url="https://portal.example/",
        tagline="Coastal news, every morning",
        logo=Image("https://portal.example/static/logo.png", width=240, height=60),
        publisher=Organization("Harbour Herald Media", url="https://portal.example/about/"),
        sections=[news, region],
    )
    minister = Person(
        "Leila Haddad",
        roles=[Role("Minister of Transport", country="Lebanon", start_date=dt.date(2025, 2, 1))],
    )
    return Article(
        "Northern Harbour Reopens to Cargo After Two-Year Rebuild",
        description="The rebuilt quay can take ships twice the size of those it served before.",
        dateline="Tripoli",
        body=[
            Paragraph(
                "Tripoli – The northern harbour reopened to cargo traffic on Monday after a "
                "two-year rebuild, Minister of Transport Leila Haddad announced at the quay."
            ),
            Paragraph(
                "The first container ship, carrying building materials, docked shortly after "
                "dawn. Port officials expect forty ships a month by the end of the year."
            ),
            Heading("What changes for shippers"),
            Paragraph("Customs checks will move to a new terminal beside the quay."),
            Quote("We built it to last fifty years.", citation="Leila Haddad"),
        ],
        url="https://portal.example/news/region/harbour-reopens",
        date_published=dt.datetime(2026, 3, 2, 9, 30, tzinfo=beirut),
        date_modified=dt.datetime(2026, 3, 2, 11, 5, tzinfo=beirut),
        authors=[Person("Karim Nassar", url="https://portal.example/authors/karim-nassar")],
        section=region,
        keywords=["ports", "trade", "infrastructure"],
        language="en",
        images=[
            Image(
                "https://portal.example/media/quay.jpg",
                caption="The rebuilt quay",
                credit="Harbour Herald",
                width=1200,
                height=800,
            )
        ],
        publisher=portal.publisher,
        portal=portal,
        mentions=[minister],
        related=[
            Related(
                "Fishing fleet returns to the old port",
                "https://portal.example/news/region/fishing-fleet-returns",
            ),
            Related(
                "More Region news",
                "https://portal.example/news/region/",
                kind=RelatedKind.MORE_FROM_SECTION,
            ),
        ],
        comments=[
            Comment(
                "Good news for the whole coast.",
                id="c1",
                author=Person("Rana"),
                date=dt.datetime(2026, 3, 2, 10, 12, tzinfo=beirut),
                replies=[
                    Comment("Let's see if the prices follow.", id="c2", author=Person("Samir"))
                ],
            )
        ],
        comments_open=True,
    )


if __name__ == "__main__":
    print(newsmodel.write(build(), "json"))
