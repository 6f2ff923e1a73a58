"""The frame of the long image dialogs (pull, push, save, load): a form, a body, one progress bar,
a status line, the equivalent command, Start and Cancel.

Start, progress, Cancel and the result are :class:`~volgui.ui.dialogs.job.JobDialog`'s: the
operation itself leaves nothing half done (no partial image, no partial file).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from volgui.ui.dialogs.base import note_label
from volgui.ui.dialogs.job import JobDialog


class ImageJobDialog(JobDialog):
    """Subclasses fill ``form`` and ``body`` and implement ``job()``, ``show_progress`` and
    ``show_result``."""

    thread_name = "volgui-image-job"
    hide_start_when_done = True

    def __init__(self, session, title: str, start_text: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(title)
        self.start_button.setText(start_text)
        layout = QVBoxLayout(self)
        self.intro = note_label()
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.command)
        layout.addWidget(self.buttons)

    def cancelled_text(self) -> str:
        return self.tr("Cancelled: nothing was left half done.")
