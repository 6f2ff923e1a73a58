"""volgui benchmarks: one command, a JSON report and a Markdown summary, each figure next to
the docker CLI's of the same run.

    .venv/bin/python benchmarks/run.py [--sizes 100,1000,5000,10000x300] [--repeat K] [--profile]
                                       [--features run|saved|none] [--out benchmarks/results/latest.json]

Starts its own private engine (never the user's). A size ``N`` is N volumes and N containers,
``VxC`` V volumes and C containers (half the containers mount a volume). For each size, each of
K repetitions measures, interleaved in rounds: ``docker ps -a`` + ``docker volume ls``; the bare
script (benchmarks/bare.py: PySide6 + docker SDK, two QTableWidgets); volgui from process start
to both views populated, through its real entry point (benchmarks/start_probe.py), and its RSS
then. Then one probe run (benchmarks/probe_app.py) measures event → row latency, the GUI
thread's longest block while 500 volumes are created then removed, and the longest block per
keystroke while a filter is typed into the volumes view's filter box. The engine is driven
from a separate process (benchmarks/driver.py), never from a thread of the measured app.
Each figure is reported as median, min and max over the K repetitions, next to issue 20's
targets (benchmarks/figures.py), with a least-squares fit of the growth against rows.
``--profile`` adds, per size, untimed cProfile runs of the start, the bursts and the filter
box (benchmarks/profiles.py): the functions where the GUI thread's time goes.
The summary goes to stdout and next to the JSON (``.md``); results hold no machine paths.
``--features run`` also runs the terminal, volume-data and logs benchmarks (``saved`` takes
their last committed results from benchmarks/results/) and includes their JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

import figures  # noqa: E402
from measure import child_env, profile_size, repetition, scrub, warm_up  # noqa: E402
from seed import seed  # noqa: E402

from private_engine import PrivateEngine  # noqa: E402

DEFAULT_SIZES = "100,1000,5000,10000x300"
FILTER_TEXT = "vol-00042"  # narrows 10 000 volumes to one, key by key, then widens again


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
        env = child_env()
        with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
            target = Path(tmp) / "out.json"
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, str(script), "--out", str(target), *extra],
                                  capture_output=True, text=True, env=env, timeout=1800)
            took = round(time.perf_counter() - t0, 1)
            if proc.returncode != 0 or not target.exists():
                out[name] = {"error": f"exit {proc.returncode}: {scrub(proc.stderr[-800:])}", "seconds": took}
            else:
                out[name] = {"source": "this run", "seconds": took, "report": json.loads(target.read_text())}
    return out


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


def measure_size(host: str, image: str, volumes: int, containers: int, args) -> dict:
    print(f"seeding {volumes} volumes + {containers} containers…", file=sys.stderr)
    seeded = seed(host, image, volumes, containers)
    warm_up(host, volumes, containers)
    reps = []
    for i in range(args.repeat):
        t0 = time.monotonic()
        reps.append(repetition(host, volumes, containers, args))
        reps[-1]["seconds"] = round(time.monotonic() - t0)
        print(f"  {volumes}x{containers} repetition {i + 1}/{args.repeat}: {time.monotonic() - t0:.0f} s "
              + json.dumps({k: round(v, 3) for k, v in reps[-1]["figures"].items() if v is not None}),
              file=sys.stderr)
    names = reps[0]["figures"]
    entry = {"volumes": volumes, "containers": containers, "rows": volumes + containers, "seed": seeded,
             "figures": {k: figures.spread([r["figures"][k] for r in reps]) for k in names},
             "repetitions": reps}
    if args.profile:
        print(f"  {volumes}x{containers}: profiling…", file=sys.stderr)
        entry["profiles"] = profile_size(host, volumes, containers, args)
    return entry


GROWTH = {"volgui start → populated (s)": "volgui_s", "volgui RSS (MB)": "rss_mb",
          "bare script (s)": "bare_s", "CLI pair (s)": "cli_s"}


def conclude(report: dict) -> None:
    """Growth fits over the sizes' medians, and a verdict for every figure that has a target."""
    sizes = report["sizes"]
    xs = [e["rows"] for e in sizes.values()]
    report["growth"] = {}
    for name, key in GROWTH.items():
        points = [(x, e["figures"][key]["median"]) for x, e in zip(xs, sizes.values(), strict=True)
                  if e["figures"].get(key)]
        report["growth"][name] = figures.growth([p[0] for p in points], [p[1] for p in points])
    verdicts = []
    for key, entry in sizes.items():
        for fig, label, _unit in figures.FIGURES:
            v = figures.verdict((entry["figures"].get(fig) or {}).get("median"), figures.target_for(fig, key))
            if v:
                verdicts.append({"figure": label, "size": key, **v})
    g = report["growth"].get("volgui start → populated (s)")
    if g and g["linear"] is not None:
        text = ("pass" if g["linear"] else
                f"misses: x² explains {g['curvature_share']:.0%} of the largest size (limit "
                f"{figures.LINEAR_CURVATURE_MAX:.0%})")
        label = f"cost growth: start → populated, {g['slope_per_1000_rows']:.3g} s per 1000 rows"
        verdicts.append({"figure": label, "size": "all", "target": "linear", "median": g["curvature_share"],
                         "pass": g["linear"], "text": text})
    report["verdicts"] = verdicts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=DEFAULT_SIZES,
                    help="N (N volumes + N containers) or VxC (V volumes, C containers), comma-separated")
    ap.add_argument("--repeat", type=int, default=1,
                    help="repetitions of every measurement at each size (seeded once); medians, min, max")
    ap.add_argument("--starts", "--populate-runs", type=int, default=3,
                    help="rounds of CLI, bare script and volgui start per repetition")
    ap.add_argument("--events", type=int, default=40)
    ap.add_argument("--bulk", type=int, default=500)
    ap.add_argument("--filter", default=FILTER_TEXT, help="typed into the volumes filter box ('' to skip)")
    ap.add_argument("--extras", action="store_true", help="also time a re-create and a volume export")
    ap.add_argument("--profile", action="store_true",
                    help="per size, extra cProfile runs (start, bursts, filter box): where the time goes")
    ap.add_argument("--features", choices=("run", "saved", "none"), default="run")
    ap.add_argument("--out", default=str(HERE / "results" / "latest.json"))
    args = ap.parse_args()
    sizes = [figures.parse_size(s) for s in args.sizes.split(",") if s.strip()]

    engine = PrivateEngine.create(prefix="volgui-bench-")
    started = time.monotonic()
    report: dict = {"machine": machine(), "targets": figures.TARGETS, "repeat": args.repeat,
                    "starts_per_repetition": args.starts, "filter_text": args.filter,
                    "events": args.events, "burst_volumes": args.bulk,
                    "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "load_before": [round(x, 2) for x in os.getloadavg()], "sizes": {}}
    try:
        engine.start()
        image = engine.ensure_test_image()
        api = engine.api()
        report["engine"] = api.version().get("Version")
        api.close()
        for volumes, containers in sizes:
            key = figures.size_key(volumes, containers)
            report["sizes"][key] = measure_size(engine.host, image, volumes, containers, args)
    finally:
        engine.destroy()
    conclude(report)
    report["features"] = feature_figures(args.features, None)
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    report["seconds"] = round(time.monotonic() - started)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(scrub(json.dumps(report, indent=2, ensure_ascii=False)) + "\n")
    summary = figures.markdown(report)
    out.with_suffix(".md").write_text(summary)
    print(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
