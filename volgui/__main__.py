"""Allow ``python -m volgui``."""

from volgui.cli import main

raise SystemExit(main())
