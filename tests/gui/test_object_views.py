"""The containers, volumes and images models and views, fed with snapshots (no engine)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from volgui.engine.dto.objects import Container, Image, Mount, Snapshot, Volume, volume_users
from volgui.engine.streams.events import EngineEvent
from volgui.models.base import KEY_ROLE, OBJECT_ROLE, RELATED_ROLE, SORT_ROLE
from volgui.models.loader import Changes, SnapshotLoader, load_changes, load_snapshot
from volgui.models.objects import VOLUME_MIME, ContainerTableModel, ImageTableModel, VolumeTableModel
from volgui.ui.views.objects import ContainersView, ImagesView, VolumesView
from volgui.ui.window.selection import SelectionHub
from volgui.workers.requests import Request
from volgui.workers.session import SessionState

T0 = datetime(2026, 11, 1, tzinfo=UTC)
ANON = "ab" * 32


def make_container(name, state="running", volumes=(), labels=(), image="shop/web:1", binds=()):
    status = {"running": "Up 5 minutes", "exited": "Exited (0) 1 hour ago", "created": "Created"}[state]
    mounts = tuple(Mount("volume", dest, name=vol) for vol, dest in volumes) + \
        tuple(Mount("bind", dest, source=src) for src, dest in binds)
    return Container(id=f"{name}-id".ljust(64, "0"), name=name, image=image, image_id=f"sha256:{image}",
                     command="sh", created=T0, state=state, status=status, labels=tuple(labels),
                     mounts=mounts)


def make_snapshot(containers, volume_names, images=()):
    users = volume_users(containers)
    volumes = tuple(Volume(n, created=T0, users=users.get(n, ())) for n in volume_names)
    return Snapshot(tuple(containers), volumes, tuple(images))


def base_snapshot():
    return make_snapshot(
        [make_container("web", volumes=[("static", "/srv"), ("pgdata", "/mnt/db")],
                        labels=[("com.docker.compose.project", "shop")]),
         make_container("db", volumes=[("pgdata", "/var/lib/postgresql/data")], image="postgres:16"),
         make_container("backup", state="exited", volumes=[("pgdata", "/data"), ("backups", "/backups")]),
         make_container("scratch", binds=[("/tmp/x", "/x")]),
         make_container("anon-user", volumes=[(ANON, "/cache")])],
        ["static", "pgdata", "backups", "unused-one", ANON],
        [Image("sha256:shop/web:1", ("shop/web:1",), 5_000_000, T0), Image("sha256:dangling", (), 10, T0)],
    )


@pytest.fixture
def views(qtbot):
    containers, volumes, images = ContainerTableModel(), VolumeTableModel(), ImageTableModel()
    cview, vview, iview = ContainersView(containers), VolumesView(volumes), ImagesView(images)
    for w in (cview, vview, iview):
        qtbot.addWidget(w)
        w.resize(900, 400)
        w.show()
    hub = SelectionHub(cview, vview, iview)
    snap = base_snapshot()
    for model in (containers, volumes, images):
        model.apply_snapshot(snap)
    yield cview, vview, iview, hub
    hub.deleteLater()


def key_of(name: str) -> str:
    return f"{name}-id".ljust(64, "0")


def shown(view) -> list[str]:
    """Names (column 0 keys) in the view's current order."""
    proxy = view.proxy
    return [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]


# -- models ---------------------------------------------------------------------------------
def test_models_pass_the_model_tester_through_updates(qtbot, qtmodeltester):
    models = ContainerTableModel(), VolumeTableModel(), ImageTableModel()
    snap = base_snapshot()
    for model in models:
        model.apply_snapshot(snap)
        qtmodeltester.check(model, force_py=False)
    # the C++ tester keeps checking every signal of these updates
    changed = make_snapshot(
        [make_container("web", state="exited", volumes=[("static", "/srv")]),
         make_container("new", volumes=[("fresh", "/f")]),
         make_container("anon-user", volumes=[(ANON, "/cache")])],
        ["static", "fresh", ANON, "backups"],
        [Image("sha256:shop/web:1", ("shop/web:1", "shop/web:latest"), 5_000_000, T0)])
    for model in models:
        model.apply_snapshot(changed)
        model.set_related({model.keys()[0]: "x"})
        model.refresh_times()
        model.apply_snapshot(Snapshot((), (), ()))
        model.apply_snapshot(snap)
        model.clear()
    for model in models:
        model.apply_snapshot(snap)
        qtmodeltester.check(model, force_py=True)


def test_only_volume_rows_can_be_dragged():
    from PySide6.QtCore import QModelIndex, Qt

    plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    for model, flags in ((ContainerTableModel(), plain), (ImageTableModel(), plain),
                         (VolumeTableModel(), plain | Qt.ItemFlag.ItemIsDragEnabled)):
        model.apply_snapshot(base_snapshot())
        assert model.flags(model.index(0, 1)) == flags
        assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_diff_updates_rows_in_place_and_keeps_selection(qtbot, views):
    cview, _vview, _iview, _hub = views
    model = cview.model
    cview.select_key(key_of("web"))
    assert [c.name for c in cview.selected_objects()] == ["web"]
    top_before = cview.tree.verticalScrollBar().value()

    changes = []
    # rows are named by key: the model keeps them sorted, so a row's number moves as others come and go
    model.dataChanged.connect(lambda a, b, roles: changes.append((a.data(KEY_ROLE), a.column(), b.column())))
    snap = base_snapshot()
    stopped = [c if c.name != "web" else make_container(
        "web", state="exited", volumes=[("static", "/srv"), ("pgdata", "/mnt/db")],
        labels=[("com.docker.compose.project", "shop")]) for c in snap.containers if c.name != "db"]
    stopped.append(make_container("late"))
    with qtbot.assertNotEmitted(model.modelReset):
        model.apply_snapshot(make_snapshot(stopped, [v.name for v in snap.volumes]))

    assert [c.name for c in cview.selected_objects()] == ["web"]
    assert cview.selected_objects()[0].state == "exited"
    assert cview.tree.verticalScrollBar().value() == top_before
    assert model.rowCount() == 5 and model.row_of(key_of("db")) == -1 and model.row_of(key_of("late")) >= 0
    # only the changed cells of "web" (state, status) were announced
    web_changes = {(first, last) for key, first, last in changes if key == key_of("web")}
    assert web_changes == {(ContainerTableModel.STATE, ContainerTableModel.STATE),
                           (ContainerTableModel.STATUS, ContainerTableModel.STATUS)}
    assert {key for key, _f, _l in changes} == {key_of("web")}


def test_sort_and_object_roles(views):
    cview, vview, iview, _hub = views
    cview.tree.sortByColumn(ContainerTableModel.STATE, Qt.SortOrder.AscendingOrder)
    assert shown(cview)[-1] == key_of("backup")  # exited after running
    vmodel = vview.model
    index = vmodel.index_of(ANON, VolumeTableModel.NAME)
    assert index.data() == "abababababab… (anonymous)"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(OBJECT_ROLE).anonymous
    unused = vmodel.index_of("unused-one", VolumeTableModel.USED_BY)
    assert unused.data() == "unused" and unused.data(Qt.ItemDataRole.FontRole).italic()
    used = vmodel.index_of("pgdata", VolumeTableModel.USED_BY)
    assert used.data() == "backup, db ▶, web ▶"
    vview.tree.sortByColumn(VolumeTableModel.USED_BY, Qt.SortOrder.AscendingOrder)
    assert shown(vview)[-1] == "unused-one"  # unused volumes sort together
    no_volumes = cview.model.index_of(key_of("scratch"), ContainerTableModel.MOUNTS)
    assert no_volumes.data(Qt.ItemDataRole.FontRole).italic()
    dangling = iview.model.index_of("sha256:dangling", ImageTableModel.TAG)
    assert dangling.data() == "<none>"
    assert iview.model.index_of("sha256:shop/web:1", ImageTableModel.CONTAINERS).data() == "4"
    assert iview.model.index_of("sha256:shop/web:1", ImageTableModel.SIZE).data(SORT_ROLE) == 5_000_000


# -- linked selection -----------------------------------------------------------------------
def test_selecting_a_container_highlights_its_volumes_with_paths(qtbot, views):
    cview, vview, _iview, hub = views
    with qtbot.waitSignal(hub.containers_selected) as sig:
        hub.select_container(key_of("web"))
    assert [c.name for c in sig.args[0]] == ["web"]
    assert vview.model.related() == {"static": "/srv", "pgdata": "/mnt/db"}
    paths = vview.model.index_of("pgdata", VolumeTableModel.MOUNT_PATHS)
    assert paths.data() == "/mnt/db" and paths.data(Qt.ItemDataRole.FontRole).bold()
    assert paths.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert vview.model.index_of("backups", 0).data(Qt.ItemDataRole.BackgroundRole) is None

    # two containers: each path says which container
    cview.tree.selectionModel().select(
        cview.proxy.mapFromSource(cview.model.index_of(key_of("db"))),
        cview.tree.selectionModel().SelectionFlag.Select | cview.tree.selectionModel().SelectionFlag.Rows)
    assert vview.model.related()["pgdata"] == "db: /var/lib/postgresql/data; web: /mnt/db"

    vview.related_toggle.setChecked(True)
    assert sorted(shown(vview)) == ["pgdata", "static"]
    hub.clear()
    assert vview.model.related() == {}
    assert len(shown(vview)) == 5  # nothing selected on the left: everything shows


def test_selecting_a_volume_highlights_every_container_using_it(qtbot, views):
    cview, _vview, _iview, hub = views
    with qtbot.waitSignal(hub.volumes_selected) as sig, qtbot.waitSignal(hub.current_changed) as cur:
        assert hub.select_volume("pgdata")
    assert [v.name for v in sig.args[0]] == ["pgdata"]
    assert cur.args[0].name == "pgdata"
    related = cview.model.related()
    assert set(related) == {key_of("web"), key_of("db"), key_of("backup")}
    assert related[key_of("db")] == "pgdata → /var/lib/postgresql/data"
    idx = cview.model.index_of(key_of("db"), ContainerTableModel.NAME)
    assert idx.data(RELATED_ROLE) and idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert hub.selected_volumes()[0].name == "pgdata"

    cview.related_toggle.setChecked(True)
    assert sorted(shown(cview)) == sorted([key_of("web"), key_of("db"), key_of("backup")])
    hub.select_volume("unused-one")
    assert shown(cview) == []
    assert cview.empty.isVisible()
    assert "No container uses" in cview.empty.title.text()
    # select_container on a hidden row reveals it (and lifts the toggle)
    assert hub.select_container(key_of("scratch"))
    assert not cview.related_toggle.isChecked()
    assert [c.name for c in hub.selected_containers()] == ["scratch"]


def test_select_waits_for_a_row_that_is_not_listed_yet(views):
    cview, _vview, _iview, hub = views
    assert not hub.select_container(key_of("soon"))
    snap = base_snapshot()
    cview.model.apply_snapshot(make_snapshot([*snap.containers, make_container("soon")], []))
    assert [c.name for c in hub.selected_containers()] == ["soon"]


def test_selection_announced_again_when_selected_object_changes(qtbot, views):
    cview, _vview, _iview, hub = views
    hub.select_container(key_of("web"))
    snap = base_snapshot()
    changed = [c if c.name != "web" else make_container("web", state="exited") for c in snap.containers]
    with qtbot.waitSignal(hub.containers_selected) as sig:
        cview.model.apply_snapshot(make_snapshot(changed, []))
    assert sig.args[0][0].state == "exited"


# -- filter, empty states, columns ----------------------------------------------------------
def test_filter_matches_name_image_and_labels(qtbot, views):
    cview, vview, _iview, _hub = views
    qtbot.keyClicks(cview.filter_edit, "postgres")
    assert shown(cview) == [key_of("db")]
    cview.filter_edit.setText("com.docker.compose.project=shop")
    assert shown(cview) == [key_of("web")]
    cview.filter_edit.setText("postgres exited")  # every word must match
    assert shown(cview) == []
    assert cview.empty.isVisible() and "Nothing matches" in cview.empty.title.text()
    cview.empty.button.click()
    assert cview.filter_edit.text() == "" and len(shown(cview)) == 5
    vview.filter_edit.setText("anonymous")
    assert shown(vview) == [ANON]
    vview.filter_edit.setText("unused")
    assert shown(vview) == ["unused-one"]
    vview.filter_edit.setText("db")  # a user's name finds its volumes
    assert shown(vview) == ["pgdata"]


def test_empty_state_offers_the_create_action(qtbot):
    model = VolumeTableModel()
    view = VolumesView(model)
    qtbot.addWidget(view)
    view.show()
    assert "Loading" in view.empty.title.text()
    model.apply_snapshot(Snapshot((), (), ()))
    assert view.empty.isVisible()
    assert view.empty.title.text() == "No volumes yet — create one"
    assert not view.empty.button.isVisible()  # no create action installed
    action = QAction("Create volume…", view)
    action.setEnabled(False)
    view.empty_action = action
    assert not view.empty.button.isVisible()
    action.setEnabled(True)  # e.g. once connected
    assert view.empty.button.isVisible()
    with qtbot.waitSignal(action.triggered):
        view.empty.button.click()
    model.apply_snapshot(make_snapshot([], ["v1"]))
    assert not view.empty.isVisible()
    assert "(1)" in view.title.text()


def test_disconnected_views_are_dimmed(qtbot, views):
    cview, _vview, _iview, _hub = views
    cview.set_connected(False)
    assert not cview.tree.isEnabled()
    assert cview.model.rowCount() == 5  # the last known rows stay, dimmed
    cview.set_connected(True)
    assert cview.tree.isEnabled()
    empty = ContainersView(ContainerTableModel())
    qtbot.addWidget(empty)
    empty.show()
    empty.set_connected(False)
    assert empty.empty.isVisible() and empty.empty.title.text() == "Not connected"


def test_columns_and_sort_are_saved(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    view = ContainersView(ContainerTableModel(), settings)
    qtbot.addWidget(view)
    header = view.tree.header()
    assert header.isSectionHidden(ContainerTableModel.STATUS)  # hidden by default
    menu = view.header_menu()
    ports = next(a for a in menu.actions() if a.text() == "Ports")
    ports.toggle()
    assert header.isSectionHidden(ContainerTableModel.PORTS)
    header.resizeSection(ContainerTableModel.IMAGE, 222)
    view.tree.sortByColumn(ContainerTableModel.STATE, Qt.SortOrder.DescendingOrder)
    view.related_toggle.setChecked(True)
    view.save_state()

    again = ContainersView(ContainerTableModel(), settings)
    qtbot.addWidget(again)
    h2 = again.tree.header()
    assert h2.isSectionHidden(ContainerTableModel.PORTS)
    assert h2.sectionSize(ContainerTableModel.IMAGE) == 222
    assert (h2.sortIndicatorSection(), h2.sortIndicatorOrder()) == (ContainerTableModel.STATE,
                                                                    Qt.SortOrder.DescendingOrder)
    assert again.related_toggle.isChecked()
    again.reset_columns()
    assert not h2.isSectionHidden(ContainerTableModel.PORTS)


def test_context_menu_hook(views):
    cview, _vview, _iview, _hub = views
    action = QAction("Stop", cview)
    cview.context_actions.append(action)
    hidden = QAction("Hidden", cview)
    hidden.setVisible(False)
    cview.context_actions.append(hidden)
    cview.select_key(key_of("web"))
    actions = [a.text() for a in cview.context_actions if a.isVisible()] + \
        [a.text() for a in cview._row_menu_actions()]
    assert actions == ["Stop", "Copy name", "Measure write layer again"]
    cview._copy_names()
    assert QApplication.clipboard().text() == "web"


# -- drag and drop --------------------------------------------------------------------------
def _drag(tree, event_type, mime, pos):
    point = QPoint(int(pos.x()), int(pos.y()))
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    if event_type == "enter":
        event = QDragEnterEvent(point, actions, mime, left, none)
        tree.dragEnterEvent(event)
    elif event_type == "move":
        event = QDragMoveEvent(point, actions, mime, left, none)
        tree.dragMoveEvent(event)
    else:
        event = QDropEvent(QPointF(pos), actions, mime, left, none)
        tree.dropEvent(event)
    return event


def test_volume_drag_and_drop_contract(qtbot, views):
    cview, vview, _iview, _hub = views
    vview.select_key("backups")
    mime = vview.proxy.mimeData(vview.tree.selectionModel().selectedRows())
    assert bytes(mime.data(VOLUME_MIME).data()).decode() == "backups"
    assert mime.text() == "backups"
    assert vview.tree.dragEnabled()

    tree = cview.tree
    row_rect = tree.visualRect(cview.proxy.mapFromSource(cview.model.index_of(key_of("db"))))
    pos = row_rect.center()
    enter = _drag(tree, "enter", mime, pos)
    assert enter.isAccepted()
    assert tree.drop_row == cview.proxy.mapFromSource(cview.model.index_of(key_of("db"))).row()
    with qtbot.waitSignal(cview.volume_dropped) as sig:
        _drag(tree, "drop", mime, pos)
    assert sig.args == [key_of("db"), "backups"]
    assert tree.drop_row == -1

    # a validator refuses: the reason is shown and nothing is emitted
    cview.drop_validator = lambda container, name: f"{container.name} is busy" if name == "backups" else None
    with qtbot.waitSignal(cview.status_message) as hint:
        move = _drag(tree, "move", mime, pos)
    assert not move.isAccepted() and hint.args == ["db is busy"]
    with qtbot.assertNotEmitted(cview.volume_dropped):
        _drag(tree, "drop", mime, pos)

    # below the last row there is no container: a drag coming in there stays interested
    empty_area = QPointF(10, tree.viewport().height() - 5)
    cview.drop_validator = None
    assert _drag(tree, "enter", mime, empty_area).isAccepted()
    assert "Drop onto a container" in cview.drop_hint and tree.drop_row == -1
    assert not _drag(tree, "move", mime, empty_area).isAccepted()
    assert _drag(tree, "move", mime, pos).isAccepted() and cview.drop_hint == ""


def test_folder_drop(qtbot, views, tmp_path):
    cview, _vview, _iview, _hub = views
    tree = cview.tree
    pos = tree.visualRect(cview.proxy.mapFromSource(cview.model.index_of(key_of("web")))).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    with qtbot.waitSignal(cview.folder_dropped) as sig:
        assert _drag(tree, "enter", mime, pos).isAccepted()
        _drag(tree, "drop", mime, pos)
    assert sig.args == [key_of("web"), str(tmp_path)]
    not_a_folder = QMimeData()
    file = tmp_path / "f.txt"
    file.write_text("x")
    not_a_folder.setUrls([QUrl.fromLocalFile(str(file))])
    assert not _drag(tree, "enter", not_a_folder, pos).isAccepted()


# -- the loader: events become targeted fetches --------------------------------------------
class FakeSession(QObject):
    state_changed = Signal(object)
    event_received = Signal(object)
    resync_needed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.state = SessionState("connected")
        self.submitted: list[Request] = []

    def submit(self, fn, *args, label="", command="", **kwargs):
        request = Request(fn, args, kwargs, label=label, command=command, with_progress=False)
        self.submitted.append(request)
        return request


def test_events_fetch_only_the_named_objects_and_relink_volumes(qtbot):
    session = FakeSession()
    models = ContainerTableModel(), VolumeTableModel(), ImageTableModel()
    loader = SnapshotLoader(session, *models)
    # each result applied in one slice, however slow the machine, so that the fetches can be read
    # one step after the other (applying in slices is tested in test_big_lists.py)
    loader.SLICE_MS = 60_000
    cm, vm, im = models
    session.resync_needed.emit()
    assert session.submitted[-1].fn is load_snapshot
    loader._on_snapshot(base_snapshot())
    assert vm.index_of("pgdata", VolumeTableModel.USED_BY).data() == "backup, db ▶, web ▶"

    # a lone event is fetched at once, by id
    session.event_received.emit(EngineEvent("container", "die", key_of("web")))
    first = session.submitted[-1]
    assert first.fn is load_changes and first.args[0] == (key_of("web"),)
    # what arrives meanwhile waits for that request, then goes in one request
    session.event_received.emit(EngineEvent("container", "destroy", key_of("db")))
    session.event_received.emit(EngineEvent("volume", "create", "fresh"))
    session.event_received.emit(EngineEvent("container", "exec_start: sh", key_of("scratch")))  # ignored
    assert session.submitted[-1] is first
    with qtbot.assertNotEmitted(cm.modelReset), qtbot.assertNotEmitted(vm.modelReset):
        loader._on_changes(Changes(containers=(make_container("web", state="exited", image="other:1"),),
                                   containers_asked=(key_of("web"),)))
        second = session.submitted[-1]
        assert second.fn is load_changes
        assert second.args[:2] == ((key_of("db"),), ("fresh",))
        # db is gone (asked, not found); "fresh" exists
        loader._on_changes(Changes(containers=(), containers_asked=(key_of("db"),),
                                   volumes=(Volume("fresh", created=T0),), volumes_asked=("fresh",)))
    assert cm.row_of(key_of("db")) == -1 and cm.object(key_of("web")).state == "exited"
    # web no longer mounts anything and db is gone: pgdata's users follow, in place
    assert vm.index_of("pgdata", VolumeTableModel.USED_BY).data() == "backup"
    assert vm.index_of("static", VolumeTableModel.USED_BY).data() == "unused"
    assert vm.row_of("fresh") >= 0
    assert im.index_of("sha256:shop/web:1", ImageTableModel.CONTAINERS).data() == "3"  # web changed image
    assert session.submitted[-1] is second  # nothing more to fetch
    loader.shutdown()


def test_scroll_position_and_sort_survive_updates(qtbot):
    model = ContainerTableModel()
    view = ContainersView(model)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    many = [make_container(f"c{i:03d}") for i in range(200)]
    model.apply_snapshot(make_snapshot(many, []))
    view.tree.sortByColumn(ContainerTableModel.NAME, Qt.SortOrder.DescendingOrder)
    view.tree.scrollTo(view.proxy.mapFromSource(model.index_of(key_of("c100"))),
                       view.tree.ScrollHint.PositionAtTop)
    bar = view.tree.verticalScrollBar()
    before = bar.value()
    top_key = view.tree.indexAt(view.tree.viewport().rect().topLeft()).data(KEY_ROLE)
    assert before > 0
    changed = [make_container(c.name, state="exited") if i % 7 == 0 else c
               for i, c in enumerate(many) if c.name != "c000"]  # c000 sorts last: below the view
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(view.proxy.layoutChanged):
        model.apply_snapshot(make_snapshot(changed, []))
    assert bar.value() == before
    assert view.tree.indexAt(view.tree.viewport().rect().topLeft()).data(KEY_ROLE) == top_key
    assert view.tree.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
