"""A changed file then and now, side by side: text with its changed lines marked, else sizes and hashes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.errors import Cancelled
from volgui.engine.present.display import human_size
from volgui.engine.volumes.changes import Change
from volgui.engine.volumes.file_versions import MAX_DIFF_LINES, Version, Versions
from volgui.engine.volumes.snapshots import Snapshot
from volgui.operations import snapshots as snap_ops
from volgui.ui.views.descriptions import describe_buttons

if TYPE_CHECKING:
    from volgui.ui.features.snapshots.feature import SnapshotsFeature

_OLD = QColor(220, 80, 80, 70)
_NEW = QColor(60, 170, 80, 70)


def _mark(edit: QPlainTextEdit, lines, color: QColor) -> None:
    selections = []
    doc = edit.document()
    for n in sorted(lines)[:MAX_DIFF_LINES]:
        block = doc.findBlockByNumber(n)
        if not block.isValid():
            continue
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(block)
        sel.format.setBackground(color)
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selections.append(sel)
    edit.setExtraSelections(selections)


class CompareDialog(QDialog):
    def __init__(self, feature: SnapshotsFeature, snapshot: Snapshot, change: Change,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.setWindowTitle(self.tr("{0}: then and now").format(change.path[-200:]))
        self.setObjectName("snapshotCompare")
        self.resize(960, 600)
        self.status = QLabel(self.tr("Reading both versions…"))
        self.status.setWordWrap(True)
        self.old_edit, self.new_edit = QPlainTextEdit(), QPlainTextEdit()
        for edit, name in ((self.old_edit, self.tr("The file then, in the snapshot")),
                           (self.new_edit, self.tr("The file now, in the volume"))):
            edit.setAccessibleName(name)
            edit.setReadOnly(True)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.old_title = QLabel(self.tr("Then (snapshot)"))
        self.new_title = QLabel(self.tr("Now (volume)"))
        self.sides = QSplitter()
        for title, edit in ((self.old_title, self.old_edit), (self.new_title, self.new_edit)):
            side = QWidget()
            box = QVBoxLayout(side)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(title)
            box.addWidget(edit, 1)
            self.sides.addWidget(side)
        self.facts = QWidget()
        self.facts_form = QFormLayout(self.facts)
        self.facts.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.sides, 1)
        layout.addWidget(self.facts, 1, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        # scroll both sides together
        self.old_edit.verticalScrollBar().valueChanged.connect(self.new_edit.verticalScrollBar().setValue)
        self.new_edit.verticalScrollBar().valueChanged.connect(self.old_edit.verticalScrollBar().setValue)
        old_sha = change.old.sha256 if change.old is not None else ""
        self._waiting = True
        self.job = feature.start(snap_ops.compare_file, str(snapshot.backup.archive), snapshot.volume,
                                 change.path, old_sha, on_ok=self._on_versions, on_failed=self._on_failed)

    @property
    def waiting(self) -> bool:
        return self._waiting

    def _on_versions(self, result) -> None:
        self._waiting = False
        versions, (old_lines, new_lines) = result
        self.versions: Versions = versions
        if versions.text:
            self.old_edit.setPlainText("\n".join(versions.lines()[0]))
            self.new_edit.setPlainText("\n".join(versions.lines()[1]))
            _mark(self.old_edit, old_lines, _OLD)
            _mark(self.new_edit, new_lines, _NEW)
            text = self.tr("Lines that differ: {0} then, {1} now.").format(len(old_lines), len(new_lines))
            if versions.old.truncated or versions.new.truncated:
                text += " " + self.tr("Only the beginning of the file is shown.")
            self.status.setText(text)
        else:
            self.sides.hide()
            self.facts.show()
            self.resize(720, 240)
            self.status.setText(self.tr("Not text: compared by size and checksum."))
            for title, v in ((self.tr("Then"), versions.old), (self.tr("Now"), versions.new)):
                self.facts_form.addRow(title + ":", self._fact(v))

    def _fact(self, v: Version) -> QLabel:
        if not v.present:
            label = QLabel(self.tr("not there"))
        else:
            label = QLabel(f"{human_size(v.size)} ({v.size} bytes)\nsha256 {v.sha256 or self.tr('unknown')}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _on_failed(self, error) -> None:
        self._waiting = False
        if not isinstance(error, Cancelled):
            self.status.setText("✘ " + getattr(error, "message", str(error)))

    def done(self, result: int) -> None:
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
        super().done(result)
