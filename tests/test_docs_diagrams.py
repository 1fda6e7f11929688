"""The documentation's generated figures (``docs/_ext``): the same input gives the same
bytes, every figure is well-formed SVG with a text alternative, boxes never overlap, and the
model's figure shows every class of the model."""

from __future__ import annotations

import itertools
import sys
import typing
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

import newsmodel
from newsmodel.readers.html import resolve

EXT = Path(__file__).resolve().parent.parent / "docs" / "_ext"
DIAGRAMS = EXT.parent / "_diagrams"
sys.path.insert(0, str(EXT))

import diagram_text  # noqa: E402
import layered  # noqa: E402
import model_diagram  # noqa: E402
import performance_figures  # noqa: E402
import reader_diagrams  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


def architecture() -> str:
    spec = diagram_text.read(DIAGRAMS / "architecture.txt")
    return layered.draw(spec.boxes, spec.arrows, title=spec.title, description="d")


def html_reader() -> str:
    spec = diagram_text.read(DIAGRAMS / "html-reader.txt", reader_diagrams.names)
    return layered.draw(spec.boxes, spec.arrows, title=spec.title, description="d")


FIGURES = {
    "architecture": architecture,
    "html-reader": html_reader,
    "model": lambda: model_diagram.figure()[0],
    "precedence": lambda: reader_diagrams.precedence()[0],
    "unseen": lambda: performance_figures.unseen_chart(
        performance_figures.load(performance_figures.UNSEEN)
    ),
}


def texts(drawing: str) -> list[str]:
    return [node.text or "" for node in ET.fromstring(drawing).iter(f"{SVG}text")]


class TestEveryFigure:
    """Each figure is deterministic, well-formed, titled and described."""

    @pytest.mark.parametrize("name", sorted(FIGURES))
    def test_the_same_input_gives_the_same_bytes(self, name: str) -> None:
        assert FIGURES[name]() == FIGURES[name]()

    @pytest.mark.parametrize("name", sorted(FIGURES))
    def test_it_is_well_formed_svg_with_a_text_alternative(self, name: str) -> None:
        root = ET.fromstring(FIGURES[name]())
        assert root.tag == f"{SVG}svg"
        assert root.get("role") == "img"
        assert float(root.get("width", "0")) > 0
        assert float(root.get("height", "0")) > 0
        assert (root.findtext(f"{SVG}title") or "").strip()
        assert (root.findtext(f"{SVG}desc") or "").strip()

    @pytest.mark.parametrize("name", ["architecture", "html-reader"])
    def test_boxes_do_not_overlap_and_hold_their_text(self, name: str) -> None:
        names = reader_diagrams.names if name == "html-reader" else diagram_text.plugin_names
        spec = diagram_text.read(DIAGRAMS / f"{name}.txt", names)
        assert_laid_out(spec.boxes, spec.arrows)


def assert_laid_out(boxes: list[layered.Box], arrows: list[layered.Arrow]) -> None:
    found = layered.layout(boxes, arrows)
    for (a, (ax, ay, aw, ah)), (b, (bx, by, bw, bh)) in itertools.combinations(
        found.rects.items(), 2
    ):
        apart = ax + aw <= bx or bx + bw <= ax or ay + ah <= by or by + bh <= ay
        assert apart, f"{a} and {b} overlap"
    for box in boxes:
        x, y, w, h = found.rects[box.id]
        assert x >= 0
        assert y >= 0
        assert x + w <= found.width
        assert y + h <= found.height
        assert w >= box.width()
        assert h >= box.height()


class TestTheModelFigure:
    """The model's figure is made from the attrs classes, so it shows every one of them."""

    def test_every_class_of_the_model_appears(self) -> None:
        shown = "\n".join(texts(model_diagram.figure()[0]))
        wanted = [
            "Article", "Portal", "Organization", "Section", "Person", "Role", "Comment",
            "Related", "Image", *(cls.__name__ for cls in typing.get_args(newsmodel.Block)),
        ]  # fmt: skip
        for name in wanted:
            assert name in shown, name

    def test_every_field_of_every_class_appears(self) -> None:
        shown = "\n".join(texts(model_diagram.figure()[0]))
        for cls in model_diagram.classes():
            for field in attrs.fields(cls):
                assert f"{field.name}: " in shown, f"{cls.__name__}.{field.name}"

    def test_a_new_class_is_in_the_next_figure(self) -> None:
        @attrs.frozen
        class Edition:
            articles: tuple[newsmodel.Article, ...]

        assert model_diagram.classes(Edition)[:2] == [Edition, newsmodel.Article]

    def test_boxes_do_not_overlap(self) -> None:
        assert_laid_out(*model_diagram.graph())

    def test_types_are_spelled_shortly(self) -> None:
        assert model_diagram.spelled(tuple[newsmodel.Person, ...]) == "[Person]"
        assert model_diagram.spelled(newsmodel.Section | None) == "Section?"
        assert model_diagram.spelled(str) == "str"
        assert model_diagram.spelled(tuple[newsmodel.Block, ...]) == "[Block]"


class TestTheReaderFigures:
    """The HTML reader's figures are drawn from its resolver's tables."""

    def test_every_field_and_source_of_the_tables_appears(self) -> None:
        shown = set(texts(reader_diagrams.precedence()[0]))
        for table in (resolve.PRECEDENCE, resolve.STRUCTURE):
            for field, order in table.items():
                assert field in shown
                assert set(order) <= shown

    def test_the_walk_names_the_resolvers_corrections(self) -> None:
        shown = " ".join(texts(html_reader()))
        for override in resolve.OVERRIDES:
            assert override.__name__ in shown


class TestTheTextFormat:
    """A diagram's text is read strictly: a mistake names its line."""

    def test_a_line_that_is_nothing_is_an_error_naming_it(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.txt"
        path.write_text("[a:step] A\n[b:step] B\na => b\n", encoding="utf-8")
        with pytest.raises(ValueError, match=r"bad\.txt, line 3"):
            diagram_text.read(path)

    def test_an_arrow_to_no_box_is_an_error(self) -> None:
        with pytest.raises(ValueError, match=r"'c', which is no box"):
            layered.layout([layered.Box("a", "A")], [layered.Arrow("a", "c")])

    def test_a_box_no_arrow_touches_goes_last(self) -> None:
        boxes = [layered.Box("alone", "Alone"), layered.Box("a", "A"), layered.Box("b", "B")]
        found = layered.layout(boxes, [layered.Arrow("a", "b")])
        assert found.rects["alone"][1] == found.rects["b"][1]

    def test_a_cycle_is_an_error(self) -> None:
        boxes = [layered.Box("a", "A"), layered.Box("b", "B")]
        with pytest.raises(ValueError, match="cycle"):
            layered.layout(boxes, [layered.Arrow("a", "b"), layered.Arrow("b", "a")])

    def test_plugin_groups_are_filled_in(self, tmp_path: Path) -> None:
        path = tmp_path / "plugins.txt"
        path.write_text("[r:plugin] Readers\n  {newsmodel.readers}\n", encoding="utf-8")
        assert "html" in diagram_text.read(path).boxes[0].lines[0]


def small_run() -> dict[str, typing.Any]:
    """A run's record as ``benchmarks/peers.py --json`` writes it, cut to two extractors."""

    def row(name: str, f1: float, rate: float) -> dict[str, typing.Any]:
        scores = {"precision": f1, "recall": f1, "f1": f1, "f1_A": f1, "f1_B": f1 - 0.01}
        return {"extractor": name, **scores, "pages_per_second": rate, "newsmodel_x": 2.0}

    corpus = {
        "corpus": "aeb-dev",
        "rules": "4-token shingles",
        "pages": 4,
        "scored": 4,
        "scored_by_half": {"A": 2, "B": 2},
        "load_before": 1.0,
        "extractors": [row("newsmodel", 0.95, 20.0), row("trafilatura", 0.96, 10.0)],
    }
    return {"corpora": [corpus]}


class TestThePerformanceFigures:
    """The performance page's charts and tables come from a run's record."""

    def test_charts_are_deterministic_well_formed_svg(self) -> None:
        for chart in (performance_figures.f1_chart, performance_figures.speed_chart):
            drawing = chart(small_run())
            assert drawing == chart(small_run())
            assert ET.fromstring(drawing).tag == f"{SVG}svg"

    def test_the_leads_say_where_newsmodel_is_behind(self) -> None:
        table = "\n".join(performance_figures.leads_lines(small_run()))
        assert "trafilatura 0.960" in table
        assert "newsmodel behind" in table
        assert "newsmodel leads" not in table

    def test_the_summary_says_where_newsmodel_is_behind(self) -> None:
        (summary,) = performance_figures.summary_lines(small_run())
        assert "highest" not in summary
        assert "on aeb-dev newsmodel is behind or level on the whole corpus" in summary
        assert "(trafilatura 0.960 to 0.950)" in summary

    def test_the_speed_summary_gives_each_peers_range(self) -> None:
        (summary,) = performance_figures.speed_summary_lines(small_run())
        assert "faster than every peer" in summary
        assert "2.0 to 2.0 times trafilatura's" in summary

    def test_the_unseen_figures_keep_their_provenance(self) -> None:
        unseen = performance_figures.load(performance_figures.UNSEEN)
        assert "issue 13" in unseen["provenance"]
        assert all(len(item["f1"]) == len(unseen["tools"]) for item in unseen["corpora"])
