"""The local volume driver's real options, from form fields: NFS, CIFS/SMB, tmpfs, bind (no Qt).

Docker's ``local`` driver passes ``type``, ``o`` and ``device`` to mount(2) when a container
first uses the volume; a mistake shows up only then, as a kernel error. Every field is checked
here first, with a sentence that names the field: ``o`` is a comma-separated list, so a comma,
quote, ``=`` or space smuggled into a server name, user or password would add options of its
own — refused, never escaped. NFS options outside a known list are refused too.

Docker keeps the options in the volume (``docker volume inspect`` shows them, a CIFS password
included): the form says so, and volgui's own copies of the command line hide the password
(``present.commands.create_volume``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from volgui.engine.present.i18n import Context
from volgui.engine.validation import ValidationError

OptionText = Context("OptionText")  # lupdate's context for the notes and messages a person reads

_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9]"
                   r"(?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")
_IPV4 = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
_IPV6 = re.compile(r"^[0-9A-Fa-f:.]{2,45}$")
_SIZE = re.compile(r"^(?:[1-9]\d{0,12}[kmgKMG]?|(?:100|[1-9]\d?)%)$")
_MODE = re.compile(r"^[0-7]{3,4}$")
_SHARE = re.compile(r"^[^\\/,\"'=\s\x00-\x1f]{1,80}(?:/[^\\,\"'=\s\x00-\x1f]{1,200})?$")
_USER = re.compile(r"^[^,\"'=\s\x00-\x1f\\/:@]{1,64}$")
_FORBIDDEN_IN_O = (",", "\"", "'", "=", " ", "\t", "\n", "\r", "\x00")
NFS_VERSIONS = ("4", "4.2", "4.1", "4.0", "3")
CIFS_VERSIONS = ("3.1.1", "3.0", "2.1", "2.0", "1.0")
# NFS mount options (nfs(5)) a person may add; flags alone and options with a value
NFS_FLAGS = {"ro", "rw", "hard", "soft", "intr", "nointr", "noac", "ac", "noatime", "atime", "nodiratime",
             "relatime", "lock", "nolock", "sync", "async", "cto", "nocto", "fsc", "nofsc", "sharecache",
             "nosharecache", "resvport", "noresvport", "nosuid", "suid", "nodev", "dev", "noexec", "exec",
             "softreval", "nosoftreval"}
NFS_NUMBERS = {"timeo", "retrans", "rsize", "wsize", "acregmin", "acregmax", "acdirmin", "acdirmax",
               "actimeo", "port", "mountport", "nconnect", "retry"}
NFS_CHOICES = {"proto": {"tcp", "udp", "rdma", "tcp6", "udp6"},
               "sec": {"sys", "krb5", "krb5i", "krb5p", "none"},
               "lookupcache": {"all", "none", "pos", "positive"},
               "local_lock": {"all", "flock", "posix", "none"}}
FORM_SET = {"addr", "nfsvers", "vers"}  # the form sets these from its own fields


@dataclass(frozen=True)
class DriverOptions:
    """What ``docker volume create --opt`` receives, in the order Docker's docs write them."""

    options: dict[str, str]
    note: str = ""  # what a person must know (where a password ends up)


def _server(text: str, field: str = "server") -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(OptionText.tr("Give the server: a host name or an IP address."), field=field)
    bare = text[1:-1] if text.startswith("[") and text.endswith("]") else text
    if _IPV4.match(bare) or _HOST.match(bare) or (":" in bare and _IPV6.match(bare)):
        return bare
    raise ValidationError(OptionText.tr("The server “{0}” is not a host name or an IP address (letters, "
                                        "digits, “-” and “.” only; no commas, quotes or spaces).")
                          .format(text[:60]), field=field)


def _clean(text: str, field: str, what: str) -> str:
    """``text`` for a place inside ``o=``: refuses what would start another option."""
    bad = next((c for c in _FORBIDDEN_IN_O if c in text), None)
    if bad is not None:
        shown = {" ": OptionText.tr("a space"), "\t": OptionText.tr("a tab"),
                 "\n": OptionText.tr("a line break"), "\r": OptionText.tr("a line break"),
                 "\x00": OptionText.tr("a NUL")}.get(bad, f"“{bad}”")
        raise ValidationError(OptionText.tr("{0} contains {1}: Docker passes it inside “o=…”, where it would "
                                            "start or change another mount option.").format(what, shown),
                              field=field)
    return text


def _absolute(path: str, field: str, what: str) -> str:
    path = (path or "").strip()
    if not path.startswith("/"):
        raise ValidationError(OptionText.tr("{0} must be an absolute path, like /srv/data.").format(what),
                              field=field)
    if any(c in path for c in "\x00\n\r") or len(path) > 4096:
        raise ValidationError(OptionText.tr("{0} contains a line break or is too long.").format(what),
                              field=field)
    if any(part == ".." for part in path.split("/")):
        raise ValidationError(OptionText.tr("{0} may not contain “..”.").format(what), field=field)
    return path


def nfs_extra(text: str) -> list[str]:
    """The person's extra NFS options, checked one by one against nfs(5)."""
    out = []
    for raw in (text or "").split(","):
        item = raw.strip()
        if not item:
            continue
        _clean(item.replace("=", "", 1), "nfs_options",
               OptionText.tr("The NFS option “{0}”").format(item[:40]))
        key, sep, value = item.partition("=")
        if key in FORM_SET:
            raise ValidationError(OptionText.tr("“{0}” is set by the form's server and version fields: "
                                                "remove it from the options.").format(key),
                                  field="nfs_options")
        if not sep and key in NFS_FLAGS:
            out.append(key)
        elif sep and key in NFS_NUMBERS:
            if not value.isdigit() or len(value) > 9:
                raise ValidationError(OptionText.tr("The NFS option “{0}” takes a whole number, as in "
                                                    "{0}=600.").format(key), field="nfs_options")
            out.append(item)
        elif sep and key in NFS_CHOICES:
            if value not in NFS_CHOICES[key]:
                raise ValidationError(OptionText.tr("The NFS option “{0}” takes one of: {1}.").format(
                    key, ", ".join(sorted(NFS_CHOICES[key]))), field="nfs_options")
            out.append(item)
        else:
            raise ValidationError(OptionText.tr("“{0}” is not an NFS mount option volgui knows (see man 5 "
                                                "nfs): for example ro, hard, soft, noatime, timeo=600, "
                                                "proto=tcp.")
                                  .format(item[:40]), field="nfs_options")
    return out


def nfs(server: str, export: str, version: str = "4", extra: str = "") -> DriverOptions:
    host = _server(server)
    path = _absolute(export, "export", OptionText.tr("The export"))
    if version not in NFS_VERSIONS:
        raise ValidationError(OptionText.tr("NFS version {0} is not one of {1}.").format(
            repr(version[:10]), ", ".join(NFS_VERSIONS)), field="version")
    o = ",".join([f"addr={host}", f"nfsvers={version}", *nfs_extra(extra)])
    return DriverOptions({"type": "nfs", "o": o, "device": f":{path}"})


def cifs(server: str, share: str, user: str = "", password: str = "", version: str = "3.0") -> DriverOptions:
    host = _server(server)
    share = (share or "").strip().strip("/")
    if not _SHARE.match(share):
        raise ValidationError(OptionText.tr("The share is its name on the server, like “backup” or "
                                            "“backup/folder” (no commas, quotes, “=” or spaces)."),
                              field="share")
    parts = [f"addr={host}"]
    if user:
        if not _USER.match(user):
            raise ValidationError(OptionText.tr("The user name may not contain commas, quotes, “=”, spaces, "
                                                "“/”, “:” or “@”."), field="user")
        parts.append(f"username={user}")
    if password:
        if len(password) > 256:
            raise ValidationError(OptionText.tr("The password is longer than 256 characters."),
                                  field="password")
        parts.append(f"password={_clean(password, 'password', OptionText.tr('The password'))}")
    if not user and not password:
        parts.append("guest")
    if version not in CIFS_VERSIONS:
        raise ValidationError(OptionText.tr("SMB version {0} is not one of {1}.").format(
            repr(version[:10]), ", ".join(CIFS_VERSIONS)), field="version")
    parts.append(f"vers={version}")
    note = (OptionText.tr("Docker keeps these options with the volume, the password too: anyone who may use "
                          "this engine can read it with “docker volume inspect”. volgui does not save it "
                          "anywhere.") if password else "")
    return DriverOptions({"type": "cifs", "o": ",".join(parts), "device": f"//{host}/{share}"}, note)


def tmpfs(size: str = "", mode: str = "") -> DriverOptions:
    parts = []
    size, mode = (size or "").strip(), (mode or "").strip()
    if size:
        if not _SIZE.match(size):
            raise ValidationError(OptionText.tr("The size “{0}” is not a size: write 100m, 2g, 512k or 50%.")
                                  .format(size[:20]), field="size")
        parts.append(f"size={size}")
    if mode:
        if not _MODE.match(mode):
            raise ValidationError(OptionText.tr("The mode “{0}” is not an octal mode like 1777 or 755.")
                                  .format(mode[:20]), field="mode")
        parts.append(f"mode={mode}")
    options = {"type": "tmpfs", "device": "tmpfs"}
    if parts:
        options["o"] = ",".join(parts)
    return DriverOptions(options, OptionText.tr("A tmpfs volume lives in memory: its data is gone when the "
                                                "engine stops."))


def bind(folder: str) -> DriverOptions:
    path = _absolute(folder, "folder", OptionText.tr("The host folder"))
    return DriverOptions({"type": "none", "o": "bind", "device": path},
                         OptionText.tr("The folder must exist on the engine's machine; the test below checks "
                                       "it."))
