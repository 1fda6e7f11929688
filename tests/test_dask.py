"""examples/dask_read.py reads HTML and WARC files on a local Dask cluster into JSON Lines."""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import cloudpickle
import pytest
from dask.distributed import Client, LocalCluster
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsmodel

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ROOT / "examples" / "pages" / "harbour-reopens.html",
    ROOT / "tests" / "pages" / "every-source.html",
]


@pytest.fixture(scope="module")
def dask_read() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_read", ROOT / "examples" / "dask_read.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_read"] = module
    spec.loader.exec_module(module)
    # the workers cannot import examples/: send the module's functions by value
    cloudpickle.register_pickle_by_value(module)
    return module


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def write_warc(path: Path, pages: list[Path]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for index, page in enumerate(pages):
            content = page.read_bytes()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://example.org/{index}",
                "response",
                payload=io.BytesIO(content),
                length=len(content),  # warcio buffers in a temporary file without it
                http_headers=headers,
            )
            writer.write_record(record)


def read_lines(files: list[str]) -> list[dict[str, object]]:
    return [json.loads(line) for name in files for line in Path(name).read_text().splitlines()]


class TestDaskRead:
    """Every page becomes one line, as newsmodel.read reads it; failures are lines too."""

    def test_html_files_by_glob(
        self, dask_read: ModuleType, client: Client, tmp_path: Path
    ) -> None:
        pages = tmp_path / "pages"
        pages.mkdir()
        for index in range(6):
            shutil.copy(PAGES[index % 2], pages / f"{index}.html")
        (pages / "broken.html").write_bytes(b"")

        files = dask_read.run(
            [str(pages / "*.html")], tmp_path / "out", client=client, files_per_task=2
        )

        assert len(files) == 4  # 7 files, 2 per task
        lines = read_lines(files)
        assert [Path(str(line["source"])).name for line in lines] == sorted(
            [f"{i}.html" for i in range(6)] + ["broken.html"]
        )
        for line in lines:
            if Path(str(line["source"])).name == "broken.html":
                assert "error" in line
                continue
            want = newsmodel.read(Path(str(line["source"])))
            assert newsmodel.read(json.dumps(line["document"]), format="json") == want

    def test_warc_files(self, dask_read: ModuleType, client: Client, tmp_path: Path) -> None:
        write_warc(tmp_path / "a.warc.gz", PAGES)
        write_warc(tmp_path / "b.warc.gz", PAGES[:1])

        files = dask_read.run(
            [str(tmp_path / "*.warc.gz")], tmp_path / "out", client=client, format="jsonld"
        )

        lines = read_lines(files)
        assert [line["url"] for line in lines] == [
            "https://example.org/0",
            "https://example.org/1",
            "https://example.org/0",
        ]
        headlines = [newsmodel.read(page).headline for page in PAGES]
        assert [line["document"]["headline"] for line in lines] == [  # type: ignore[index]
            *headlines,
            headlines[0],
        ]

    def test_an_input_that_names_nothing_is_an_error(
        self, dask_read: ModuleType, client: Client, tmp_path: Path
    ) -> None:
        with pytest.raises(FileNotFoundError, match="nothing"):
            dask_read.run([str(tmp_path / "nothing*.html")], tmp_path / "out", client=client)
