"""A container's files: how long each step of the Files tab takes, next to the docker CLI.

    .venv/bin/python benchmarks/container_files.py [--files 2000] [--runs 3] [--out FILE]

Starts its own private engine (never the user's) and a busybox container whose write layer holds a
folder ``/app`` of ``--files`` small files and one of 20 MB. Then, alternating with the CLI where it
has an equivalent (``docker cp``), the median of ``--runs`` of: listing ``/`` (the whole filesystem's
headers), reading the marks (inspect + diff), a preview, a 20 MB download, the same upload, and
"Move to a volume…" of ``/app`` (a fresh container each run). Prints JSON. Not a test: it asserts
nothing; on a busy machine the figures are for comparison with each other only.
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

IMAGE = "volgui-test/busybox:latest"
BIG = 20_000_000


def docker_cli() -> str:
    for path in ("/usr/local/bin/docker", "/usr/bin/docker"):
        if os.path.exists(path):
            return path
    return "docker"


def cli(host: str, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_")}
    subprocess.run([docker_cli(), "-H", host, *args], check=True, capture_output=True, env=env)


def app_tar(files: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for i in range(files):
            data = f"file {i}\n".encode() * 20
            info = tarfile.TarInfo(f"app/d{i % 20}/f{i}.txt")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo("app/big.bin")
        info.size = BIG
        tar.addfile(info, io.BytesIO(os.urandom(BIG)))
    return buf.getvalue()


def timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start


def make_container(api, name: str, payload: bytes) -> str:
    cid = api.create_container(IMAGE, ["sleep", "3600"], name=name, labels={"volgui.test": "bench"},
                               stop_signal="SIGKILL")["Id"]
    api.put_archive(cid, "/", payload)
    api.start(cid)
    return cid


def bench(host: str, files: int, runs: int) -> dict:
    import docker

    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.containers import files as cf
    from volgui.engine.containers.fs_marks import file_marks
    from volgui.engine.containers.to_volume import move_to_volume
    from volgui.engine.volumes import helpers

    api = docker.APIClient(base_url=host, version="auto", timeout=120)
    engine = Engine.connect(ConnectionSpec(host, "bench"))
    helpers.ensure_helper_image(engine)
    payload = app_tar(files)
    cid = make_container(api, "bench-files", payload)
    times: dict[str, list[float]] = {}

    def add(key: str, seconds: float) -> None:
        times.setdefault(key, []).append(seconds)

    scan = cf.scan(engine, cid, "")
    facts = {"root_entries": scan.entries, "root_bytes_streamed": scan.bytes_streamed,
             "changes": len(file_marks(engine, cid).changes)}
    with tempfile.TemporaryDirectory(prefix="volgui-bench-", dir="/var/tmp") as tmp:
        big = Path(tmp) / "upload.bin"
        big.write_bytes(os.urandom(BIG))
        for run in range(runs):
            add("list / (volgui)", timed(cf.scan, engine, cid, ""))
            add("list / (docker cp … | tar -t)", timed(
                subprocess.run, f"{docker_cli()} -H {host} cp bench-files:/ - | tar -tf - > /dev/null",
                shell=True, check=True))
            add("marks (inspect + diff)", timed(file_marks, engine, cid))
            add("preview 256 kB of 20 MB", timed(cf.read_file, engine, cid, "app/big.bin"))
            out = Path(tmp) / f"out{run}"
            out.mkdir()
            add("download 20 MB (volgui)", timed(cf.download, engine, cid, ["app/big.bin"], out))
            add("download 20 MB (docker cp)", timed(cli, host, "cp", "bench-files:/app/big.bin",
                                                    str(out / "cli.bin")))
            add("upload 20 MB (volgui)", timed(cf.upload, engine, cid, "tmp", [big]))
            add("upload 20 MB (docker cp)", timed(cli, host, "cp", str(big), "bench-files:/tmp/cli.bin"))
            other = make_container(api, f"bench-move-{run}", payload)
            add(f"move /app ({files} files + 20 MB) to a volume",
                timed(move_to_volume, engine, other, "/app", f"bench-moved-{run}"))
            api.remove_container(f"bench-move-{run}", force=True)
            api.remove_volume(f"bench-moved-{run}")
    api.remove_container(cid, force=True)
    engine.close()
    api.close()
    return {**facts, "median_seconds": {k: round(statistics.median(v), 3) for k, v in times.items()}}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out")
    args = ap.parse_args()
    from private_engine import PrivateEngine

    engine = PrivateEngine.create(prefix="volgui-bench-")
    report: dict = {"cpu_count": os.cpu_count(), "load_average_at_start": round(os.getloadavg()[0], 1),
                    "files": args.files, "runs": args.runs}
    try:
        engine.start()
        engine.ensure_test_image()
        report.update(bench(engine.host, args.files, args.runs))
    finally:
        engine.destroy()
    report["load_average_at_end"] = round(os.getloadavg()[0], 1)
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
