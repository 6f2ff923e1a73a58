"""One repetition at one size: the CLI, the bare script and volgui side by side, then the probe.

Every measured program is a fresh process, timed from the moment it is started to the
``READY`` line it prints (both ends read ``time.monotonic()``, one clock for every process).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import profiles

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def scrub(text: str) -> str:
    """Results hold no machine paths: the tree, the interpreter, temporary and home folders."""
    pairs = ((str(ROOT), "."), (sys.prefix, "<venv>"), (sys.base_prefix, "<python>"),
             (tempfile.gettempdir(), "<tmp>"), (os.path.expanduser("~"), "~"))
    for path, name in sorted(pairs, key=lambda p: len(p[0]), reverse=True):
        if len(path) > 1:
            text = text.replace(path, name)
    return re.sub(r"unix://\S+", "unix://<engine>", text)


def child_env() -> dict:
    """The benchmarks measure this tree's volgui (an installed one may point elsewhere), with
    its bytecode cached as on an installed system: with PYTHONDONTWRITEBYTECODE set, every
    start compiled volgui's sources again (258 compile() calls in a profiled start)."""
    extra = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join([str(ROOT), *extra]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def docker_cli() -> str:
    for path in ("/usr/local/bin/docker", "/usr/bin/docker"):
        if os.path.exists(path):
            return path
    return shutil.which("docker") or "docker"


def time_cli(host: str) -> dict:
    """Wall time of `docker ps -a` and of `docker volume ls`, each a fresh process."""
    cli = docker_cli()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_")}
    t0 = time.monotonic()
    subprocess.run([cli, "-H", host, "ps", "-a"], capture_output=True, check=True, env=env)
    t1 = time.monotonic()
    subprocess.run([cli, "-H", host, "volume", "ls"], capture_output=True, check=True, env=env)
    t2 = time.monotonic()
    return {"ps_s": t1 - t0, "volume_ls_s": t2 - t1, "sum_s": t2 - t0}


def time_start(cmd: list[str], timeout: float = 600) -> dict:
    """Start ``cmd``; seconds until it printed ``READY {json}``, what that JSON said, and (as
    ``stderr``) what it wrote there (a file, not a pipe: a full pipe would stall the child)."""
    with tempfile.TemporaryFile("w+") as errfile:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errfile, text=True, env=child_env())
        info = None
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY "):
                info = json.loads(line[6:])
                break
        try:
            proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        errfile.seek(0)
        err = errfile.read()
    if info is None:
        name = next((Path(a).name for a in cmd if a.endswith(".py")), cmd[0])
        raise RuntimeError(scrub(f"{name} never got ready (exit {proc.returncode}):\n{err[-3000:]}"))
    info["s"] = info.pop("t") - t0
    info["stderr"] = err
    return info


def run_probe(host: str, containers: int, volumes: int, events: int, bulk: int, filter_text: str,
              extras: bool, profile: str = "") -> dict:
    """One probe_app.py run: event latency, bursts, the filter box (and with ``extras`` a
    re-create and an export). ``profile``: phases to cProfile (``bulk,filter``), summarised
    under ``profiles``."""
    with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
        report_path = Path(tmp) / "report.json"
        cmd = [sys.executable, str(HERE / "probe_app.py"), "--host", host,
               "--containers", str(containers), "--volumes", str(volumes),
               "--events", str(events), "--bulk", str(bulk), "--report", str(report_path),
               "--config-dir", str(Path(tmp) / "config")]
        if filter_text:
            cmd += ["--filter", filter_text]
        if extras:
            cmd.append("--extras")
        if profile:
            cmd += ["--profile-phase", profile]
        # diagnostics, e.g. VOLGUI_PROBE_ARGS="--stalls FILE" (the GUI thread's stack at each stall)
        cmd += os.environ.get("VOLGUI_PROBE_ARGS", "").split()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=child_env(), timeout=1800)
        if proc.returncode != 0:
            raise RuntimeError(scrub(f"probe failed ({proc.returncode}):\n{proc.stderr[-3000:]}"))
        report = json.loads(report_path.read_text())
        report["profiles"] = {phase: profiles.top(f"{report_path}.{phase}.prof")
                              for phase in profile.split(",") if phase}
        return report


def start_volgui(host: str, volumes: int, containers: int, *probe_args: str, python: tuple = ()) -> dict:
    """volgui from process start to both views populated, through its real entry point
    (``python``: interpreter options, e.g. ``("-X", "importtime")``)."""
    with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
        return time_start([sys.executable, *python, str(HERE / "start_probe.py"), str(containers),
                           str(volumes), *probe_args,
                           "--", "--host", host, "--config-dir", str(Path(tmp) / "config")])


def profile_size(host: str, volumes: int, containers: int, args) -> dict:
    """Where the time goes, from cProfile (extra runs, not timed): the start to populated, the
    bursts and the filter box."""
    with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
        prof = str(Path(tmp) / "start.prof")
        start_volgui(host, volumes, containers, "--profile", prof)
        out = {"start": profiles.top(prof)}
    out["imports"] = profiles.import_times(start_volgui(host, volumes, containers,
                                                        python=("-X", "importtime"))["stderr"])
    phases = ",".join(p for p, on in (("bulk", args.bulk), ("filter", args.filter)) if on)
    probe = run_probe(host, containers, volumes, 0, args.bulk, args.filter, False, phases)
    return {**out, **probe["profiles"]}


def warm_up(host: str, volumes: int, containers: int) -> None:
    """One untimed start of each program after seeding: the first start reads cold files."""
    time_cli(host)
    time_start([sys.executable, str(HERE / "qt_floor.py")])
    time_start([sys.executable, str(HERE / "bare.py"), host])
    start_volgui(host, volumes, containers)


def repetition(host: str, volumes: int, containers: int, args) -> dict:
    """One repetition at one size: ``args.starts`` rounds of CLI, the Qt floor (an empty window),
    bare script, volgui (in that order, so they see the same machine), then one probe run.
    Returns its figures."""
    rounds = []
    for _ in range(args.starts):
        cli = time_cli(host)
        floor = time_start([sys.executable, str(HERE / "qt_floor.py")])
        bare = time_start([sys.executable, str(HERE / "bare.py"), host])
        volgui = start_volgui(host, volumes, containers)
        if not volgui.get("volgui_in_tree", True):
            raise RuntimeError("start_probe.py imported a volgui from outside this tree")
        rounds.append({"cli_s": cli["sum_s"], "ps_s": cli["ps_s"], "volume_ls_s": cli["volume_ls_s"],
                       "floor_s": floor["s"], "bare_s": bare["s"], "bare_rss_mb": bare["rss_mb"],
                       "volgui_s": volgui["s"], "rss_mb": volgui["rss_mb"]})
    probe = run_probe(host, containers, volumes, args.events, args.bulk, args.filter, args.extras)
    return {"figures": figures_of(rounds, probe), "rounds": rounds, "probe": probe}


def figures_of(rounds: list[dict], probe: dict) -> dict:
    """The issue's figures of one repetition: medians over its rounds, ratios of those medians
    (the three programs ran in the same rounds), and the probe's figures."""
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    lat = [v for v in probe.get("event_latency_ms", {}).values() if v.get("n")]
    blocks = probe.get("gui_block_ms", {})
    bursts = [blocks[k] for k in ("bulk-create", "bulk-remove") if k in blocks]
    flt = probe.get("filter") or {}
    return {
        "cli_s": med["cli_s"], "floor_s": med.get("floor_s"), "floor_ratio_cli": (
            med["floor_s"] / med["cli_s"] if "floor_s" in med else None),
        "bare_s": med["bare_s"], "volgui_s": med["volgui_s"],
        "bare_ratio_cli": med["bare_s"] / med["cli_s"], "ratio_cli": med["volgui_s"] / med["cli_s"],
        "ratio_bare": med["volgui_s"] / med["bare_s"],
        "rss_mb": med["rss_mb"], "bare_rss_mb": med["bare_rss_mb"],
        "burst_block_ms": max(bursts) if bursts else None,
        "event_p50_ms": max((v["p50"] for v in lat), default=None),
        "event_p99_ms": max((v["p99"] for v in lat), default=None),
        "events_missed": sum(probe.get("event_missed", {}).values()) if "event_missed" in probe else None,
        "filter_block_ms": flt.get("max_ms"),
        "filter_key_p50_ms": flt.get("p50_ms"),
    }
