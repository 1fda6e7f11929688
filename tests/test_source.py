"""Inputs: text, bytes, paths and files become a Source; bad bytes are a ReadError."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, ReadError, Source, limits


class TestForms:
    """read() takes str, bytes, a path or a binary file, and gives the same article."""

    def test_every_form(self, tmp_path: Path, sample: Article, sample_json: str) -> None:
        path = tmp_path / "a.json"
        path.write_text(sample_json, encoding="utf-8")
        with path.open("rb") as handle:
            from_file = newsmodel.read(handle)
        forms = [sample_json, sample_json.encode(), path, str(path) and Path(str(path))]
        assert all(newsmodel.read(form) == sample for form in forms)
        assert from_file == sample

    def test_str_is_never_a_file_name(self, tmp_path: Path) -> None:
        (tmp_path / "a.json").write_text("{}")
        with pytest.raises(newsmodel.ReadError, match="looks like a file path"):
            newsmodel.read(str(tmp_path / "a.json"))

    def test_the_error_names_the_str_not_a_place_called_string(self) -> None:
        with pytest.raises(newsmodel.ReadError) as caught:
            newsmodel.read("feed.xml")
        assert str(caught.value) == (
            "cannot read input: the str 'feed.xml' looks like a file path; pass a "
            "pathlib.Path (a str is the document itself)"
        )

    def test_text_mode_file_is_a_type_error(self, sample_json: str) -> None:
        with pytest.raises(TypeError, match="binary mode"):
            newsmodel.read(io.StringIO(sample_json))  # type: ignore[arg-type]

    @pytest.mark.parametrize("given", [None, 42, 4.2, ["<html>"]])
    def test_no_input_is_a_newsmodel_error_and_a_type_error(self, given: object) -> None:
        for read in (newsmodel.read, newsmodel.read_front, newsmodel.read_listing):
            with pytest.raises(newsmodel.InputTypeError) as caught:
                read(given)  # type: ignore[arg-type]
            assert isinstance(caught.value, newsmodel.NewsmodelError)
            assert isinstance(caught.value, TypeError)
            assert str(caught.value) == (
                f"source must be str, bytes, a path or a binary file, not {type(given).__name__}"
            )

    def test_url_is_kept(self) -> None:
        assert Source.of(b"x", url="https://a.example/").url == "https://a.example/"
        assert Source.of(Source("x"), url="https://b.example/").url == "https://b.example/"


class TestDecoding:
    """A byte-order mark decides the encoding; otherwise the text must be UTF-8."""

    @pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
    def test_byte_order_marks(self, encoding: str, sample: Article, sample_json: str) -> None:
        data = sample_json.encode(encoding)
        if encoding == "utf-16-be":
            data = codecs.BOM_UTF16_BE + data
        assert newsmodel.read(data, format="json") == sample

    def test_invalid_utf8_names_the_byte(self) -> None:
        with pytest.raises(ReadError, match=r"not valid utf-8: byte 3 \(b'\\xff'\)"):
            newsmodel.read(b'{"a\xff": 1}', format="json")

    def test_sniffing_does_not_fail_on_bad_bytes(self) -> None:
        assert Source(b"\xfa\xfe\xff abc").head().endswith("abc")

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32-le"])
    def test_sniffing_reads_utf16_and_utf32(self, encoding: str) -> None:
        """With a byte-order mark or without one (the zero bytes around ``<`` show it)."""
        source = Source('<?xml version="1.0"?><rss>é</rss>'.encode(encoding))
        assert source.head() == '<?xml version="1.0"?><rss>é</rss>'
        assert source.text.lstrip("\ufeff") == source.head()

    def test_sniffing_uses_the_transport_charset(self) -> None:
        assert Source(b"<p>caf\xe9</p>", encoding="iso-8859-1").head() == "<p>café</p>"


def test_oversized_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 10)
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 11)
    for form in (b"x" * 11, "x" * 11, path):
        with pytest.raises(ReadError, match="larger than 10 bytes"):
            newsmodel.read(form, format="json")
