"""examples/extractor-tests, a downstream-style project, passes its own property tests.

It is installed with pip into a folder of its own and its tests run in a fresh interpreter
with only that folder added: they reach newsmodel through its public strategies alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pip_target import install

PROJECT = Path(__file__).resolve().parent.parent / "examples" / "extractor-tests"


def test_the_example_project_passes_its_tests(tmp_path: Path) -> None:
    target = tmp_path / "site"
    install(PROJECT, target)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(PROJECT / "tests")],
        cwd=PROJECT,
        env={
            **os.environ,
            "PYTHONPATH": str(target),
            "HYPOTHESIS_STORAGE_DIRECTORY": str(tmp_path / "hypothesis"),
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
