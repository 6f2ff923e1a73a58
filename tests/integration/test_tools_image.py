"""volgui's own tools image on the private engine: made from this machine's static busybox,
labelled, used by the direct way and the fast lister, removed with the helper image; a busybox
that is dynamically linked or built for another CPU is refused with the reason."""

from __future__ import annotations

import struct

import pytest

from volgui.engine import EngineError
from volgui.engine.volumes import direct as volume_direct
from volgui.engine.volumes import helpers, listers, tools_image
from volgui.engine.volumes import transfer as vd
from volgui.operations import tools_image as tools_ops

pytestmark = pytest.mark.integration

ARCH_MACHINE = {"amd64": 62, "arm64": 183, "386": 3, "arm": 40}


def _forget(engine) -> None:
    helpers.choose_tools_image(engine, "")
    volume_direct.find_tar_image(engine, refresh=True)
    listers.forget_lister_image(engine)


@pytest.fixture
def made(engine, docker_api):
    """``volgui/tools:1`` made by volgui; removed (with the helper image) afterwards."""
    assert volume_direct.is_local(engine)
    busybox = tools_image.find_busybox(engine.info.arch)
    assert busybox.path, busybox.reason  # the suite's engine is made from a static busybox too
    assert not tools_image.tools_image_exists(engine)
    yield tools_image.make_tools_image(engine, busybox)
    _forget(engine)
    for img in docker_api.images(name=tools_image.TOOLS_REPO):
        docker_api.remove_image(img["Id"], force=True)


def test_the_made_image_is_labelled_and_the_direct_way_uses_it(engine, docker_api, made, filled, work,
                                                                prefix):
    assert made == "volgui/tools:1"
    labels = docker_api.inspect_image(made)["Config"]["Labels"]
    assert labels[helpers.TOOLS_LABEL] == "1" and labels["volgui.helper"] == "tools"
    assert helpers.tools_images(engine)[0] == made  # volgui's own before others labelled for it
    assert volume_direct.find_tar_image(engine, refresh=True)[0] == made
    archive = work / "made.tar"
    assert vd.export_volume(engine, filled, str(archive), compress=False).method == "direct"
    assert vd.import_volume(engine, str(archive), f"{prefix}back", create=True).method == "direct"
    assert listers.find_lister_image(engine, refresh=True) == made
    # choosing the test image puts it first; forgetting the choice goes back to volgui's own
    assert tools_ops.choose(engine, "volgui-test/busybox:latest") == "volgui-test/busybox:latest"
    assert tools_ops.choose(engine, "") == made


def test_the_tools_image_goes_with_the_helper_image(engine, docker_api, made):
    helpers.ensure_helper_image(engine)
    assert helpers.remove_helper_image(engine) is True
    left = {t for img in docker_api.images() for t in img.get("RepoTags") or ()}
    assert made not in left and helpers.HELPER_IMAGE not in left
    assert "volgui-test/busybox:latest" in left  # a labelled image volgui did not make stays


def test_made_once_then_reused(engine, docker_api, made, monkeypatch):
    monkeypatch.setattr(tools_image, "_tried", set())
    before = [i["Id"] for i in docker_api.images(name=tools_image.TOOLS_REPO)]
    assert tools_image.ensure_tools_image(engine) == made
    assert [i["Id"] for i in docker_api.images(name=tools_image.TOOLS_REPO)] == before


def test_made_when_no_image_is_labelled(engine, docker_api, monkeypatch):
    """With no chosen or labelled image (a person's engine), looking for one makes volgui's."""
    monkeypatch.setattr(tools_image, "_tried", set())
    real_images = engine.api.images

    def without_test_image(*args, **kwargs):
        found = real_images(*args, **kwargs)
        return [i for i in found if "volgui-test/busybox:latest" not in (i.get("RepoTags") or ())]

    monkeypatch.setattr(engine.api, "images", without_test_image)
    try:
        assert volume_direct.find_tar_image(engine, refresh=True)[0] == "volgui/tools:1"
        assert tools_image.tools_image_exists(engine)
    finally:
        monkeypatch.undo()
        _forget(engine)
        for img in docker_api.images(name=tools_image.TOOLS_REPO):
            docker_api.remove_image(img["Id"], force=True)


def _elf(machine: int, interp: bool, bits: int = 64) -> bytes:
    """A small ELF header with one or two program headers (PT_LOAD, and PT_INTERP when ``interp``)."""
    types = [1] + ([3] if interp else [])
    if bits == 64:
        head = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
        head += struct.pack("<HHIQQQIHHHHHH", 2, machine, 1, 0, 64, 0, 0, 64, 56, len(types), 64, 0, 0)
        phs = b"".join(struct.pack("<II", t, 5) + bytes(48) for t in types)
    else:
        head = b"\x7fELF" + bytes([1, 1, 1]) + bytes(9)
        head += struct.pack("<HHIIIIIHHHHHH", 2, machine, 1, 0, 52, 0, 0, 52, 32, len(types), 40, 0, 0)
        phs = b"".join(struct.pack("<I", t) + bytes(28) for t in types)
    return head + phs + b"\0sh\0tar\0stat\0xargs\0"


def test_a_dynamic_or_foreign_busybox_is_refused(engine, tmp_path, hostile):
    arch = engine.info.arch
    mine = ARCH_MACHINE[arch]
    other = 183 if mine != 183 else 62
    cases = {
        "dynamic": (_elf(mine, interp=True), "dynamically linked"),
        "foreign": (_elf(other, interp=False), "but the engine runs"),
        "foreign 32-bit": (_elf(40 if mine != 40 else 3, interp=False, bits=32), "but the engine runs"),
        "not elf": (b"#!/bin/sh\necho hi\n" * 10, "not an ELF program"),
        "truncated": (_elf(mine, interp=False)[:60], "ELF header"),
        "headers past the end": (_elf(mine, interp=False)[:66], "program headers"),
        "no tar applet": (_elf(mine, interp=False).replace(b"\0tar\0", b"\0xyz\0"), "no tar applet"),
    }
    for case, (data, reason) in cases.items():
        hostile(f"tools image: busybox that is {case}")
        path = tmp_path / case.replace(" ", "-")
        path.write_bytes(data)
        found = tools_image.find_busybox(arch, (str(path),))
        assert found.path == "" and reason in found.reason, (case, found.reason)
        with pytest.raises(EngineError, match="cannot make its tools image") as refused:
            tools_image.make_tools_image(engine, found)
        assert reason in refused.value.message
    good = tmp_path / "good"
    good.write_bytes(_elf(mine, interp=False))
    assert tools_image.find_busybox(arch, (str(good),)).path == str(good)
    assert not tools_image.tools_image_exists(engine)  # nothing was made


def test_the_dialog_operations_list_images_and_say_what_is_used(engine, docker_api):
    got = tools_ops.choices(engine)
    names = [i.name for i in got.images]
    assert "volgui-test/busybox:latest" in names and helpers.HELPER_IMAGE not in names
    assert got.in_use == "volgui-test/busybox:latest" and got.chosen == ""
    assert got.busybox and not got.why_not
