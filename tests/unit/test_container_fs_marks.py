"""Where a container's files live, from recorded inspect and diff answers (no engine), the ``docker cp``
lines, and the suggested volume name of "Move to a volume…"."""

from __future__ import annotations

from volgui.engine.containers.fs_marks import FileMarks, MountMark, file_marks
from volgui.engine.containers.to_volume import suggested_volume_name
from volgui.engine.present import commands


class Answers:
    """An engine whose inspect and diff give recorded answers."""

    def __init__(self, inspect: dict, diff) -> None:
        self.api = self
        self._inspect, self._diff = inspect, diff

    def call(self, _what, fn, *args, **kwargs):
        return fn(*args, **kwargs)

    def inspect_container(self, _cid):
        return self._inspect

    def diff(self, _cid):
        return self._diff


INSPECT = {
    "Name": "/web", "State": {"Running": True},
    "HostsPath": "/var/lib/docker/containers/x/hosts", "ResolvConfPath": "",
    "Mounts": [
        {"Type": "volume", "Name": "data", "Destination": "/var/lib/data", "RW": True},
        {"Type": "bind", "Source": "/home/me/site", "Destination": "/srv/site", "RW": False},
        {"Type": "volume", "Name": "inner", "Destination": "/var/lib/data/inner", "RW": True},
        {"Destination": "/../escape"},  # a bad row is skipped
        "not a mount",
    ],
    "HostConfig": {"Tmpfs": {"/run/cache": ""}},
}
DIFF = [
    {"Path": "/app", "Kind": 1}, {"Path": "/app/x.txt", "Kind": 1}, {"Path": "/etc", "Kind": 0},
    {"Path": "/etc/passwd", "Kind": 2}, {"Path": "/etc/group", "Kind": 0},
    {"Path": "/var/lib/data/db", "Kind": 1},  # inside a volume: not the write layer's
    {"Path": "/srv", "Kind": 1},  # made by docker as a mount point's parent
    {"Path": "relative/path", "Kind": 1}, {"Kind": 1}, None, {"Path": "/a/../b", "Kind": 1},
]


def test_marks_from_inspect_and_diff():
    marks = file_marks(Answers(INSPECT, DIFF), "x")
    assert marks.container == "web" and marks.running
    assert [m.path for m in marks.mounts] == ["var/lib/data", "srv/site", "var/lib/data/inner", "run/cache"]
    assert marks.mount_of("var/lib/data/inner/f").source == "inner"  # the deepest mount
    assert marks.mount_of("var/lib/data/f").text == "volume data"
    assert marks.mount_of("srv/site/index.html").text == "bind mount /home/me/site, read-only"
    assert marks.stored_in("run/cache/x") == "tmpfs (memory)"
    assert marks.changes == {"app": "added", "app/x.txt": "added", "etc": "modified", "etc/passwd": "deleted",
                             "etc/group": "modified"}
    assert marks.deleted_in("etc") == ["etc/passwd"] and marks.deleted_in("app") == []
    assert marks.stored_in("app/x.txt") == "write layer" and marks.stored_in("bin/sh") == "image"
    assert marks.stored_in("etc/hosts") == "docker" and marks.stored_in("etc/resolv.conf") == "image"
    assert marks.in_write_layer("app") and not marks.in_write_layer("var/lib/data")
    assert "lost when the container is removed" in marks.stored_in_hint("app")
    assert "the image still has it" in marks.stored_in_hint("etc/passwd")


def test_no_mounts_no_changes():
    marks = FileMarks("c")
    assert marks.mount_of("x") is None and marks.stored_in("x") == "image" and marks.deleted_in("") == []
    root = FileMarks("c", mounts=(MountMark("data", "volume", "d", False),))
    assert root.mount_at("/data/") is not None and root.mount_at("data/x") is None


def test_cp_commands_quote_names_with_spaces():
    assert commands.cp_list_command("web", "") == "docker cp web:/ - | tar -tvf -"
    assert commands.cp_download_command("web", ["tmp/a b.txt"], "/home/me") == \
        "docker cp 'web:/tmp/a b.txt' /home/me"
    assert commands.cp_upload_command("web", "tmp", ["/home/me/ü x"]) == "docker cp '/home/me/ü x' web:/tmp"
    assert commands.cp_delete_command("web", ["tmp/a b"]) == "docker exec web rm -rf -- '/tmp/a b'"
    assert commands.move_to_volume_command("web", "/srv/site", "web-srv-site").startswith(
        "docker volume create web-srv-site && docker cp web:/srv/site/. - | ")


def test_suggested_volume_name():
    assert suggested_volume_name("web", "/var/lib/data") == "web-var-lib-data"
    assert suggested_volume_name("web", "/dätä x") == "web-d-t--x"
    assert suggested_volume_name("web", "/") == "web"
