"""Shared test helpers: where the shared data lives, and a walk over every record."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "seed"
SEED_TEXT = SEED_DIR / "000_b1ea71941a29e430.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, failing the test clearly when the folder is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: tests read ../shared beside the checkout")
    return path


def iter_records(obj: Any) -> Iterator[Any]:
    """Every record (anything with ``text`` and ``span``) inside ``obj``, depth first."""
    if isinstance(obj, (tuple, list)):
        for item in obj:
            yield from iter_records(item)
        return
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return
    if hasattr(obj, "span") and hasattr(obj, "text"):
        yield obj
    for field in dataclasses.fields(obj):
        yield from iter_records(getattr(obj, field.name))


def assert_spans_valid(doc: Any) -> None:
    """Every record's span slices the document text to the record's text (speakers too)."""
    text = doc.text
    for record in iter_records(doc):
        assert text[record.span.start : record.span.end] == record.text, record
    for article in doc.articles:
        for quote in article.quotes:
            if quote.speaker is not None:
                sp = quote.speaker
                assert text[sp.span.start : sp.span.end] == sp.mention, quote
            if quote.cue_span is not None and quote.cue is not None:
                assert text[quote.cue_span.start : quote.cue_span.end] == quote.cue, quote
        for record in iter_records(article):
            if record is not article:
                assert article.span.contains(record.span), (article.span, record)
    spans = [a.span for a in doc.articles]
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start, (before, after)


CASES = Path(__file__).resolve().parent / "cases"


def load_cases(stage: str, name: str) -> list[dict[str, Any]]:
    """The golden cases of ``tests/cases/<stage>/<name>`` (a JSON list of objects)."""
    data: list[dict[str, Any]] = json.loads((CASES / stage / name).read_text(encoding="utf-8"))
    return data


def case_params(
    stage: str, name: str, *, id_key: str = "id", xfail: bool = False
) -> list[Any]:
    """Golden cases as pytest params; with ``xfail``, each a strict xfail with its reason."""
    out = []
    for case in load_cases(stage, name):
        marks = [pytest.mark.xfail(strict=True, reason=case["reason"])] if xfail else []
        out.append(pytest.param(case, id=str(case[id_key])[:48], marks=marks))
    return out
