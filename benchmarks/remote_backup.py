"""Remote backup folders: a backup into a local folder, an SFTP folder and an S3 bucket, on loopback.

    .venv/bin/python benchmarks/remote_backup.py [--size 100] [--runs 3] [--out FILE]

Starts its own private engine (never the user's), sshd with internal-sftp and moto's S3 server on
127.0.0.1, fills a volume with random data, then alternates, per run: ``backups.backup`` into a local
folder, ``remote_backups.backup_to`` an SFTP folder, and to an S3 bucket. Each remote backup is
the local one plus the upload, so the ratio remote/local is the upload's cost. Prints JSON; not a
test: it asserts nothing. Figures on a busy machine are for comparison only: rerun on an idle one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))

from volume_data import IMAGE, fill  # noqa: E402 - the same volume filler as the volume benchmark


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=100, help="MB of data in the volume")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out")
    args = ap.parse_args()

    import boto3

    from private_engine import PrivateEngine
    from remote_engines import start_sshd
    from volgui.engine import Engine
    from volgui.engine.connection import ConnectionSpec
    from volgui.engine.volumes import backups as bk
    from volgui.engine.volumes import remote_backups as rb
    from volgui.engine.volumes.s3 import S3Folder
    from volgui.engine.volumes.sftp import SftpFolder

    report: dict = {"cpu_count": os.cpu_count(), "load_average_at_start": round(os.getloadavg()[0], 1)}
    private = PrivateEngine.create(prefix="volgui-bench-")
    work = Path(tempfile.mkdtemp(prefix="volgui-bench-remote-", dir="/var/tmp"))
    home = work / "home"
    home.mkdir()
    os.environ["HOME"] = str(home)
    moto = None
    sshd = None
    try:
        private.start()
        private.ensure_test_image()
        assert IMAGE
        data_bytes = fill(private.host, "vgbench-remote", args.size)
        sshd = start_sshd(private.host, home)
        port = _port()
        moto = subprocess.Popen([shutil.which("moto_server", path=os.path.dirname(sys.executable)), "-H",
                                 "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        endpoint = f"127.0.0.1:{port}"
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        boto3.client("s3", endpoint_url=f"http://{endpoint}", region_name="us-east-1", aws_access_key_id="k",
                     aws_secret_access_key="s").create_bucket(Bucket="bench")
        (work / "sftp").mkdir()
        engine = Engine.connect(ConnectionSpec(private.host, "bench"))
        times: dict[str, list[float]] = {"local": [], "sftp": [], "s3": []}
        for run in range(args.runs):
            start = time.monotonic()
            bk.backup(engine, "vgbench-remote", work / f"local{run}")
            times["local"].append(time.monotonic() - start)
            with SftpFolder(f"sftp://root@127.0.0.1:{sshd.port}{work / 'sftp'}") as folder:
                start = time.monotonic()
                rb.backup_to(engine, "vgbench-remote", folder)
                times["sftp"].append(time.monotonic() - start)
            with S3Folder(f"s3+http://k@{endpoint}/bench/run{run}", "s") as folder:
                start = time.monotonic()
                rb.backup_to(engine, "vgbench-remote", folder)
                times["s3"].append(time.monotonic() - start)
        engine.close()
        med = {k: statistics.median(v) for k, v in times.items()}
        report.update({
            "volume_mb": round(data_bytes / 1e6, 1), "runs": args.runs,
            "seconds_median": {k: round(v, 2) for k, v in med.items()},
            "mb_s": {k: round(data_bytes / 1e6 / v, 1) for k, v in med.items()},
            "ratio_to_local": {k: round(med[k] / med["local"], 2) for k in ("sftp", "s3")},
        })
    finally:
        if moto is not None:
            moto.terminate()
            moto.wait(10)
        if sshd is not None:
            sshd.stop()
        private.destroy()
        shutil.rmtree(work, ignore_errors=True)
    report["load_average_at_end"] = round(os.getloadavg()[0], 1)
    text = json.dumps(report, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
