"""Unexpected errors: written to a log file and shown in a dialog with "Copy details".

``install()`` replaces ``sys.excepthook`` (which PySide6 also calls for an exception escaping a
slot or a virtual method) and ``threading.excepthook``. Each error goes to ``volgui.log`` in
``volgui.paths.log_dir()`` with the versions that matter for a bug report; on the GUI thread a
non-blocking dialog says what happened and where the log is. Errors from other threads are
logged and then shown by the GUI thread.

The log is stdlib ``logging`` with a rotating file (``LOG_BYTES`` per file, ``LOG_BACKUPS`` old
files), so an error that repeats forever cannot fill the disk; the docker, urllib3 and paramiko
loggers write their warnings there too. The same error again (same type, same place) is counted
in the open dialog ("happened 5 times") and never opens a second one.
"""

from __future__ import annotations

import datetime as _dt
import logging
import platform
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from volgui import __version__, paths
from volgui.ui.views.descriptions import describe, describe_buttons, rows_text

LOG_NAME = "volgui.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def versions_line() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return (f"volgui {__version__}, Qt {qVersion()}, PySide6 {pyside_version}, "
            f"Python {platform.python_version()}, {platform.platform()}")


def format_error(exc_type, exc, tb) -> str:
    """What goes to the log and behind "Copy details"."""
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"{stamp} — unexpected error in {threading.current_thread().name}\n{versions_line()}\n{trace}"


LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3
CAPTURED_LOGGERS = ("docker", "urllib3", "paramiko")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_log = logging.getLogger("volgui.crash")


def configure_logging() -> RotatingFileHandler | None:
    """The rotating log file on the root logger (again when the log folder changed); ``None``
    when it cannot be opened."""
    path = log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "volgui", False):
            if handler.baseFilename == str(path.absolute()):
                return handler
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.volgui = True
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    for name in CAPTURED_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


def write_log(details: str) -> Path | None:
    """Write to the log file; ``None`` when it cannot be written (the error is still shown)."""
    handler = configure_logging()
    if handler is None:
        return None
    _log.error("%s", details.rstrip("\n"))
    handler.flush()
    return Path(handler.baseFilename)


def signature(exc_type, tb) -> tuple:
    """What makes two errors "the same": their type and where they were raised (not the message,
    which often holds the data that differs)."""
    frames = tuple((f.filename, f.lineno) for f in traceback.extract_tb(tb)) if tb else ()
    return (getattr(exc_type, "__qualname__", str(exc_type)), frames)


class CrashDialog(QDialog):
    """Says an unexpected error happened, offers the details and a button to copy them."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("volgui — unexpected error"))
        self.setMinimumSize(560, 380)
        self.count = 1  # errors shown in this dialog, repeats included
        self.repeats: dict[tuple, int] = {}  # signature -> times it happened
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_path is not None:
            self.where.setText(self.tr("The details were saved to {0}").format(log_path))
        else:
            self.where.setText(self.tr("The details could not be saved to the log folder {0}.")
                               .format(paths.log_dir()))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        describe(self.details, rows_text())
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(self.tr("Copy details"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        describe(self.copy_button, self.tr("Copy the error and its details, to paste into a bug report"),
                 tip=True)
        describe_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        self.details.setPlainText(details)
        self._update_summary()

    def add(self, details: str, key: tuple | None = None) -> None:
        """Another error while the dialog is open: one dialog; a repeat is counted, not appended."""
        self.count += 1
        if key is not None and key in self.repeats:
            self.repeats[key] += 1
        else:
            if key is not None:
                self.repeats[key] = 1
            self.details.appendPlainText("\n" + details)
        self._update_summary()

    def _update_summary(self) -> None:
        text = self.tr("Something unexpected went wrong inside volgui itself (not in the Docker "
                       "engine). You can keep working; please report it with the details below.")
        distinct = max(1, len(self.repeats))
        most = max(self.repeats.values(), default=1)
        if distinct == 1 and most > 1:
            text += " " + self.tr("(It happened {0} times.)").format(most)
        elif self.count > 1:
            text += " " + self.tr("({0} errors)").format(self.count)
        self.summary.setText(text)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler(QObject):
    """The hooks; keep the instance alive (``install`` parents it to the application)."""

    error_reported = Signal(str, object, object)  # details, log path or None, signature — queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.seen: dict[tuple, int] = {}  # signature -> times (a repeat is logged in one line)
        self.shown: set[tuple] = set()  # signatures a dialog has shown
        self._lock = threading.Lock()
        self._previous = (sys.excepthook, threading.excepthook)
        self.error_reported.connect(self._show)

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        key = signature(exc_type, tb)
        with self._lock:
            times = self.seen[key] = self.seen.get(key, 0) + 1
        details = format_error(exc_type, exc, tb)
        if times == 1:
            log_path = write_log(details)
            sys.stderr.write(details)
        else:  # the same error again: one line, not another traceback
            log_path = write_log(f"the same error again ({times} times): {exc_type.__name__}: {exc}"[:2000])
        # from any thread: the dialog is made by the GUI thread
        self.error_reported.emit(details, log_path, key)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, object, object)
    def _show(self, details: str, log_path, key) -> None:
        if QThread.currentThread() is not QCoreApplication.instance().thread():  # pragma: no cover
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details, key)
            return
        if key in self.shown:  # shown and dismissed already: logged and counted, not shown again
            return
        self.shown.add(key)
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(details, log_path, parent)
        self.dialog.repeats[key] = 1
        self.dialog.open()

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous


def install(app: QApplication) -> CrashHandler:
    configure_logging()
    handler = CrashHandler(app)
    handler.install()
    return handler
