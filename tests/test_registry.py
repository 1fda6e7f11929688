"""The plugin registry: entry points, provenance, broken plugins and conflicts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel import (
    Article,
    PluginConflictError,
    PluginError,
    PluginInterfaceError,
    PluginLoadError,
    PluginWarning,
    Source,
    UnknownFormatError,
    UnknownPluginError,
    registry,
)


def fake_distribution(root: Path, name: str, entry_points: str, module: str = "") -> None:
    """Install a distribution by hand: a .dist-info folder and, optionally, a module."""
    info = root / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(entry_points)
    if module:
        (root / f"{name}.py").write_text(module)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path for fake distributions; the registry rediscovers around the test."""
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.refresh()
    yield tmp_path
    monkeypatch.undo()
    registry.refresh()


class ShoutWriter:
    def write(self, article: Article, *, exclaim: bool = True) -> str:
        return article.headline.upper() + ("!" if exclaim else "")


class TestBuiltins:
    """newsmodel's own json reader and writer come through its entry points."""

    def test_json_is_registered_by_the_distribution(self) -> None:
        rows = {(p.group, p.name): p for p in registry.plugins()}
        reader = rows["readers", "json"]
        assert reader.distribution.startswith("newsmodel ")
        assert reader.target == "newsmodel.readers.json:reader"
        assert reader.status == "ok"
        assert rows["writers", "json"].status == "ok"

    def test_groups(self) -> None:
        assert set(registry.GROUPS.values()) == {
            "newsmodel.readers",
            "newsmodel.writers",
            "newsmodel.profiles",
            "newsmodel.sites",
            "newsmodel.enrichers",
        }
        assert registry.names("newsmodel.readers") == registry.names("readers")

    def test_unknown_names(self) -> None:
        with pytest.raises(UnknownFormatError, match=r"no writer named 'nope' \(known: .*json"):
            newsmodel.write(Article("x"), "nope")
        with pytest.raises(UnknownPluginError, match="no plugin group"):
            registry.names("gadgets")


class TestBrokenPlugins:
    """A plugin that fails to load never breaks import; it is reported where it is used."""

    def test_missing_module(self, site: Path) -> None:
        fake_distribution(
            site, "brokenplug", "[newsmodel.writers]\nbroken = brokenplug_gone:writer\n"
        )
        assert "broken" in registry.names("writers")
        with pytest.raises(PluginLoadError) as caught:
            newsmodel.write(Article("x"), "broken")
        assert caught.value.distribution == "brokenplug 1.0"
        assert isinstance(caught.value.__cause__, ModuleNotFoundError)
        row = next(p for p in registry.plugins() if p.name == "broken")
        assert (row.status, row.distribution) == ("broken", "brokenplug 1.0")
        assert "ModuleNotFoundError" in (row.error or "")

    def test_import_error_inside_the_plugin(self, site: Path) -> None:
        fake_distribution(
            site,
            "raisingplug",
            "[newsmodel.readers]\nraising = raisingplug:reader\n",
            module="raise RuntimeError('plugin exploded on import')\n",
        )
        with pytest.warns(PluginWarning, match="plugin exploded on import"):
            loaded = registry.load_group("readers")
        assert "raising" not in loaded
        assert "json" in loaded

    def test_object_without_the_interface(self, site: Path) -> None:
        fake_distribution(
            site,
            "shapeless",
            "[newsmodel.readers]\nshapeless = shapeless:reader\n",
            module="reader = object()\n",
        )
        with pytest.raises(PluginLoadError) as caught:
            registry.get("readers", "shapeless")
        assert str(caught.value) == (
            "plugin 'shapeless' in newsmodel.readers (from shapeless 1.0) is broken: "
            "shapeless:reader is not a Reader: it lacks recognizes(), read_all()"
        )
        assert isinstance(caught.value.__cause__, PluginInterfaceError)
        assert caught.value.__cause__.missing == ("recognizes()", "read_all()")

    def test_sniffing_skips_broken_readers_with_a_warning(
        self, site: Path, sample: Article
    ) -> None:
        fake_distribution(
            site, "brokenplug", "[newsmodel.readers]\nbroken = brokenplug_gone:reader\n"
        )
        with pytest.warns(PluginWarning, match="brokenplug 1.0"):
            assert newsmodel.read(newsmodel.write(sample)) == sample

    def test_import_and_cli_survive(self, site: Path) -> None:
        fake_distribution(
            site, "brokenplug", "[newsmodel.writers]\nbroken = brokenplug_gone:writer\n"
        )
        env = {"PYTHONPATH": str(site)}
        done = subprocess.run(
            [sys.executable, "-c", "import newsmodel; print('imported')"],
            capture_output=True,
            text=True,
            env=_environ(env),
            check=True,
        )
        assert done.stdout.strip() == "imported"
        listing = subprocess.run(
            [sys.executable, "-m", "newsmodel", "plugins"],
            capture_output=True,
            text=True,
            env=_environ(env),
            check=True,
        ).stdout
        assert "broken" in listing
        assert "brokenplug 1.0" in listing


class TestConflicts:
    """Two plugins claiming one name is an error naming both distributions."""

    def test_entry_points_clash(self, site: Path) -> None:
        fake_distribution(
            site,
            "rivalplug",
            "[newsmodel.writers]\njson = rivalplug:writer\n",
            module="writer = None\n",
        )
        with pytest.raises(PluginConflictError) as caught:
            newsmodel.write(Article("x"), "json")
        names = caught.value.distributions
        assert any(name.startswith("newsmodel ") for name in names)
        assert "rivalplug 1.0" in names
        assert "rivalplug 1.0" in str(caught.value)
        rows = [p for p in registry.plugins() if (p.group, p.name) == ("writers", "json")]
        assert {row.status for row in rows} == {"conflict"}
        assert len(rows) == 2

    def test_registering_a_taken_name(self) -> None:
        with pytest.raises(PluginConflictError, match="<registered in code>"):
            registry.register("writers", "json", ShoutWriter())


class TestRegistrationInCode:
    """Tests and scripts can register plugins without packaging them."""

    def test_register_use_unregister(self) -> None:
        registry.register("writers", "shout", ShoutWriter())
        try:
            assert newsmodel.write(Article("hi"), "shout") == "HI!"
            assert newsmodel.write(Article("hi"), "shout", exclaim=False) == "HI"
            row = next(p for p in registry.plugins() if p.name == "shout")
            assert row.distribution == "<registered in code>"
        finally:
            registry.unregister("writers", "shout")
        assert "shout" not in registry.names("writers")

    def test_a_writer_that_breaks_is_named(self) -> None:
        class Broken:
            def write(self, article: Article) -> str:
                return {}["missing"]  # type: ignore[no-any-return]

        registry.register("writers", "broken", Broken())
        try:
            with pytest.raises(PluginError, match="writer 'broken' failed: KeyError") as raised:
                newsmodel.write(Article("hi"), "broken")
            assert isinstance(raised.value.__cause__, KeyError)
        finally:
            registry.unregister("writers", "broken")

    def test_a_sourced_reader_says_where_fields_came_from(self) -> None:
        """A reader with ``read_sourced`` (a :class:`~newsmodel.SourcedReader`) gives
        :func:`newsmodel.read_with_sources` its own sources; others are credited whole."""

        class Lines:
            def recognizes(self, source: newsmodel.Source) -> bool:
                return False

            def read_all(self, source: newsmodel.Source) -> Iterator[Article]:
                yield Article(source.text.strip())

            def read_sourced(self, source: newsmodel.Source) -> Iterator[newsmodel.SourcedArticle]:
                for article in self.read_all(source):
                    yield newsmodel.SourcedArticle(article, {"headline": "first-line"})

        registry.register("readers", "lines", Lines())
        try:
            assert isinstance(registry.get("readers", "lines"), newsmodel.SourcedReader)
            found = newsmodel.read_with_sources("Ferry back\n", format="lines")
            assert found.article.headline == "Ferry back"
            assert dict(found.sources) == {"headline": "first-line"}
        finally:
            registry.unregister("readers", "lines")

    def test_replace_shadows_and_unregister_restores(self, sample: Article) -> None:
        registry.register("writers", "json", ShoutWriter(), replace=True)
        try:
            assert newsmodel.write(sample, "json") == sample.headline.upper() + "!"
        finally:
            registry.unregister("writers", "json")
        assert newsmodel.write(sample, "json").startswith("{")

    def test_unknown_writer_option(self) -> None:
        with pytest.raises(newsmodel.WriteError, match="unexpected keyword argument 'colour'"):
            newsmodel.write(Article("x"), "json", colour="red")

    def test_rejects_objects_without_the_interface(self) -> None:
        with pytest.raises(PluginInterfaceError, match=r"is not a Writer: it lacks write\(\)"):
            registry.register("writers", "nothing", object())

    def test_unregister_unknown(self) -> None:
        with pytest.raises(UnknownFormatError):
            registry.unregister("writers", "never-registered")


class TestPerGroup:
    """Each group has its protocol, checked on loading, and its own unknown-name error."""

    @pytest.mark.parametrize(
        ("group", "error"),
        [
            ("readers", UnknownFormatError),
            ("writers", UnknownFormatError),
            ("profiles", newsmodel.UnknownProfileError),
            ("sites", newsmodel.UnknownSiteError),
            ("enrichers", newsmodel.UnknownEnricherError),
        ],
    )
    def test_unknown_names(self, group: str, error: type[Exception]) -> None:
        with pytest.raises(error, match="nope") as caught:
            registry.get(group, "nope")
        assert isinstance(caught.value, UnknownPluginError)
        with pytest.raises(error):
            registry.unregister(group, "nope")

    @pytest.mark.parametrize(
        ("group", "protocol"),
        [
            ("readers", newsmodel.Reader),
            ("writers", newsmodel.Writer),
            ("profiles", newsmodel.Profile),
            ("sites", newsmodel.SiteAdapter),
            ("enrichers", newsmodel.Enricher),
        ],
    )
    def test_builtins_satisfy_their_protocol(self, group: str, protocol: type) -> None:
        for plugin in registry.load_group(group).values():
            assert isinstance(plugin, protocol)

    def test_property_members_are_required(self) -> None:
        class Nameless:
            def check(self, document: object) -> list[object]:
                return []

        with pytest.raises(PluginInterfaceError, match=r"it lacks name$") as caught:
            registry.register("profiles", "nameless", Nameless())
        assert caught.value.missing == ("name",)

    def test_html_reader_is_handed_the_site_adapters(self) -> None:
        html = registry.get("readers", "html")
        assert isinstance(html, newsmodel.SiteAwareReader)
        bound = html.with_sites(registry.load_group("sites"))
        assert "wordpress" in bound.sites


class TestSniffing:
    """Without a format, exactly one reader must recognise the input."""

    class Everything:
        def recognizes(self, source: Source) -> bool:
            return True

        def read_all(self, source: Source) -> list[Article]:
            return [Article(source.text[:20] or "empty")]

    def test_two_readers_recognising_is_an_error(self, sample: Article) -> None:
        registry.register("readers", "everything", self.Everything())
        try:
            with pytest.raises(UnknownFormatError, match=r"several formats \(everything, json\)"):
                newsmodel.read(newsmodel.write(sample))
            assert newsmodel.read("plain words").headline == "plain words"
            assert newsmodel.read_all("plain words") == [Article("plain words")]
        finally:
            registry.unregister("readers", "everything")

    def test_no_reader_recognising_is_an_error(self) -> None:
        with pytest.raises(UnknownFormatError, match="no reader recognises <string>"):
            newsmodel.read("plain words")


def _environ(extra: dict[str, str]) -> dict[str, str]:
    import os

    return {**os.environ, **extra}
