"""Runs the fuzz targets one after another with the project's settings, and sums up.

Each target gets its seeds, dictionary and ``-max_len`` (``harness.MAX_LEN``), a corpus
folder kept between campaigns, and ``-timeout=30``; the summary gives executions, their
rate and the findings saved. Run ``python fuzz/campaign.py --runs 1000000`` (the issue's
bar: a million reads per reader), or ``--seconds 600`` per target for a short look; build
the seeds first (``python fuzz/seeds.py``). Targets run one at a time, so the campaign
takes one core; for more, run targets by hand with ``-jobs``/``-workers`` (README.md).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from harness import MAX_LEN, READERS, WORK

FUZZ = Path(__file__).resolve().parent
_STAT = re.compile(r"^stat::(\w+):\s+(\d+)", re.M)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", nargs="+", choices=READERS, default=list(READERS))
    limit = parser.add_mutually_exclusive_group(required=True)
    limit.add_argument("--runs", type=int, help="executions per target")
    limit.add_argument("--seconds", type=int, help="time per target")
    args = parser.parse_args()
    for reader in args.readers:
        if not (WORK / "seeds" / reader).is_dir():
            parser.error(f"no seeds for {reader}: run python fuzz/seeds.py first")
    failed = False
    for reader in args.readers:
        stats, seconds, code = run(reader, args.runs, args.seconds)
        # our findings (.bin and .txt), and libFuzzer's timeout-*/oom-* inputs
        findings = sum(p.suffix != ".txt" for p in (WORK / "findings" / reader).glob("*"))
        runs, rate = stats.get("number_of_executed_units", 0), stats.get("average_exec_per_sec")
        print(
            f"{reader}: {runs} executions in {seconds:.0f} s ({rate} per second), "
            f"{findings} findings in {WORK / 'findings' / reader}, exit status {code}",
            flush=True,
        )
        failed = failed or code != 0 or findings > 0
    return 1 if failed else 0


def run(reader: str, runs: int | None, seconds: int | None) -> tuple[dict[str, int], float, int]:
    """Run one target; its final statistics, the time it took and its exit status."""
    corpus = WORK / "corpus" / reader
    corpus.mkdir(parents=True, exist_ok=True)
    limit = f"-runs={runs}" if runs is not None else f"-max_total_time={seconds}"
    command = [
        sys.executable,
        str(FUZZ / f"{reader}_reader.py"),
        str(corpus),
        str(WORK / "seeds" / reader),
        f"-dict={WORK / 'dicts' / f'{reader}.dict'}",
        f"-max_len={MAX_LEN[reader]}",
        "-timeout=30",
        "-print_final_stats=1",
        f"-artifact_prefix={WORK / 'findings' / reader}{os.sep}",
        limit,
    ]
    log = WORK / f"{reader}.log"
    print(f"{reader}: {' '.join(command[1:])} (log: {log})", flush=True)
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as output:
        code = subprocess.call(command, stdout=output, stderr=subprocess.STDOUT)
    text = log.read_text(encoding="utf-8", errors="replace")
    stats = {name: int(value) for name, value in _STAT.findall(text)}
    return stats, time.monotonic() - started, code


if __name__ == "__main__":
    sys.exit(main())
