"""Inside ``dbus-run-session -- xvfb-run -a``: starts the accessibility bus, the application
(tests/atspi/app.py, with Qt's AT-SPI bridge on) and the reader (tests/atspi/reader.py, by the
system's Python), prints the reader's JSON and the application's exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"


def main() -> int:
    bus = subprocess.Popen([LAUNCHER, "--launch-immediately"])
    stop = Path(tempfile.mkdtemp()) / "stop"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               PYTHONPATH=str(HERE.parent.parent))
    app = subprocess.Popen([sys.executable, "-X", "faulthandler", str(HERE / "app.py"), str(stop)], env=env,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout.readline().strip() == "READY"
        reader = subprocess.run([SYSTEM_PYTHON, str(HERE / "reader.py"), "volgui-atspi-probe"],
                                capture_output=True, text=True, timeout=60)
        print("READER", reader.returncode)
        print("FOUND", reader.stdout.strip().replace("\n", " "))
        print("READER-ERRORS", json.dumps(reader.stderr[-2000:]))
        stop.touch()
        print("APP", app.wait(timeout=30))
    finally:
        if app.poll() is None:
            app.kill()
        bus.terminate()
        bus.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
