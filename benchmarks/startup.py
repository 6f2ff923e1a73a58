"""Start-up benchmark: process start → both views populated, next to the docker CLI pair.

    .venv/bin/python benchmarks/startup.py [--n 1000] [--runs 5] [--host URL] [--out FILE]
                                           [--tree NAME=DIR ...]

Without ``--host`` it starts a private engine (never the user's) and seeds N containers and N
volumes (benchmarks/seed.py). Each run is a fresh process, timed from just before it is started:

* ``cli``: ``docker ps -a`` + ``docker volume ls`` (two processes, as a person types them);
* ``bare``: a minimal PySide6 script that imports Qt and the docker SDK, lists both and fills two
  QTableWidgets (what any Qt GUI over the SDK pays at least);
* ``volgui``: ``python -m volgui --host URL`` offscreen, with ``VOLGUI_STARTUP_TRACE`` set: the app
  appends timestamped marks (``app``, ``shown``, ``loaded:C:V``…) and the run ends at the first
  ``loaded`` mark whose row counts reach what the engine holds. ``--tree before=DIR`` also times
  the volgui of another source tree (e.g. a worktree of an older commit with the same trace marks)
  in the same runs, for a before/after comparison under the same load.

volgui's modules are compiled to bytecode first and the children may use it (as after an
install; with ``PYTHONDONTWRITEBYTECODE`` set and no cache, every start would compile volgui's
sources again: about 0.3 s). Medians of ``--runs`` runs, with the load average before and after
(figures from a busy machine are for relative comparisons only). Not part of the tests.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

from run import time_cli  # noqa: E402
from seed import seed  # noqa: E402

from private_engine import PrivateEngine  # noqa: E402

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QSplitter, QTableWidget, QTableWidgetItem
import docker

app = QApplication([])
api = docker.APIClient(base_url=sys.argv[1], version="auto")
containers = api.containers(all=True)
volumes = api.volumes().get("Volumes") or []
window = QSplitter()
for rows, keys in ((containers, ("Names", "Image", "State", "Status")),
                   (volumes, ("Name", "Driver", "Mountpoint", "CreatedAt"))):
    table = QTableWidget(len(rows), len(keys), window)
    for r, row in enumerate(rows):
        for c, key in enumerate(keys):
            table.setItem(r, c, QTableWidgetItem(str(row.get(key, ""))))
window.show()
app.processEvents()
print("READY", time.monotonic(), flush=True)
"""


def expected_rows(host: str) -> tuple[int, int]:
    """What both views show when complete: every container but volgui's helpers, every volume."""
    import docker

    api = docker.APIClient(base_url=host, version="auto", timeout=60)
    try:
        containers = [c for c in api.containers(all=True) if "volgui.helper" not in (c.get("Labels") or {})]
        return len(containers), len(api.volumes().get("Volumes") or [])
    finally:
        api.close()


def child_env(**extra: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    for name in ("PYTHONDONTWRITEBYTECODE", "DOCKER_HOST", "DOCKER_CONTEXT"):
        env.pop(name, None)
    return env


def time_bare(host: str) -> float:
    env = child_env()
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", BARE, host], capture_output=True, text=True, env=env,
                         check=True, timeout=300).stdout
    return float(out.split()[-1]) - t0


def read_marks(path: Path) -> list[tuple[str, float]]:
    try:
        lines = path.read_text().splitlines()
    except FileNotFoundError:
        return []
    marks = []
    for line in lines:
        name, _, value = line.rpartition(" ")
        try:
            marks.append((name, float(value)))
        except ValueError:
            pass  # a line being written
    return marks


def time_volgui(host: str, want: tuple[int, int], tree: Path = ROOT, extra_env: dict | None = None) -> dict:
    """One start of volgui: seconds from process start to each mark, up to both views complete."""
    with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
        trace = Path(tmp) / "trace"
        env = child_env(VOLGUI_STARTUP_TRACE=str(trace), **(extra_env or {}))
        cmd = [sys.executable, "-m", "volgui", "--host", host, "--config-dir", str(Path(tmp) / "config")]
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = t0 + 300
        done = None
        try:
            while done is None and time.monotonic() < deadline and proc.poll() is None:
                for name, at in read_marks(trace):
                    if name.startswith("loaded:"):
                        _, c, v = name.split(":")
                        if int(c) >= want[0] and int(v) >= want[1]:
                            done = at
                            break
                time.sleep(0.002)
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=30)
        if done is None:
            raise RuntimeError(f"volgui never showed every row:\n{err.decode()[-2000:]}")
        marks = {}
        for name, at in read_marks(trace):
            marks.setdefault(name.split(":")[0], round(at - t0, 3))
        return {"populated_s": round(done - t0, 3), "marks": marks}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="containers and volumes to seed (private engine)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--host", default="", help="an engine already seeded (default: a private one)")
    ap.add_argument("--out", default="")
    ap.add_argument("--tree", action="append", default=[], metavar="NAME=DIR",
                    help="also time the volgui in source tree DIR, reported as NAME")
    args = ap.parse_args()
    trees = {"volgui": ROOT}
    trees.update((name, Path(d).resolve()) for name, _, d in (t.partition("=") for t in args.tree))
    engine = None
    for tree in trees.values():
        compileall.compile_dir(tree / "volgui", quiet=1)
    report: dict = {"load_before": os.getloadavg()}
    try:
        host = args.host
        if not host:
            engine = PrivateEngine.create(prefix="volgui-bench-")
            engine.start()
            image = engine.ensure_test_image()
            host = engine.host
            report["seed"] = seed(host, image, args.n)
        want = expected_rows(host)
        report["rows"] = {"containers": want[0], "volumes": want[1]}
        cli: list[float] = []
        bare: list[float] = []
        runs: dict[str, list[dict]] = {name: [] for name in trees}
        for _ in range(args.runs):  # interleaved: a change of load hits every contender alike
            cli.append(time_cli(host, runs=1)["sum_s"])
            bare.append(time_bare(host))
            for name, tree in trees.items():
                runs[name].append(time_volgui(host, want, tree))
        cli_s = statistics.median(cli)
        report["cli_s"] = round(cli_s, 3)
        report["bare_s"] = round(statistics.median(bare), 3)
        report["bare_ratio"] = round(report["bare_s"] / cli_s, 2)
        for name, results in runs.items():
            median = statistics.median(r["populated_s"] for r in results)
            report[f"{name}_s"] = round(median, 3)
            report[f"{name}_ratio"] = round(median / cli_s, 2)
            report[f"{name}_marks"] = {mark: round(statistics.median(r["marks"][mark] for r in results
                                                                     if mark in r["marks"]), 3)
                                       for mark in results[0]["marks"]}
        report["runs"] = runs
    finally:
        if engine is not None:
            engine.destroy()
    report["load_after"] = os.getloadavg()
    text = json.dumps(report, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
