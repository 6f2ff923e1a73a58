"""A shown view whose model the cyclic garbage collector takes apart never raises.

When a window and its model become garbage together, the collector first clears the Python
attributes of some objects of the cycle and only then frees them; a view that is still on screen
at that moment asks the half-cleared model for its rows while it is torn down (32 calls for one
containers view). Every model then answers as an empty model instead of raising in Qt's paint and
layout code.
"""

from __future__ import annotations

import gc
import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject, Signal
from PySide6.QtWidgets import QTreeView

import volgui.models
from volgui.models.inspect_tables import Column
from volgui.ui.views.objects import ContainersView, ImagesView, VolumesView


class _Profiles(QObject):
    """The signals and answers the engines list needs from its manager."""

    profiles_changed = Signal()
    engine_state_changed = Signal(str, object)
    active_changed = Signal(object)
    active_key = ""

    def profiles(self):
        return []

    def state_of(self, key):
        return None


FACTORIES = {  # the models whose constructor needs something
    "EngineListModel": lambda cls: cls(_Profiles()),
    "RowsTableModel": lambda cls: cls([Column("Name", lambda row: row)]),
}


def model_classes() -> list[type]:
    """Every concrete item model the app defines."""
    found = {}
    for info in pkgutil.iter_modules(volgui.models.__path__):
        module = importlib.import_module(f"volgui.models.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__:
                found[cls.__qualname__] = cls
    return [found[name] for name in sorted(found)]


def make_model(cls):
    factory = FACTORIES.get(cls.__name__)
    if factory is None:
        for base in cls.__mro__:
            factory = FACTORIES.get(base.__name__)
            if factory is not None and inspect.signature(cls.__init__) == inspect.signature(base.__init__):
                break
            factory = None
    return factory(cls) if factory is not None else cls()


def test_every_model_is_covered():
    names = [cls.__name__ for cls in model_classes()]
    assert {"ContainerTableModel", "VolumeTableModel", "JsonTreeModel", "ActivityModel",
            "EngineListModel", "ProjectTableModel", "FileTableModel"} <= set(names)


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__name__)
def test_a_model_cleared_by_the_collector_answers_as_empty(qtbot, cls):
    model = make_model(cls)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    vars(model).clear()  # what the collector does first to an object of a cycle
    with qtbot.captureExceptions() as raised:
        model.beginResetModel()
        model.endResetModel()
        view.doItemsLayout()
        view.viewport().repaint()
        view.header().viewport().repaint()
    assert raised == []
    assert model.rowCount() == 0
    view.setModel(None)


@pytest.mark.parametrize("view_class", [ContainersView, VolumesView, ImagesView])
def test_a_populated_object_view_collected_on_screen_never_raises(qtbot, view_class):
    from tests.gui.test_object_views import base_snapshot
    from volgui.models.objects import ContainerTableModel, ImageTableModel, VolumeTableModel

    model = {ContainersView: ContainerTableModel, VolumesView: VolumeTableModel,
             ImagesView: ImageTableModel}[view_class]()
    view = view_class(model)
    del model  # the view holds it
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    view.model.apply_snapshot(base_snapshot())  # the rows arrive once the view is on screen
    assert view.proxy.rowCount() > 0
    del view
    with qtbot.captureExceptions() as raised:
        gc.collect()
    assert raised == []
