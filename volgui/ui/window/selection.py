"""What is selected, for every feature, and the links between the views.

``SelectionHub`` watches the containers, volumes and images views. It announces selections as
lists of frozen dataclasses, highlights the volumes of the selected containers (with the path
each is mounted at) and the containers using the selected volumes, and applies the views'
"Show only related" toggles. ``select_container(id)`` and friends select (and reveal) a row —
or, when it is not listed yet (just created), as soon as the next snapshot brings it.

``current_changed`` names the object a person last pointed at, in any view: a change of a view's
current row, but also a click or double-click on a row that was already current (it stays
highlighted after a click in another view) and a link followed to an object, so the inspector
always shows what was last clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from volgui.engine.dto.objects import Container, Volume


def volume_links(containers: list[Container]) -> dict[str, str]:
    """Volume name → where the selected containers mount it (``/data``, or ``web: /data; db: /x``)."""
    links: dict[str, list[str]] = {}
    for c in containers:
        for m in c.mounts:
            if m.is_volume and m.name:
                links.setdefault(m.name, []).append((c.name, m.destination))
    single = len(containers) == 1
    return {name: "; ".join(dest if single else f"{cname}: {dest}" for cname, dest in uses)
            for name, uses in links.items()}


def container_links(volumes: list[Volume]) -> dict[str, str]:
    """Container id → which selected volumes it mounts and where (``data → /data``)."""
    links: dict[str, list[str]] = {}
    for v in volumes:
        for u in v.users:
            links.setdefault(u.container_id, []).append(f"{v.name} → {u.destination}")
    return {cid: "; ".join(items) for cid, items in links.items()}


class SelectionHub(QObject):
    containers_selected = Signal(list)  # list[Container]
    volumes_selected = Signal(list)  # list[Volume]
    images_selected = Signal(list)  # list[Image]
    current_changed = Signal(object)  # the dataclass last clicked, any kind

    PENDING_LOADS = 3  # how many snapshots a pending select_*() waits for its row

    def __init__(self, containers_view, volumes_view, images_view, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.containers_view = containers_view
        self.volumes_view = volumes_view
        self.images_view = images_view
        self._last: dict[str, list] = {"containers": [], "volumes": [], "images": []}
        self._pending: dict[str, tuple[str, int]] = {}
        self.current = None
        self.other_volume_links: dict[str, str] = {}  # volumes of what another view selected (services)
        for kind, view in self._views().items():
            sm = view.tree.selectionModel()
            sm.selectionChanged.connect(self._on_selection_changed)
            sm.currentChanged.connect(self._on_current_changed)
            view.tree.clicked.connect(self._on_row_pointed)
            view.tree.activated.connect(self._on_row_pointed)
            view.model.snapshot_applied.connect(self._on_snapshot_applied)
            view.tree.setProperty("selectionKind", kind)
            sm.setProperty("selectionKind", kind)
        containers_view.related_toggle.toggled.connect(self._update_links)
        volumes_view.related_toggle.toggled.connect(self._update_links)
        # a view's model is reset when another engine is shown: selection models keep working
        for view in self._views().values():
            view.model.modelReset.connect(self._on_snapshot_applied)

    def _views(self) -> dict:
        return {"containers": self.containers_view, "volumes": self.volumes_view,
                "images": self.images_view}

    # -- queries ------------------------------------------------------------------------------
    def selected_containers(self) -> list[Container]:
        return self.containers_view.selected_objects()

    def selected_volumes(self) -> list[Volume]:
        return self.volumes_view.selected_objects()

    def selected_images(self) -> list:
        return self.images_view.selected_objects()

    # -- commands -----------------------------------------------------------------------------
    def select_container(self, container_id: str) -> bool:
        return self._select("containers", container_id)

    def select_volume(self, name: str) -> bool:
        return self._select("volumes", name)

    def select_image(self, image_id: str) -> bool:
        return self._select("images", image_id)

    def _select(self, kind: str, key: str) -> bool:
        """Select and reveal the row; when not listed yet, do it when a snapshot brings it."""
        view = self._views()[kind]
        if view.select_key(key):
            self._pending.pop(kind, None)
            self._point_at(view.current_object())
            return True
        self._pending[kind] = (key, self.PENDING_LOADS)
        return False

    def clear(self) -> None:
        for view in self._views().values():
            view.tree.clearSelection()

    # -- reactions ----------------------------------------------------------------------------
    def _kind_of_sender(self) -> str:
        sender = self.sender()
        return sender.property("selectionKind") if sender is not None else ""

    @Slot()
    def _on_selection_changed(self, *_args) -> None:
        kind = self._kind_of_sender()
        if kind:
            self._announce(kind)
        self._update_links()

    @Slot()
    def _on_current_changed(self, current, _previous) -> None:
        self._point_at(current.data(self.containers_view.OBJECT_ROLE) if current.isValid() else None)

    @Slot()
    def _on_row_pointed(self, index) -> None:
        """A click, double-click or Enter on a row, current or not."""
        self._point_at(index.data(self.containers_view.OBJECT_ROLE) if index.isValid() else None)

    def point_at(self, obj) -> None:
        """Make ``obj`` the object last pointed at (an "Inspect" menu entry): announced even when it
        already was, so the inspector shows it again."""
        if obj is not None:
            self.current = obj
            self.current_changed.emit(obj)

    def _point_at(self, obj) -> None:
        if obj is not None and obj is not self.current:
            self.current = obj
            self.current_changed.emit(obj)

    def _announce(self, kind: str, only_if_changed: bool = False) -> None:
        objects = self._views()[kind].selected_objects()
        if only_if_changed and objects == self._last[kind]:
            return
        self._last[kind] = objects
        {"containers": self.containers_selected, "volumes": self.volumes_selected,
         "images": self.images_selected}[kind].emit(objects)

    @Slot()
    def _on_snapshot_applied(self) -> None:
        # The selected objects may have changed (stopped, remounted…): tell, relink, retry pending.
        for kind, (key, tries) in list(self._pending.items()):
            if self._views()[kind].select_key(key):
                del self._pending[kind]
                self._point_at(self._views()[kind].current_object())
            elif tries <= 1:
                del self._pending[kind]
            else:
                self._pending[kind] = (key, tries - 1)
        for kind in self._last:
            self._announce(kind, only_if_changed=True)
        self._update_links()

    def set_other_volume_links(self, links: dict[str, str]) -> None:
        """Volumes another view's selection uses (a service's: name → ``web: /data``), highlighted and
        filtered like those of the selected containers."""
        self.other_volume_links = dict(links)
        self._update_links()

    @Slot()
    def _update_links(self, *_args) -> None:
        containers = self.selected_containers()
        volumes = self.selected_volumes()
        vlinks = volume_links(containers)
        for name, where in self.other_volume_links.items():
            vlinks[name] = f"{vlinks[name]}; {where}" if name in vlinks else where
        clinks = container_links(volumes)
        self.volumes_view.model.set_related(vlinks)
        self.containers_view.model.set_related(clinks)
        self.volumes_view.set_related_filter(set(vlinks) if containers or self.other_volume_links else None)
        self.containers_view.set_related_filter(set(clinks) if volumes else None)
