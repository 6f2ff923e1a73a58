"""Swarm snapshot benchmark: what one refresh of the Swarm tab costs at several numbers of services.

    .venv/bin/python benchmarks/swarm.py [--services 10,100,300] [--runs 15] [--out FILE]

Starts its own private engine (never the user's), makes it a one-node swarm manager (loopback,
free ports), and for each size creates that many services (replicas 0: the manager lists them
and their empty task lists without running containers) plus one service with 3 running tasks.
Times ``operations.services.swarm_snapshot`` (``/info``, services with counts, tasks, nodes)
and parsing alone on the same answers. Medians over the runs. Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import docker  # noqa: E402
from swarm_engine import _free_port  # noqa: E402

from private_engine import TEST_IMAGE, PrivateEngine  # noqa: E402
from volgui.engine import Engine  # noqa: E402
from volgui.engine.connection import ConnectionSpec  # noqa: E402
from volgui.engine.swarm.objects import parse_all, parse_service, parse_task  # noqa: E402
from volgui.operations.services import swarm_snapshot  # noqa: E402


def _service(api, name: str, replicas: int) -> str:
    spec = docker.types.ContainerSpec(TEST_IMAGE, ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"])
    return api.create_service(docker.types.TaskTemplate(spec), name=name,
                              mode=docker.types.ServiceMode("replicated", replicas=replicas))["ID"]


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", default="10,100,300")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out")
    args = parser.parse_args()
    engine_dir = PrivateEngine.create(prefix="volgui-swb-")
    results = []
    try:
        engine_dir.start()
        engine_dir.ensure_test_image()
        api = engine_dir.api()
        port = _free_port(socket.SOCK_STREAM)
        api.init_swarm(advertise_addr=f"127.0.0.1:{port}", listen_addr=f"127.0.0.1:{port}",
                       data_path_port=_free_port(socket.SOCK_DGRAM))
        busy = _service(api, "bench-busy", 3)
        while sum(t["Status"]["State"] == "running" for t in api.tasks(filters={"service": busy})) < 3:
            time.sleep(0.2)
        engine = Engine.connect(ConnectionSpec(engine_dir.host, "bench"))
        made = 0
        for size in sorted(int(s) for s in args.services.split(",")):
            while made < size:
                _service(api, f"bench-{made}", 0)
                made += 1
            raw_services, raw_tasks = api.services(status=True), api.tasks()
            results.append({
                "services": size + 1, "tasks": len(raw_tasks),
                "snapshot_ms": _median_ms(lambda: swarm_snapshot(engine), args.runs),
                "parse_ms": _median_ms(lambda s=raw_services, t=raw_tasks: (parse_all(s, parse_service),
                                                                           parse_all(t, parse_task)),
                                       args.runs),
            })
        engine.close()
        api.leave_swarm(force=True)
    finally:
        engine_dir.destroy()
    with open("/proc/loadavg") as fh:
        load = fh.read().split()[0]
    out = {"load_1min_at_end": float(load), "runs": args.runs, "results": results}
    text = json.dumps(out, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
