"""Desktop notifications without Qt (for ``volgui-backup``), and which kinds a person wants.

The choice is a small JSON file beside the settings (``notifications.json``), read by the GUI and
by ``volgui-backup`` alike; every kind is on until turned off. Sending uses jeepney, a pure-Python
D-Bus client: it comes with ``keyring`` on Linux (SecretStorage speaks D-Bus through it), starts
no process, and builds the ``a{sv}`` hints argument that ``dbus-send`` cannot express; ``gdbus``
would mean a subprocess and text quoting for every notice. No session bus, or no notification
server on it, is not an error: :func:`send` says why in its result and the caller logs it.
"""

from __future__ import annotations

import json
import os

from volgui import paths
from volgui.engine.present.notices import KINDS, Notice

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
APP_NAME = "volgui"
TIMEOUT = 5.0  # seconds for the bus to answer


def settings_path():
    return paths.config_dir() / "notifications.json"


def enabled_kinds() -> dict[str, bool]:
    """Each kind → whether to notify it (a missing or unreadable file: all on)."""
    chosen = dict.fromkeys(KINDS, True)
    try:
        data = json.loads(settings_path().read_text()[:10_000])
    except (OSError, ValueError):
        return chosen
    if isinstance(data, dict):
        for kind in KINDS:
            if isinstance(data.get(kind), bool):
                chosen[kind] = data[kind]
    return chosen


def save_enabled(chosen: dict[str, bool]) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({k: bool(chosen.get(k, True)) for k in KINDS}, indent=1))
    os.replace(tmp, path)


def send(notice: Notice, address: str | None = None) -> str:
    """Show ``notice`` if its kind is on; "" when shown, else why not (off, no bus, no server)."""
    if not enabled_kinds().get(notice.kind, True):
        return "turned off"
    from jeepney import DBusAddress, new_method_call  # lazy: only when there is something to say
    from jeepney.io.blocking import open_dbus_connection

    target = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
    message = new_method_call(target, "Notify", "susssasa{sv}i",
                              (APP_NAME, 0, "volgui", notice.summary, notice.body, [],
                               {"urgency": ("y", notice.urgency), "category": ("s", "volgui")}, -1))
    try:
        with open_dbus_connection(bus=address or "SESSION") as conn:
            reply = conn.send_and_get_reply(message, timeout=TIMEOUT)
    except (OSError, KeyError, ValueError, TimeoutError) as exc:  # KeyError: no session bus address
        return f"no desktop session bus ({str(exc)[:200] or type(exc).__name__})"
    if reply.header.message_type.name == "error":
        return f"the notification server refused it: {str(reply.body)[:200]}"
    return ""
