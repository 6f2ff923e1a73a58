"""Entry point of the PyInstaller bundle: ``volgui``, or ``volgui-backup`` when started by that name.

One frozen executable serves both commands (a link named ``volgui-backup`` points to it, as the
Debian package installs it), so the bundle carries Python and Qt once.
"""

import os
import sys

if os.path.basename(sys.argv[0]) == "volgui-backup":
    from volgui.backup_cli import main
else:
    from volgui.cli import main

raise SystemExit(main())
