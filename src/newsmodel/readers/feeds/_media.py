"""Pictures a feed item carries: enclosures, Media RSS (``media:content``,
``media:thumbnail``, ``media:group``), Atom's ``rel="enclosure"`` links, JSON Feed's
``image`` and attachments. Only images become :class:`~newsmodel.Image` values; the
other attachments (a podcast's audio) are kept as the feed gives them, for ``extra``."""

from __future__ import annotations

import mimetypes
from urllib.parse import urlsplit

from ..._checks import count_in
from ..._jsonvalue import JSONValue
from ..._model import Image
from ._address import absolute

__all__ = ["attachment", "image_of", "is_image"]


def is_image(url: str, mime_type: str | None, medium: str | None = None) -> bool:
    """Whether an attachment is a picture: by its medium, its MIME type, or (given
    neither) the extension of its address."""
    if medium:
        return medium.strip().lower() == "image"
    if mime_type:
        return mime_type.strip().lower().startswith("image/")
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    guessed, _ = mimetypes.guess_type(path)
    return bool(guessed and guessed.startswith("image/"))


def image_of(
    url: str | None,
    base: str | None,
    *,
    width: object = None,
    height: object = None,
    caption: str | None = None,
    credit: str | None = None,
) -> Image | None:
    """The image at ``url`` (resolved on ``base``), or None for an address that is not
    an absolute http(s) one."""
    address = absolute(url, base)
    if address is None:
        return None
    return Image(
        address,
        width=count_in(width) or None,
        height=count_in(height) or None,
        caption=caption or None,
        credit=credit or None,
    )


def attachment(url: str, mime_type: str | None, length: object) -> dict[str, JSONValue]:
    """An attachment that is not an image, as ``extra`` keeps it."""
    found: dict[str, JSONValue] = {"url": url}
    if mime_type:
        found["type"] = mime_type
    size = count_in(length)
    if size is not None:
        found["length"] = size
    return found
