"""``volgui --self-check``: prove an installed volgui works, without a person watching.

Opens the real main window (with every feature) on the offscreen platform, connects to the
engine chosen by ``--host``/``--context`` (or the usual discovery), lists the volumes through the
session's request worker like the GUI does, prints a summary and exits 0. Any failure prints a
message saying what failed and exits non-zero: 2 engine not reachable, 3 listing failed,
4 timeout, 5 missing assets. Settings go to a throwaway folder unless ``--config-dir`` is given,
so a self-check never changes a person's settings.
"""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEventLoop, QObject, QTimer, QtMsgType, Slot, qInstallMessageHandler, qVersion

import volgui
from volgui import paths
from volgui.ui.window import icons
from volgui.ui.window.application import build_window, create_application, finish
from volgui.ui.window.features import FEATURES
from volgui.ui.window.main_window import MainWindow

EXIT_OK, EXIT_ENGINE, EXIT_LISTING, EXIT_TIMEOUT, EXIT_ASSETS = 0, 2, 3, 4, 5


def _quiet_offscreen(mode, context, message) -> None:
    """The offscreen platform's chatter is not a finding; every other Qt message is printed."""
    if "does not support propagateSizeHints" in message:
        return
    if mode != QtMsgType.QtDebugMsg:
        print(f"Qt: {message}", file=sys.stderr)


def _snapshot(engine):
    """Runs in the request worker."""
    return engine.snapshot()


class SelfCheck(QObject):
    def __init__(self, window: MainWindow, timeout_s: float) -> None:
        super().__init__(window)
        self.window = window
        self.code: int | None = None
        self.lines: list[str] = []
        self.error = ""
        self._loop = QEventLoop(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(timeout_s * 1000))
        self._timer.timeout.connect(self._on_timeout)
        self._timeout_s = timeout_s
        self._request = None

    def run(self) -> int:
        session = self.window.session
        session.state_changed.connect(self._on_state)
        self._timer.start()
        self._on_state(session.state)
        if self.code is None:
            self._loop.exec()
        self._timer.stop()
        return self.code if self.code is not None else EXIT_TIMEOUT

    def _done(self, code: int, error: str = "") -> None:
        if self.code is not None:
            return
        self.code, self.error = code, error
        self._loop.quit()

    @Slot(object)
    def _on_state(self, state) -> None:
        if self.code is not None or self._request is not None:
            return
        if state.phase == "connected":
            self.lines.append(f"engine: {state.info.describe()}")
            self._request = self.window.session.submit(_snapshot, label="Self-check: list volumes",
                                                       command="docker volume ls")
            self._request.succeeded.connect(self._on_listed)
            self._request.failed.connect(self._on_failed)
        elif state.phase == "disconnected":
            self._done(EXIT_ENGINE, f"cannot connect to a Docker engine: {state.message}")

    @Slot(object)
    def _on_listed(self, snap) -> None:
        names = sorted(v.name for v in snap.volumes)
        shown = ", ".join(names[:10]) + (", …" if len(names) > 10 else "")
        self.lines.append(f"volumes: {len(names)}" + (f" — {shown}" if names else ""))
        self.lines.append(f"containers: {len(snap.containers)}, images: {len(snap.images)}")
        self._done(EXIT_OK)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._done(EXIT_LISTING, f"listing the volumes failed: {getattr(error, 'message', error)}")

    @Slot()
    def _on_timeout(self) -> None:
        self._done(EXIT_TIMEOUT, f"no answer from the engine within {self._timeout_s:g} s "
                                 f"(state: {self.window.session.state.phase})")


def check_assets(window: MainWindow) -> str:
    """Empty when the packaged assets load; else what is missing."""
    try:
        if icons.app_icon().pixmap(64, 64).isNull():
            return "the application icon does not render"
        for name in icons.available():
            if icons.icon(name).pixmap(16, 16).isNull():
                return f"the icon {name!r} does not render"
    except (KeyError, ValueError, OSError) as exc:
        return f"packaged assets are missing: {exc}"
    if window.windowIcon().isNull():
        return "the main window has no icon"
    return ""


def run_self_check(args, timeout_s: float = 60.0) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a check, not a window for a person
    qInstallMessageHandler(_quiet_offscreen)
    scratch = None
    if not args.config_dir:
        scratch = tempfile.TemporaryDirectory(prefix="volgui-self-check-")
        paths.set_config_dir(scratch.name)
    app = create_application([sys.argv[0]], color_scheme=args.color_scheme)
    window = build_window(args.host, args.context)
    window.show()
    app.processEvents()
    checker = SelfCheck(window, timeout_s)
    missing = check_assets(window)
    code = checker.run() if not missing else EXIT_ASSETS
    header = [
        f"volgui {volgui.__version__} from {os.path.dirname(volgui.__file__)}",
        f"Qt {qVersion()}, PySide6 {pyside_version}, Python {sys.version.split()[0]}, "
        f"platform {app.platformName()}, style {app.style().name()}",
        f"main window: {window.width()}×{window.height()}, {len(FEATURES)} features, assets ok"
        if not missing else f"main window: {window.width()}×{window.height()}",
    ]
    window.close()
    app.processEvents()
    if code == EXIT_OK:
        print("volgui self-check: OK")
        for line in header + checker.lines:
            print(f"  {line}")
    else:
        print(f"volgui self-check FAILED: {missing or checker.error}", file=sys.stderr)
        for line in header + checker.lines:
            print(f"  {line}", file=sys.stderr)
    sys.stdout.flush()
    if scratch is not None:
        paths.set_config_dir(None)
        scratch.cleanup()
    return finish(code)
