"""The floor of the stack: PySide6 + the docker SDK, list both, fill two QTableWidgets.

    python benchmarks/bare.py HOST

Prints ``READY {"t": <time.monotonic()>, "rss_mb": …}`` once the window with both tables is
shown and the event loop runs, then quits; timed by run.py exactly as volgui is.
"""

import sys

import docker
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSplitter, QTableWidget, QTableWidgetItem
from ready import announce_ready

app = QApplication(sys.argv[:1])
api = docker.APIClient(base_url=sys.argv[1], version="auto")
containers = [(c["Names"][0].lstrip("/"), c["Image"], c["State"], c["Status"])
              for c in api.containers(all=True)]
volumes = [(v["Name"], v["Driver"], v["Mountpoint"]) for v in api.volumes().get("Volumes") or []]
window = QSplitter()
for rows, header in ((containers, ["Name", "Image", "State", "Status"]),
                     (volumes, ["Name", "Driver", "Mountpoint"])):
    table = QTableWidget(len(rows), len(header), window)
    table.setHorizontalHeaderLabels(header)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
window.show()


QTimer.singleShot(0, lambda: announce_ready(app))
app.exec()
