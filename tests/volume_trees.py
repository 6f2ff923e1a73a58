"""A volume tree with everything a backup must keep, and how to compare volumes entry by entry."""

from __future__ import annotations

import hashlib
import io
import tarfile
import time

from volgui.engine.volumes import entries as volume_entries
from volgui.engine.volumes import helpers, rollback_aside

BIG = 6 * 1024 * 1024 + 123
ODD_NAME = "a file with spaces — été ñ 日本.txt"
MTIME = 1_600_000_000


def big_content() -> bytes:
    return hashlib.sha256(b"seed").digest() * (BIG // 32) + b"x" * (BIG % 32)


def build_tar() -> bytes:
    """A tree with odd owners and modes, a symlink, a hardlink, an odd name, an empty folder."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        def add(name, kind=tarfile.REGTYPE, data=b"", mode=0o644, uid=0, gid=0, link="", mtime=MTIME):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.mode = mode
            info.uid, info.gid = uid, gid
            info.mtime = mtime
            info.linkname = link
            if kind == tarfile.REGTYPE:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)

        add("data", tarfile.DIRTYPE, mode=0o750, uid=999, gid=999, mtime=MTIME + 1)
        add("data/db.conf", data=b"max_connections = 100\n", mode=0o600, uid=999, gid=999)
        add("data/setuid-tool", data=b"#!/bin/sh\necho hi\n", mode=0o4755, uid=0, gid=0)
        add("data/big.bin", data=big_content(), mode=0o640, uid=1234, gid=5678, mtime=MTIME + 2)
        add("data/hard.bin", tarfile.LNKTYPE, link="data/big.bin", mode=0o640, uid=1234, gid=5678)
        add("data/link-to-conf", tarfile.SYMTYPE, link="db.conf", mode=0o777)
        add("data/dangling", tarfile.SYMTYPE, link="/nowhere/at all", mode=0o777, uid=65534, gid=65534)
        add("shared", tarfile.DIRTYPE, mode=0o1777, uid=0, gid=100, mtime=MTIME + 3)
        add(f"shared/{ODD_NAME}", data="déjà vu\n".encode(), mode=0o664, uid=65534, gid=65534)
        add("empty", tarfile.DIRTYPE, mode=0o700, uid=42, gid=43, mtime=MTIME + 4)
        add("readme.txt", data=b"hello volume\n" * 100, mode=0o444)
    return buf.getvalue()


def manifest(engine, volume: str) -> dict[str, tuple]:
    """Every entry: type, mode, owner, mtime, link target, sha256 — read back through the engine."""
    out = {}
    with helpers.helper(engine, volume, read_only=True) as cid:
        chunks, _ = engine.api.get_archive(cid, "/volume/.")
        with tarfile.open(fileobj=volume_entries.ChunkReader(chunks), mode="r|") as tar:
            for info in tar:
                digest = ""
                if info.isreg():
                    digest = hashlib.sha256(tar.extractfile(info).read()).hexdigest()
                out[info.name] = (info.type, info.mode & 0o7777, info.uid, info.gid, int(info.mtime),
                                  info.linkname, digest)
    return out


def removals_done(docker_api, timeout: float = 120.0) -> None:
    """Wait until what a roll back left running after it returned has ended: its container's end
    and removal, and the removal of the old entries (``rollback_aside``)."""
    deadline = time.monotonic() + timeout
    for role in ("rollback", rollback_aside.ROLE):
        label = f"{helpers.HELPER_LABEL}={role}"
        while docker_api.containers(all=True, filters={"label": label}):
            assert time.monotonic() < deadline, f"a roll back's {role} container did not end"
            time.sleep(0.05)


def assert_no_leftovers(docker_api):
    removals_done(docker_api)
    assert docker_api.containers(all=True, filters={"label": helpers.HELPER_LABEL}) == []
    images = [t for img in docker_api.images() for t in img.get("RepoTags") or []]
    assert sorted(images) == sorted({"volgui-test/busybox:latest", helpers.HELPER_IMAGE} & set(images))
    assert helpers.HELPER_IMAGE in images
    helper_images = docker_api.images(filters={"label": helpers.HELPER_LABEL})
    assert len(helper_images) == 1


def in_place(docker_api, test_image, volume, script):
    """Run ``script`` in a container with the volume at /v (to change a file without a new inode)."""
    c = docker_api.create_container(test_image, ["sh", "-c", script], labels={"volgui.test": "1"},
                                    host_config=docker_api.create_host_config(binds=[f"{volume}:/v"]))
    docker_api.start(c["Id"])
    assert docker_api.wait(c["Id"])["StatusCode"] == 0, docker_api.logs(c["Id"])
    docker_api.remove_container(c["Id"])
