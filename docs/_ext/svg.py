"""The few SVG pieces every generated figure shares: text widths, escaping, the document.

No font is embedded and nothing measures text at build time, so widths are estimated on the
wide side (as DejaVu Sans and Verdana set them, wider than Arial or Helvetica): a box sized
by these numbers holds its text in any of the fonts named here.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

SANS = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
MONO = "DejaVu Sans Mono, Menlo, Consolas, Courier New, monospace"
INK = "#1f2933"
MUTED = "#52606d"
LINE = "#7b8794"

# Advance widths in ems, grouped; every other character counts as WIDE.
_NARROW = set("il.,:;'|!`ijlI()[]{}/\\ ")
_MEDIUM = set('frtJ-"*')
_WIDE_LETTERS = set("mwMW@%")
_CAPITAL = 0.76
_LOWER = 0.64
_WIDE = 0.98


def text_width(text: str, size: float, *, mono: bool = False, bold: bool = False) -> float:
    """An upper estimate of the width of ``text`` set at ``size`` pixels."""
    if mono:
        return 0.62 * size * len(text)
    ems = 0.0
    for char in text:
        if char in _NARROW:
            ems += 0.36
        elif char in _MEDIUM:
            ems += 0.46
        elif char in _WIDE_LETTERS:
            ems += _WIDE
        elif char.isupper() or char.isdigit():
            ems += _CAPITAL
        else:
            ems += _LOWER
    return ems * size * (1.1 if bold else 1.0)


def number(value: float) -> str:
    """A coordinate written the same way on every machine: one decimal, no ``-0``."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def text(
    x: float,
    y: float,
    content: str,
    *,
    size: float = 13,
    weight: str = "normal",
    anchor: str = "start",
    fill: str = INK,
    mono: bool = False,
) -> str:
    """One line of text whose baseline starts (or centres, or ends) at ``x``, ``y``."""
    family = MONO if mono else SANS
    return (
        f'<text x="{number(x)}" y="{number(y)}" font-family={quoteattr(family)} '
        f'font-size="{number(size)}" font-weight="{weight}" text-anchor="{anchor}" '
        f'fill="{fill}">{escape(content)}</text>'
    )


def document(width: float, height: float, title: str, description: str, body: list[str]) -> str:
    """A standalone SVG document with its text alternative (``<title>``, ``<desc>``).

    The background is white so that the figure reads the same in a dark theme.
    """
    w, h = number(width), number(height)
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'viewBox="0 0 {w} {h}" role="img">',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(description)}</desc>",
        f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>',
        *body,
        "</svg>",
    ]
    return "\n".join(lines) + "\n"
