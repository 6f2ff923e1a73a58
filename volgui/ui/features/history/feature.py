"""Records which containers use which volume (SQLite, off the GUI thread) and shows it.

The recorder reconciles the history with the containers view's rows whenever they settle,
so uses seen while volgui runs are kept after the containers are removed. "Volume history…"
on a volume lists every container that used it, where, and when.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volgui import paths
from volgui.engine.dto.objects import Snapshot
from volgui.engine.volumes.history import HistoryError, UsageRecord, VolumeHistory, describe
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.descriptions import describe_buttons, rows_text
from volgui.ui.window.context import WindowContext
from volgui.workers.requests import LatestRequest, RequestWorker


def _open_history():
    """Runs in the history thread: that thread owns the SQLite connection."""
    return VolumeHistory(paths.history_file())


def _reconcile(history: VolumeHistory, engine: str, snapshot: Snapshot) -> tuple[int, str]:
    notice, history.notice = history.notice, ""
    return history.reconcile(engine, snapshot), notice


def _for_volume(history: VolumeHistory, engine: str, volume: str) -> list[UsageRecord]:
    return history.for_volume(engine, volume)


class HistoryRecorder(QObject):
    """Keeps the history in step with the containers view, without touching the GUI thread."""

    SETTLE_MS = 500

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        self.worker = RequestWorker(self._factory, name="volgui-history")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.SETTLE_MS)
        self.timer.timeout.connect(self.record_now)
        model = ctx.container_model
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(self._schedule)
        ctx.loader.loaded.connect(self._schedule)
        self.last_error = ""
        self.recorded = 0  # reconciliations done (tests wait on it)
        self._pending = []

    @staticmethod
    def _factory():
        return _open_history()

    @Slot()
    def _schedule(self, *args) -> None:
        self.timer.start()

    def engine_key(self) -> str | None:
        spec = self.ctx.session.spec
        return spec.host if spec is not None else None

    @Slot()
    def record_now(self) -> None:
        key = self.engine_key()
        if key is None or not self.ctx.session.state.connected or self.ctx.loader.loading:
            if key is not None:
                self.timer.start()  # try again when the load has settled
            return
        snapshot = Snapshot(tuple(self.ctx.container_model.objects()), (), ())
        req = self.worker.submit(_reconcile, key, snapshot, label=self.tr("Record volume history"))
        req.succeeded.connect(self._on_recorded)
        req.failed.connect(self._on_failed)
        self._pending.append(req)

    @Slot(object)
    def _on_recorded(self, result) -> None:
        self._pending = [r for r in self._pending if not r.done]
        self.recorded += 1
        _removed, notice = result
        if notice:
            self._tell(notice)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._pending = [r for r in self._pending if not r.done]
        message = getattr(error, "message", str(error))
        self.last_error = message
        self._tell(message)

    def _tell(self, text: str) -> None:
        self.window.show_status_message(text)

    def query(self, volume: str):
        key = self.engine_key()
        if key is None:
            return None
        return self.worker.submit(_for_volume, key, volume, label=self.tr("Read volume history"))

    @Slot()
    def shutdown(self) -> None:
        self.timer.stop()
        self.worker.shutdown()


class VolumeHistoryDialog(QDialog):
    """Every container that used a volume, where, and when — kept after they are removed."""

    def __init__(self, recorder: HistoryRecorder, volume: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        self.setWindowTitle(self.tr("History of volume {0}").format(volume))
        self.resize(680, 360)
        self.volume = volume
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Containers that used the volume"))
        self.tree.setAccessibleDescription(rows_text())
        self.tree.setHeaderLabels([self.tr("Container"), self.tr("Mounted at"), self.tr("Mode"),
                                   self.tr("First seen"), self.tr("Last seen"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._request = LatestRequest(self)
        req = recorder.query(volume)
        if req is None:
            self.summary.setText(self.tr("Not connected."))
        else:
            self._request.replace(req)
            req.succeeded.connect(self._on_records)
            req.failed.connect(self._on_failed)

    @Slot(object)
    def _on_records(self, records: list[UsageRecord]) -> None:
        self.tree.clear()
        now = time.time()
        for r in records:
            status = self.tr("in use") if r.current else describe(r, now).rsplit("(", 1)[-1].rstrip(")")
            item = QTreeWidgetItem([r.container_name, r.destination,
                                    self.tr("read-only") if r.read_only else self.tr("read-write"),
                                    _when(r.first_seen), _when(r.last_seen), status])
            item.setToolTip(0, describe(r, now))
            self.tree.addTopLevelItem(item)
        for col in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(col)
        if records:
            self.summary.setText(self.tr("Volume “{0}”: {1}.").format(self.volume, describe(records[0], now)))
        else:
            self.summary.setText(self.tr(
                "No container has been seen using “{0}” while volgui was running.").format(self.volume))

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.summary.setText(getattr(error, "message", str(error)))


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


class _HistoryActions(QObject):
    def __init__(self, ctx: WindowContext, recorder: HistoryRecorder) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        window = ctx.window
        self.window = window
        self.recorder = recorder
        self.action = QAction(window.tr("Volume history…"), window)
        self.action.setToolTip(window.tr("Which containers used this volume, where and when"))
        self.action.triggered.connect(self.show_history)
        self.dialog: VolumeHistoryDialog | None = None

    @Slot()
    def show_history(self) -> None:
        volumes = self.ctx.selection.selected_volumes()
        if not volumes:
            return
        self.dialog = VolumeHistoryDialog(self.recorder, volumes[0].name, self.window)
        self.dialog.open()


def install(ctx: WindowContext) -> None:
    try:
        recorder = HistoryRecorder(ctx)
    except HistoryError as exc:  # never block the app on its history
        ctx.window.statusBar().showMessage(exc.message, 10000)
        return
    ctx.features.history = recorder
    ctx.closing.connect(recorder.shutdown)
    actions = _HistoryActions(ctx, recorder)
    ctx.volumes_view.context_actions.append(actions.action)
