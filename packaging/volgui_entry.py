"""Entry point of the PyInstaller bundle (the same as the ``volgui`` console script)."""

from volgui.cli import main

raise SystemExit(main())
