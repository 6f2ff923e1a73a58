"""A private, throwaway Docker engine for tests and benchmarks.

It runs its own ``dockerd`` with its own data root, exec root and socket, without a bridge,
iptables or masquerading, so nothing it does reaches the user's engine or any network.
Test images are made locally from busybox-static with ``docker import`` (nothing is pulled).

Usable as a module: ``python tests/private_engine.py run -- CMD...`` starts an engine,
exports ``VOLGUI_TEST_DOCKER_HOST`` to CMD, and stops the engine afterwards.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

TEST_IMAGE = "volgui-test/busybox:latest"
TEST_PREFIX = "vgtest-"
BUSYBOX_CANDIDATES = ("/bin/busybox", "/usr/bin/busybox")


class EngineStartError(RuntimeError):
    """The private engine could not be started; the message says why."""


def _find_busybox() -> str:
    for path in BUSYBOX_CANDIDATES:
        if os.path.exists(path):
            out = subprocess.run([path, "--list"], capture_output=True, text=True, check=False)
            if out.returncode == 0 and "sh" in out.stdout.split():
                return path
    raise EngineStartError("busybox-static is not installed (apt-get install busybox-static)")


def busybox_rootfs_tar() -> bytes:
    """A root filesystem with a static busybox and one symlink per applet, as tar bytes."""
    busybox = _find_busybox()
    applets = subprocess.run([busybox, "--list"], capture_output=True, text=True, check=True).stdout.split()
    buf = io.BytesIO()
    now = int(time.time())
    with tarfile.open(fileobj=buf, mode="w") as tar:

        def add_dir(name: str, mode: int = 0o755) -> None:
            info = tarfile.TarInfo(name)
            info.type = tarfile.DIRTYPE
            info.mode = mode
            info.mtime = now
            tar.addfile(info)

        def add_file(name: str, data: bytes, mode: int = 0o644) -> None:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = mode
            info.mtime = now
            tar.addfile(info, io.BytesIO(data))

        for d in ("bin", "etc", "tmp", "root", "var", "usr", "usr/bin"):
            add_dir(d, 0o1777 if d == "tmp" else 0o755)
        with open(busybox, "rb") as fh:
            add_file("bin/busybox", fh.read(), 0o755)
        for applet in applets:
            if applet == "busybox":
                continue
            link = tarfile.TarInfo(f"bin/{applet}")
            link.type = tarfile.SYMTYPE
            link.linkname = "busybox"
            link.mtime = now
            tar.addfile(link)
        add_file("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n")
        add_file("etc/group", b"root:x:0:\nnogroup:x:65534:\n")
    return buf.getvalue()


@dataclass
class PrivateEngine:
    """One private dockerd. ``start()``/``stop()`` may be called repeatedly (reconnect tests)."""

    base_dir: Path
    proc: subprocess.Popen | None = None
    extra_args: list[str] = field(default_factory=list)

    @property
    def socket_path(self) -> Path:
        return self.base_dir / "docker.sock"

    @property
    def host(self) -> str:
        return f"unix://{self.socket_path}"

    @property
    def log_path(self) -> Path:
        return self.base_dir / "dockerd.log"

    @classmethod
    def create(cls, prefix: str = "volgui-engine-") -> PrivateEngine:
        # Short path: unix socket paths are limited to ~108 bytes.
        return cls(Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp")))

    def start(self, timeout: float = 30.0) -> None:
        if self.proc is not None and self.proc.poll() is None:
            return
        dockerd = shutil.which("dockerd")
        if not dockerd:
            raise EngineStartError("dockerd is not installed (apt-get install docker.io)")
        if os.geteuid() != 0:
            raise EngineStartError("the private test engine needs root (dockerd cannot run rootless here)")
        for sub in ("data", "exec"):
            (self.base_dir / sub).mkdir(parents=True, exist_ok=True)
        cmd = [
            dockerd,
            "--bridge=none",
            "--iptables=false",
            "--ip6tables=false",
            "--ip-masq=false",
            "--data-root", str(self.base_dir / "data"),
            "--exec-root", str(self.base_dir / "exec"),
            "--pidfile", str(self.base_dir / "dockerd.pid"),
            "-H", self.host,
            *self.extra_args,
        ]
        # A minimal environment: the engine must not inherit a test's temporary HOME or
        # XDG_RUNTIME_DIR (containerd puts console sockets there; the test deletes it).
        env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"), "HOME": "/root",
               "LANG": "C.UTF-8"}
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise EngineStartError(f"dockerd exited with {self.proc.returncode}:\n{self._log_tail()}")
            if self._answers():
                return
            time.sleep(0.1)
        self.stop()
        raise EngineStartError(f"dockerd did not answer within {timeout:.0f}s:\n{self._log_tail()}")

    def _answers(self) -> bool:
        import socket

        if not self.socket_path.exists():
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(1)
                s.connect(str(self.socket_path))
                s.sendall(b"GET /_ping HTTP/1.0\r\n\r\n")
                return b"OK" in s.recv(4096)
        except OSError:
            return False

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = 20.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)

    def destroy(self) -> None:
        """Stop the engine and delete everything it stored."""
        if self.proc is not None and self.proc.poll() is None:
            self._remove_everything()
        self.stop()
        subprocess.run(["umount", "-R", str(self.base_dir / "exec")], capture_output=True, check=False)
        shutil.rmtree(self.base_dir, ignore_errors=True)

    def _remove_everything(self) -> None:
        try:
            api = self.api(timeout=20)
            for c in api.containers(all=True):
                api.remove_container(c["Id"], force=True, v=True)
            api.prune_volumes()
            api.close()
        except Exception:  # best effort: the data root is deleted anyway
            pass

    def api(self, timeout: int = 60):
        import docker

        return docker.APIClient(base_url=self.host, timeout=timeout, version="auto")

    def ensure_test_image(self) -> str:
        return ensure_test_image(self.host)


def ensure_test_image(host: str) -> str:
    """Import the busybox test image into the engine at ``host`` unless it is there."""
    import docker

    api = docker.APIClient(base_url=host, version="auto", timeout=60)
    try:
        if not api.images(name=TEST_IMAGE):
            api.import_image_from_data(
                busybox_rootfs_tar(), repository=TEST_IMAGE.split(":")[0], tag="latest",
                changes=['CMD ["sh"]', "ENV PATH=/bin:/usr/bin", "LABEL volgui.tools=1"],
            )
    finally:
        api.close()
    return TEST_IMAGE


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "run" or "--" not in argv:
        print("usage: private_engine.py run -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1:]
    engine = PrivateEngine.create()
    try:
        engine.start()
        engine.ensure_test_image()
        env = dict(os.environ, VOLGUI_TEST_DOCKER_HOST=engine.host)
        print(f"private engine at {engine.host}", file=sys.stderr)
        return subprocess.call(command, env=env)
    finally:
        engine.destroy()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
