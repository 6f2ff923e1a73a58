"""A volume's files in a window: the shared file browser over a volume (``ui/dialogs/file_browser``).

The volume's listings go through a ``BrowseLister`` (archive scans, or a running helper for big
volumes), which the browser removes when it closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from volgui.engine.errors import EngineError
from volgui.engine.volumes import listers
from volgui.ui.dialogs.file_browser.browser import FileBrowser, progress_text
from volgui.ui.dialogs.file_browser.source import volume_source
from volgui.ui.dialogs.focus import settle_on_show
from volgui.workers import registry
from volgui.workers.jobs import JobThread


class VolumeBrowser(FileBrowser):
    """Browse volume ``volume`` of the engine behind ``session``."""

    def __init__(self, session, volume: str, parent: QWidget | None = None) -> None:
        self.volume = volume
        self.lister = listers.BrowseLister(volume)
        super().__init__(session, volume_source(volume, self.lister.scan), parent)

    def after_shutdown(self, timeout_ms: int = 5000) -> None:
        if self.lister.lister is None:
            return
        try:  # the running listing helper: remove it now
            closer = JobThread(self._factory(), self.lister.close, name="volgui-lister-close",
                               with_progress=False)
        except EngineError:
            return  # not connected: sweep_helpers removes it at the next start
        closer.start()
        if closer.wait(timeout_ms):
            closer.deleteLater()
        else:  # never delete a running thread: it goes when it has finished
            registry.keep_until_finished(closer)
            closer.finished.connect(closer.deleteLater)


class VolumeBrowserDialog(QDialog):
    """A non-modal window around a :class:`VolumeBrowser`."""

    def __init__(self, session, volume: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        self.setWindowTitle(self.tr("Files of volume %s") % volume)
        self.setObjectName("volumeBrowserDialog")
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.browser = VolumeBrowser(session, volume, self)
        layout.addWidget(self.browser)

    def done(self, result: int) -> None:
        self.browser.shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.browser.shutdown()
        super().closeEvent(event)


__all__ = ["VolumeBrowser", "VolumeBrowserDialog", "progress_text"]
