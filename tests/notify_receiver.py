"""A private D-Bus session bus and a small notification server on it, for tests.

``dbus-daemon --session`` on its own socket (never the desktop's bus), and a receiver in a
process of its own (a blocking D-Bus call from Qt holds the interpreter, so a receiver thread
in the test's process could not answer) that owns ``org.freedesktop.Notifications``, answers
``Notify`` as a real server does and writes each notification as a JSON line to a file.

    python notify_receiver.py ADDRESS OUTFILE    (prints "ready" once it owns the name)
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

NAME = "org.freedesktop.Notifications"


@dataclass
class Received:
    app: str
    summary: str
    body: str
    hints: dict


@dataclass
class NotificationServer:
    address: str
    bus: subprocess.Popen
    dir: Path
    receiver: subprocess.Popen | None = None

    @property
    def log(self) -> Path:
        return self.dir / "received.jsonl"

    def serve(self) -> None:
        self.receiver = subprocess.Popen([sys.executable, __file__, self.address, str(self.log)],
                                         stdout=subprocess.PIPE, text=True)
        line = self.receiver.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"the notification receiver did not start: {line!r}")

    @property
    def received(self) -> list[Received]:
        if not self.log.exists():
            return []
        return [Received(**json.loads(line)) for line in self.log.read_text().splitlines() if line]

    def stop(self) -> None:
        for proc in (self.receiver, self.bus):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(5)
        if self.receiver is not None:
            self.receiver.stdout.close()
        self.bus.stdout.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def start_session_bus() -> NotificationServer:
    """A private session bus (the receiver is started by ``serve()``)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        raise RuntimeError("dbus-daemon is not installed (apt-get install dbus-daemon)")
    d = Path(tempfile.mkdtemp(prefix="volgui-bus-"))
    config = d / "session.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
        "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        f"<busconfig><type>session</type><listen>unix:path={d / 'bus'}</listen><auth>EXTERNAL</auth>"
        "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
        "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
    proc = subprocess.Popen([daemon, f"--config-file={config}", "--nofork", "--print-address"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env={k: v for k, v in os.environ.items() if not k.startswith("DBUS_")})
    address = proc.stdout.readline().strip()
    if not address:
        proc.kill()
        raise RuntimeError("dbus-daemon printed no address")
    return NotificationServer(address, proc, d)


def _serve(address: str, out: str) -> None:
    from jeepney import HeaderFields, MessageType, new_error, new_method_return
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(address)
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 4))  # 4: do not queue
    if reply.body != (1,):
        print(f"not the owner: {reply.body}", flush=True)
        return
    print("ready", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    counter = 0
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        if member == "Notify":
            app, _replaces, _icon, summary, body, _actions, hints, _timeout = msg.body
            with open(out, "a") as fh:
                fh.write(json.dumps({"app": app, "summary": summary, "body": body,
                                     "hints": {k: v[1] for k, v in hints.items()}}) + "\n")
            counter += 1
            conn.send(new_method_return(msg, "u", (counter,)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("test-server", "volgui tests", "1", "1.2")))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2])
