"""Installing an example project with pip into a folder of its own, offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def install(project: Path, target: Path) -> None:
    """Build and install ``project`` (no dependencies, no index) into ``target``."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(project),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
