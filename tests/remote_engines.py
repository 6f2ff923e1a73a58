"""Real remote-engine setups on loopback for tests: TLS dockerd, sshd, Podman service.

Everything listens on 127.0.0.1 or on unix sockets in a private temp dir, and is stopped by
the fixture that started it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from private_engine import EngineStartError, PrivateEngine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)


@dataclass
class Certificates:
    dir: Path

    @property
    def ca(self) -> str:
        return str(self.dir / "ca.pem")

    @property
    def server_cert(self) -> str:
        return str(self.dir / "server-cert.pem")

    @property
    def server_key(self) -> str:
        return str(self.dir / "server-key.pem")

    @property
    def client_cert(self) -> str:
        return str(self.dir / "cert.pem")

    @property
    def client_key(self) -> str:
        return str(self.dir / "key.pem")

    @property
    def other_ca(self) -> str:
        return str(self.dir / "other-ca.pem")


def make_certificates(directory: Path) -> Certificates:
    """A CA, a server certificate for 127.0.0.1, a client certificate, and an unrelated CA."""
    d = directory
    d.mkdir(parents=True, exist_ok=True)
    ossl = shutil.which("openssl") or "openssl"
    for name in ("ca", "other-ca"):
        _run([ossl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
              "-keyout", f"{name}-key.pem", "-out", f"{name}.pem", "-subj", f"/CN=volgui test {name}"], d)
    (d / "server-ext.cnf").write_text("subjectAltName = IP:127.0.0.1,DNS:localhost\n"
                                      "extendedKeyUsage = serverAuth\n")
    (d / "client-ext.cnf").write_text("extendedKeyUsage = clientAuth\n")
    for name, ext in (("server", "server-ext.cnf"), ("client", "client-ext.cnf")):
        cn = "127.0.0.1" if name == "server" else "volgui-client"
        _run([ossl, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}-key.pem",
              "-out", f"{name}.csr", "-subj", f"/CN={cn}"], d)
        _run([ossl, "x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
              "-CAcreateserial", "-days", "2", "-out", f"{name}-cert.pem", "-extfile", ext], d)
    os.replace(d / "client-cert.pem", d / "cert.pem")
    os.replace(d / "client-key.pem", d / "key.pem")
    return Certificates(d)


def start_tls_engine(certs: Certificates) -> tuple[PrivateEngine, str]:
    """A private dockerd that also listens on tcp://127.0.0.1:PORT with TLS client verification."""
    port = free_port()
    engine = PrivateEngine.create(prefix="volgui-tls-")
    engine.extra_args = ["--tlsverify", f"--tlscacert={certs.ca}", f"--tlscert={certs.server_cert}",
                         f"--tlskey={certs.server_key}", "-H", f"tcp://127.0.0.1:{port}"]
    engine.start()
    return engine, f"tcp://127.0.0.1:{port}"


@dataclass
class SSHServer:
    proc: subprocess.Popen
    port: int
    dir: Path
    key: Path

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        shutil.rmtree(self.dir, ignore_errors=True)


def start_sshd(engine_host: str, home: Path, extra_config: str = "") -> SSHServer:
    """sshd on a loopback port; its sessions reach ``engine_host`` through DOCKER_HOST.

    The client side (``home``/.ssh) gets the key, a config entry and the host key in known_hosts,
    as a person would have after their first ``ssh`` to the server. ``extra_config`` goes at the
    end of sshd_config (``Match`` blocks).
    """
    sshd = shutil.which("sshd") or "/usr/sbin/sshd"
    if not os.path.exists(sshd):
        raise EngineStartError("openssh-server is not installed")
    d = Path(tempfile.mkdtemp(prefix="volgui-sshd-"))
    port = free_port()
    keygen = shutil.which("ssh-keygen") or "ssh-keygen"
    _run([keygen, "-q", "-t", "ed25519", "-N", "", "-f", str(d / "host_key")], d)
    _run([keygen, "-q", "-t", "ed25519", "-N", "", "-f", str(d / "user_key")], d)
    pub = (d / "user_key.pub").read_text().strip()
    (d / "authorized_keys").write_text(f'environment="DOCKER_HOST={engine_host}" {pub}\n')
    Path("/run/sshd").mkdir(exist_ok=True)
    (d / "sshd_config").write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {d / 'host_key'}\n"
        f"AuthorizedKeysFile {d / 'authorized_keys'}\nPidFile {d / 'sshd.pid'}\n"
        "PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "UsePAM no\nStrictModes no\nPermitUserEnvironment DOCKER_HOST\nAllowTcpForwarding no\n"
        "X11Forwarding no\nSetEnv PATH=/usr/local/bin:/usr/bin:/bin\n"
        "Subsystem sftp internal-sftp\n"  # SFTP backup folders
        + extra_config
    )
    with open(d / "sshd.log", "wb") as log:
        proc = subprocess.Popen([sshd, "-D", "-e", "-f", str(d / "sshd_config")],
                                stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            break
        if proc.poll() is not None:
            raise EngineStartError(f"sshd exited: {(d / 'sshd.log').read_text()}")
        time.sleep(0.05)
    ssh_dir = home / ".ssh"
    ssh_dir.mkdir(parents=True, exist_ok=True)
    host_pub = (d / "host_key.pub").read_text().split()
    (ssh_dir / "known_hosts").write_text(f"[127.0.0.1]:{port} {host_pub[0]} {host_pub[1]}\n")
    (ssh_dir / "config").write_text(f"Host 127.0.0.1\n  IdentityFile {d / 'user_key'}\n")
    return SSHServer(proc, port, d, d / "user_key")


@dataclass
class PodmanService:
    proc: subprocess.Popen
    dir: Path

    @property
    def host(self) -> str:
        return f"unix://{self.dir / 'podman.sock'}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        subprocess.run(["umount", "-R", str(self.dir / "runroot")], capture_output=True, check=False)
        subprocess.run(["umount", "-R", str(self.dir / "root")], capture_output=True, check=False)
        shutil.rmtree(self.dir, ignore_errors=True)


def start_podman() -> PodmanService:
    podman = shutil.which("podman")
    if not podman:
        raise EngineStartError("podman is not installed (apt-get install podman)")
    d = Path(tempfile.mkdtemp(prefix="volgui-podman-"))
    sock = d / "podman.sock"
    cmd = [podman, "--root", str(d / "root"), "--runroot", str(d / "runroot"), "--storage-driver", "vfs",
           "--volumepath", str(d / "volumes"), "--tmpdir", str(d / "tmp"),
           "system", "service", "--time=0", f"unix://{sock}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOCKER_", "CONTAINER"))}
    with open(d / "podman.log", "wb") as log:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=env, start_new_session=True)
    service = PodmanService(proc, d)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise EngineStartError(f"podman exited: {(d / 'podman.log').read_text()[-2000:]}")
        if sock.exists():
            with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX) as s:
                s.connect(str(sock))
                s.sendall(b"GET /_ping HTTP/1.0\r\n\r\n")
                if b"OK" in s.recv(4096):
                    return service
        time.sleep(0.1)
    service.stop()
    raise EngineStartError("podman service did not answer")
