"""Sphinx configuration for newsparse (built with -n -W: every reference must resolve)."""

from __future__ import annotations

import newsparse
import newsparse.cli

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = newsparse.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]

nitpicky = True
nitpick_ignore_regex = [
    # pydantic's generated dataclass machinery and typing internals have no public docs here.
    (r"py:.*", r"pydantic\..*"),
    (r"py:.*", r"pydantic_core\..*"),
    (r"py:class", r"(.*\.)?(Shape|_Line|_Input|TextIO|_In|_Out)"),
    (r"py:class", r"(ConfigDict|TypeAdapter|BlockLabel|QuoteKind|QuantityQualifier|DateType)"),
    (r"py:class", r"newsparse\.models\.(BlockLabel|QuoteKind|QuantityQualifier|DateType)"),
    (r"py:class", r"(datetime\.)?(date|datetime)"),
    # Private modules and data tables are named in prose but not documented as API.
    (r"py:(mod|class|func|data|obj)", r"newsparse\.(_\w+|lexicon)(\..*)?"),
    # No network for intersphinx: the standard library's names are not linked.
    (r"py:.*", r"(collections\.abc|typing|datetime|pathlib)\..*"),
]

intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

doctest_global_setup = """
import datetime as dt
import newsparse
import newsparse.cli
"""

html_theme = "furo"
html_static_path = ["_static"]
html_title = f"newsparse {release}"
exclude_patterns = ["_build"]

# Docstring examples run under pytest --doctest-modules with their module's globals; the
# Sphinx doctest builder runs the ``.. doctest::`` blocks of these pages.
doctest_test_doctest_blocks = ""
