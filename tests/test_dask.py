"""The Dask example runs a corpus on a local Dask cluster and writes JSON Lines."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import newsparse

from .conftest import ROOT

pytest.importorskip("dask.distributed", reason="the dask extra is not installed")


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_corpus", ROOT / "examples/dask_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(300)
def test_dask_example_on_a_local_cluster(tmp_path: Path) -> None:
    from dask.distributed import Client, LocalCluster

    example = load_example()
    paths = []
    for n in range(5):
        path = tmp_path / f"in{n}.txt"
        path.write_text(
            f"Village {n} gets fast internet\n\nBy Ana Ruiz\n\nThe village of Number {n} was "
            "connected to fibre on Monday after a three-year campaign by its residents.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster):
        written = example.parse_corpus(paths, str(out), partitions=3)
    assert len(written) == 3
    rows = [json.loads(line) for f in sorted(written) for line in Path(f).read_text("utf-8").splitlines()]
    assert sorted(r["source"] for r in rows) == sorted(paths)
    for row in rows:
        doc = newsparse.Document.from_dict(row["document"])
        assert doc == newsparse.parse(Path(row["source"]).read_text(encoding="utf-8"))
