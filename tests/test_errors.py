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
