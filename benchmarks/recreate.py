"""Re-create benchmark: how long adding a volume to a container takes, step by step.

    .venv/bin/python benchmarks/recreate.py [--runs 5] [--layer-mb 0,50] [--out FILE]

Starts its own private engine (never the user's). For each write-layer size and each mode
(copy, snapshot, discard) it creates a running container with that much data written outside
volumes, plans adding a volume, executes the plan and records the plan time, the total and
each step's time (from the progress callback). Medians over the runs. Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from private_engine import TEST_IMAGE, PrivateEngine  # noqa: E402
from volgui.engine import Engine  # noqa: E402
from volgui.engine.connection import ConnectionSpec  # noqa: E402
from volgui.engine.containers.recreate.plan import execute, plan_add_mount  # noqa: E402

COMMAND = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]


def one_run(engine: Engine, api, layer_mb: int, mode: str, n: int) -> dict:
    name, volume = f"bench-rc-{n}", f"bench-rc-vol-{n}"
    api.create_volume(volume)
    cid = api.create_container(TEST_IMAGE, COMMAND, name=name, volumes=["/anon"])["Id"]
    api.start(cid)
    if layer_mb:
        exec_id = api.exec_create(cid, ["sh", "-c", f"dd if=/dev/urandom of=/big bs=1M count={layer_mb} "
                                                    "2>/dev/null; mkdir -p /etc/app; echo x > /etc/app/conf"])
        api.exec_start(exec_id["Id"])
    t0 = time.perf_counter()
    plan = plan_add_mount(engine, cid, volume, "/data", write_layer=mode)
    planned = time.perf_counter() - t0
    marks: list[tuple[str, float]] = []
    result = execute(engine, plan, progress=lambda p: marks.append((p.step, time.perf_counter())))
    end = time.perf_counter()
    steps = {}
    for (step, at), (_next, nxt) in zip(marks, [*marks[1:], ("end", end)], strict=True):
        steps[step] = nxt - at
    api.remove_container(name, force=True, v=True)
    api.remove_volume(volume)
    if result.snapshot_image:
        api.remove_image(result.snapshot_image)
    return {"plan": planned, "total": result.duration, "steps": steps}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--layer-mb", default="0,50")
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    private = PrivateEngine.create(prefix="volgui-bench-")
    report: dict = {"runs": args.runs, "results": []}
    try:
        private.start()
        private.ensure_test_image()
        api = private.api()
        engine = Engine.connect(ConnectionSpec(private.host, "benchmark"))
        n = 0
        for layer_mb in (int(x) for x in args.layer_mb.split(",")):
            for mode in ("copy", "snapshot", "discard"):
                runs = []
                for _ in range(args.runs):
                    n += 1
                    runs.append(one_run(engine, api, layer_mb, mode, n))
                step_names = runs[0]["steps"].keys()
                report["results"].append({
                    "layer_mb": layer_mb, "mode": mode,
                    "plan_s": round(statistics.median(r["plan"] for r in runs), 3),
                    "total_s": round(statistics.median(r["total"] for r in runs), 3),
                    "steps_s": {s: round(statistics.median(r["steps"][s] for r in runs), 3)
                                for s in step_names},
                })
        engine.close()
        api.close()
    finally:
        private.destroy()
    text = json.dumps(report, indent=1)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
