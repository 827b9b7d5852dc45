"""End to end: the rendered sample opened in headless Chromium (Debian's ``chromium`` package).

Chromium takes screenshots (wide and narrow), prints the page to PDF and dumps the DOM it
built; the tests check the pixels are not blank, the speaker colours were painted, the page prints
(a smoke test of the print style sheet: at least a page per article), and the DOM's legend
lists the speakers.

Without Chromium these tests fail when the ``CI`` environment variable is set (CI installs
it, see ``.ci/run``) and are skipped otherwise. ``NEWSPARSE_CHROMIUM`` names another binary.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from newsparse.render import render_html

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)
TIMEOUT = 90  # seconds per Chromium run; a warm run takes 1-4 s, a cold first start far more


def _load_sample() -> ModuleType:
    """``tests/test_render.py``, loaded by path so this works whether or not tests is a package."""
    spec = importlib.util.spec_from_file_location(
        "_newsparse_render_sample", Path(__file__).with_name("test_render.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = _load_sample()


def find_chromium() -> str | None:
    """The Chromium binary: ``$NEWSPARSE_CHROMIUM`` (only), else ``/usr/bin/chromium`` or PATH."""
    named = os.environ.get("NEWSPARSE_CHROMIUM")
    if named:
        return shutil.which(named)
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        message = ("headless Chromium not found (looked for $NEWSPARSE_CHROMIUM, "
                   "/usr/bin/chromium, chromium, chromium-browser, google-chrome); "
                   "install Debian's package: apt-get install -y chromium")
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {message}")
        pytest.skip(message)
    return binary


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "sample.html"
    path.write_text(render_html(SAMPLE.sample_document()), encoding="utf-8")
    return path


def run(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run Chromium once with its own throwaway profile."""
    profile = tmp / f"profile-{len(list(tmp.iterdir()))}"
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *args]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"Chromium took more than {TIMEOUT} s: {' '.join(cmd)}")
    if done.returncode != 0:
        pytest.fail(f"Chromium exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return done


# --- a small PNG reader (8-bit RGB or RGBA, not interlaced: what Chromium writes) ----------


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """Width, height, bytes per pixel and the unfiltered rows of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, []
    width = height = bpp = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8, f"bit depth {depth}"
            assert interlace == 0, "interlaced"
            bpp = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            line = bytearray((x + p) & 0xFF for x, p in zip(line, prev, strict=True))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                up_left = prev[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + _paeth(left, prev[i], up_left)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def pixels(rows: list[bytes], bpp: int) -> Iterator[tuple[int, int, int]]:
    for row in rows:
        for i in range(0, len(row), bpp):
            yield row[i], row[i + 1], row[i + 2]


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


# --- tests ---------------------------------------------------------------------------------


@pytest.mark.timeout(300)
def test_screenshot_is_painted(chromium: str, page: Path, tmp_path: Path) -> None:
    from newsparse._render_assets import PALETTE

    shot = tmp_path / "wide.png"
    run(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1000,700", page.as_uri())
    width, height, bpp, rows = read_png(shot.read_bytes())
    assert (width, height) == (1000, 700)
    counts: dict[tuple[int, int, int], int] = {}
    for px in pixels(rows, bpp):
        counts[px] = counts.get(px, 0) + 1
    white = counts.get((255, 255, 255), 0)
    assert white < 0.97 * width * height, "the page is (nearly) blank"
    assert len(counts) > 20, "the page has almost no colours: text was not drawn"
    # Ruth Adeyemi's and Dev Shah's quote highlights were painted in their colours.
    for background, _ in PALETTE[:2]:
        assert counts.get(hex_rgb(background), 0) > 200, f"no {background} highlight seen"


@pytest.mark.timeout(300)
def test_narrow_screenshot_is_painted(chromium: str, page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "narrow.png"
    run(chromium, tmp_path, f"--screenshot={shot}", "--window-size=380,500", page.as_uri())
    width, height, bpp, rows = read_png(shot.read_bytes())
    assert (width, height) == (380, 500)
    dark = sum(1 for r, g, b in pixels(rows, bpp) if r + g + b < 200)
    assert dark > 500, "no text drawn on a narrow screen"


@pytest.mark.timeout(300)
def test_dom_lists_the_speakers(chromium: str, page: Path, tmp_path: Path) -> None:
    done = run(chromium, tmp_path, "--dump-dom", page.as_uri())
    dom = done.stdout.decode("utf-8")
    seen = SAMPLE.Page(dom)
    assert seen.errors == []
    names = [(item["name"], item["count"]) for item in seen.legend]
    assert names == [("Ruth Adeyemi", "3"), ("Dev Shah", "2"), ("the operator", "1")]
    doc = SAMPLE.sample_document()
    assert [text for _, text in seen.blocks] == SAMPLE.block_texts(doc)
    assert "script" not in seen.tags


@pytest.mark.timeout(300)
def test_prints_at_least_a_page_per_article(chromium: str, page: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    run(chromium, tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert pages >= len(SAMPLE.sample_document().articles)
