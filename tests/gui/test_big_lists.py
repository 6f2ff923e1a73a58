"""Big lists: the model keeps its rows sorted, filters in one pass, and bursts land in slices."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from tests.gui.test_object_views import (
    ANON,
    T0,
    FakeSession,
    base_snapshot,
    key_of,
    make_container,
    make_snapshot,
)
from volgui.engine.dto.objects import Volume
from volgui.engine.present import display
from volgui.models.base import KEY_ROLE, SORT_ROLE
from volgui.models.loader import Changes, SnapshotLoader
from volgui.models.objects import ContainerTableModel, ImageTableModel, VolumeTableModel
from volgui.ui.views.objects import ContainersView, VolumesView

V = VolumeTableModel


def volumes(names, users=None) -> list[Volume]:
    users = users or {}
    labels = (("tier", "gold"),)
    return [Volume(n, created=T0, labels=labels if i % 3 == 0 else (), users=users.get(n, ()))
            for i, n in enumerate(names)]


def names(count: int, stem: str = "vol") -> list[str]:
    # not in sorted order: the model must place them
    return [f"{stem}-{(i * 7919) % count:05d}" for i in range(count)]


def shown(view) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]


def by_name(model: VolumeTableModel, descending: bool = False) -> list[str]:
    """The keys in the order the name column sorts them (computed apart from the model)."""
    objs = model.objects()
    return [v.name for v in sorted(objs, key=lambda v: ("1" if v.anonymous else "0") + v.name.lower(),
                                   reverse=descending)]


def test_sorted_models_pass_the_model_tester_and_stay_sorted_through_updates(qtmodeltester):
    model = VolumeTableModel()
    model.apply(volumes(names(300)))
    model.sort(V.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=False)  # the C++ tester checks every signal from here on
    assert model.keys() == by_name(model, descending=True)
    kept = QPersistentModelIndex(model.index_of("vol-00151"))
    model.update(volumes([*names(40, "new"), ANON]), removed=[f"vol-{i:05d}" for i in range(0, 300, 3)])
    assert model.keys() == by_name(model, descending=True)
    assert kept.isValid() and kept.data(KEY_ROLE) == "vol-00151"
    model.sort(V.NAME, Qt.SortOrder.AscendingOrder)
    assert model.keys() == by_name(model)
    assert kept.data(KEY_ROLE) == "vol-00151"
    # new rows between many others (more places than SCATTERED): appended, then sorted once
    between = [f"vol-{i:05d}b" for i in range(1, 300, 5)]
    model.update(volumes(between))
    assert model.keys() == by_name(model)
    assert kept.data(KEY_ROLE) == "vol-00151" and model.row_of("vol-00151b") == kept.row() + 1
    model.apply(volumes(names(120, "other")))
    assert model.keys() == by_name(model)
    model.clear()
    model.apply(volumes(names(50)))
    assert model.keys() == by_name(model)  # the first load is sorted too
    qtmodeltester.check(model, force_py=True)


def test_a_changed_sort_key_moves_the_row_and_selection_follows(qtbot):
    model = ContainerTableModel()
    view = ContainersView(model)
    qtbot.addWidget(view)
    view.show()
    model.apply_snapshot(base_snapshot())
    view.tree.sortByColumn(ContainerTableModel.STATE, Qt.SortOrder.AscendingOrder)
    states = [model.object(k).state for k in model.keys()]
    assert states.index("exited") > states.index("running")  # running first
    view.select_key(key_of("web"))
    with qtbot.assertNotEmitted(model.modelReset):
        model.update([make_container("web", state="exited", volumes=[("static", "/srv")])])
    states = [model.object(k).state for k in model.keys()]
    assert states == sorted(states, key=lambda s: s != "running")
    assert [c.name for c in view.selected_objects()] == ["web"]
    # the proxy keeps the model's order
    assert shown(view) == model.keys()


def test_filtering_a_big_model_gives_the_rows_a_plain_match_gives(qtbot):
    model = VolumeTableModel()
    view = VolumesView(model)
    qtbot.addWidget(view)
    view.show()
    model.apply(volumes(names(3000)))

    def expected() -> list[str]:
        words = display.filter_words(view.proxy.text)
        only = view.proxy.only_keys
        return [k for k in model.keys() if (only is None or k in only)
                and display.matches(model._haystacks[k], words)]

    for text in ("v", "vol-01", "vol-012", "gold", "GOLD vol-02", "unused 0299", "nothing-like-this", ""):
        view.filter_edit.setText(text)
        assert shown(view) == expected()
    view.filter_edit.setText("vol-00")
    # rows come, go and change while a filter is on
    model.update(volumes([f"vol-00{i:03d}x" for i in range(50)]),
                 removed=[f"vol-{i:05d}" for i in range(0, 90)])
    assert shown(view) == expected()
    view.filter_edit.setText("renamed")
    assert shown(view) == []
    model.update([Volume("vol-00095", created=T0, labels=(("note", "renamed"),))])  # its text changes
    assert shown(view) == expected() == ["vol-00095"]
    view.filter_edit.setText("vol-00 renamed")
    assert shown(view) == expected() == ["vol-00095"]
    view.set_related_filter({"vol-00100", "vol-00200", "vol-02000"})
    view.related_toggle.setChecked(True)
    view.filter_edit.setText("vol-00")
    assert shown(view) == expected() == ["vol-00100", "vol-00200"]
    view.tree.sortByColumn(V.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(view) == ["vol-00200", "vol-00100"]


def test_a_burst_applied_in_slices_gives_exactly_the_final_rows(qtbot):
    session = FakeSession()
    models = ContainerTableModel(), VolumeTableModel(), ImageTableModel()
    cm, vm, _im = models
    view = VolumesView(vm)
    qtbot.addWidget(view)
    view.show()
    loader = SnapshotLoader(session, *models)
    loader.SLICE_MS = 0  # one step per slice: the event loop runs between any two steps
    containers = [make_container(f"c{i:03d}", volumes=[(f"vol-{i:05d}", "/data")]) for i in range(0, 1200, 4)]
    first = make_snapshot(containers, names(1200))
    applied = []
    vm.snapshot_applied.connect(lambda: applied.append(vm.rowCount()))
    loader._on_snapshot(first)
    qtbot.waitUntil(lambda: not loader.loading)
    assert sorted(vm.keys()) == sorted(names(1200)) and vm.keys() == by_name(vm)
    assert applied == [1200]  # rows prepared in slices, then one reset with every row

    # 500 creates: the full listing (more names than FULL_LIST_OVER) comes back
    created = [*first.volumes, *volumes(names(500, "bulk"))]
    applied.clear()
    with qtbot.assertNotEmitted(vm.modelReset):
        loader._on_changes(Changes(volumes=tuple(created), volumes_full=True))
        qtbot.waitUntil(lambda: not loader.loading)
    assert len(applied) > 1
    assert vm.keys() == by_name(vm) and sorted(vm.keys()) == sorted(v.name for v in created)
    assert vm.index_of("vol-00004", V.USED_BY).data() == "c004 ▶"  # users derived again
    assert shown(view) == vm.keys()
    # then they are removed again
    with qtbot.assertNotEmitted(vm.modelReset):
        loader._on_changes(Changes(volumes=first.volumes, volumes_full=True))
        qtbot.waitUntil(lambda: not loader.loading)
    assert vm.keys() == by_name(vm) and sorted(vm.keys()) == sorted(names(1200))
    assert cm.rowCount() == len(containers)
    loader.shutdown()


def test_every_model_sorted_by_every_column_passes_the_model_tester(qtmodeltester):
    snap = base_snapshot()
    changed = make_snapshot(
        [make_container("web", state="exited", volumes=[("static", "/srv")]),
         make_container("new", volumes=[("fresh", "/f")]),
         make_container("anon-user", volumes=[(ANON, "/cache")])],
        ["static", "fresh", ANON, "backups"], snap.images[:1])
    for model in (ContainerTableModel(), VolumeTableModel(), ImageTableModel()):
        for column in range(model.columnCount()):
            model.clear()
            model.sort(column, Qt.SortOrder.DescendingOrder)
            model.apply_snapshot(snap)
            qtmodeltester.check(model, force_py=False)  # keeps checking every signal below
            model.apply_snapshot(changed)
            model.emit_column_changed(column)
            model.sort(column, Qt.SortOrder.AscendingOrder)
            model.apply_snapshot(snap)
            keys = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
            assert keys == sorted(keys, key=lambda k: (k is not None, k))
