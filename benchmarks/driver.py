"""Drives the engine for probe_app.py from a separate process (no GIL shared with the app).

Reads one JSON command per line on stdin, answers one JSON line on stdout when the engine call
returned, with ``t`` = ``time.monotonic()`` at that moment (CLOCK_MONOTONIC: the same clock in
both processes, so the probe can subtract its own timestamps from it). Not a test.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tarfile
import time

import docker


def fill_tar(mb: int) -> bytes:
    """A tar of ``mb`` megabytes of random data in a few files."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for i in range(max(1, mb)):
            data = os.urandom(1024 * 1024)
            info = tarfile.TarInfo(f"blob-{i:03d}.bin")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def main() -> int:
    api = docker.APIClient(base_url=sys.argv[1], version="auto", timeout=120)
    for line in sys.stdin:
        cmd = json.loads(line)
        op = cmd["op"]
        reply: dict = {"op": op}
        if op == "create":
            api.create_volume(cmd["name"], labels={"volgui.bench": "1"})
        elif op == "remove":
            api.remove_volume(cmd["name"])
        elif op == "kill":
            api.kill(cmd["name"])
        elif op == "start":
            api.start(cmd["name"])
        elif op == "bulk_create":
            for name in cmd["names"]:
                api.create_volume(name, labels={"volgui.bench": "1"})
        elif op == "bulk_remove":
            for name in cmd["names"]:
                api.remove_volume(name)
        elif op == "container_id":
            reply["id"] = api.inspect_container(cmd["name"])["Id"]
        elif op == "fill":  # put data into a volume through a container that mounts it
            api.put_archive(cmd["container"], cmd["path"], fill_tar(cmd["mb"]))
        elif op == "quit":
            break
        reply["t"] = time.monotonic()
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
    api.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
