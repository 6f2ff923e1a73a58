"""The floor under any PySide6 app: start Python, import QtWidgets, show an empty window.

    python benchmarks/qt_floor.py

No engine, no data: what every PySide6 program pays before it can show a row. run.py times it
exactly as volgui and the bare script are timed, so the start figures can be read against it
(``volgui / CLI`` cannot go below ``Qt floor / CLI``).
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from ready import announce_ready

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()


QTimer.singleShot(0, lambda: announce_ready(app))
app.exec()
