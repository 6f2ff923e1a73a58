"""Starts volgui through its real entry point and says when both views are populated.

    python benchmarks/start_probe.py CONTAINERS VOLUMES [--profile FILE] -- --host URL --config-dir DIR

Runs ``volgui.cli.main`` exactly as ``python -m volgui`` does, so whatever the start-up path
does before Qt is loaded (or instead of it) is measured as it is. Only standard-library
modules are loaded before volgui's own code: an import hook waits for volgui to import
``PySide6.QtWidgets`` and wraps ``QApplication.exec``; once the event loop runs, a watcher
finds the main window and checks its two models each time rows arrive. When both hold every
row, one line goes to stdout, ``READY {"t": <time.monotonic()>, "rss_mb": …}``, and the app
quits. The caller measures from the moment it started this process (one monotonic clock).
``--profile FILE``: cProfile the GUI thread from the entry point to that moment (not timed).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

from procstat import rss_mb

ROOT = Path(__file__).resolve().parents[1]
PROFILE: list = []  # [cProfile.Profile, file] with --profile
GIVE_UP_S = 300  # never populated: exit instead of leaving the caller waiting


def watch(app, containers: int, volumes: int) -> None:
    """From inside the event loop: report once both models hold their rows, then quit."""
    from PySide6.QtCore import QObject, QTimer, Slot
    from PySide6.QtWidgets import QApplication

    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window = None
            self.done = False
            self.poll = QTimer(self)
            self.poll.setInterval(10)
            self.poll.timeout.connect(self.attach)

        @Slot()
        def attach(self) -> None:
            for widget in QApplication.topLevelWidgets():
                if hasattr(widget, "container_model") and hasattr(widget, "volume_model"):
                    self.window = widget
                    break
            if self.window is None:
                self.poll.start()  # the window is not built yet
                return
            self.poll.stop()
            for model in (self.window.container_model, self.window.volume_model):
                model.rowsInserted.connect(self.check)
                model.modelReset.connect(self.check)
                model.layoutChanged.connect(self.check)
            self.check()

        @Slot()
        def check(self, *_args) -> None:
            w = self.window
            if self.done or w.container_model.rowCount() < containers or w.volume_model.rowCount() < volumes:
                return
            self.done = True
            now = time.monotonic()
            if PROFILE:
                PROFILE[0].disable()
                PROFILE[0].dump_stats(PROFILE[1])
            line = {"t": now, "rss_mb": round(rss_mb(), 1),
                    "volgui_in_tree": sys.modules["volgui"].__file__.startswith(str(ROOT))}
            sys.stdout.write("READY " + json.dumps(line) + "\n")
            sys.stdout.flush()
            QTimer.singleShot(0, app.quit)

    def give_up() -> None:
        sys.stderr.write(f"start_probe: not populated after {GIVE_UP_S} s\n")
        app.exit(3)

    app._bench_watcher = Watcher()  # kept alive by the application
    QTimer.singleShot(0, app._bench_watcher.attach)
    QTimer.singleShot(GIVE_UP_S * 1000, give_up)


class _WrapQtWidgets:
    """A meta-path finder that wraps ``QApplication.exec`` once volgui imports QtWidgets."""

    def __init__(self, containers: int, volumes: int) -> None:
        self.counts = (containers, volumes)

    def find_spec(self, fullname, path=None, target=None):
        if fullname != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        inner, counts = spec.loader, self.counts

        class Loader:
            def create_module(self, spec):
                return inner.create_module(spec)

            def exec_module(self, module):
                inner.exec_module(module)
                original = module.QApplication.exec

                def exec_(*_args):  # app.exec() or QApplication.exec(): a static method in Qt
                    watch(module.QApplication.instance(), *counts)
                    return original()

                module.QApplication.exec = exec_

        spec.loader = Loader()
        return spec


def main() -> int:
    containers, volumes = int(sys.argv[1]), int(sys.argv[2])
    own, rest = sys.argv[3:sys.argv.index("--")], sys.argv[sys.argv.index("--") + 1:]
    sys.path.insert(0, str(ROOT))
    if own[:1] == ["--profile"]:
        import cProfile

        PROFILE[:] = [cProfile.Profile(), own[1]]
        PROFILE[0].enable()
    sys.meta_path.insert(0, _WrapQtWidgets(containers, volumes))
    sys.argv = ["volgui", *rest]
    from volgui.cli import main as volgui_main

    return volgui_main()


if __name__ == "__main__":
    raise SystemExit(main())
