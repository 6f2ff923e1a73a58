#!/usr/bin/env python3
"""Every screenshot in docs/screenshots/, taken from the real window against the private test engine.

    .venv/bin/python tests/private_engine.py run -- .venv/bin/python packaging/take_screenshots.py

runs against the private test engine (``VOLGUI_TEST_DOCKER_HOST``): it adds a few example volumes
and containers (labelled ``volgui.test``, removed afterwards), then grabs the offscreen window at
1280×800, one process per palette or engine: the populated window (light.png, main-window.png,
dark.png), an engine that is not there (disconnected.png), a second throwaway engine with nothing on it
(empty.png), and the features at work (logs, stats, terminal, learn-step, learn-step-done,
volume-backup, backup-direct, volume-browser, container-files, compose-projects), and View ▸ High contrast
(high-contrast, high-contrast-run, high-contrast-mount). The inspect-*.png panels come from
``tests/gui/test_inspect_panel.py::test_screenshots`` (see docs/inspect.md). With ``--language de``
(or ``es``) the populated window and the tour are taken in that language, into docs/screenshots/de/.
"""

from __future__ import annotations

import argparse
import atexit
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LABELS = {"volgui.test": "screenshot"}
ABSENT_HOST = "unix:///run/volgui-screenshot/docker.sock"  # no engine answers there
EXAMPLES = {  # container: (volume, mount point, what it prints before sleeping)
    "shop-db": ("shop-db-data", "/var/lib/postgresql/data",
                ["database system is ready to accept connections", "checkpoint starting: time",
                 "checkpoint complete: wrote 42 buffers"]),
    "shop-web": ("shop-uploads", "/srv/uploads",
                 ["listening on :8080", "GET /products 200 12ms", "GET /cart 200 8ms",
                  "POST /checkout 201 31ms", "GET /uploads/logo.png 200 2ms"]),
    "wiki": ("wiki-content", "/var/www/data", ["wiki ready on :3000"]),
    "metrics": ("metrics-tsdb", "/prometheus", []),
}
UPLOADS = {  # what shop-web's volume holds, for the terminal and the volume browser
    "logo.png": b"\x89PNG\r\n\x1a\n" + bytes(2000),
    "README.txt": b"Customer uploads, one folder a year.\n",
    "2025/invoice-0001.pdf": b"%PDF-1.4\n" + bytes(30000),
    "2025/invoice-0002.pdf": b"%PDF-1.4\n" + bytes(41000),
    "2026/photo-shelf.jpg": bytes(250_000),
}
SHOTS = ("light", "dark", "main", "tour", "contrast", "compose", "disconnected", "empty")
SHOP = {"com.docker.compose.project": "shop", "com.docker.compose.project.working_dir": "/home/ana/shop",
        "com.docker.compose.project.config_files": "/home/ana/shop/compose.yaml"}  # shop-* as compose made it


def _uploads_tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in UPLOADS.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_767_000_000
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def seed(host: str) -> None:
    import docker

    sys.path.insert(0, str(ROOT / "tests"))
    from private_engine import ensure_test_image

    image = ensure_test_image(host)
    api = docker.APIClient(base_url=host, version="auto", timeout=60)
    unseed(api)
    for container, (volume, target, lines) in EXAMPLES.items():
        shop = container.startswith("shop-")
        service = container.removeprefix("shop-")
        project = {"com.docker.compose.project": "shop"} if shop else {}
        api.create_volume(volume, labels={**LABELS, **project})
        cfg = api.create_host_config(binds={volume: {"bind": target, "mode": "rw"}}, network_mode="none")
        script = "".join(f"echo {line}; " for line in lines) + "exec sleep 3600"  # unquoted: Inspect shows it
        labels = {**LABELS, **SHOP, "com.docker.compose.service": service} if shop else LABELS
        cid = api.create_container(image, ["sh", "-c", script], name=container, labels=labels,
                                   host_config=cfg)["Id"]
        if container == "shop-web":
            api.put_archive(cid, target, _uploads_tar())
        if container != "metrics":
            api.start(cid)
    api.create_volume("backups-archive", labels=LABELS)
    api.close()


def unseed(api) -> None:
    for label in ("volgui.test=screenshot", "volgui.lesson"):  # a lesson left half-way, too
        for c in api.containers(all=True, filters={"label": label}):
            api.remove_container(c["Id"], force=True)
    for label in ("volgui.test=screenshot", "volgui.lesson"):
        for v in api.volumes(filters={"label": label}).get("Volumes") or []:
            api.remove_volume(v["Name"], force=True)


def pump(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait(condition, what: str, timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit(f"take_screenshots: gave up waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget, path: Path) -> None:
    pump(0.3)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"take_screenshots: cannot write {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def open_window(host: str, scheme: str = "light", connect: bool = True):
    """The window with every feature, as a person starts it, 1280×800."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from volgui import paths

    config = tempfile.mkdtemp(prefix="volgui-shots-")  # a fresh start: no saved engines or settings
    atexit.register(shutil.rmtree, config, ignore_errors=True)
    paths.set_config_dir(config)
    from volgui.app import build_window, create_application

    create_application([sys.argv[0]], color_scheme="dark" if scheme == "dark" else "light")
    window = build_window(host=host)
    window.resize(1280, 800)
    window.show()
    if connect:
        wait(lambda: window.session.state.connected, f"a connection to {host}")
    pump(4.0)  # let the views load and the events settle
    return window


def _select(parent, name: str) -> None:
    """Make the row named ``name`` current in whichever visible list shows it."""
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtWidgets import QAbstractItemView

    for view in parent.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible() or not model.rowCount():
            continue
        hits = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1, Qt.MatchFlag.MatchExactly)
        if hits:
            view.setFocus()
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(hits[0], flags.ClearAndSelect | flags.Rows)
            return


def container_id(window, name: str) -> str:
    import docker

    api = docker.APIClient(base_url=window.session.spec.host, version="auto", timeout=30)
    try:
        return api.inspect_container(name)["Id"]
    finally:
        api.close()


def populated(host: str, scheme: str, outdir: Path) -> None:
    """A volume's details (light.png, dark.png) or a container's (main-window.png), as a person sees them."""
    window = open_window(host, scheme)
    if scheme == "main":
        window.selection.select_container(container_id(window, "shop-web"))
    else:
        window.selection.select_volume("shop-db-data")
    pump(3.0)
    save(window, outdir / ("main-window.png" if scheme == "main" else f"{scheme}.png"))
    _finish(window)


def tour(host: str, outdir: Path) -> None:
    """The features at work, in the light palette."""
    window = open_window(host)
    ctx = window.context
    web = container_id(window, "shop-web")
    logs = ctx.features.logs_feature
    ctx.bottom_tabs.setCurrentWidget(logs.logs_view)
    wait(lambda: window.selection.select_container(web), "shop-web in the list")
    wait(lambda: logs.logs_view.text_view.line_count() >= 5, "shop-web's logs")
    pump(1.0)
    save(window, outdir / "logs.png")

    ctx.bottom_tabs.setCurrentWidget(logs.stats_view)
    pump(12.0)  # a few samples for the graphs
    save(window, outdir / "stats.png")

    _terminal(window, web, outdir)
    _shells(window, web, outdir)
    _learn(window, outdir)
    _backup(window, outdir)
    _browser(window, outdir)
    _container_files(window, web, outdir)
    _finish(window)


def _terminal(window, web: str, outdir: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from volgui.ui.features.terminal.feature import open_terminal

    tab = open_terminal(window.context, web, name="shop-web")
    wait(lambda: tab.state == "running", "the terminal")
    pump(1.0)
    QTest.keyClicks(tab.view, "ls -l /srv/uploads")
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    pump(2.0)
    save(window, outdir / "terminal.png")
    window.context.bottom_tabs.tabCloseRequested.emit(window.context.bottom_tabs.indexOf(tab))
    pump(1.0)


def _shells(window, web: str, outdir: Path) -> None:
    """A debug shell beside shop-web, then a read-only shell in its uploads volume."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ctx = window.context
    shells, terminals = ctx.features.shells, ctx.features.terminal_feature
    for action, select, line, name in (
            (shells.debug_action, lambda: window.selection.select_container(web),
             "ls /proc/1/root/srv/uploads; ps", "debug-shell.png"),
            (shells.volume_action, lambda: window.selection.select_volume("shop-uploads"),
             "ls -l; touch new-file", "volume-shell.png")):
        wait(select, "the row")
        pump(0.5)
        before = len(terminals.tabs)
        action.trigger()
        wait(lambda b=before: len(terminals.tabs) > b, "the shell's tab")
        tab = terminals.tabs[-1]
        wait(lambda t=tab: t.state == "running", "the shell")
        pump(1.0)
        QTest.keyClicks(tab.view, line)
        QTest.keyClick(tab.view, Qt.Key.Key_Return)
        pump(2.0)
        save(window, outdir / name)
        ctx.bottom_tabs.tabCloseRequested.emit(ctx.bottom_tabs.indexOf(tab))
        pump(1.0)


def _learn(window, outdir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel = window.context.features.learn_panel
    window.context.bottom_tabs.setCurrentIndex(0)  # Activity: it lists the step's command once done
    window.context.side_tabs.setCurrentWidget(panel)
    panel.chooser.setCurrentIndex(0)
    panel.ask_consent()
    panel._consent_box.done(QMessageBox.StandardButton.Yes)
    wait(lambda: panel.image != "" and panel.step_index == 0 and panel.do_button.isEnabled(), "a lesson")
    pump(1.0)
    save(window, outdir / "learn-step.png")
    panel.do_button.click()
    wait(lambda: 0 in panel.done_steps, "the lesson's first step")
    pump(2.0)
    save(window, outdir / "learn-step-done.png")
    panel.cleanup_button.click()
    wait(lambda: panel._plan is not None or panel.lesson is None, "the lesson's clean-up plan")
    if panel.lesson is not None:
        panel._cleanup_box.button(QMessageBox.StandardButton.Yes).click()
    wait(lambda: panel.lesson is None, "the lesson's clean-up")


def _backup(window, outdir: Path) -> None:
    from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog

    folder = tempfile.mkdtemp(prefix="backups-")
    names = ["backups-archive", "metrics-tsdb", "shop-db-data", "shop-uploads", "wiki-content"]
    dialog = ExportDialog(window.session, "shop-uploads", names, folder=folder, parent=window)
    dialog.show()
    pump(1.0)
    save(dialog, outdir / "volume-backup.png")
    dialog.start()
    wait(lambda: dialog.job_thread is None and "Done" in dialog.stats.text(), "the back-up", 60)
    pump(0.5)
    save(dialog, outdir / "backup-direct.png")
    dialog.done(0)
    for path in Path(folder).iterdir():
        path.unlink()
    os.rmdir(folder)


def _browser(window, outdir: Path) -> None:
    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.volumes import helpers
    from volgui.ui.features.volume_data.browser import VolumeBrowserDialog

    engine = Engine.connect(ConnectionSpec(window.session.spec.host, "screenshots"))
    helpers.ensure_helper_image(engine)
    engine.close()
    dialog = VolumeBrowserDialog(window.session, "shop-uploads", window)
    dialog.show()
    b = dialog.browser
    wait(lambda: b.path in b.cache and not b.jobs, "the volume's files")
    _select(dialog, "README.txt")  # its preview
    pump(2.0)
    save(dialog, outdir / "volume-browser.png")
    dialog.close()
    pump(1.0)


def _container_files(window, web: str, outdir: Path) -> None:
    """shop-web's /srv: a folder its write layer made beside the volume it mounts."""
    import docker
    from PySide6.QtWidgets import QSplitter

    api = docker.APIClient(base_url=window.session.spec.host, version="auto", timeout=30)
    script = ("mkdir -p /srv/cache && echo 'cart 1' > /srv/cache/session-1 && "
              "echo 'cart 2' > /srv/cache/session-2 && echo 'Welcome to the shop' > /etc/motd && "
              "rm -f /etc/passwd")
    api.exec_start(api.exec_create(web, ["sh", "-c", script]))
    api.close()
    ctx = window.context
    feature = ctx.features.container_files
    wait(lambda: window.selection.select_container(web), "shop-web in the list")
    ctx.bottom_tabs.setCurrentWidget(feature.tab)
    splitter = ctx.bottom_tabs.parentWidget()
    if isinstance(splitter, QSplitter):  # room for the files, as a person would drag it
        splitter.setSizes([250, 520])
    wait(lambda: feature.browser is not None and feature.browser.marks is not None, "the container's files")
    b = feature.browser
    wait(lambda: not b.jobs, "the container's files")
    b.refresh()  # the tab may have opened before the exec above (when the terminal's tab closed)
    wait(lambda: "" in b.cache and not b.jobs, "the container's files")
    b.navigate("srv")
    wait(lambda: "srv" in b.cache and not b.jobs, "shop-web's /srv")
    _select(b, "cache")
    pump(1.0)
    save(window, outdir / "container-files.png")


def contrast(host: str, outdir: Path) -> None:
    """View ▸ High contrast: the window with a container's logs, the run and mount dialogs."""
    from volgui.engine.containers.run_spec import VolumeMount

    window = open_window(host)
    ctx = window.context
    ctx.features.contrast.action.setChecked(True)
    web = container_id(window, "shop-web")
    logs = ctx.features.logs_feature
    ctx.bottom_tabs.setCurrentWidget(logs.logs_view)
    wait(lambda: window.selection.select_container(web), "shop-web in the list")
    wait(lambda: logs.logs_view.text_view.line_count() >= 5, "shop-web's logs")
    ctx.volumes_view.tree.setFocus()  # the volume shop-web uses: a linked row
    pump(1.0)
    save(window, outdir / "high-contrast.png")
    mounting = ctx.features.mounting
    run = mounting.open_run("volgui-test/busybox:latest", [VolumeMount("shop-uploads", "/srv/uploads", True)])
    pump(1.0)
    save(run, outdir / "high-contrast-run.png")
    run.done(0)
    mount = mounting.open_mount(ctx.container_model.object(web), "add", "wiki-content")
    wait(lambda: getattr(mount, "plan", None) is not None, "the mount plan")
    pump(1.0)
    save(mount, outdir / "high-contrast-mount.png")
    mount.done(0)
    _finish(window)


def projects(host: str, outdir: Path) -> None:
    """Both views grouped by compose project, the Projects tab open on "shop" (compose-projects.png)."""
    from PySide6.QtCore import Qt

    window = open_window(host)
    ctx = window.context
    for view in (ctx.containers_view, ctx.volumes_view):
        column = view.model.PROJECT
        header = view.tree.header()
        header.moveSection(header.visualIndex(column), 1)  # next to the name
        view.tree.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    panel = ctx.features.compose.panel
    ctx.side_tabs.setCurrentWidget(panel)
    wait(lambda: panel.select("shop"), "the shop project in the Projects tab")
    pump(1.0)
    save(window, outdir / "compose-projects.png")
    _finish(window)


def alone(host: str, name: str, outdir: Path) -> None:
    """The window on an engine that is not there, or on one with nothing on it."""
    window = open_window(host, connect=name != "disconnected")
    if name == "disconnected":
        pump(4.0)
    save(window, outdir / f"{name}.png")
    _finish(window)


def _finish(window) -> None:
    from volgui.app import finish

    window.close()
    finish(0)


def _run(shot: str, host: str, outdir: Path) -> None:
    subprocess.run([sys.executable, __file__, "--host", host, "--outdir", str(outdir), "--only", shot],
                   check=True)


def _empty_engine(outdir: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from private_engine import PrivateEngine

    engine = PrivateEngine.create(prefix="volgui-empty-")
    try:
        engine.start()
        _run("empty", engine.host, outdir)
    finally:
        engine.destroy()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("VOLGUI_TEST_DOCKER_HOST"))
    parser.add_argument("--outdir", type=Path, default=OUT)
    parser.add_argument("--only", choices=SHOTS, help="(internal) one process's screenshots")
    parser.add_argument("--language", choices=("de", "es"),
                        help="the window and the tour in this language, into OUTDIR/LANGUAGE/")
    args = parser.parse_args(argv)
    shots = ("light", "dark", "main", "tour", "contrast", "compose")
    if args.language and not args.only:  # the children inherit the desktop's language from here
        os.environ.update(LC_ALL=f"{args.language}_{args.language.upper()}.UTF-8", LANGUAGE=args.language)
        args.outdir = args.outdir / args.language
        args.outdir.mkdir(parents=True, exist_ok=True)
        shots = ("light", "tour")
    if args.only in ("light", "dark", "main"):
        populated(args.host, args.only, args.outdir)
        return 0
    if args.only == "tour":
        tour(args.host, args.outdir)
        return 0
    if args.only == "contrast":
        contrast(args.host, args.outdir)
        return 0
    if args.only == "compose":
        projects(args.host, args.outdir)
        return 0
    if args.only in ("disconnected", "empty"):
        alone(args.host, args.only, args.outdir)
        return 0
    if not args.host:
        parser.error("no engine: run under tests/private_engine.py run -- … or give --host")
    seed(args.host)
    try:
        for shot in shots:  # one process each: the palette is chosen at start-up
            _run(shot, args.host, args.outdir)
    finally:
        import docker

        api = docker.APIClient(base_url=args.host, version="auto", timeout=60)
        unseed(api)
        api.close()
    if not args.language:
        _run("disconnected", ABSENT_HOST, args.outdir)
        _empty_engine(args.outdir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
