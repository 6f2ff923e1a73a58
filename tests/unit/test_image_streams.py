"""The pull/push progress stream, image references, history and disk-use answers: bounded parsers
of outside data, at their limits."""

from __future__ import annotations

import io
import json
import tarfile
from types import SimpleNamespace

import pytest

from volgui.engine.errors import EngineError
from volgui.engine.images import archive, refs, transfer
from volgui.engine.images.disk_use import MAX_ROWS, parse_disk_use
from volgui.engine.images.history import MAX_COMMAND, MAX_LAYERS, dockerfile_text, parse_history
from volgui.engine.images.progress import (
    MAX_BYTES,
    MAX_LINE,
    MAX_TEXT,
    ProgressTracker,
    json_lines,
)
from volgui.engine.images.progress import MAX_LAYERS as MAX_TRACKED
from volgui.engine.present import image_commands
from volgui.engine.volumes.tar_headers import ArchiveRefused


def lines(*messages) -> list[bytes]:
    return [json.dumps(m).encode() + b"\r\n" for m in messages]


def test_layers_follow_their_steps():
    tracker = ProgressTracker()
    for message in json_lines(lines(
            {"status": "Pulling from team/app", "id": "v1"},
            {"status": "Pulling fs layer", "progressDetail": {}, "id": "aaa"},
            {"status": "Downloading", "progressDetail": {"current": 50, "total": 200}, "id": "aaa"},
            {"status": "Pulling fs layer", "progressDetail": {}, "id": "bbb"},
            {"status": "Already exists", "progressDetail": {}, "id": "bbb"},
            {"status": "Digest: sha256:" + "a" * 64},
            {"status": "Status: Downloaded newer image for team/app:v1"})):
        tracker.feed(message)
    snap = tracker.snapshot()
    assert [(layer.id, layer.status) for layer in snap.layers] == [("aaa", "Downloading"),
                                                                   ("bbb", "Already exists")]
    assert snap.layers[0].fraction == 0.25 and snap.layers[1].fraction == 1.0
    assert snap.fraction == pytest.approx(0.625) and snap.finished_layers == 1
    assert tracker.digest == "sha256:" + "a" * 64
    assert snap.message.startswith("Status: Downloaded")


class FakeImages:
    """An engine's image store as far as a cancelled pull's clean-up reads and changes it."""

    def __init__(self, images: dict[str, dict]) -> None:
        self.store = images  # id -> {"tags": [...], "digests": [...], "layers": n}

    def _find(self, name: str) -> str:
        for image_id, image in self.store.items():
            if name == image_id or name in image["tags"]:
                return image_id
        raise LookupError(name)

    def inspect_image(self, name: str) -> dict:
        image = self.store[self._find(name)]
        return {"Id": self._find(name), "RepoTags": list(image["tags"]),
                "RepoDigests": list(image["digests"]), "RootFS": {"Layers": ["sha256:x"] * image["layers"]}}

    def images(self, filters: dict, quiet: bool) -> list[str]:
        assert filters == {"dangling": True} and quiet
        return [i for i, image in self.store.items() if not image["tags"]]

    def tag(self, image: str, repository: str, tag: str, force: bool) -> None:
        for other in self.store.values():
            other["tags"] = [t for t in other["tags"] if t != f"{repository}:{tag}"]
        self.store[self._find(image)]["tags"].append(f"{repository}:{tag}")

    def remove_image(self, name: str) -> None:
        del self.store[self._find(name)]


def image(*tags: str, layers: int = 1, digests: tuple = ()) -> dict:
    return {"tags": list(tags), "digests": list(digests), "layers": layers}


def forget(api: FakeImages, before: str, known: set[str], layers: int) -> dict:
    transfer._forget_partial(SimpleNamespace(api=api), "reg/app:v1", before, known, layers)
    return api.store


def test_a_cancelled_pull_the_engine_tagged_anyway_is_removed():
    api = FakeImages({"sha256:new": image("reg/app:v1", digests=("reg/app@sha256:d",)),
                      "sha256:old-untagged": image(), "sha256:other": image("other:1")})
    assert set(forget(api, "", {"sha256:old-untagged"}, 1)) == {"sha256:old-untagged", "sha256:other"}


def test_the_image_that_had_the_tag_before_gets_it_back():
    api = FakeImages({"sha256:before": image("reg/app:v1"), "sha256:new": image(layers=2)})
    api.tag("sha256:new", "reg/app", "v1", force=True)  # the engine moved the tag: the old one is untagged
    assert forget(api, "sha256:before", set(), 2) == {"sha256:before": image("reg/app:v1")}


def test_an_image_stored_but_never_tagged_is_removed_and_no_other():
    """The engine saw the cancel between storing the image and tagging it: only the untagged image
    with the pull's layer count, new since the pull began, goes."""
    api = FakeImages({"sha256:stored": image(layers=3), "sha256:made-meanwhile": image(layers=1),
                      "sha256:there-before": image(layers=3),
                      "sha256:kept": image(layers=3, digests=("x@y",))})
    assert set(forget(api, "", {"sha256:there-before"}, 3)) == {
        "sha256:made-meanwhile", "sha256:there-before", "sha256:kept"}


def test_an_image_there_before_stays_when_the_pull_changed_nothing():
    api = FakeImages({"sha256:before": image("reg/app:v1", layers=2)})
    assert forget(api, "sha256:before", set(), 2) == {"sha256:before": image("reg/app:v1", layers=2)}


def test_an_in_band_error_raises_its_message():
    tracker = ProgressTracker()
    with pytest.raises(EngineError) as err:
        for message in json_lines(lines({"errorDetail": {"message": "manifest unknown"},
                                         "error": "manifest unknown"})):
            tracker.feed(message)
    assert err.value.message == "manifest unknown"


def test_lines_split_anywhere_across_chunks():
    data = b"".join(lines({"status": "Waiting", "id": "x"}, {"status": "Pushed", "id": "y"}))
    chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
    assert [m["id"] for m in json_lines(chunks)] == ["x", "y"]


def test_an_overlong_line_is_dropped_whole_and_the_next_one_read():
    stats: dict = {}
    flood = [b"{" + b"x" * 4096 for _ in range(MAX_LINE // 4096 + 4)]  # never a newline for a while
    out = list(json_lines([*flood, b"\n", *lines({"status": "Pushed", "id": "z"})], stats))
    assert out == [{"status": "Pushed", "id": "z"}] and stats["dropped"] == 1


def test_exactly_max_line_bytes_is_still_read():
    message = {"status": "s", "id": "a", "pad": ""}
    message["pad"] = "p" * (MAX_LINE - len(json.dumps(message)))
    line = json.dumps(message).encode()
    assert len(line) == MAX_LINE
    assert list(json_lines([line, b"\n"])) == [message]


def test_broken_json_and_non_objects_are_skipped():
    stats: dict = {}
    out = list(json_lines([b"not json\n[1,2]\n" + b"[" * 100000 + b"\n" + b'{"status":"ok"}\n'], stats))
    assert out == [{"status": "ok"}] and stats["dropped"] >= 2


def test_hostile_values_are_clamped_and_cut():
    tracker = ProgressTracker()
    tracker.feed({"status": "D" * 10000, "id": "i" * 10000,
                  "progressDetail": {"current": 10 ** 400, "total": -5}})
    tracker.feed({"status": "Downloading", "id": "n", "progressDetail": {"current": "9", "total": True}})
    tracker.feed({"status": "Downloading", "id": "f",
                  "progressDetail": {"current": float("nan"), "total": 1e300}})
    layers = tracker.snapshot().layers
    assert len(layers[0].status) == MAX_TEXT and len(layers[0].id) <= 80
    assert layers[0].current == MAX_BYTES and layers[0].total == 0 and layers[0].fraction == 0.0
    assert layers[1].current == layers[1].total == 0
    assert layers[2].current == 0 and layers[2].total == MAX_BYTES


def test_at_most_max_layers_are_tracked():
    tracker = ProgressTracker()
    for i in range(MAX_TRACKED + 50):
        tracker.feed({"status": "Waiting", "id": f"l{i}"})
    snap = tracker.snapshot()
    assert len(snap.layers) == MAX_TRACKED and snap.untracked == 50


@pytest.mark.parametrize("text, repo, tag, registry", [
    ("busybox", "busybox", "latest", "docker.io"),
    ("team/app:1.2", "team/app", "1.2", "docker.io"),
    ("127.0.0.1:5000/x/y:v1", "127.0.0.1:5000/x/y", "v1", "127.0.0.1:5000"),
    ("localhost/app", "localhost/app", "latest", "localhost"),
    ("reg.example.com/a@sha256:" + "0" * 64, "reg.example.com/a", "sha256:" + "0" * 64, "reg.example.com"),
])
def test_references_split(text, repo, tag, registry):
    assert refs.split(text) == (repo, tag)
    assert refs.registry_of(repo) == registry


@pytest.mark.parametrize("text", ["", "  ", "Upper/Case", "a:b:c", "app:", "-app",
                                  "a" * (refs.MAX_REF + 1), "app:" + "t" * 129])
def test_bad_references_are_refused_with_a_sentence(text):
    with pytest.raises(EngineError) as err:
        refs.check_reference(text)
    assert err.value.message.endswith(".")


def test_history_is_bounded_and_reads_like_a_dockerfile():
    raw = [{"Id": "sha256:x", "Created": 1700000000, "CreatedBy": "/bin/sh -c #(nop)  CMD [\"sh\"]",
            "Size": 0},
           {"Id": "<missing>", "Created": "soon", "CreatedBy": "/bin/sh -c apk add curl", "Size": 123},
           "not a row", {"CreatedBy": "x" * (MAX_COMMAND * 2), "Size": -4, "Tags": ["a"] * 100}]
    layers = parse_history(raw)
    assert [layer.created_by[:12] for layer in layers] == ['CMD ["sh"]', "RUN apk add ", "x" * 12]
    assert layers[0].empty and layers[1].size == 123 and layers[1].created is None
    assert len(layers[2].created_by) == MAX_COMMAND and layers[2].size == 0 and len(layers[2].tags) == 32
    assert len(parse_history([{"Size": 1}] * (MAX_LAYERS + 10))) == MAX_LAYERS
    assert parse_history({"not": "a list"}) == ()
    assert parse_history([{"Created": 10 ** 30}, {"Created": 1e308}])[0].created is None
    odd = parse_history(json.loads('[{"Created": Infinity, "Size": Infinity}, {"Size": NaN}]'))
    assert odd[0].created is None and odd[0].size == 2 ** 63 and odd[1].size == 0
    assert dockerfile_text("COPY file:abc in /") == "COPY file:abc in /"


def test_disk_use_groups_and_reclaimable_sizes():
    raw = {"LayersSize": 1000,
           "Images": [{"Id": "sha256:a", "RepoTags": ["a:1"], "Size": 600, "SharedSize": 100,
                       "Containers": 1},
                      {"Id": "sha256:b", "RepoTags": ["<none>:<none>"], "Size": 400, "SharedSize": -1,
                       "Containers": 0}],
           "Containers": [{"Id": "c1", "Names": ["/web"], "SizeRw": 10, "State": "running"},
                          {"Id": "c2", "Names": ["/old"], "SizeRw": 20, "State": "exited"}],
           "Volumes": [{"Name": "v", "UsageData": {"Size": 5, "RefCount": 0}},
                       {"Name": "w", "UsageData": "x"}],
           "BuildCache": [{"ID": "b1", "Size": 7, "InUse": False}, {"ID": "b2", "Size": 9, "InUse": True}]}
    use = parse_disk_use(raw)
    images = use.group("images")
    assert images.total == 1000 and images.reclaimable == 1000 - 500  # all but a's own 500 bytes
    assert images.rows[1].name == "<untagged> b" and images.rows[0].detail == "used by 1 container"
    assert use.group("containers").reclaimable == 20
    assert use.group("volumes").reclaimable == 5 and use.group("volumes").rows[1].size == 0
    assert use.group("build_cache").reclaimable == 7 and use.total == 1000 + 30 + 5 + 16


def test_disk_use_is_bounded_and_survives_nonsense():
    many = {"Volumes": [{"Name": f"v{i}", "UsageData": {"Size": 1, "RefCount": 0}}
                        for i in range(MAX_ROWS + 7)]}
    volumes = parse_disk_use(many).group("volumes")
    assert len(volumes.rows) == MAX_ROWS and volumes.more == 7 and volumes.total == MAX_ROWS + 7
    infinite = parse_disk_use(json.loads('{"Volumes": [{"Name": "v", "UsageData": {"Size": Infinity}}]}'))
    assert infinite.group("volumes").total == 2 ** 63
    for nonsense in (None, [], {"Images": "x", "Containers": [1, None]}):
        assert parse_disk_use(nonsense).total == 0


def test_image_commands():
    assert image_commands.remove_images(["a:1", "b c"]) == "docker image rm a:1 'b c'"
    assert image_commands.prune_images(True) == "docker image prune -a -f"
    assert image_commands.image_ref("sha256:" + "f" * 64) == ["f" * 12]
    assert image_commands.save(["a:1"], "/x y/i.tar") == "docker image save -o '/x y/i.tar' a:1"
    assert image_commands.load("i.tar") == "docker image load -i i.tar"
    assert image_commands.tag_image("a", "b:2") == "docker image tag a b:2"


def _tar_file(path, files: dict[str, bytes]) -> None:
    with tarfile.open(path, "w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_image_archive_check_reads_the_manifest_and_survives_a_hostile_one(tmp_path):
    good = tmp_path / "good.tar"
    manifest = [{"RepoTags": ["a:1", "b:2"]}, {"RepoTags": None}]
    _tar_file(good, {"abc/layer.tar": b"x" * 1000, "manifest.json": json.dumps(manifest).encode()})
    found = archive.check_image_archive(good)
    assert found.tags == ("a:1", "b:2") and found.images == 2
    deep = tmp_path / "deep.tar"
    _tar_file(deep, {"manifest.json": b"[" * 200_000})
    assert archive.check_image_archive(deep).tags == ()
    big = tmp_path / "big.tar"
    _tar_file(big, {"manifest.json": b" " * (archive.MAX_MANIFEST + 1)})
    assert archive.check_image_archive(big).tags == ()


def test_image_archive_with_too_many_entries_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_MEMBERS", 50)
    many = tmp_path / "many.tar"
    _tar_file(many, {f"f{i}": b"" for i in range(60)} | {"manifest.json": b"[]"})
    with pytest.raises(ArchiveRefused) as err:
        archive.check_image_archive(many)
    assert "over 50 entries" in err.value.message and "many.tar" in err.value.message
