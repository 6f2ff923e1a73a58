"""Volumes of the local driver from the form's fields, test-mounted for real on the private engine:
tmpfs and bind work, a missing folder is explained, bad NFS/CIFS fields are refused with a reason."""

from __future__ import annotations

import pytest

from volgui import operations
from volgui.engine.validation import ValidationError
from volgui.engine.volumes import driver_options as do
from volgui.engine.volumes import tools_image
from volgui.operations.mount_trial import TRIAL_PREFIX, kernel_words, try_mount

pytestmark = pytest.mark.integration


@pytest.fixture
def tools(engine, docker_api):
    """volgui's tools image for the test; removed again when the test made it."""
    existed = tools_image.tools_image_exists(engine)
    tools_image.forget_tried(engine)
    yield
    if not existed:
        for img in docker_api.images(name=tools_image.TOOLS_REPO):
            docker_api.remove_image(img["Id"], force=True)
    tools_image.forget_tried(engine)


def _no_trial_left(docker_api):
    assert not [v for v in docker_api.volumes().get("Volumes") or [] if v["Name"].startswith(TRIAL_PREFIX)]
    assert not docker_api.containers(all=True, filters={"label": "volgui.helper=mount-test"})


def test_tmpfs_from_the_form_mounts_and_is_created(engine, docker_api, tools, prefix):
    opts = do.tmpfs("16m", "1777").options
    assert opts == {"type": "tmpfs", "device": "tmpfs", "o": "size=16m,mode=1777"}
    trial = try_mount(engine, "local", opts)
    assert trial.ok, trial.detail
    assert "read and written" in trial.message
    _no_trial_left(docker_api)
    made = operations.create_volume(engine, f"{prefix}tmpfs", "local", {}, opts)
    assert docker_api.inspect_volume(made.name)["Options"] == opts


def test_bind_to_a_host_folder_mounts(engine, docker_api, tools, prefix, tmp_path):
    folder = tmp_path / "host-folder"
    folder.mkdir()
    (folder / "hello.txt").write_text("hi")
    opts = do.bind(str(folder)).options
    assert opts == {"type": "none", "o": "bind", "device": str(folder)}
    trial = try_mount(engine, "local", opts)
    assert trial.ok, trial.detail
    _no_trial_left(docker_api)
    made = operations.create_volume(engine, f"{prefix}bind", "local", {}, opts)
    assert docker_api.inspect_volume(made.name)["Options"]["device"] == str(folder)


def test_bind_to_a_missing_folder_is_explained(engine, docker_api, tools, tmp_path):
    trial = try_mount(engine, "local", do.bind(str(tmp_path / "not-there")).options)
    assert not trial.ok
    assert trial.message == ("The mount failed: the folder, export or share does not exist (the kernel said "
                             "“no such file or directory”).")
    _no_trial_left(docker_api)


def test_tmpfs_with_an_option_the_kernel_refuses(engine, docker_api, tools):
    trial = try_mount(engine, "local", {"type": "tmpfs", "device": "tmpfs", "o": "size=16m,bogus=1"})
    assert not trial.ok and trial.message.startswith("The mount failed:"), trial
    assert "invalid argument" in trial.message or "bogus" in trial.message
    _no_trial_left(docker_api)


@pytest.mark.parametrize(("fields", "words"), [
    (dict(server="nas", export="/srv", extra="hard,bogus"), "“bogus” is not an NFS mount option"),
    (dict(server="nas", export="/srv", extra="timeo=ten"), "takes a whole number"),
    (dict(server="nas", export="/srv", extra="proto=carrier-pigeon"), "takes one of"),
    (dict(server="nas", export="/srv", extra="addr=evil"), "set by the form"),
    (dict(server="nas,addr=evil", export="/srv"), "not a host name"),
    (dict(server="nas", export="srv"), "absolute path"),
    (dict(server="nas", export="/srv", version="5"), "NFS version"),
    (dict(server="nas", export="/srv", extra="ro,'hard'"), "contains “'”"),
])
def test_bad_nfs_fields_are_refused_with_a_reason(fields, words):
    with pytest.raises(ValidationError) as info:
        do.nfs(**fields)
    assert words in info.value.message, info.value.message


def test_nfs_and_cifs_options_as_docker_expects_them():
    assert do.nfs("10.0.0.5", "/srv/share", "4.1", "hard, timeo=600,noatime").options == {
        "type": "nfs", "o": "addr=10.0.0.5,nfsvers=4.1,hard,timeo=600,noatime", "device": ":/srv/share"}
    made = do.cifs("nas.local", "backup", "alice", "pw", "3.0")
    assert made.options == {"type": "cifs", "o": "addr=nas.local,username=alice,password=pw,vers=3.0",
                            "device": "//nas.local/backup"}
    assert "docker volume inspect" in made.note
    for password, words in (("a,b", "contains “,”"), ('a"b', "contains “\"”"), ("a b", "a space")):
        with pytest.raises(ValidationError) as info:
            do.cifs("nas", "backup", "alice", password)
        assert words in info.value.message and "o=" in info.value.message
    with pytest.raises(ValidationError):
        do.cifs("nas", "backup", "al,ice", "pw")
    with pytest.raises(ValidationError) as info:
        do.tmpfs("lots")
    assert "not a size" in info.value.message


def test_kernel_words_without_a_known_errno():
    assert kernel_words("failed to mount local volume: mount x, data: y: weird thing") == \
        "The mount failed: weird thing"


def test_the_command_volgui_shows_and_logs_hides_the_password():
    from volgui.engine.present.commands import create_volume

    text = create_volume("share", "local", {}, do.cifs("nas", "backup", "alice", "s3cret").options)
    assert "s3cret" not in text and "password=********" in text
    assert create_volume("x", "other", {}, {"password": "s3cret"}).endswith("--opt 'password=********' x")
