"""The Summary part of the inspect panel: one readable page per kind of object."""

from __future__ import annotations

import html
import shlex

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QScrollArea, QVBoxLayout, QWidget

from volgui.engine.dto.inspect import (
    ContainerSummary,
    EnvVar,
    ImageSummary,
    ImageUser,
    MountRow,
    VolumeSize,
    VolumeSummary,
)
from volgui.engine.dto.objects import VolumeUse
from volgui.engine.present.display import human_size, time_text
from volgui.models.inspect_tables import Column
from volgui.ui.features.inspect.widgets import FactForm, Section, SummaryTable
from volgui.ui.views.descriptions import describe


def _short(name: str) -> str:
    return name[:12] + "…" if len(name) == 64 else name


def _pairs_table(key_header: str, value_header: str) -> SummaryTable:
    return SummaryTable([Column(key_header, lambda p: p[0]), Column(value_header, lambda p: p[1])])


class SummaryPage(QScrollArea):
    """A scrolling page of sections; subclasses fill ``self.body``."""

    container_requested = Signal(str)  # container id
    volume_requested = Signal(str)  # volume name
    image_requested = Signal(str)  # image id
    reveal_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Summary"))
        describe(self,
                 self.tr("The main facts of the selected object, in sections; links open what they name"))
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(8, 4, 8, 8)
        self.setWidget(inner)
        self.facts = FactForm()
        self.facts.link_activated.connect(self._on_link)
        self.body.addWidget(self.facts)

    def finish(self) -> None:
        self.body.addStretch(1)

    def section(self, title: str, content: QWidget, empty_text: str = "") -> Section:
        sec = Section(title, content, empty_text=empty_text)
        self.body.addWidget(sec)
        return sec

    @Slot(str)
    def _on_link(self, href: str) -> None:
        kind, _, key = href.partition(":")
        {"image": self.image_requested, "volume": self.volume_requested,
         "container": self.container_requested}[kind].emit(key)

    # -- environment with masked secrets (containers and images) -------------------------------
    def _add_env_section(self) -> None:
        self.revealed = False
        self.env_table = SummaryTable([
            Column(self.tr("Name"), lambda e: e.key, mono=True),
            Column(self.tr("Value"), lambda e: e.shown(self.revealed), mono=True,
                   tooltip=lambda e: (self.tr("Looks like a secret: masked until you click Reveal")
                                      if e.secret and not self.revealed else e.shown(self.revealed))),
        ])
        self.env_section = self.section(self.tr("Environment"), self.env_table)
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setObjectName("revealSecrets")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(self.tr("Show the values of variables that look secret"))
        self.reveal_button.toggled.connect(self._on_reveal)
        self.env_section.add_to_title(self.reveal_button)

    def _set_env(self, env: tuple[EnvVar, ...]) -> None:
        self.env_table.set_rows(env)
        self.env_section.set_empty(not env)
        self.reveal_button.setVisible(any(e.secret for e in env))

    def set_revealed(self, revealed: bool) -> None:
        if self.reveal_button.isChecked() != revealed:
            self.reveal_button.setChecked(revealed)

    @Slot(bool)
    def _on_reveal(self, revealed: bool) -> None:
        self.revealed = revealed
        self.reveal_button.setText(self.tr("Hide") if revealed else self.tr("Reveal"))
        self.env_table.refresh()
        self.reveal_toggled.emit(revealed)


class ContainerSummaryView(SummaryPage):
    mount_change_requested = Signal(str, object)  # "remove" | "replace", MountRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        f = self.facts
        f.add("state", self.tr("State"))
        f.add("health", self.tr("Health"))
        f.add("error", self.tr("Error"))
        f.add("image", self.tr("Image"))
        f.add("image_id", self.tr("Image ID"), mono=True)
        f.add("entrypoint", self.tr("Entrypoint"), mono=True)
        f.add("command", self.tr("Command"), mono=True)
        f.add("working_dir", self.tr("Working dir"), mono=True)
        f.add("user", self.tr("User"))
        f.add("created", self.tr("Created"))
        f.add("started", self.tr("Started"))
        f.add("finished", self.tr("Finished"))
        f.add("restart", self.tr("Restart"))
        f.add("id", self.tr("ID"), mono=True)

        # three columns, so the narrow inspector column reads them whole: the type goes with the
        # source (a volume is a link), propagation (rarely set) with the destination's tooltip
        self.mounts = SummaryTable([
            Column(self.tr("Source / volume"),
                   lambda m: (_short(m.volume) + (" (anonymous)" if m.anonymous else "")) if m.is_volume
                   else f"{m.type}: {m.source_text}" if m.source else m.type,
                   tooltip=self._mount_tooltip, link=lambda m: m.is_volume),
            Column(self.tr("Destination"), lambda m: m.destination, mono=True,
                   tooltip=lambda m: m.destination + (self.tr("\nPropagation: {0}").format(m.propagation)
                                                      if m.propagation else "")),
            Column(self.tr("Read-only"), lambda m: self.tr("yes") if m.read_only else self.tr("no")),
        ])
        self.mounts.setObjectName("mountsTable")
        self.mounts.link_clicked.connect(self._on_mount_clicked)
        self.mounts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.mounts.customContextMenuRequested.connect(self._on_mounts_menu)
        self.mounts_section = self.section(self.tr("Mounts"), self.mounts, self.tr("No mounts"))
        self.ports = SummaryTable([
            Column(self.tr("Container port"), lambda p: p.container_port),
            Column(self.tr("Published on the host"),
                   lambda p: p.text().split(" → ")[0] if p.published else self.tr("not published")),
        ])
        self.ports_section = self.section(self.tr("Ports"), self.ports, self.tr("No ports"))
        self._add_env_section()
        self.labels = _pairs_table(self.tr("Label"), self.tr("Value"))
        self.labels_section = self.section(self.tr("Labels"), self.labels)
        self.networks = SummaryTable([
            Column(self.tr("Network"), lambda n: n.name),
            Column(self.tr("IP address"), lambda n: n.ip_address or "—"),
            Column(self.tr("Gateway"), lambda n: n.gateway or "—"),
            Column(self.tr("Aliases"), lambda n: ", ".join(n.aliases)),
        ])
        self.networks_section = self.section(self.tr("Networks"), self.networks)
        self.finish()
        self.summary: ContainerSummary | None = None

    def _mount_tooltip(self, m: MountRow) -> str:
        if m.is_volume:
            return self.tr("Volume {0} — click to select it in the volumes view\nOn the host: {1}").format(
                m.volume, m.source)
        return m.source_text

    def set_summary(self, s: ContainerSummary) -> None:
        self.summary = s
        f = self.facts
        f.set("state", s.state_text)
        health = s.health
        if health in ("healthy", "starting") and not s.health_last_output and s.running:
            health = ""  # already in the state line
        if health and s.health_failing_streak:
            health += f", {s.health_failing_streak} failed checks in a row"
        if health and s.health_last_output:
            health += f" — last check said: {s.health_last_output[:200]}"
        f.set("health", health)
        f.set("error", s.error)
        image = html.escape(s.image or s.image_id)
        f.set("image", f'<a href="image:{html.escape(s.image_id)}">{image}</a>', rich=True,
              tooltip=self.tr("Click to select the image"))
        f.set("image_id", s.image_id.removeprefix("sha256:")[:12], tooltip=s.image_id)
        f.set("entrypoint", shlex.join(s.entrypoint) if s.entrypoint else "")
        f.set("command", shlex.join(s.command) if s.command else "")
        f.set("working_dir", s.working_dir)
        f.set("user", s.user)
        f.set("created", time_text(s.created))
        f.set("started", time_text(s.started) if s.started else "")
        f.set("finished", time_text(s.finished) if s.finished and not s.running else "")
        restart = s.restart_text
        if s.restart_count:
            restart += self.tr(" — restarted {0} times").format(s.restart_count)
        f.set("restart", restart)
        f.set("id", s.short_id, tooltip=self.tr("{0}\nThe full ID is in Raw JSON (Id)").format(s.id))
        self.mounts.set_rows(s.mounts)
        self.mounts_section.set_empty(not s.mounts)
        self.ports.set_rows(s.ports)
        self.ports_section.set_empty(not s.ports)
        self._set_env(s.env)
        self.labels.set_rows(s.labels)
        self.labels_section.set_empty(not s.labels)
        networks = s.networks if s.network_mode != "none" else ()
        self.networks.set_rows(networks)
        mode = s.network_mode if s.network_mode not in ("", "default", "bridge", "none") else ""
        self.networks_section.title.setText(
            f"<b>{self.tr('Networks')}</b>" + (f" (mode {html.escape(mode)})" if mode else ""))
        no_network = self.tr("No network: started with --network none")
        self.networks_section.empty.setText(no_network if s.network_mode == "none" else self.tr("None"))
        self.networks_section.set_empty(not networks)

    @Slot(object, int)
    def _on_mount_clicked(self, row: MountRow, _column: int) -> None:
        if row.is_volume:
            self.volume_requested.emit(row.volume)

    def mount_menu(self, row: MountRow) -> QMenu:
        """Remove this mount / replace its volume — both by a safe re-create of the container."""
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Remove this mount…"))
        remove.triggered.connect(lambda: self.mount_change_requested.emit("remove", row))
        if row.is_volume:
            replace = menu.addAction(self.tr("Replace its volume…"))
            replace.triggered.connect(lambda: self.mount_change_requested.emit("replace", row))
        return menu

    @Slot(object)
    def _on_mounts_menu(self, pos) -> None:
        index = self.mounts.indexAt(pos)
        if not index.isValid() or self.summary is None:
            return
        row = self.summary.mounts[index.row()]
        self._menu = self.mount_menu(row)
        self._menu.popup(self.mounts.viewport().mapToGlobal(pos))


class VolumeSummaryView(SummaryPage):
    measure_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        f = self.facts
        f.add("driver", self.tr("Driver"))
        f.add("scope", self.tr("Scope"))
        f.add("mountpoint", self.tr("Mountpoint"), mono=True)
        f.add("created", self.tr("Created"))
        f.add("anonymous", self.tr("Anonymous"))
        self.size_label = f.add("size", self.tr("Size"))
        self.measure_button = QPushButton(self.tr("Measure size"))
        self.measure_button.setObjectName("measureSize")
        self.measure_button.setToolTip(self.tr(
            "Ask the engine for disk usage (docker system df -v). It walks every volume's files, "
            "which can take a while on big hosts."))
        self.measure_button.clicked.connect(self.measure_requested)
        measure_row = QHBoxLayout()
        measure_row.addWidget(self.measure_button)
        measure_row.addStretch(1)
        f.form.addRow("", measure_row)

        self.users = SummaryTable([
            Column(self.tr("Container"), lambda u: u.container_name, link=lambda _u: True,
                   tooltip=lambda u: self.tr("Click to select {0} in the containers view").format(
                       u.container_name)),
            Column(self.tr("Mounted at"), lambda u: u.destination, mono=True),
            Column(self.tr("Access"),
                   lambda u: self.tr("read-only") if u.read_only else self.tr("read-write")),
            Column(self.tr("State"), lambda u: self.tr("running") if u.running else self.tr("stopped")),
        ])
        self.users.setObjectName("volumeUsersTable")
        self.users.link_clicked.connect(self._on_user_clicked)
        self.users_section = self.section(self.tr("Used by"), self.users,
                                          self.tr("No container uses this volume"))
        self.labels = _pairs_table(self.tr("Label"), self.tr("Value"))
        self.labels_section = self.section(self.tr("Labels"), self.labels)
        self.options = _pairs_table(self.tr("Option"), self.tr("Value"))
        self.options_section = self.section(self.tr("Driver options"), self.options)
        self.finish()
        self.summary: VolumeSummary | None = None

    def set_summary(self, s: VolumeSummary) -> None:
        if self.summary is None or self.summary.name != s.name:
            self.set_size(None)
        self.summary = s
        f = self.facts
        f.set("driver", s.driver)
        f.set("scope", s.scope)
        f.set("mountpoint", s.mountpoint)
        f.set("created", time_text(s.created))
        f.set("anonymous", self.tr("yes — created for a container without a name") if s.anonymous else "")
        self.users.set_rows(s.users)
        self.users_section.set_empty(not s.users)
        self.labels.set_rows(s.labels)
        self.labels_section.set_empty(not s.labels)
        self.options.set_rows(s.options)
        self.options_section.set_empty(not s.options)

    def set_size(self, size: VolumeSize | None, message: str = "") -> None:
        """Show a measurement, or a message ("Measuring…", an error), or nothing measured yet."""
        if message:
            text = message
        elif size is None:
            text = self.tr("not measured")
        else:
            text = self.tr("{0}, measured {1}").format(human_size(size.size, ".3g"),
                                                       time_text(size.measured_at))
        self.facts.set("size", text)

    @Slot(object, int)
    def _on_user_clicked(self, row: VolumeUse, _column: int) -> None:
        self.container_requested.emit(row.container_id)


class ImageSummaryView(SummaryPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        f = self.facts
        f.add("tags", self.tr("Tags"))
        f.add("id", self.tr("ID"), mono=True)
        f.add("size", self.tr("Size"))
        f.add("created", self.tr("Created"))
        f.add("platform", self.tr("Platform"))
        f.add("entrypoint", self.tr("Entrypoint"), mono=True)
        f.add("command", self.tr("Command"), mono=True)
        f.add("working_dir", self.tr("Working dir"), mono=True)
        f.add("user", self.tr("User"))
        f.add("ports", self.tr("Exposed ports"))
        f.add("volumes", self.tr("Declared volumes"), mono=True)
        f.add("layers", self.tr("Layers"))
        f.add("digests", self.tr("Digests"), mono=True)
        f.add("comment", self.tr("Comment"))
        f.add("author", self.tr("Author"))
        self.users = SummaryTable([
            Column(self.tr("Container"), lambda u: u.container_name, link=lambda _u: True,
                   tooltip=lambda u: self.tr("Click to select {0} in the containers view").format(
                       u.container_name)),
            Column(self.tr("State"), lambda u: u.state),
        ])
        self.users.setObjectName("imageUsersTable")
        self.users.link_clicked.connect(self._on_user_clicked)
        self.users_section = self.section(self.tr("Used by"), self.users,
                                          self.tr("No container uses this image"))
        self._add_env_section()
        self.labels = _pairs_table(self.tr("Label"), self.tr("Value"))
        self.labels_section = self.section(self.tr("Labels"), self.labels)
        self.finish()
        self.summary: ImageSummary | None = None

    def set_summary(self, s: ImageSummary) -> None:
        self.summary = s
        f = self.facts
        f.set("tags", ", ".join(s.tags) or self.tr("<none> (untagged)"))
        f.set("id", s.short_id, tooltip=self.tr("{0}\nThe full ID is in Raw JSON (Id)").format(s.id))
        f.set("size", human_size(s.size, ".3g"))
        f.set("created", time_text(s.created))
        f.set("platform", s.platform)
        f.set("entrypoint", shlex.join(s.entrypoint) if s.entrypoint else "")
        f.set("command", shlex.join(s.command) if s.command else "")
        f.set("working_dir", s.working_dir)
        f.set("user", s.user)
        f.set("ports", ", ".join(s.exposed_ports) or self.tr("none"))
        f.set("volumes", "\n".join(s.volumes) or self.tr("none"))
        f.set("layers", str(s.layers) if s.layers else "")
        f.set("digests", "\n".join(s.digests))
        f.set("comment", s.comment)
        f.set("author", s.author)
        self.users.set_rows(s.users)
        self.users_section.set_empty(not s.users)
        self._set_env(s.env)
        self.labels.set_rows(s.labels)
        self.labels_section.set_empty(not s.labels)

    @Slot(object, int)
    def _on_user_clicked(self, row: ImageUser, _column: int) -> None:
        self.container_requested.emit(row.container_id)
