"""The floor under any PySide6 app: start Python, import QtWidgets, show an empty window.

    python benchmarks/qt_floor.py

No engine, no data: what every PySide6 program pays before it can show a row. run.py times it
exactly as volgui and the bare script are timed, so the start figures can be read against it
(``volgui / CLI`` cannot go below ``Qt floor / CLI``).
"""

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()


def ready() -> None:
    with open("/proc/self/status") as fh:
        rss = next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmRSS:"))
    print("READY " + json.dumps({"t": time.monotonic(), "rss_mb": round(rss, 1)}), flush=True)
    app.quit()


QTimer.singleShot(0, ready)
app.exec()
