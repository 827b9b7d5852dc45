"""The seed's date items: every core item of ``../shared/seed/expected.json`` must hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHECK = SHARED / "seed" / "check_seed.py"


def test_seed_date_items_hold() -> None:
    if not CHECK.exists():
        pytest.fail(f"seed checker not found at {CHECK}: the shared seed must sit beside the repo")
    done = subprocess.run(
        [sys.executable, str(CHECK), "--only", "dates"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
