"""The shipped schema.org vocabulary is what tests/schemaorg_vocabulary.py builds."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from shared_data import SHARED, require

from newsmodel.validation.vocabulary import schema_name, vocabulary

HERE = Path(__file__).resolve().parent
FULL = SHARED / "schemaorg" / "schemaorg-current-https.jsonld"


def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "schemaorg_vocabulary", HERE / "schemaorg_vocabulary.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestShippedFile:
    """The compact file matches the full vocabulary; regenerate it when it does not."""

    def test_matches_full_vocabulary(self) -> None:
        require(FULL)
        build = builder()
        expected = build.dumps(build.build(json.loads(FULL.read_text(encoding="utf-8"))))
        shipped = build.SHIPPED.read_text(encoding="utf-8")
        assert shipped == expected, (
            "src/newsmodel/data/schemaorg.json is stale; run "
            f"python tests/schemaorg_vocabulary.py {FULL}"
        )


class TestVocabulary:
    """Types resolve through superclasses; the news families are fully described."""

    def test_superclasses(self) -> None:
        vocab = vocabulary()
        assert vocab.is_a("ReportageNewsArticle", "CreativeWork")
        assert vocab.is_a("NewsMediaOrganization", "Thing")
        assert vocab.is_a("URL", "Text")
        assert not vocab.is_a("Person", "Organization")

    @pytest.mark.parametrize(
        "name",
        [
            "headline",
            "author",
            "datePublished",
            "image",
            "itemListElement",
            "roleName",
            "breadcrumb",
            "jobTitle",
            "logo",
            "contentUrl",
            "upvoteCount",
            "speakable",
        ],
    )
    def test_news_properties_are_described(self, name: str) -> None:
        assert name in vocabulary().properties

    def test_other_properties_are_known_by_name(self) -> None:
        vocab = vocabulary()
        assert "recipeIngredient" in vocab.property_names
        assert "recipeIngredient" not in vocab.properties

    @pytest.mark.parametrize(
        ("term", "name"),
        [
            ("headline", "headline"),
            ("schema:headline", "headline"),
            ("http://schema.org/headline", "headline"),
            ("og:title", None),
            ("https://example.org/x", None),
            ("", None),
        ],
    )
    def test_schema_name(self, term: str, name: str | None) -> None:
        assert schema_name(term) == name
