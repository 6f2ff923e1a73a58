"""Debug shells and volume shells on the private engine (engine/containers/shells)."""

from __future__ import annotations

import io
import shutil
import tarfile

import pytest

from volgui.engine.containers import shells
from volgui.engine.errors import EngineError

pytestmark = pytest.mark.integration

SHELL_LESS = "vgtest-noshell:1"


def shell_less_image(api) -> str:
    """An image with no shell at all: one static program as /busybox (no /bin/sh, no applet links)
    and a marker file; its main process is ``/busybox sleep``."""
    if api.images(name=SHELL_LESS):
        return SHELL_LESS
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        with open(shutil.which("busybox") or "/bin/busybox", "rb") as fh:
            data = fh.read()
        info = tarfile.TarInfo("busybox")
        info.size, info.mode = len(data), 0o755
        tar.addfile(info, io.BytesIO(data))
        marker = b"only in the target\n"
        info = tarfile.TarInfo("app/marker.txt")
        info.size = len(marker)
        tar.addfile(info, io.BytesIO(marker))
    api.import_image_from_data(buf.getvalue(), repository="vgtest-noshell", tag="1",
                               changes=['CMD ["/busybox", "sleep", "3600"]'])
    return SHELL_LESS


def scripted(shell: shells.ShellHelper, script: str) -> list[str]:
    """The shell's own command (banner, PATH) with ``script`` instead of the interactive shell."""
    busybox, sh, flag, body = shell.command
    head, _, _ = body.rpartition("exec ")
    return [busybox, sh, flag, head + script]


def run_in(api, container_id: str, command: tuple[str, ...] | list[str]) -> tuple[int, str]:
    exec_id = api.exec_create(container_id, list(command))["Id"]
    out = api.exec_start(exec_id).decode(errors="replace")
    return api.exec_inspect(exec_id)["ExitCode"], out


def test_a_container_without_a_shell_gets_a_debug_shell_that_sees_its_files(engine, docker_api, prefix):
    image = shell_less_image(docker_api)
    vol = f"{prefix}dbg-vol"
    docker_api.create_volume(vol, labels={"volgui.test": "1"})
    cid = docker_api.create_container(image, name=f"{prefix}noshell", labels={"volgui.test": "1"},
                                      host_config=docker_api.create_host_config(
                                          binds={vol: {"bind": "/data"}}))["Id"]
    docker_api.start(cid)
    code, _ = run_in(docker_api, cid, ["sh", "-c", "true"])
    assert code != 0  # no shell in the image itself
    shell = shells.debug_shell(engine, cid)
    try:
        code, out = run_in(docker_api, shell.helper_id,
                           scripted(shell, "ls /proc/1/root/app; echo x > /data/from-debug; ps"))
        assert code == 0, out
        assert "marker.txt" in out and "Debug shell for" in out
        assert "sleep 3600" in out  # the target's process, seen from the shared PID namespace
        listed = run_in(docker_api, cid, ["/busybox", "cat", "/data/from-debug"])[1]
        assert listed.strip() == "x"  # the volume is the real one, at the same path
    finally:
        shells.close_shell(engine, shell)
    assert not docker_api.containers(all=True, filters={"id": shell.helper_id})
    assert docker_api.inspect_container(cid)["State"]["Running"]  # the target is untouched


def test_a_stopped_container_gets_a_shell_in_a_copy_removed_afterwards(engine, docker_api, prefix):
    image = shell_less_image(docker_api)
    cid = docker_api.create_container(image, name=f"{prefix}noshell-stopped",
                                      labels={"volgui.test": "1"})["Id"]
    shell = shells.debug_shell(engine, cid)
    try:
        assert shell.temp_image
        code, out = run_in(docker_api, shell.helper_id, scripted(shell, "cat /app/marker.txt"))
        assert code == 0 and "only in the target" in out
    finally:
        shells.close_shell(engine, shell)
    assert not docker_api.images(name=shell.temp_image.split(":")[0])
    assert not docker_api.containers(all=True, filters={"id": shell.helper_id})


def test_a_volume_shell_sees_the_volume_and_cannot_write_when_read_only(engine, docker_api, prefix,
                                                                        test_image):
    vol = f"{prefix}vshell"
    docker_api.create_volume(vol, labels={"volgui.test": "1"})
    cid = docker_api.create_container(test_image, ["sh", "-c", "echo hi > /v/seen"],
                                      labels={"volgui.test": "1"},
                                      host_config=docker_api.create_host_config(binds={vol: {"bind": "/v"}}))
    docker_api.start(cid)
    docker_api.wait(cid)
    shell = shells.volume_shell(engine, vol)
    try:
        code, out = run_in(docker_api, shell.helper_id, scripted(shell, "pwd; cat seen; touch new"))
        assert "/volume" in out and "hi" in out
        assert code != 0 and "Read-only" in out
    finally:
        shells.close_shell(engine, shell)
    writable = shells.volume_shell(engine, vol, read_only=False)
    try:
        code, _ = run_in(docker_api, writable.helper_id, scripted(writable, "touch new"))
        assert code == 0
    finally:
        shells.close_shell(engine, writable)


def test_a_missing_volume_is_refused_in_words(engine):
    with pytest.raises(EngineError):
        shells.volume_shell(engine, "vgtest-no-such-volume")


def test_an_image_for_another_cpu_is_refused_in_words(engine, docker_api, monkeypatch):
    image = shell_less_image(docker_api)
    real = engine.api.inspect_image

    def other_cpu(name):
        info = dict(real(name))
        info["Architecture"] = "s390x" if engine.info.arch != "s390x" else "amd64"
        return info

    monkeypatch.setattr(engine.api, "inspect_image", other_cpu)
    with pytest.raises(EngineError, match="processors"):
        shells.check_arch(engine, image)


def test_helper_names_are_readable_and_safe():
    name = shells.helper_name("shell", "my data/ü vol" * 10)
    assert name.startswith("volgui-shell-my-data--")
    assert len(name) <= 70 and all(ch.isascii() and (ch.isalnum() or ch in "_.-") for ch in name)
