"""What every fuzz target shares: the reads, the rule for a finding, and keeping findings.

A target runs :func:`check` on each input libFuzzer gives it. ``NewsmodelError`` is the
readers' contract for bad input, so it is no finding; any other exception is, and so is a
read that takes over :data:`SLOW_SECONDS` of CPU time on an input under
:data:`SLOW_MAX_SIZE` bytes. Findings are saved by :class:`FindingStore` and the run goes
on, so one campaign reports every distinct bug, not only the first.

A read still running after :data:`HANG_SECONDS` of CPU time is stopped from a ``SIGPROF``
handler and saved as a hang. Only Python code can be stopped that way: libFuzzer's
``-timeout=`` (wall clock, and the run stops there) remains the guard for a hang in C code
such as lxml's parser.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import time
import traceback
import warnings
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType, TracebackType
from typing import NamedTuple

READERS = ("html", "jsonld", "json", "text", "rss", "atom", "json-feed", "sitemap", "robots")
#: Where inputs claim to come from, so relative links and days in the path are read too;
#: the input's CRC picks one.
URLS = (
    "https://news.example/world/2024/01/02/harbour-reopens.html",
    "https://news.example/2024/september/04/harbour",
    "https://bücher.example/welt/2024-01-02/",
    "http://[::1]:8080/a/?b=c#d",
    "/relative/path.html",
    "https://news.example/2024/ſeptember/04/harbour",  # a long s, that re.I takes for an s
)
#: Bytes per input (libFuzzer's ``-max_len``; seeds are cut to it). For html, 8 KB pages
#: reached the same code as 16 and 32 KB ones in a 200 s run, at 1.7 and 2.8 times the
#: rate (see README.md); written articles in JSON need more room.
MAX_LEN = {
    "html": 8_192,
    "jsonld": 16_384,
    "json": 65_536,
    "text": 16_384,
    "rss": 16_384,
    "atom": 16_384,
    "json-feed": 16_384,
    "sitemap": 16_384,
    "robots": 4_096,
}
SLOW_SECONDS = 1.0
SLOW_MAX_SIZE = 100_000
HANG_SECONDS = 10.0
WORK = Path(__file__).resolve().parent / "work"
_PACKAGE = f"{os.sep}newsmodel{os.sep}"


class Finding(NamedTuple):
    """One input that broke the contract: which call, what kind, and where."""

    kind: str  # "crash", "slow" or "hang"
    call: str  # the read that broke it, e.g. "read_all(url=...)"
    where: str  # "ExceptionType at file:function:line", the key findings are grouped by
    report: str  # the traceback or the timing, for a person to read

    @property
    def key(self) -> str:
        """A short, stable name for the group, usable in a file name."""
        return hashlib.sha1(f"{self.kind} {self.where}".encode()).hexdigest()[:12]


def calls(reader: str, data: bytes | str) -> Iterator[tuple[str, Callable[[], object]]]:
    """The reads to try on ``data``: every input is read whole, with one of :data:`URLS`;
    one input in four is also read without one, and (for html) with sources, for the code
    only they reach. The input's CRC chooses, so a saved input is replayed exactly."""
    import newsmodel

    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    crc = zlib.crc32(raw)
    url = URLS[crc // 4 % len(URLS)]
    yield f"read_all(url={url!r})", lambda: newsmodel.read_all(data, format=reader, url=url)
    if crc % 4:
        return
    yield "read()", lambda: newsmodel.read(data, format=reader)
    if reader == "html":
        yield "read_with_sources()", lambda: newsmodel.read_with_sources(data, format=reader)


def check(reader: str, data: bytes, *, timed: bool = True) -> list[Finding]:
    """Run every read of ``data``; what broke the contract (an empty list when nothing)."""
    from newsmodel import NewsmodelError

    found = []
    for name, call in calls(reader, data):
        watch = _Watch() if timed else None
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            with warnings.catch_warnings(), _watching(watch):
                warnings.simplefilter("ignore")
                call()
        except NewsmodelError:
            pass
        except _Hang as hang:
            report = f"stopped at {hang.where} after {HANG_SECONDS:.0f} s of CPU time\n"
            found.append(Finding("hang", name, f"hang at {hang.where}", report))
            continue
        except Exception as error:  # every other exception is the finding
            where = f"{type(error).__name__} at {_innermost(error.__traceback__)}"
            found.append(Finding("crash", name, where, traceback.format_exc()))
            continue
        cpu = time.process_time() - cpu_started
        if timed and cpu > SLOW_SECONDS and len(data) < SLOW_MAX_SIZE:
            wall = time.perf_counter() - started
            where = watch.where if watch is not None and watch.where else "?"
            report = (
                f"in {where} after {SLOW_SECONDS:.0f} s of CPU time\n"
                f"{cpu:.2f} s CPU, {wall:.2f} s wall, {len(data)} bytes\n"
            )
            found.append(Finding("slow", name, f"slow at {where}", report))
    return found


class FindingStore:
    """A folder of findings, one ``.bin`` input and ``.txt`` report per distinct finding.

    Findings are told apart by kind and place (exception type and innermost newsmodel
    frame, or the frame a slow read was in after a second): the first input of a group is
    kept, later ones only counted in memory.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.seen = {path.stem for path in folder.glob("*.bin")}
        self.counts: dict[str, int] = {}

    def save(self, reader: str, data: bytes, finding: Finding) -> bool:
        """Keep ``finding`` unless its group is already kept; True when it is new."""
        stem = f"{finding.kind}-{finding.key}"
        self.counts[stem] = self.counts.get(stem, 0) + 1
        if stem in self.seen:
            return False
        self.seen.add(stem)
        (self.folder / f"{stem}.bin").write_bytes(data)
        (self.folder / f"{stem}.txt").write_text(
            f"reader: {reader}\ncall: {finding.call}\nkind: {finding.kind}\n"
            f"where: {finding.where}\nsize: {len(data)} bytes\n\n{finding.report}",
            encoding="utf-8",
        )
        return True


def instrumented_import() -> None:
    """Import newsmodel and every reader and site plugin under atheris' coverage hooks
    (the registry loads plugins lazily, after an ``instrument_imports`` block would end)."""
    import atheris

    with atheris.instrument_imports(include=["newsmodel"]):
        import newsmodel

        newsmodel.registry.load_group("readers")
        newsmodel.registry.load_group("sites")


def main(reader: str, mutator: Callable[[bytes, int, int], bytes] | None = None) -> None:
    """Fuzz ``reader`` with libFuzzer's arguments from the command line (see README.md)."""
    import atheris

    instrumented_import()
    store = FindingStore(Path(os.environ.get("FUZZ_FINDINGS", WORK / "findings" / reader)))
    crash = os.environ.get("FUZZ_CRASH") == "1"  # for -minimize_crash=1, which needs one

    def test_one_input(data: bytes) -> None:
        for finding in check(reader, data):
            if crash:
                raise RuntimeError(f"{finding.kind}: {finding.where}")
            if store.save(reader, data, finding):
                print(f"\n#### new {finding.kind}: {finding.where}", file=sys.stderr)

    atheris.Setup(sys.argv, test_one_input, custom_mutator=mutator)
    atheris.Fuzz()


class _Hang(BaseException):
    """Raised into a read that ran too long (a BaseException, so no ``except Exception``
    in the library swallows it)."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


class _Watch:
    """A ``SIGPROF`` handler, ticking once per CPU second of a read: notes where the read
    was at the first tick, and stops it at :data:`HANG_SECONDS`."""

    def __init__(self) -> None:
        self.where = ""
        self.ticks = 0

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.ticks += 1
        here = _innermost_frame(frame)
        if not self.where:
            self.where = here
        if self.ticks >= HANG_SECONDS / SLOW_SECONDS:
            raise _Hang(here)


@contextmanager
def _watching(watch: _Watch | None) -> Iterator[None]:
    if watch is None:
        yield
        return
    previous = signal.signal(signal.SIGPROF, watch)
    signal.setitimer(signal.ITIMER_PROF, SLOW_SECONDS, SLOW_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _innermost(tb: TracebackType | None) -> str:
    """The innermost newsmodel frame of a traceback, as ``file:function:line``."""
    frames = traceback.extract_tb(tb)
    for frame in reversed(frames):
        if _PACKAGE in frame.filename:
            return f"{_short(frame.filename)}:{frame.name}:{frame.lineno}"
    return "outside newsmodel"


def _innermost_frame(frame: FrameType | None) -> str:
    """The innermost newsmodel frame of a running read, as ``file:function`` (a slow loop
    is caught on a different line each time)."""
    while frame is not None:
        if _PACKAGE in frame.f_code.co_filename:
            return f"{_short(frame.f_code.co_filename)}:{frame.f_code.co_name}"
        frame = frame.f_back
    return "outside newsmodel"


def _short(filename: str) -> str:
    return filename.rsplit(_PACKAGE, 1)[-1]
