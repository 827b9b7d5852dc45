"""The seed's quantity items: every core item of ``../shared/seed/expected.json`` must hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHECK = SHARED / "seed" / "check_seed.py"


@pytest.mark.timeout(300)
def test_seed_quantities() -> None:
    if not CHECK.is_file():
        pytest.fail(f"seed checker not found at {CHECK}: the shared seed must sit beside the repo")
    run = subprocess.run(
        [sys.executable, str(CHECK), "--only", "quantities"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
