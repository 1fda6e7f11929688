"""Reads feeds: RSS (:mod:`.rss`), Atom (:mod:`.atom`) and JSON Feed (:mod:`.json_feed`).

Each format's reader only collects what its items give; :mod:`._items` decides, once for
all three, what becomes of it (the headline, the dates, what is repaired or left out and
said so). XML is parsed in one place, :mod:`._xml`, safely and forgivingly.
"""
