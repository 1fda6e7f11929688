"""Shared fixtures, and Hypothesis profiles for this noisy, shared 2-core machine."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newsmodel import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# Timing belongs in benchmarks/, never in unit tests: no deadlines, and no health check
# that fails a test because this shared machine was busy.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(scope="session")
def sample() -> Article:
    """The article examples/build_article.py builds: every kind of field filled in."""
    spec = importlib.util.spec_from_file_location("build_article", EXAMPLES / "build_article.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_article"] = module
    spec.loader.exec_module(module)
    article: Article = module.build()
    return article


@pytest.fixture(scope="session")
def sample_json() -> str:
    """examples/pages/harbour-reopens.json, the sample article as newsmodel JSON."""
    return (EXAMPLES / "pages" / "harbour-reopens.json").read_text(encoding="utf-8")
