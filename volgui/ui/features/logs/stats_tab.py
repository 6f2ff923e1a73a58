"""The Stats tab: CPU, memory, network and block I/O of the selected running container, live,
with a two-minute history graph per container (painted sparklines).

Only the container shown is streamed, and only while the tab is visible. The history of the
last few containers shown is kept, so coming back to one shows its recent past.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from volgui.engine.present import display
from volgui.engine.present.commands import stats_command
from volgui.engine.streams.log_lines import parse_timestamp
from volgui.engine.streams.stats import ContainerStats
from volgui.workers.stats_stream import StatsFollower

HISTORY = 120  # samples (about two minutes)
KEEP_CONTAINERS = 16
CPU_TONE = QColor("#2472c8")
MEM_TONE = QColor("#3a9d4f")
NET_TONE = QColor("#bc3fbc")
IO_TONE = QColor("#c98a00")




def rate(history, attr: str) -> float | None:
    """Bytes per second between the last two samples of ``attr`` (None when unknown)."""
    if len(history) < 2:
        return None
    a, b = history[-2], history[-1]
    va, vb = getattr(a, attr), getattr(b, attr)
    if va is None or vb is None or vb < va:
        return None
    ta, tb = parse_timestamp(a.read), parse_timestamp(b.read)
    if not ta or not tb or tb <= ta:
        return None
    return (vb - va) / (tb - ta)


class Sparkline(QWidget):
    """A small line graph of the last values; ``maximum`` fixes the top (else the largest value)."""

    def __init__(self, colour: QColor, maximum: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.maximum = maximum
        self.caption_of = None  # value → text for the top of the scale (e.g. "100 %")
        self.values: list[float] = []
        self.capacity = HISTORY
        self.setMinimumSize(120, 36)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(260, 44)

    def set_values(self, values) -> None:
        self.values = [float(v) for v in values if v is not None][-self.capacity:]
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        frame = QColor(self.palette().text().color())
        frame.setAlpha(40)
        painter.setPen(QPen(frame, 1))
        painter.drawRect(rect)
        values = self.values
        if len(values) >= 2:
            top = self.maximum if self.maximum else max(values) * 1.25
            top = max(top, max(values), 1e-9)
            step = rect.width() / (self.capacity - 1)
            x0 = rect.right() - step * (len(values) - 1)
            points = [QPointF(x0 + i * step, rect.bottom() - (v / top) * (rect.height() - 2))
                      for i, v in enumerate(values)]
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            fill = QPainterPath(path)
            fill.lineTo(points[-1].x(), rect.bottom())
            fill.lineTo(points[0].x(), rect.bottom())
            fill.closeSubpath()
            area = QColor(self.colour)
            area.setAlpha(60)
            painter.fillPath(fill, area)
            painter.setPen(QPen(self.colour, 1.5))
            painter.drawPath(path)
            if self.caption_of is not None:
                muted = QColor(self.palette().text().color())
                muted.setAlpha(120)
                painter.setPen(muted)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                painter.drawText(rect.adjusted(4, 1, -4, -1), align, self.caption_of(top))
        painter.end()


class StatsView(QWidget):
    """Stats of one container; the feature tells it which (``show_container``)."""

    stats_updated = Signal(str, object)  # container id, ContainerStats (for a column elsewhere)

    def __init__(self, session=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsView")
        self.session = session
        self.container = None
        self.state = "empty"  # empty, starting, live, stopped, broken, paused
        self.histories: OrderedDict[str, deque] = OrderedDict()
        self.latest: ContainerStats | None = None
        self.follower = StatsFollower(self)
        self.follower.sample_arrived.connect(self._on_sample)
        self.follower.ended.connect(self._on_ended)
        self.follower.failed.connect(self._on_failed)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setObjectName("statsTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.grid_frame = QFrame()
        grid = QGridLayout(self.grid_frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self.values: dict[str, QLabel] = {}
        self.graphs: dict[str, Sparkline] = {}
        rows = (("cpu", self.tr("CPU"), CPU_TONE, 100.0),
                ("memory", self.tr("Memory"), MEM_TONE, None),
                ("network", self.tr("Network"), NET_TONE, None),
                ("block", self.tr("Block I/O"), IO_TONE, None))
        for r, (key, label, tone, top) in enumerate(rows):
            name = QLabel(f"<b>{label}</b>")
            value = QLabel("—")
            value.setObjectName(f"stats_{key}")
            value.setMinimumWidth(230)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            graph = Sparkline(tone, top)
            graph.setObjectName(f"spark_{key}")
            grid.addWidget(name, r, 0)
            grid.addWidget(value, r, 1)
            grid.addWidget(graph, r, 2)
            self.values[key] = value
            self.graphs[key] = graph
        self.graphs["cpu"].caption_of = lambda top: f"{top:.0f} %"
        self.graphs["memory"].caption_of = lambda top: display.human_size(int(top))
        self.graphs["network"].caption_of = lambda top: f"{display.human_size(int(top))}/s"
        self.graphs["block"].caption_of = lambda top: f"{display.human_size(int(top))}/s"
        self.pids = QLabel()
        grid.addWidget(QLabel(f"<b>{self.tr('Processes')}</b>"), len(rows), 0)
        grid.addWidget(self.pids, len(rows), 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(self.grid_frame)
        layout.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("statsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._set_state("empty", self.tr("Select a running container to see its CPU, memory and I/O."))
        self._show_values()

    # -- which container ------------------------------------------------------------------------
    def show_container(self, container) -> None:
        old = self.container
        self.container = container
        if container is None:
            self.follower.stop()
            self._set_state("empty", self.tr("Select a running container to see its CPU, memory and I/O."))
            self._show_values()
            return
        same = old is not None and old.id == container.id
        if same and self.follower.active:
            if not container.running:
                self.follower.stop()
                self._stopped_text()
            return
        if not same:
            self.follower.stop()
            self.latest = None
            history = self.histories.get(container.id)
            self.latest = history[-1] if history else None
        self._show_values()
        if not container.running:
            self._stopped_text()
        elif self.isVisible():
            self._start()
        else:
            self._set_state("paused", self.tr("{0} — stats load when this tab is shown.")
                            .format(container.name))

    def _stopped_text(self) -> None:
        self._set_state("stopped", self.tr("{0} is not running: no live figures.")
                        .format(self.container.name))

    def _start(self) -> None:
        spec = getattr(self.session, "spec", None) if self.session is not None else None
        if spec is None:
            self._set_state("broken", self.tr("Not connected: stats resume when the engine is back."))
            return
        self._set_state("starting", self.tr("Waiting for the first sample of {0}…")
                        .format(self.container.name))
        self.follower.start(spec, self.container.id)

    def stop_stream(self) -> None:
        self.follower.stop()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.container is not None and self.container.running and not self.follower.active \
                and self.state in ("paused", "starting", "live", "broken"):
            self._start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.follower.active:
            self.follower.stop()
            self._set_state("paused", self.tr("{0} — paused while the tab is hidden.")
                            .format(self.container.name))

    def on_engine_event(self, event) -> None:
        if self.container is None or event.type != "container" or event.id != self.container.id:
            return
        action = event.base_action
        if action in ("die", "stop"):
            self.follower.stop()
            self._stopped_text()
        elif action == "destroy":
            self.follower.stop()
            self._set_state("stopped", self.tr("{0} was removed.").format(self.container.name))
        elif action in ("start", "restart", "unpause") and self.isVisible() and not self.follower.active:
            self._start()

    def on_resync(self) -> None:
        if self.container is not None and self.state in ("broken", "stopped") and self.isVisible() \
                and not self.follower.active:
            self._start()  # a container that is not running ends its stats stream at once

    # -- samples --------------------------------------------------------------------------------
    @Slot(str, object)
    def _on_sample(self, container_id: str, stats: ContainerStats) -> None:
        history = self.histories.get(container_id)
        if history is None:
            history = self.histories[container_id] = deque(maxlen=HISTORY)
            while len(self.histories) > KEEP_CONTAINERS:
                self.histories.popitem(last=False)
        else:
            self.histories.move_to_end(container_id)
        history.append(stats)
        self.stats_updated.emit(container_id, stats)
        if self.container is not None and container_id == self.container.id:
            self.latest = stats
            if self.state != "live":
                self._set_state("live", f"{self.container.name} — live   ·   "
                                        f"{stats_command(self.container.name)}")
            self._show_values()

    @Slot(str)
    def _on_ended(self, container_id: str) -> None:
        if self.container is not None and container_id == self.container.id:
            self._stopped_text()

    @Slot(str, object)
    def _on_failed(self, container_id: str, error) -> None:
        message = getattr(error, "message", str(error))
        self._set_state("broken", self.tr("Stats stopped: {0} — they resume when the engine is back.")
                        .format(message))

    def history(self, container_id: str) -> list[ContainerStats]:
        return list(self.histories.get(container_id) or [])

    def _show_values(self) -> None:
        c = self.container
        self.title.setText(f"<b>{c.name}</b> ({c.short_id})" if c is not None else "")
        history = self.histories.get(c.id) if c is not None else None
        history = history or deque()
        s = self.latest if c is not None else None
        if s is None:
            for label in self.values.values():
                label.setText("—")
            self.pids.setText("—")
            for graph in self.graphs.values():
                graph.set_values([])
            return
        cpu = "…" if s.cpu_percent is None else f"{s.cpu_percent:.1f} %"
        self.values["cpu"].setText(self.tr("{0} of {1} CPUs").format(cpu, s.online_cpus))
        pct = s.memory_percent
        used, limit = display.human_size(s.memory_used), display.human_size(s.memory_limit)
        self.values["memory"].setText(f"{used} / {limit}"
                                      + (f"  ({pct:.1f} %)" if pct is not None else ""))
        if s.network_rx is None:
            self.values["network"].setText(self.tr("no network interface"))
        else:
            rx, tx = rate(history, "network_rx"), rate(history, "network_tx")
            text = f"↓ {display.human_size(s.network_rx)}  ↑ {display.human_size(s.network_tx)}"
            if rx is not None and tx is not None:
                text += f"   ({display.human_size(int(rx))}/s, {display.human_size(int(tx))}/s)"
            self.values["network"].setText(text)
        self.values["block"].setText(self.tr("read {0}  written {1}").format(
            display.human_size(s.block_read), display.human_size(s.block_write)))
        self.pids.setText("—" if s.pids is None else str(s.pids))
        self.graphs["cpu"].set_values(h.cpu_percent for h in history)
        self.graphs["memory"].set_values(h.memory_used for h in history)
        items = list(history)
        net = [(b.network_rx or 0) + (b.network_tx or 0) - (a.network_rx or 0) - (a.network_tx or 0)
               for a, b in pairwise(items)]
        blk = [b.block_read + b.block_write - a.block_read - a.block_write for a, b in pairwise(items)]
        self.graphs["network"].set_values([max(0, v) for v in net] if s.network_rx is not None else [])
        self.graphs["block"].set_values(max(0, v) for v in blk)

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.status.setText(text)

    def shutdown(self) -> None:
        self.follower.stop()
