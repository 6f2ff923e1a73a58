"""Start-up, before and after: this tree's volgui against another tree's, in the same rounds.

    .venv/bin/python benchmarks/startup.py --host URL [--runs 9] [--tree before=DIR ...] [--out FILE]

For a change to the start-up path on a busy machine, where two separate runs of run.py differ
more than the change does: each round times the CLI pair, the bare script and every tree's
volgui one after the other (measure.py's functions, as run.py does), and volgui runs with
``VOLGUI_STARTUP_TRACE`` so the report also has the medians of its marks (``app`` imported,
window ``shown``, ``prefetch-done``, ``loaded``: seconds from process start). A run ends when both
models hold every row the engine lists. The other tree (a worktree of an older commit) is started
the same way, with its own ``volgui`` first on the path; marks its code does not write are absent.
Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import child_env, time_cli, time_start  # noqa: E402


def expected_rows(host: str) -> tuple[int, int]:
    """What both views show when complete: every container but volgui's helpers, every volume."""
    import docker

    api = docker.APIClient(base_url=host, version="auto", timeout=60)
    try:
        containers = [c for c in api.containers(all=True) if "volgui.helper" not in (c.get("Labels") or {})]
        return len(containers), len(api.volumes().get("Volumes") or [])
    finally:
        api.close()


def marks(path: Path) -> list[tuple[str, float]]:
    out = []
    for line in path.read_text().splitlines() if path.exists() else []:
        name, _, value = line.rpartition(" ")
        try:
            out.append((name, float(value)))
        except ValueError:
            pass  # a line being written
    return out


def time_volgui(host: str, want: tuple[int, int], tree: Path) -> dict:
    """One start of ``python -m volgui`` from ``tree``: seconds to each mark, until every row."""
    with tempfile.TemporaryDirectory(prefix="volgui-bench-") as tmp:
        trace = Path(tmp) / "trace"
        env = dict(child_env(), VOLGUI_STARTUP_TRACE=str(trace), PYTHONPATH=str(tree))
        cmd = [sys.executable, "-m", "volgui", "--host", host, "--config-dir", str(Path(tmp) / "config")]
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        done = None
        try:
            while done is None and proc.poll() is None and time.monotonic() < t0 + 300:
                done = next((at for name, at in marks(trace) if name.startswith("loaded:")
                             and tuple(map(int, name.split(":")[1:])) >= want), None)
                time.sleep(0.002)
        finally:
            proc.terminate()
            proc.wait(30)
        if done is None:
            raise RuntimeError(f"the volgui of {tree.name} never showed every row")
        seen: dict[str, float] = {}
        for name, at in marks(trace):
            seen.setdefault(name.split(":")[0], round(at - t0, 3))
        return {"populated_s": round(done - t0, 3), "marks": seen}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", required=True, help="an engine already seeded (e.g. by benchmarks/seed.py)")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--tree", action="append", default=[], metavar="NAME=DIR",
                    help="also time the volgui in source tree DIR, reported as NAME")
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    trees = {"volgui": HERE.parent}
    trees.update((name, Path(d).resolve()) for name, _, d in (t.partition("=") for t in args.tree))
    for tree in trees.values():  # bytecode cached, as after an install
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "volgui")], check=True,
                       env=child_env(), stdout=subprocess.DEVNULL)
    want = expected_rows(args.host)
    report: dict = {"load_before": os.getloadavg(), "rows": {"containers": want[0], "volumes": want[1]}}
    cli, bare, runs = [], [], {name: [] for name in trees}
    for _ in range(args.runs):  # interleaved: a change of load hits every contender alike
        cli.append(time_cli(args.host)["sum_s"])
        bare.append(time_start([sys.executable, str(HERE / "bare.py"), args.host])["s"])
        for name, tree in trees.items():
            runs[name].append(time_volgui(args.host, want, tree))
    cli_s = statistics.median(cli)
    report.update(cli_s=round(cli_s, 3), bare_s=round(statistics.median(bare), 3),
                  bare_ratio=round(statistics.median(bare) / cli_s, 2))
    for name, results in runs.items():
        median = statistics.median(r["populated_s"] for r in results)
        seen = {m: [r["marks"][m] for r in results if m in r["marks"]] for m in results[0]["marks"]}
        report[name] = {"s": round(median, 3), "ratio": round(median / cli_s, 2),
                        "marks": {m: round(statistics.median(v), 3) for m, v in seen.items()},
                        "runs": [r["populated_s"] for r in results]}
    report["load_after"] = os.getloadavg()
    text = json.dumps(report, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
