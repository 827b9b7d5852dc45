"""Corpora on one machine: :func:`parse_many` parses many texts on worker processes.

Documents come back in input order. Input is read lazily and only a bounded window of texts
is in flight at once, so a corpus larger than memory streams through.

>>> docs = list(parse_many(["Bridge reopens\\n\\nCars crossed it again on Monday.", ""], jobs=1))
>>> [len(d.articles) for d in docs]
[1, 0]
"""

from __future__ import annotations

import collections
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import TypeVar

from newsparse._validate import check_datetime
from newsparse.api import parse
from newsparse.errors import OptionError
from newsparse.models import Document

__all__ = ["default_jobs", "ordered_map", "parse_many"]

_In = TypeVar("_In")
_Out = TypeVar("_Out")

#: Texts in flight per worker: enough to keep workers busy, few enough to bound memory.
WINDOW_PER_JOB = 4


def default_jobs() -> int:
    """The number of worker processes used when ``jobs`` is None: the usable CPU cores.

    >>> default_jobs() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _check_jobs(jobs: object) -> int:
    if jobs is None:
        return default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise OptionError(f"jobs: expected a whole number of at least 1 or None, not {jobs!r}")
    return jobs


def ordered_map(
    func: Callable[[_In], _Out], items: Iterable[_In], *, jobs: int | None = None
) -> Iterator[_Out]:
    """``map(func, items)`` on worker processes, in input order, with a bounded window.

    ``func`` must be a module-level function (it is pickled); ``jobs=1`` runs in this
    process.

    >>> list(ordered_map(abs, [-2, 3, -4], jobs=2))
    [2, 3, 4]
    """
    return _ordered_map(func, items, _check_jobs(jobs))


def _ordered_map(
    func: Callable[[_In], _Out], items: Iterable[_In], workers: int
) -> Iterator[_Out]:
    if workers == 1:
        yield from map(func, items)
        return
    # Imported here: concurrent.futures.process pulls in multiprocessing (~16 ms of
    # ``import newsparse``), which only a run on worker processes needs.
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - lazy, see above

    window = workers * WINDOW_PER_JOB
    pending: collections.deque[Future[_Out]] = collections.deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _parse_one(args: tuple[str, dt.datetime | None, dt.datetime | None]) -> Document:
    text, published, now = args
    return parse(text, published=published, now=now)


def parse_many(
    texts: Iterable[str],
    *,
    published: dt.date | dt.datetime | None = None,
    now: dt.datetime | None = None,
    jobs: int | None = None,
) -> Iterator[Document]:
    """Parse each text, yielding :class:`~newsparse.Document` records in input order.

    Args:
        texts: The texts; read lazily, so a generator over a large corpus is fine.
        published: As for :func:`newsparse.parse`, applied to every text.
        now: As for :func:`newsparse.parse`, applied to every text.
        jobs: Worker processes; None uses every usable core, 1 parses in this process.

    Raises:
        OptionError: ``jobs`` is not a whole number of at least 1, or ``published`` or
            ``now`` is not a date or datetime.
        InputTypeError: a text is not a ``str`` (raised when that text is reached).

    >>> texts = ["Rain returns to the valley\\n\\nIt rained.", "Snow closes pass\\n\\nIt snowed."]
    >>> [d.articles[0].headline.text for d in parse_many(texts, jobs=2)]
    ['Rain returns to the valley', 'Snow closes pass']
    """
    workers = _check_jobs(jobs)  # options are checked now, not at the first next()
    published_at = check_datetime(published, "published")
    now_at = check_datetime(now, "now")
    items = ((text, published_at, now_at) for text in texts)
    return ordered_map(_parse_one, items, jobs=workers)
