"""Body extraction on real pages: newsmodel and trafilatura side by side, in one run.

Scores follow each corpus README in ``../shared/corpus``: on ``aeb-dev``, precision,
recall and F1 over overlapping 4-token shingles with every page weighing the same; pages
per second for each extractor on the same pages. Run ``python benchmarks/body_f1.py``
(``--limit N`` for a quick look; CI runs ``--smoke``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import newsmodel

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(len(tokens) - 3, 0)))


def aeb_scores(truth: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 by the aeb-dev README's rules."""
    precisions, recalls = [], []
    for true_text, guess in zip(truth, predicted, strict=True):
        want, got = shingles(true_text), shingles(guess)
        tp = sum((want & got).values())
        fp = sum((got - want).values())
        fn = sum((want - got).values())
        total = tp + fp + fn
        if total == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        tp, fp, fn = tp / total, fp / total, fn / total
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def newsmodel_body(page: bytes, url: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return newsmodel.read(page, format="html", url=url).text
        except newsmodel.NewsmodelError:
            return ""


def trafilatura_body(page: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(page, url=url) or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--smoke", action="store_true", help="ten pages, for CI")
    args = parser.parse_args()
    limit = 10 if args.smoke else args.limit
    folder = CORPUS / "aeb-dev"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    pages = [gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()) for key in keys]
    expected = [truth[key]["articleBody"] for key in keys]
    extractors: dict[str, Callable[[bytes, str], str]] = {
        "newsmodel": newsmodel_body,
        "trafilatura": trafilatura_body,
    }
    print(f"aeb-dev: {len(keys)} pages")
    print(f"{'extractor':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8}")
    for name, extract in extractors.items():
        start = time.perf_counter()
        got = [extract(page, truth[key]["url"]) for key, page in zip(keys, pages, strict=True)]
        rate = len(keys) / (time.perf_counter() - start)
        precision, recall, f1 = aeb_scores(expected, got)
        print(f"{name:<12} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {rate:>8.1f}")


if __name__ == "__main__":
    main()
