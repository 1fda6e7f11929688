"""The data in ../shared beside the checkout: tests skip without it, but CI must have it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seeds" / "dzwatch-syria-russia.txt"


def require(path: Path) -> Path:
    """``path`` when it exists; else skip the test, or fail it where ``CI`` is set."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing; CI must have ../shared beside the clone")
        pytest.skip(f"{path} is not beside this checkout")
    return path
