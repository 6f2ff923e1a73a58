"""volgui benchmarks: one command, a JSON report, each figure next to the docker CLI's.

    .venv/bin/python benchmarks/run.py [--sizes 100,1000,5000] [--features run|saved|none]
                                       [--out benchmarks/results/latest.json]

Starts its own private engine (never the user's), seeds N containers and N volumes, and for
each N measures: time from starting volgui to both views showing every row (median of runs)
next to ``docker ps -a`` + ``docker volume ls``; event latency (engine change → row updated);
the GUI thread's longest block during bulk changes (create and remove 500 volumes, a re-create
with a mount, a volume export — the last two through the app's own request worker); resident
memory. The engine is driven from a separate process (benchmarks/driver.py), never from a thread
of the measured app. Then the terminal, volume-data and logs benchmarks run as subprocesses
(``--features run``; ``saved`` takes their last committed results from benchmarks/results/)
and their JSON is included under ``features``. Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
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

from seed import seed  # noqa: E402

from private_engine import PrivateEngine  # noqa: E402

TARGETS_AT_1000 = {
    "populate_ratio_max": 1.5,
    "event_latency_p50_ms": 50,
    "event_latency_p99_ms": 150,
    "gui_block_ms": 50,
    "rss_mb": 150,
}


def docker_cli() -> str:
    for path in ("/usr/local/bin/docker", "/usr/bin/docker"):
        if os.path.exists(path):
            return path
    return shutil.which("docker") or "docker"


def time_cli(host: str, runs: int = 5) -> dict:
    """Median wall time of `docker ps -a` plus `docker volume ls`, each a fresh process."""
    cli = docker_cli()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_")}
    ps, vols = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([cli, "-H", host, "ps", "-a"], capture_output=True, check=True, env=env)
        t1 = time.perf_counter()
        subprocess.run([cli, "-H", host, "volume", "ls"], capture_output=True, check=True, env=env)
        t2 = time.perf_counter()
        ps.append(t1 - t0)
        vols.append(t2 - t1)
    return {"ps_s": round(statistics.median(ps), 3), "volume_ls_s": round(statistics.median(vols), 3),
            "sum_s": round(statistics.median(ps) + statistics.median(vols), 3)}


FEATURE_BENCHMARKS = {"terminal": [], "volume_data": [], "logs": []}


def feature_figures(mode: str, host: str | None) -> dict:
    """The terminal, volume-data and logs benchmarks' JSON (each a subprocess with its own engine)."""
    out: dict = {}
    for name, extra in FEATURE_BENCHMARKS.items():
        script = HERE / f"{name}.py"
        saved = HERE / "results" / f"{name}.json"
        if not script.exists() or mode == "none":
            continue
        if mode == "saved":
            if saved.exists():
                out[name] = {"source": f"benchmarks/results/{name}.json (earlier run)",
                             "report": json.loads(saved.read_text())}
            continue
        print(f"running {name}.py…", file=sys.stderr)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
            target = Path(tmp) / "out.json"
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, str(script), "--out", str(target), *extra],
                                  capture_output=True, text=True, env=env, timeout=1800)
            took = round(time.perf_counter() - t0, 1)
            if proc.returncode != 0 or not target.exists():
                out[name] = {"error": f"exit {proc.returncode}: {proc.stderr[-800:]}", "seconds": took}
            else:
                out[name] = {"source": "this run", "seconds": took, "report": json.loads(target.read_text())}
    return out


def run_probe(host: str, n_containers: int, n_volumes: int, events: int, bulk: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
        report_path = Path(tmp) / "report.json"
        cmd = [sys.executable, str(HERE / "probe_app.py"), "--host", host,
               "--containers", str(n_containers), "--volumes", str(n_volumes),
               "--events", str(events), "--bulk", str(bulk), "--report", str(report_path),
               "--config-dir", str(Path(tmp) / "config")]
        # diagnostics, e.g. VOLGUI_PROBE_ARGS="--profile-phase bulk-create --stalls /tmp/stalls.txt"
        cmd += os.environ.get("VOLGUI_PROBE_ARGS", "").split()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        ready_s = None
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "READY":
                ready_s = time.perf_counter() - t0
                break
        _, err = proc.communicate(timeout=900)
        if proc.returncode != 0:
            raise RuntimeError(f"probe failed ({proc.returncode}):\n{err[-3000:]}")
        report = json.loads(report_path.read_text())
        profile = Path(str(report_path) + ".prof")
        if profile.exists():  # --profile-phase through VOLGUI_PROBE_ARGS
            shutil.copy(profile, HERE / "results" / f"probe-{n_containers}.prof")
        report["populated_s"] = round(ready_s, 3) if ready_s is not None else None
        return report


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "kernel": platform.release()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--populate-runs", type=int, default=3)
    ap.add_argument("--events", type=int, default=40)
    ap.add_argument("--bulk", type=int, default=500)
    ap.add_argument("--features", choices=("run", "saved", "none"), default="run")
    ap.add_argument("--out", default=str(HERE / "results" / "latest.json"))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]

    engine = PrivateEngine.create(prefix="volgui-bench-")
    report: dict = {"machine": machine(), "targets_at_1000": TARGETS_AT_1000, "sizes": {},
                    "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "load_before": os.getloadavg()}
    try:
        engine.start()
        image = engine.ensure_test_image()
        api = engine.api()
        report["engine"] = api.version().get("Version")
        api.close()
        for n in sizes:
            print(f"seeding {n}…", file=sys.stderr)
            seeded = seed(engine.host, image, n)
            cli = time_cli(engine.host)
            runs = []
            for i in range(args.populate_runs):
                # events and bulk changes only in the last run; the others time the start-up
                last = i == args.populate_runs - 1
                runs.append(run_probe(engine.host, n, n, args.events if last else 0,
                                      args.bulk if last else 0))
            populated = statistics.median(r["populated_s"] for r in runs)
            final = runs[-1]
            entry = {
                "seed_s": seeded["seconds"],
                "cli": cli,
                "populated_s": round(populated, 3),
                "populate_ratio": round(populated / cli["sum_s"], 2),
                "event_latency_ms": final["event_latency_ms"],
                "gui_block_ms": final["gui_block_ms"],
                "gui_block_ms_start_runs": [r["gui_block_ms"].get("start") for r in runs],
                "bulk": final.get("bulk", {}),
                "rss_mb": final["rss_mb_ready"],
                "rss_mb_after_bulk": final["rss_mb_end"],
            }
            report["sizes"][str(n)] = entry
            print(json.dumps({str(n): entry}), file=sys.stderr)
        report["verdict_at_1000"] = verdict(report["sizes"].get("1000"))
        report["growth"] = growth(report["sizes"])
    finally:
        engine.destroy()
    report["features"] = feature_figures(args.features, None)
    report["load_after"] = os.getloadavg()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


def verdict(entry: dict | None) -> dict:
    """Each target at N = 1000, met or missed and by how much."""
    if not entry:
        return {}
    t = TARGETS_AT_1000
    lat = entry["event_latency_ms"].get("create", {})
    # the bulk operations the issue names (the start-up's first load is reported apart)
    bulk_phases = ("bulk-create", "bulk-remove", "recreate", "export")
    block = max((v for k, v in entry["gui_block_ms"].items() if k in bulk_phases), default=0)
    checks = {
        "populate_ratio": (entry["populate_ratio"], t["populate_ratio_max"]),
        "event_latency_p50_ms": (lat.get("p50"), t["event_latency_p50_ms"]),
        "event_latency_p99_ms": (lat.get("p99"), t["event_latency_p99_ms"]),
        "gui_block_ms": (block, t["gui_block_ms"]),
        "rss_mb": (entry["rss_mb"], t["rss_mb"]),
    }
    out = {}
    for name, (value, target) in checks.items():
        if value is None:
            out[name] = {"value": None, "target": target, "met": False}
        else:
            out[name] = {"value": value, "target": target, "met": value <= target,
                         "over_by": None if value <= target else round(value / target, 2)}
    return out


def growth(sizes: dict) -> dict:
    """Each figure at the largest N divided by the same figure at the smallest, next to N's ratio."""
    if len(sizes) < 2:
        return {}
    keys = sorted(sizes, key=int)
    lo, hi = sizes[keys[0]], sizes[keys[-1]]

    def worst_block(e: dict) -> float:
        return max(e["gui_block_ms"].values(), default=0)

    figures = {
        "populated_s": (lo["populated_s"], hi["populated_s"]),
        "event_latency_create_p50_ms": (lo["event_latency_ms"]["create"]["p50"],
                                        hi["event_latency_ms"]["create"]["p50"]),
        "gui_block_ms_worst": (worst_block(lo), worst_block(hi)),
        "rss_mb": (lo["rss_mb"], hi["rss_mb"]),
    }
    out = {"n_ratio": round(int(keys[-1]) / int(keys[0]), 1)}
    for name, (a, b) in figures.items():
        out[name] = round(b / a, 2) if a else None
    return out


if __name__ == "__main__":
    raise SystemExit(main())
