"""Where a warning about the caller's input points: at the caller's line, not newsmodel's.

A fixed ``stacklevel`` is right only for a warning raised at one depth; one raised from
a loop or a helper that several paths reach (a menu's link, a JSON-LD node) would name a
line of newsmodel on some of them.
"""

from __future__ import annotations

import os
import sys
from types import FrameType

__all__ = ["caller_stacklevel"]

_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def caller_stacklevel() -> int:
    """The ``stacklevel`` that makes :func:`warnings.warn`, called by our caller, name
    the first frame outside the newsmodel package."""
    frame: FrameType | None = sys._getframe(1)  # the function that warns: stacklevel 1
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE):
        frame = frame.f_back
        level += 1
    return level
