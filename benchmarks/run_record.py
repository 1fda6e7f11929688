"""What a benchmark run writes with ``--json PATH``: its figures, and what they were taken on.

The record holds the date, the commit, the machine (processor, cores, Python, system), the
load average before and after (the machine is shared: a load over the run's own processes
slows every extractor alike, and the figures say how busy it was), and the version of every
distribution in :data:`DISTRIBUTIONS`. The documentation draws its tables and charts from
such records (``docs/_data``).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import subprocess
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as distribution_version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# The distributions whose versions a run records: newsmodel, the peers, and lxml under all.
DISTRIBUTIONS = ("newsmodel", "trafilatura", "newspaper4k", "goose3", "readability-lxml", "lxml")


def machine() -> dict[str, Any]:
    """What the figures were measured on: the processor, the cores, Python, the system."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as info:
        names = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
        cpu = names[0] if names else cpu
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "system": platform.platform(),
    }


def versions() -> dict[str, str | None]:
    """The installed version of every distribution the run uses (None: not installed)."""
    found: dict[str, str | None] = {}
    for name in DISTRIBUTIONS:
        try:
            found[name] = distribution_version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def commit() -> str | None:
    """The checkout's commit, when the benchmark runs from one."""
    done = subprocess.run(
        ["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or None


class Run:
    """A run's start: its date, commit and load, taken before anything is measured."""

    def __init__(self) -> None:
        self.started = datetime.now(timezone.utc)
        self.commit = commit()
        self.load_before = os.getloadavg()

    def write(self, path: Path, figures: dict[str, Any]) -> None:
        """Write the record of the run, ``figures`` and all, to ``path``."""
        record = {
            "date": self.started.isoformat(timespec="seconds"),
            "seconds": round((datetime.now(timezone.utc) - self.started).total_seconds()),
            "commit": self.commit,
            "machine": machine(),
            "load_average": {"before": self.load_before, "after": os.getloadavg()},
            "versions": versions(),
            **figures,
        }
        text = json.dumps(tidy(record), indent=1, allow_nan=False)
        path.write_text(text + "\n", encoding="utf-8")


def tidy(value: Any) -> Any:
    """The figures as JSON keeps them: floats to 4 places, a score of no pages (NaN) None."""
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {key: tidy(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [tidy(item) for item in value]
    return value
