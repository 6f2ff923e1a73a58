"""Passwords in the desktop keyring, never in volgui's files (no Qt).

The ``keyring`` package talks to the desktop's secret service (GNOME Keyring, KWallet…). When
it finds none (a bare session, a server), :func:`available` says so with a sentence, and the
caller asks for the password each time instead: volgui never falls back to a file in clear.
"""

from __future__ import annotations

from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.present.i18n import Context

KeyringText = Context("KeyringText")  # lupdate's context for what the dialogs say about the keyring

SERVICE = "volgui"


def _keyring():
    import keyring  # lazy: loads D-Bus machinery, needed only for remote folders

    return keyring


def why_unavailable() -> str:
    """"" when a keyring backend is there; otherwise why passwords cannot be remembered."""
    try:
        backend = _keyring().get_keyring()
    except Exception as exc:  # a backend that fails to load is the same as none
        return KeyringText.tr("The desktop keyring cannot be used ({0}): the password is asked each time."
                              ).format(str(exc)[:200])
    priority = getattr(backend, "priority", 0)
    name = type(backend).__module__
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")) or priority <= 0:
        return KeyringText.tr("No desktop keyring is available (such as GNOME Keyring or KWallet): the "
                              "password is asked each time and never saved.")
    return ""


def get_password(account: str) -> str | None:
    """The saved password of ``account`` (e.g. ``sftp://user@host:22``), or None."""
    if why_unavailable():
        return None
    try:
        return _keyring().get_password(SERVICE, account)
    except Exception:  # a locked or broken keyring: ask the person instead
        return None


def set_password(account: str, password: str) -> None:
    """Save in the keyring; EngineError with the reason when it cannot be saved."""
    why = why_unavailable()
    if why:
        raise EngineError(why)
    try:
        _keyring().set_password(SERVICE, account, password)
    except Exception as exc:
        why = ConnectionErrors.tr("The password cannot be saved in the desktop keyring: {0}")
        raise EngineError(why.format(str(exc)[:200])) from exc


def delete_password(account: str) -> None:
    if why_unavailable():
        return
    try:
        _keyring().delete_password(SERVICE, account)
    except Exception:  # nothing saved, or the keyring refused: nothing to undo
        pass
