"""The error tree: every error under NewsmodelError, public names shown as ``newsmodel.X``."""

from __future__ import annotations

import newsmodel
import newsmodel.errors
import newsmodel.sites


class TestSiteAdapterError:
    """SiteAdapterError is a PluginError of the error tree, exported where it was."""

    def test_in_the_tree(self) -> None:
        assert issubclass(newsmodel.SiteAdapterError, newsmodel.PluginError)
        assert issubclass(newsmodel.SiteAdapterError, newsmodel.NewsmodelError)
        assert "SiteAdapterError" in newsmodel.errors.__doc__

    def test_one_class_everywhere(self) -> None:
        assert newsmodel.SiteAdapterError is newsmodel.errors.SiteAdapterError
        assert newsmodel.sites.SiteAdapterError is newsmodel.errors.SiteAdapterError
        assert newsmodel.SiteAdapterError.__module__ == "newsmodel"

    def test_message_names_adapter_and_selector(self) -> None:
        error = newsmodel.SiteAdapterError("harbour", "selects text", selector="body")
        assert str(error) == "site adapter 'harbour' selector 'body': selects text"
        assert (error.adapter, error.reason, error.selector) == ("harbour", "selects text", "body")


class TestUnknownPluginErrors:
    """Each group's unknown name has its own error, all under UnknownPluginError."""

    def test_in_the_tree(self) -> None:
        for error in (
            newsmodel.UnknownFormatError,
            newsmodel.UnknownProfileError,
            newsmodel.UnknownEnricherError,
            newsmodel.UnknownSiteError,
        ):
            assert issubclass(error, newsmodel.UnknownPluginError)
            assert issubclass(error, newsmodel.NewsmodelError)
            assert issubclass(error, LookupError)
            assert error.__module__ == "newsmodel"

    def test_known_names_are_listed(self) -> None:
        error = newsmodel.UnknownSiteError("no site named 'x'", ["b", "a"])
        assert error.known == ("b", "a")
        assert str(error) == "no site named 'x' (known: b, a)"


class TestPluginInterfaceError:
    """A plugin missing part of its protocol: a PluginError and a TypeError."""

    def test_in_the_tree(self) -> None:
        assert issubclass(newsmodel.PluginInterfaceError, newsmodel.PluginError)
        assert issubclass(newsmodel.PluginInterfaceError, TypeError)

    def test_message_names_plugin_entry_point_and_what_is_missing(self) -> None:
        error = newsmodel.PluginInterfaceError(
            "newsmodel.sites", "gazette", "gazette:adapter", "SiteAdapter", ["priority"]
        )
        assert str(error) == (
            "plugin 'gazette' in newsmodel.sites (gazette:adapter) is not a SiteAdapter: "
            "it lacks priority"
        )


class TestInputTypeError:
    """Something that is no input: a NewsmodelError and a TypeError, shown as newsmodel's."""

    def test_in_the_tree(self) -> None:
        assert issubclass(newsmodel.InputTypeError, newsmodel.NewsmodelError)
        assert issubclass(newsmodel.InputTypeError, TypeError)
        assert newsmodel.InputTypeError.__module__ == "newsmodel"
        assert "InputTypeError" in (newsmodel.errors.__doc__ or "")
