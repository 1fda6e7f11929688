"""Show the real default of an attrs field made by a factory in class signatures.

attrs gives ``__init__`` the sentinel ``NOTHING`` as the default of a field declared with
``factory=...`` (the factory runs inside ``__init__``), so autodoc would print
``Article(..., extra=NOTHING)``. This hook puts the value the factory makes in its place:
``extra={}`` for an empty mapping, the value's ``repr`` otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
from sphinx.application import Sphinx


def factory_default(field: attrs.Attribute[Any]) -> str | None:
    """How a factory-made default reads in a signature (``None`` if it is no factory)."""
    factory = getattr(field.default, "factory", None)  # an attrs.Factory has one
    if factory is None or getattr(field.default, "takes_self", False):
        return None
    value = factory()
    if isinstance(value, Mapping) and not value:
        return "{}"
    return repr(value)


def show_factory_defaults(  # noqa: PLR0917 (the autodoc-process-signature event's arguments)
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """Replace ``alias=NOTHING`` by the factory's value in an attrs class's signature."""
    if what not in {"class", "exception"} or signature is None:
        return None
    if not (isinstance(obj, type) and attrs.has(obj)):
        return None
    for field in attrs.fields(obj):
        shown = factory_default(field)
        if shown is not None:
            pattern = rf"(\b{re.escape(field.alias)}(?::[^=,]*)?\s*=\s*)NOTHING\b"
            signature = re.sub(pattern, rf"\g<1>{shown}", signature)
    return signature, return_annotation


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("autodoc-process-signature", show_factory_defaults)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
