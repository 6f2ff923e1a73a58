"""Snapshot and roll back of a volume, next to ``docker run … tar`` in the same run.

    .venv/bin/python benchmarks/snapshots.py [--size 300] [--runs 3] [--files N] [--out FILE]

Starts its own private engine (never the user's), fills a volume (a few big random files and a
thousand small ones, as ``volume_data.py`` does) and, alternating the order each run, times:

* snapshot, volgui: ``snapshots.snapshot`` (export the direct way + manifest with every file's
  sha256, read back whole), and the CLI: ``docker run --rm -v VOL:/v -v DIR:/b IMAGE tar -C /v
  -cf /b/cli-N.tar .`` (a new file each run, as volgui's; both removed at the end of the run);
* the other way to keep a snapshot, a hidden labelled clone volume: one container from volgui's
  tools image running ``cp -a /s/. /d/`` (no hashes: a diff would need another pass), and
  volgui's ``clone_volume`` through the archive endpoints;
* roll back, volgui: ``snapshots.rollback`` (safety snapshot, archive checked against its manifest,
  exact restore) after one file was added (it restores only what changed) and after every big file
  was changed (more than ``partial_restore.MAX_DELETES`` paths: the whole archive is restored —
  now in the one container that also writes the safety archive, ``swap_restore``, the old entries
  removed after it returned, ``rollback_aside``; "inside": removed before it returns); both the
  previous way ("previous": the safety snapshot, then one container emptying the volume and
  extracting the file, ``restore_file``); and the CLI's
  ``docker run … sh -c 'cd /v && rm -rf -- * .[!.]* ..?* && tar -C /v -xf /b/cli-N.tar'`` — alone, and
  after a ``tar -cf`` of the current state (the same safety copy volgui makes).

and "before", in the same runs so that before and after meet the same load: the snapshot the way
it was made before the one-pass manifest (the FIFO export, then the manifest's scan reading the
file back), and the roll back the way it was made before ``restore_file`` (the one-pass safety
snapshot, then an ``rm -rf`` container or the endpoints' deletes, and the restore through the pipe).

``--files N`` measures only the snapshot of a volume of N small files (0–299 bytes, 1000 to a
folder, made on this machine and copied in by one ``cp -a`` container), alternating: volgui's
snapshot; "before", the same with every header read a second time by ``tarfile`` at the end, as
before ``plain_header``; and the CLI's ``tar -cf`` into a new file — each archive removed right
after its own timing.

Every run uses the same volume; the load average is recorded before each run. Prints JSON
(medians, each run, pairwise ratios CLI seconds / volgui seconds: above 1 means volgui was
faster). Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from volume_data import IMAGE, MB, cli, drop, fill  # noqa: E402 - a sibling script


@contextlib.contextmanager
def the_previous_way():
    """Roll backs without ``swap_restore``: the safety snapshot first, then ``restore_file``."""
    from volgui.engine.volumes import direct, rollback_swap

    def refuse(*_args, **_kwargs):
        raise direct.DirectUnavailableError("measuring the previous way")

    real = rollback_swap.safety_and_restore
    rollback_swap.safety_and_restore = refuse
    try:
        yield
    finally:
        rollback_swap.safety_and_restore = real


@contextlib.contextmanager
def removed_inside():
    """Whole roll backs in one container that remove the old entries inside the volume before
    returning, as the round before ``rollback_aside`` did."""
    from volgui.engine.volumes import rollback_aside

    real = rollback_aside.volume_folder
    rollback_aside.volume_folder = lambda *_args: ""
    try:
        yield
    finally:
        rollback_aside.volume_folder = real


def removals_ended(api) -> float:
    """Seconds until what a roll back left running after it returned has ended: its container's
    end, then the removal of the old entries (``rollback_aside``)."""
    from volgui.engine.volumes import helpers, rollback_aside

    t0 = time.perf_counter()
    for role in ("rollback", rollback_aside.ROLE):
        while api.containers(all=True, filters={"label": f"{helpers.HELPER_LABEL}={role}"}):
            time.sleep(0.01)
    return time.perf_counter() - t0


@contextlib.contextmanager
def the_way_before(export: bool = True, restore: bool = True):
    """``export``: exports by the FIFO and manifests scanned afterwards, as before the one-pass
    manifest; ``restore``: roll backs restore through the pipe, as before ``restore_file``."""
    from volgui.engine.volumes import direct, restore_file, transfer

    def refuse(*_args, **_kwargs):
        raise direct.DirectUnavailableError("measuring the way before")

    real = transfer.direct_file.tar_into_file, restore_file.restore
    if export:
        transfer.direct_file.tar_into_file = refuse
    if restore:
        restore_file.restore = refuse
    try:
        yield
    finally:
        transfer.direct_file.tar_into_file, restore_file.restore = real


def timed(fn, *args, **kwargs) -> float:
    t0 = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t0


def clone_by_cp(engine, image: str, src: str, dst: str) -> None:
    """A hidden labelled clone volume made by one ``cp -a`` container (what volgui would run)."""
    import docker.types

    api = engine.api
    api.create_volume(dst, labels={"volgui.snapshot": src})
    mounts = [docker.types.Mount("/s", src, type="volume", read_only=True),
              docker.types.Mount("/d", dst, type="volume", no_copy=True)]
    c = api.create_container(image, ["-a", "/s/.", "/d/"], entrypoint=["cp"], network_disabled=True,
                             host_config=api.create_host_config(mounts=mounts, network_mode="none"))
    try:
        api.start(c["Id"])
        if api.wait(c["Id"])["StatusCode"] != 0:
            raise RuntimeError(api.logs(c["Id"]))
    finally:
        api.remove_container(c["Id"], force=True)


def roll_back(engine, manifest, folder, methods: set | None) -> None:
    from volgui.engine.volumes import snapshots

    result = snapshots.rollback(engine, manifest, folder)
    if methods is not None:
        methods.add(result.method)


def bench(host: str, size_mb: int, runs: int, work: Path) -> dict:
    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.volumes import direct, snapshots
    from volgui.engine.volumes.transfer import clone_volume

    volume = f"vgbench-snap-{size_mb}"
    data_bytes = fill(host, volume, size_mb)
    engine = Engine.connect(ConnectionSpec(host, "bench"))
    image, _argv = direct.find_tar_image(engine)
    folder = work / "snapshots"
    t: dict[str, list[float]] = {k: [] for k in (
        "snapshot_app", "snapshot_before", "snapshot_cli", "clone_cp", "clone_endpoints",
        "rollback_app", "rollback_before", "rollback_app_whole", "rollback_whole_before", "rollback_cli",
        "rollback_cli_with_safety_copy", "rollback_previous", "rollback_whole_previous", "rollback_inside",
        "rollback_whole_inside", "removal_after_return")}
    methods: dict[str, set[str]] = {"rollback_app": set(), "rollback_app_whole": set(),
                                    "rollback_previous": set(), "rollback_whole_previous": set(),
                                    "rollback_whole_inside": set()}
    loads: list[float] = []

    def sh(script: str) -> float:
        """``docker run --rm -v VOL:/v -v WORK:/b IMAGE sh -c SCRIPT``, timed."""
        return timed(cli, host, "run", "--rm", "-v", f"{volume}:/v", "-v", f"{work}:/b", IMAGE,
                     "sh", "-c", script)

    try:
        for i in range(runs):
            # the CLI writes new files, as volgui does: on this machine (a VM whose freed memory goes
            # back to the host) writing over one file each run was up to twice as fast as a new one
            restore = f"cd /v && rm -rf -- * .[!.]* ..?* && tar -C /v -xf /b/cli-{i}.tar"
            loads.append(round(os.getloadavg()[0], 1))
            order = ("app", "before", "cli") if i % 2 == 0 else ("cli", "before", "app")
            for who in order:
                if who == "app":
                    t["snapshot_app"].append(timed(snapshots.snapshot, engine, volume, folder, note=f"{i}"))
                elif who == "before":
                    with the_way_before(restore=False):
                        t["snapshot_before"].append(timed(snapshots.snapshot, engine, volume, folder))
                else:
                    t["snapshot_cli"].append(sh(f"tar -C /v -cf /b/cli-{i}.tar ."))
            for kind in ("clone_cp", "clone_endpoints"):
                dst = f"vgbench-clone-{i}-{kind}"
                if kind == "clone_cp":
                    t[kind].append(timed(clone_by_cp, engine, image, volume, dst))
                else:
                    t[kind].append(timed(clone_volume, engine, volume, dst, estimate=False))
                drop(host, dst)
            target = snapshots.list_snapshots(folder, volume)[-1]  # the oldest: run 0's
            ways = ("app", "inside", "previous", "before", "cli")
            for who in ways if i % 2 == 0 else ways[::-1]:
                sh(f"echo {i}{who} > /v/changed")
                if who in ("app", "inside", "previous", "before"):
                    few, whole = {"app": ("rollback_app", "rollback_app_whole"),
                                  "inside": ("rollback_inside", "rollback_whole_inside"),
                                  "previous": ("rollback_previous", "rollback_whole_previous"),
                                  "before": ("rollback_before", "rollback_whole_before")}[who]
                    with contextlib.ExitStack() as way:
                        if who == "inside":
                            way.enter_context(removed_inside())
                        elif who != "app":
                            way.enter_context(the_previous_way())
                        if who == "before":
                            way.enter_context(the_way_before(export=False))
                        t[few].append(timed(roll_back, engine, target.manifest, folder, methods.get(few)))
                        sh("for f in /v/big*.bin; do echo x >> $f; done")
                        t[whole].append(timed(roll_back, engine, target.manifest, folder, methods.get(whole)))
                        ended = removals_ended(engine.api)  # never overlapping the next timed step
                        if who == "app":
                            t["removal_after_return"].append(ended)
                else:
                    t["rollback_cli"].append(sh(restore))
                    sh(f"echo {i} > /v/changed")
                    safety = sh(f"tar -C /v -cf /b/safety-{i}.tar . && {restore}")
                    t["rollback_cli_with_safety_copy"].append(safety)
            for snap in snapshots.list_snapshots(folder, volume):  # keep the folders small between runs
                if snap.manifest != target.manifest:
                    snap.backup.archive.unlink()
                    snap.manifest.unlink()
            for name in (f"cli-{i}.tar", f"safety-{i}.tar"):
                (work / name).unlink(missing_ok=True)
    finally:
        engine.close()
        drop(host, volume)
    med = statistics.median

    def pair(app: str, cli_key: str) -> dict:
        return {"app_s": round(med(t[app]), 3), "cli_s": round(med(t[cli_key]), 3),
                "ratio_cli_over_app": round(med(t[cli_key]) / med(t[app]), 2),
                "ratio_pairwise": round(med([c / a for a, c in zip(t[app], t[cli_key], strict=True)]), 2),
                "app_runs": [round(x, 3) for x in t[app]], "cli_runs": [round(x, 3) for x in t[cli_key]]}

    return {
        "volume_mb": round(data_bytes / MB, 1), "runs": runs, "load_average_before_each_run": loads,
        "before_means": {"snapshot": "the FIFO export, then the manifest's scan of the written file",
                         "rollback": "the one-pass safety snapshot, then an rm container (or the endpoints' "
                                     "deletes) and the restore through the pipe"},
        "snapshot": pair("snapshot_app", "snapshot_cli"),
        "snapshot_before": pair("snapshot_before", "snapshot_cli"),
        "rollback_before": pair("rollback_before", "rollback_cli"),
        "rollback_whole_volume_before": pair("rollback_whole_before", "rollback_cli"),
        "clone_volume_instead": {k: {"median_s": round(med(t[k]), 3), "runs": [round(x, 3) for x in t[k]],
                                     "ratio_to_cli_tar": round(med(t["snapshot_cli"]) / med(t[k]), 2)}
                                 for k in ("clone_cp", "clone_endpoints")},
        "rollback": pair("rollback_app", "rollback_cli"),
        "rollback_vs_cli_with_safety_copy": pair("rollback_app", "rollback_cli_with_safety_copy"),
        "rollback_whole_volume": pair("rollback_app_whole", "rollback_cli"),
        "rollback_whole_volume_vs_cli_with_safety_copy": pair("rollback_app_whole",
                                                              "rollback_cli_with_safety_copy"),
        "previous_means": "the safety snapshot, then one container emptying the volume and extracting "
                          "the snapshot's file (restore_file)",
        "rollback_previous_vs_cli_with_safety_copy": pair("rollback_previous",
                                                          "rollback_cli_with_safety_copy"),
        "rollback_whole_volume_previous_vs_cli_with_safety_copy": pair("rollback_whole_previous",
                                                                       "rollback_cli_with_safety_copy"),
        "rollback_whole_volume_previous_over_now": pair("rollback_app_whole", "rollback_whole_previous"),
        "rollback_previous_over_now": pair("rollback_app", "rollback_previous"),
        "inside_means": "the same one container, the old entries removed inside the volume before the "
                        "roll back returns (the round before rollback_aside)",
        "rollback_whole_volume_inside_vs_cli_with_safety_copy": pair("rollback_whole_inside",
                                                                     "rollback_cli_with_safety_copy"),
        "rollback_whole_volume_inside_over_now": pair("rollback_app_whole", "rollback_whole_inside"),
        "removal_after_return_s": [round(x, 3) for x in t["removal_after_return"]],
        "methods": {k: sorted(v) for k, v in methods.items()},
    }


def make_tree(root: Path, files: int) -> None:
    for i in range(files):
        folder = root / f"d{i // 1000}"
        if i % 1000 == 0:
            folder.mkdir()
        (folder / f"f{i}.txt").write_bytes(b"x" * (i % 300))


def bench_files(host: str, files: int, runs: int, work: Path) -> dict:
    """``--files``: the snapshot of a volume of many small files (see the module's docstring)."""
    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.volumes import snapshots, stream_scan

    tree = work / "tree"
    tree.mkdir()
    make_tree(tree, files)
    volume = f"vgbench-files-{files}"
    cli(host, "volume", "create", volume)
    cli(host, "run", "--rm", "-v", f"{volume}:/v", "-v", f"{tree}:/s:ro", IMAGE, "cp", "-a", "/s/.", "/v/")
    engine = Engine.connect(ConnectionSpec(host, "bench"))
    real_init = stream_scan.StreamScan.__init__

    def second_pass(self) -> None:
        real_init(self)
        self._entries = None  # tarfile reads every header again at the end, as before

    t: dict[str, list[float]] = {"app": [], "before": [], "cli": []}
    loads = []
    try:
        for i in range(runs):
            loads.append(round(os.getloadavg()[0], 1))
            for who in (("app", "before", "cli") if i % 2 == 0 else ("cli", "before", "app")):
                t0 = time.perf_counter()
                if who == "cli":
                    cli(host, "run", "--rm", "-v", f"{volume}:/v", "-v", f"{work}:/b", IMAGE,
                        "tar", "-C", "/v", "-cf", f"/b/cli-{i}.tar", ".")
                    t[who].append(time.perf_counter() - t0)
                    (work / f"cli-{i}.tar").unlink()
                    continue
                if who == "before":
                    stream_scan.StreamScan.__init__ = second_pass
                try:
                    made = snapshots.snapshot(engine, volume, work / "snapshots")
                finally:
                    stream_scan.StreamScan.__init__ = real_init
                t[who].append(time.perf_counter() - t0)
                made.archive.unlink()
                made.manifest.unlink()
    finally:
        engine.close()
        drop(host, volume)
    med = statistics.median
    return {
        "files": files, "runs": runs, "load_average_before_each_run": loads,
        "median_s": {k: round(med(v), 3) for k, v in t.items()},
        "runs_s": {k: [round(x, 3) for x in v] for k, v in t.items()},
        "ratio_cli_over_app": round(med(t["cli"]) / med(t["app"]), 2),
        "ratio_cli_over_before": round(med(t["cli"]) / med(t["before"]), 2),
        "ratio_pairwise": round(med([c / a for a, c in zip(t["app"], t["cli"], strict=True)]), 2),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--files", type=int, default=0, help="only the snapshot of this many small files")
    ap.add_argument("--out")
    args = ap.parse_args()
    from private_engine import PrivateEngine

    engine = PrivateEngine.create(prefix="volgui-bench-")
    report: dict = {"cpu_count": os.cpu_count(), "load_average_at_start": round(os.getloadavg()[0], 1)}
    try:
        engine.start()
        engine.ensure_test_image()
        with tempfile.TemporaryDirectory(prefix="volgui-bench-", dir="/var/tmp") as tmp:
            if args.files:
                report["result"] = bench_files(engine.host, args.files, args.runs, Path(tmp))
            else:
                report["result"] = bench(engine.host, args.size, args.runs, Path(tmp))
    finally:
        engine.destroy()
    report["load_average_at_end"] = round(os.getloadavg()[0], 1)
    text = json.dumps(report, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
