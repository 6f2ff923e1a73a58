"""How the GUI's cost grows with the number of rows: one command, a JSON report.

    .venv/bin/python benchmarks/scale.py [--sizes 1000:1000,10000:300] [--runs 3]
                                         [--out benchmarks/results/scale.json] [--host unix://…]

Each size is VOLUMES:CONTAINERS (a quarter of the containers mount nothing, a tenth run). On a
private engine (its own, or ``--host`` to reuse one already seeded) it measures, for each size:

* ``populated_s``: start of volgui → both views show every row, median of ``--runs``, next to
  ``docker ps -a`` + ``docker volume ls`` of the same run (``populate_ratio``);
* the GUI thread's longest block (``gui_block_ms``, a 5 ms heartbeat in the app) while 500
  volumes are created and then removed (``bulk-create``, ``bulk-remove``), while a filter is typed
  into the volumes view key by key and cleared (``filter``), and while the volumes are sorted by
  each column (``sort``); ``gui_block_cpu_ms`` gives the GUI thread's CPU time in the same gaps,
  the work itself without the time other processes held the cores;
* event → row updated latency (p50/p99) and resident memory once populated.

The app runs as benchmarks/probe_app.py; the engine is driven from another process. The machine's
load average before and after is in the report: figures from a busy machine compare runs, not
machines. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from run import machine, run_probe, time_cli  # noqa: E402
from seed import LABEL, PREFIX, seed  # noqa: E402

from private_engine import PrivateEngine, ensure_test_image  # noqa: E402

FILTER_TEXT = "vol-01"  # narrows 10 000 volumes to 1000, then 100… and back
PHASES = ("bulk-create", "bulk-remove", "filter", "sort")


def seed_mix(host: str, image: str, volumes: int, containers: int) -> float:
    """Exactly ``volumes`` bench volumes and ``containers`` bench containers (seed.py's names)."""
    import docker

    t0 = time.monotonic()
    api = docker.APIClient(base_url=host, version="auto", timeout=120)
    extra = [c["Id"] for c in api.containers(all=True, filters={"label": "volgui.bench"})
             if int(c["Names"][0].rsplit("-", 1)[-1]) >= containers]
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda cid: api.remove_container(cid, force=True), extra))
    seed(host, image, containers)
    have = {v["Name"] for v in api.volumes().get("Volumes") or [] if v["Name"].startswith(PREFIX)}
    wanted = {f"{PREFIX}vol-{i:05d}" for i in range(max(volumes, containers))}
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda name: api.create_volume(name, labels=LABEL), sorted(wanted - have)))
        list(pool.map(lambda name: api.remove_volume(name, force=True), sorted(have - wanted)))
    api.close()
    return round(time.monotonic() - t0, 1)


def measure(host: str, volumes: int, containers: int, runs: int, bulk: int) -> dict:
    cli = time_cli(host)
    reports = []
    for i in range(runs):
        last = i == runs - 1  # the start-up alone in the first runs; everything in the last one
        os.environ["VOLGUI_PROBE_ARGS"] = f"--filter {FILTER_TEXT} --no-extras" if last else ""
        reports.append(run_probe(host, containers, volumes, 20 if last else 0, bulk if last else 0))
    os.environ.pop("VOLGUI_PROBE_ARGS", None)
    populated = statistics.median(r["populated_s"] for r in reports)
    final = reports[-1]
    return {
        "volumes": volumes,
        "containers": containers,
        "cli": cli,
        "populated_s": round(populated, 3),
        "populated_s_runs": [r["populated_s"] for r in reports],
        "populate_ratio": round(populated / cli["sum_s"], 2),
        "gui_block_ms": {k: v for k, v in final["gui_block_ms"].items() if k in PHASES},
        "gui_block_cpu_ms": {k: v for k, v in final.get("gui_block_cpu_ms", {}).items() if k in PHASES},
        "gui_block_ms_start": [r["gui_block_ms"].get("start") for r in reports],
        "filter_and_sort": final.get("filter", {}),
        "event_latency_ms": final.get("event_latency_ms", {}),
        "bulk_s": final.get("bulk", {}),
        "rss_mb": final["rss_mb_ready"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000:1000,10000:300", help="VOLUMES:CONTAINERS,…")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bulk", type=int, default=500)
    ap.add_argument("--host", default="", help="an engine to use (its bench objects are changed)")
    ap.add_argument("--out", default=str(HERE / "results" / "scale.json"))
    args = ap.parse_args()
    sizes = [tuple(int(n) for n in size.split(":")) for size in args.sizes.split(",") if size]

    engine = None
    host = args.host
    if not host:
        engine = PrivateEngine.create(prefix="volgui-scale-")
        engine.start()
        host = engine.host
    report: dict = {"machine": machine(), "load_before": os.getloadavg(),
                    "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "sizes": {}}
    try:
        image = ensure_test_image(host)
        for volumes, containers in sizes:
            print(f"seeding {volumes} volumes, {containers} containers…", file=sys.stderr)
            seeded = seed_mix(host, image, volumes, containers)
            entry = {"seed_s": seeded, **measure(host, volumes, containers, args.runs, args.bulk)}
            report["sizes"][f"{volumes}:{containers}"] = entry
            print(json.dumps(entry), file=sys.stderr)
    finally:
        if engine is not None:
            engine.destroy()
    report["load_after"] = os.getloadavg()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(f"report: {args.out}", file=sys.stderr)  # each size was printed as it came
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
