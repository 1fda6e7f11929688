"""Read news pages on a Dask cluster: HTML or WARC files in, JSON Lines out.

Usage::

    python examples/dask_read.py OUT_DIR INPUT [INPUT ...] [--scheduler ADDRESS]
        [--workers N] [--format json|jsonld]

Each ``INPUT`` is a path or a glob (quote it) of HTML files, or of WARC files
(``*.warc``, ``*.warc.gz``: every HTML response in them is one page). The files become a
:mod:`dask.bag`; every worker reads its share with :func:`newsmodel.batch.read_many` in
its own process (``jobs=1``: Dask supplies the parallelism), and the bag writes one JSON
Lines file per partition into ``OUT_DIR``, one line per page, exactly as ``newsmodel
batch`` writes them: ``source``, ``url``, then ``document`` or ``error``.

Without ``--scheduler`` the script starts a local cluster of ``--workers`` processes
(default 2); with it, it uses the running cluster at that address, whose workers need
newsmodel (with the ``batch`` extra, for WARC files) installed. Needs
``pip install '.[dask,batch]'`` in a checkout of newsmodel. See docs/dask.rst.
"""

from __future__ import annotations

import argparse
import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import dask.bag
from dask.distributed import Client, LocalCluster

from newsmodel.batch import read_many, to_line


def expand(inputs: Iterable[str]) -> list[str]:
    """The files ``inputs`` name, globs expanded, each once, in a stable order."""
    files: dict[str, None] = {}
    for item in inputs:
        matches = sorted(glob.glob(item, recursive=True)) if not os.path.exists(item) else [item]
        if not matches:
            raise FileNotFoundError(f"no file matches {item!r}")
        files.update(dict.fromkeys(matches))
    return list(files)


def read_files(paths: Iterable[str], format: str = "json") -> Iterator[str]:
    """JSON Lines lines (without newlines) for every page in ``paths``, in this process."""
    for result in read_many(list(paths), jobs=1):
        yield to_line(result, format)


def lines(paths: list[str], *, format: str = "json", files_per_task: int = 8) -> dask.bag.Bag:
    """A bag of JSON Lines lines, one per page in ``paths``, read lazily by the workers."""
    bag = dask.bag.from_sequence(paths, partition_size=files_per_task)
    return bag.map_partitions(lambda part: list(read_files(part, format)))


def run(
    inputs: Iterable[str],
    out_dir: str | os.PathLike[str],
    *,
    client: Client,
    format: str = "json",
    files_per_task: int = 8,
) -> list[str]:
    """Read ``inputs`` on ``client``'s cluster into ``out_dir/NNNN.jsonl``; the files."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = lines(expand(inputs), format=format, files_per_task=files_per_task)
    writes = bag.to_textfiles(
        os.path.join(os.fspath(out_dir), "*.jsonl"),
        name_function=lambda index: f"{index:04d}",
        last_endline=True,
        compute=False,
    )
    client.compute(writes, sync=True)
    return sorted(str(path) for path in Path(out_dir).glob("*.jsonl"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", help="folder for the JSON Lines files")
    parser.add_argument("inputs", nargs="+", help="HTML or WARC files, paths or globs")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--format", choices=("json", "jsonld"), default="json")
    args = parser.parse_args()
    if args.scheduler:
        with Client(args.scheduler) as client:
            files = run(args.inputs, args.out_dir, client=client, format=args.format)
    else:
        with (
            LocalCluster(n_workers=args.workers, threads_per_worker=1) as cluster,
            Client(cluster) as client,
        ):
            files = run(args.inputs, args.out_dir, client=client, format=args.format)
    pages = sum(len(Path(name).read_text(encoding="utf-8").splitlines()) for name in files)
    print(f"{pages} pages into {len(files)} files in {args.out_dir}")


if __name__ == "__main__":
    main()
