"""``python -m newsparse``: the same as the ``newsparse`` command."""

from newsparse.cli import main

raise SystemExit(main())
