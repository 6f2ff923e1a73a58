"""Table models of the image dialogs: an image's history, a transfer's layers, what takes space.

All three are ``RowsTableModel``s (frozen rows shown through column functions). A transfer
reports its layers ten times a second: :class:`LayerProgressModel` changes the cells that
moved and inserts new layers at the end, so the table keeps its scroll position.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex

from volgui.engine.images.disk_use import DiskRow
from volgui.engine.images.history import HistoryLayer
from volgui.engine.images.progress import LayerProgress
from volgui.engine.present.display import human_age, human_size
from volgui.models.inspect_tables import Column, RowsTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("image_tables", text)


def layer_text(layer: LayerProgress) -> str:
    """``12 MB of 40 MB`` while bytes move, else the step's own word."""
    if layer.total > 0 and not layer.finished:
        return f"{human_size(layer.current, '.1f')} of {human_size(layer.total, '.1f')}"
    return ""


def history_columns() -> list[Column]:
    return [
        Column(_tr("Size"), lambda r: human_size(r.size)),
        Column(_tr("Created"), lambda r: human_age(r.created) if r.created else "—"),
        Column(_tr("Made by"), lambda r: r.created_by or r.comment or "—",
               tooltip=lambda r: "\n".join(t for t in (r.created_by, r.comment, r.id) if t), mono=True),
    ]


def layer_columns() -> list[Column]:
    return [
        Column(_tr("Layer"), lambda r: r.id, mono=True),
        Column(_tr("Step"), lambda r: r.status),
        Column(_tr("Progress"), layer_text),
    ]


def disk_columns() -> list[Column]:
    return [
        Column(_tr("Name"), lambda r: r.name, tooltip=lambda r: f"{r.name}\n{r.key}"),
        Column(_tr("Size"), lambda r: human_size(r.size)),
        Column(_tr("State"), lambda r: r.detail),
        Column(_tr("Freed by the clean-up"), lambda r: _tr("yes") if r.reclaimable else _tr("no")),
    ]


class HistoryModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(history_columns(), parent)

    def set_layers(self, layers: Sequence[HistoryLayer]) -> None:
        self.set_rows(layers)


class DiskRowsModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(disk_columns(), parent)

    def set_disk_rows(self, rows: Sequence[DiskRow]) -> None:
        self.set_rows(sorted(rows, key=lambda r: -r.size))


class LayerProgressModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(layer_columns(), parent)

    def update_layers(self, layers: Sequence[LayerProgress]) -> None:
        """Cells that changed, layers that are new at the end; a reset only when the order changed."""
        old, new = self.rows, tuple(layers)
        if len(new) < len(old) or [r.id for r in new[:len(old)]] != [r.id for r in old]:
            self.set_rows(new)
            return
        changed = [i for i in range(len(old)) if old[i] != new[i]]
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._rows = old + new[len(old):]
            self.endInsertRows()
        self._rows = new
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], self.columnCount() - 1))
