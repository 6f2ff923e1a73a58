"""Volume data pieces that need no engine: display strings, paths, commands, the streamed tars."""

from __future__ import annotations

import gzip
import io
import os
import tarfile

import pytest

from volgui.engine import Cancelled, CancelToken, EngineError, validation
from volgui.engine.present import commands
from volgui.engine.present.display import human_size
from volgui.engine.volumes import entries as volume_entries
from volgui.engine.volumes import files as vf
from volgui.engine.volumes import streaming


def test_mode_strings():
    assert volume_entries.mode_string("dir", 0o755) == "drwxr-xr-x"
    assert volume_entries.mode_string("file", 0o4755) == "-rwsr-xr-x"
    assert volume_entries.mode_string("file", 0o2644) == "-rw-r-Sr--"
    assert volume_entries.mode_string("dir", 0o1777) == "drwxrwxrwt"
    assert volume_entries.mode_string("symlink", 0o777) == "lrwxrwxrwx"


def test_sizes_and_progress():
    assert human_size(999, '.1f') == "999 B"
    assert human_size(1500, '.1f') == "1.5 kB"
    assert human_size(3_200_000_000, '.1f') == "3.2 GB"
    p = streaming.TransferProgress(done=25, total=100, elapsed=1.0)
    assert (p.speed, p.fraction, p.eta) == (25.0, 0.25, 3.0)
    assert streaming.TransferProgress(10, None, 1.0).eta is None


def test_clean_path_stays_inside():
    assert validation.clean_path("/a//b/./c/") == "a/b/c"
    clean = validation.clean_path
    assert clean("") == clean("/") == clean(".") == ""
    with pytest.raises(EngineError):
        validation.clean_path("a/../../etc")


def test_commands_quote_names_and_paths():
    cmd = commands.export_command("my vol", "/backups/it's.tar.gz", compress=True)
    assert cmd == ("docker run --rm -v 'my vol':/v:ro -v /backups:/backup busybox "
                   "tar -C /v -czf /backup/'it'\"'\"'s.tar.gz' .")
    assert commands.import_command("/b/x.tar", "new", create=True).startswith("docker volume create new && ")
    assert "tar -C /v -xzpf" in commands.import_command("/b/x.tar.gz", "v")
    assert commands.clone_command("a", "b").startswith(
        "docker volume create b && docker run --rm -v a:/from:ro")
    assert commands.delete_command("v", ["x y", "z"]) == \
        "docker run --rm -v v:/v busybox rm -rf -- '/v/x y' /v/z"


def test_file_chunks_inflates_gzip_by_magic(tmp_path):
    data = os.urandom(3 * streaming.CHUNK + 17)
    plain = tmp_path / "a.tar"
    plain.write_bytes(data)
    packed = tmp_path / "no-extension"
    # two gzip members, as pigz or appended archives make
    packed.write_bytes(gzip.compress(data[: 2 * streaming.CHUNK]) + gzip.compress(data[2 * streaming.CHUNK:]))
    for path in (plain, packed):
        meter = streaming.Meter(None)
        assert b"".join(streaming.file_chunks(path, CancelToken(), meter)) == data
        assert meter.done == path.stat().st_size
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        b"".join(streaming.file_chunks(plain, token, streaming.Meter(None)))


def test_upload_chunks_is_a_tar_with_links_and_owner(tmp_path):
    root = tmp_path / "up"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "big.bin").write_bytes(os.urandom(streaming.CHUNK * 2 + 5))
    os.link(root / "sub" / "big.bin", root / "hard.bin")
    os.symlink("sub/big.bin", root / "soft")
    (root / "é ñ.txt").write_text("x")
    meter = streaming.Meter(None)
    stream = b"".join(vf.upload_chunks([root], (999, 998), CancelToken(), meter))
    assert len(stream) % 512 == 0 and meter.done > 2 * streaming.CHUNK
    with tarfile.open(fileobj=io.BytesIO(stream)) as tar:
        members = {m.name: m for m in tar}
        assert set(members) == {"up", "up/sub", "up/sub/big.bin", "up/hard.bin", "up/soft", "up/é ñ.txt"}
        assert {(m.uid, m.gid) for m in members.values()} == {(999, 998)}
        assert members["up/soft"].issym() and members["up/soft"].linkname == "sub/big.bin"
        links = [m for m in members.values() if m.islnk()]
        assert len(links) == 1 and links[0].linkname in ("up/sub/big.bin", "up/hard.bin")
        data = tar.extractfile("up/sub/big.bin").read() if members["up/sub/big.bin"].isreg() else \
            tar.extractfile("up/hard.bin").read()
        assert data == (root / "sub" / "big.bin").read_bytes()


def test_chunk_reader_reads_across_chunks():
    raw = volume_entries.ChunkReader(iter([b"ab", b"", b"cde", b"f"]))
    assert raw.read(4) == b"ab"  # a raw reader may return less, as sockets do
    reader = io.BufferedReader(volume_entries.ChunkReader(iter([b"ab", b"", b"cde", b"f"])))
    assert reader.read(4) == b"abcd"
    assert reader.read() == b"ef"
    assert reader.read(1) == b""


def test_root_header_is_found_in_first_chunk():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("./")
        info.type, info.mode, info.uid, info.mtime = tarfile.DIRTYPE, 0o750, 7, 123
        tar.addfile(info)
    root = streaming.RootHeader()
    assert list(root.watch([buf.getvalue()])) == [buf.getvalue()]
    assert root.info is not None and root.info.uid == 7 and root.info.mtime == 123
