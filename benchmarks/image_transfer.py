"""Image transfer benchmark: volgui's pull, save and load against the docker CLI's, and the cost of
reading a progress stream with its bounds.

    .venv/bin/python benchmarks/image_transfer.py [--runs 3] [--mb 64] [--out FILE]

Starts its own private engine and a private registry on loopback (Debian's docker-registry; never
the user's). It makes an image of ``--mb`` MB of random bytes in four layers, pushes it once, then
per run: removes it and pulls it back (volgui, then ``docker pull``), saves it (volgui, then
``docker image save``) and loads it (volgui, then ``docker image load``). Medians over the runs.
The parser figure feeds 200 000 recorded-shape progress messages through ``json_lines`` and the
tracker. Prints JSON. Not a test.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from registry import LoopbackRegistry  # noqa: E402

from private_engine import PrivateEngine  # noqa: E402
from volgui.engine import Engine  # noqa: E402
from volgui.engine.connection import ConnectionSpec  # noqa: E402
from volgui.engine.images import archive, transfer  # noqa: E402
from volgui.engine.images.progress import ProgressTracker, json_lines  # noqa: E402


def layered_image(api, ref: str, mb: int, layers: int = 4) -> None:
    """``layers`` layers of random bytes, built by importing one and committing the others."""
    repo, tag = ref.rsplit(":", 1)
    each = mb * 1_000_000 // layers
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("layer0.bin")
        info.size = each
        tar.addfile(info, io.BytesIO(os.urandom(each)))
    api.import_image_from_data(buf.getvalue(), repository=repo, tag=tag)
    for n in range(1, layers):
        data = io.BytesIO()
        with tarfile.open(fileobj=data, mode="w") as tar:
            info = tarfile.TarInfo(f"layer{n}.bin")
            info.size = each
            tar.addfile(info, io.BytesIO(os.urandom(each)))
        cid = api.create_container(ref, ["none"])["Id"]
        api.put_archive(cid, "/", data.getvalue())
        api.commit(cid, repository=repo, tag=tag)
        api.remove_container(cid)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cli(host: str, *args: str) -> None:
    subprocess.run(["docker", "-H", host, *args], check=True, capture_output=True,
                   env=dict(os.environ, DOCKER_CONFIG=tempfile.mkdtemp(prefix="volgui-bench-cfg-")))


def parser_rate(messages: int = 200_000) -> dict:
    lines = []
    for i in range(messages):
        layer = f"{i % 8:012x}"
        message = {"status": "Downloading", "progressDetail": {"current": i, "total": messages},
                   "progress": "[=====>      ]  1.2MB/4.5MB", "id": layer}
        lines.append(json.dumps(message).encode() + b"\r\n")
    data = b"".join(lines)
    chunks = [data[i:i + 65536] for i in range(0, len(data), 65536)]
    tracker = ProgressTracker()
    t0 = time.perf_counter()
    for message in json_lines(chunks):
        tracker.feed(message)
    seconds = time.perf_counter() - t0
    return {"messages": messages, "mb": round(len(data) / 1e6, 1), "seconds": round(seconds, 3),
            "mb_per_s": round(len(data) / 1e6 / seconds, 1),
            "us_per_message": round(seconds / messages * 1e6, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mb", type=int, default=64)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    private = PrivateEngine.create(prefix="volgui-bench-")
    registry = LoopbackRegistry()
    work = Path(tempfile.mkdtemp(prefix="volgui-bench-img-"))
    report: dict = {"runs": args.runs, "image_mb": args.mb, "load_average": os.getloadavg()[0]}
    times: dict[str, list[float]] = {k: [] for k in ("pull_volgui", "pull_cli", "save_volgui", "save_cli",
                                                     "load_volgui", "load_cli")}
    try:
        private.start()
        api = private.api()
        ref = f"{registry.host}/bench/random:v1"
        layered_image(api, ref, args.mb)
        engine = Engine.connect(ConnectionSpec(private.host, "benchmark"))
        transfer.push(engine, ref)
        tar_path = work / "image.tar"
        for _ in range(args.runs):
            api.remove_image(ref)
            times["pull_volgui"].append(timed(lambda: transfer.pull(engine, ref)))
            api.remove_image(ref)
            times["pull_cli"].append(timed(lambda: cli(private.host, "pull", "-q", ref)))
            times["save_volgui"].append(timed(lambda: archive.save(engine, [ref], tar_path)))
            times["save_cli"].append(timed(
                lambda: cli(private.host, "image", "save", "-o", str(tar_path), ref)))
            api.remove_image(ref)
            times["load_volgui"].append(timed(lambda: archive.load(engine, tar_path)))
            api.remove_image(ref)
            times["load_cli"].append(timed(
                lambda: cli(private.host, "image", "load", "-q", "-i", str(tar_path))))
        engine.close()
        api.close()
    finally:
        registry.stop()
        private.destroy()
        for leftover in work.iterdir():
            leftover.unlink()
        work.rmdir()
    report["seconds"] = {k: round(statistics.median(v), 3) for k, v in times.items()}
    report["volgui_over_cli"] = {k: round(statistics.median(times[f"{k}_volgui"]) /
                                          statistics.median(times[f"{k}_cli"]), 2)
                                 for k in ("pull", "save", "load")}
    report["progress_parser"] = parser_rate()
    text = json.dumps(report, indent=1)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
