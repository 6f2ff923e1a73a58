"""An error that repeats (one per chunk of hostile output, say) shows one dialog with a count, and
the log file rotates instead of growing without end."""

from __future__ import annotations

import logging

from volgui import paths
from volgui.ui.window.crash import LOG_BACKUPS, LOG_BYTES, CrashHandler, configure_logging


def failing(text: str):
    try:
        int(text)  # what a 5000-digit escape parameter used to do
    except ValueError as exc:
        return type(exc), exc, exc.__traceback__


def test_a_repeating_error_shows_one_dialog_with_a_count(qtbot, config_dir, hostile):
    hostile("error flood: the same error 5 times")
    handler = CrashHandler()
    for _ in range(5):
        handler.handle(*failing("9" * 5000))
    dialog = handler.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "It happened 5 times" in dialog.summary.text()
    assert dialog.details.toPlainText().count("Traceback") == 1
    dialog.close()
    handler.handle(*failing("9" * 5000))  # dismissed: counted and logged, not shown again
    assert handler.dialog is dialog and not dialog.isVisible()
    log = (paths.log_dir() / "volgui.log").read_text()
    assert log.count("Traceback") == 1 and "the same error again (6 times)" in log
    handler.handle(*failing("x"))  # the same place: still the same error
    handler.handle(*_other())
    assert handler.dialog is not dialog and handler.dialog.isVisible()
    qtbot.addWidget(handler.dialog)
    handler.dialog.close()
    handler.deleteLater()


def _other():
    try:
        {}["missing"]
    except KeyError as exc:
        return type(exc), exc, exc.__traceback__


def test_the_log_rotates_and_takes_library_warnings(config_dir, hostile):
    hostile("error flood: distinct errors until the log has rotated through every backup")
    configure_logging()
    logging.getLogger("urllib3.connectionpool").warning("connection pool is full")
    logging.getLogger("paramiko.transport").warning("host key problem")
    logging.getLogger("docker.api").warning("engine said no")
    logging.getLogger("urllib3").info("not this")
    text = (paths.log_dir() / "volgui.log").read_text()
    assert all(m in text for m in ("connection pool is full", "host key problem", "engine said no"))
    assert "not this" not in text
    handler = CrashHandler()
    handler.error_reported.disconnect()  # only the log here, no dialogs
    # enough distinct errors to fill every backup whatever the length of the paths in their
    # tracebacks (a shorter checkout path made 8000 fall just short of the last rotation)
    i = 0
    while i < 40_000 and not (paths.log_dir() / f"volgui.log.{LOG_BACKUPS}").exists():
        handler.handle(*_distinct(i))
        i += 1
    for j in range(i, i + 2000):  # and more: the oldest must be dropped, not kept
        handler.handle(*_distinct(j))
    handler.deleteLater()
    files = sorted(paths.log_dir().glob("volgui.log*"))
    assert len(files) == LOG_BACKUPS + 1
    assert all(f.stat().st_size <= LOG_BYTES + 64 * 1024 for f in files)


def _distinct(i: int):
    code = compile("\n" * i + "raise RuntimeError('flood')", f"<flood {i}>", "exec")
    try:
        exec(code)
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__
