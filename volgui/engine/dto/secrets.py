"""Which environment variables look secret, and how they are masked until revealed."""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass

from volgui.engine.dto.json_paths import PathPart

MASK = "••••••••"

# A key is secret-looking when one of its words (split on _ - . and case changes) is, or ends
# with, one of these: DB_PASSWORD, apiKey, GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, MYSQL_ROOT_PASSWD…
_SECRET_WORDS = ("PASSWORD", "PASSWD", "PASSPHRASE", "PASS", "SECRET", "SECRETS", "TOKEN", "KEY",
                 "APIKEY", "CREDENTIAL", "CREDENTIALS", "AUTH", "PRIVATE", "SALT", "COOKIE", "PWD")
_SECRET_ENDINGS = ("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY")  # DBPASSWORD, APIKEY, GHTOKEN
_NOT_SECRET = {"PWD", "OLDPWD"}  # the shell's working directory
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")
# user:password@ after the scheme; the password may hold anything but "@" (a hostile or sloppy
# value may hold spaces, "/" or newlines: masking too much is the safe side)
_URL_PASSWORD = re.compile(r"^[a-z][a-z0-9+.-]*://[^/@:\s]*:[^@]+@", re.IGNORECASE)


def is_secret_key(key: str) -> bool:
    """``True`` for names like ``DB_PASSWORD``, ``apiKey``, ``GITHUB_TOKEN``; not ``PATH``, ``KEYMAP``."""
    if key.upper() in _NOT_SECRET:
        return False
    words = [w.upper() for w in _WORD_SPLIT.split(key) if w]
    return any(w in _SECRET_WORDS or (len(w) > 4 and w.endswith(_SECRET_ENDINGS)) for w in words)


def is_secret_value(value: str) -> bool:
    """A URL with a password in it (``postgres://app:s3cret@db/app``) is a secret whatever its key."""
    return bool(_URL_PASSWORD.match(value or ""))


@dataclass(frozen=True)
class EnvVar:
    key: str
    value: str
    secret: bool = False
    has_value: bool = True  # ``-e NAME`` without ``=``: passed through, no value

    def shown(self, reveal: bool = False) -> str:
        if not self.has_value:
            return ""
        return self.value if reveal or not self.secret else MASK

    def line(self, reveal: bool = False) -> str:
        return f"{self.key}={self.shown(reveal)}" if self.has_value else self.key


def parse_env(entries: Sequence[str] | None) -> tuple[EnvVar, ...]:
    out = []
    for entry in entries or ():
        key, sep, value = str(entry).partition("=")
        out.append(EnvVar(key, value, bool(sep) and (is_secret_key(key) or is_secret_value(value)),
                          bool(sep)))
    return tuple(out)


def secret_env_paths(raw: dict) -> frozenset[tuple[PathPart, ...]]:
    """Paths (in the raw JSON) of ``Config.Env`` entries whose value should be masked."""
    env = (raw.get("Config") or {}).get("Env") or []
    return frozenset(("Config", "Env", i) for i, var in enumerate(parse_env(env)) if var.secret)


def mask_env_entry(entry: str) -> str:
    key, sep, _value = entry.partition("=")
    return f"{key}{sep}{MASK}" if sep else entry


def mask_env_arg(entry: str) -> str:
    """``KEY=value`` as shown in a command: the value masked when the key or value looks secret."""
    var = parse_env([entry])[0]
    return var.line() if var.secret else entry


# One shell word as ``shlex.quote``/``shlex.join`` (or a person) writes it: bare, '…' or "…"; an
# unterminated quote runs to the end of the text.
_WORD = r"""(?:[^\s'"\\;&|]|\\.|'[^']*'|"(?:[^"\\]|\\.)*"|'[^']*\Z|"[^"]*\Z)+"""
_ENV_FLAG = re.compile(r"(?<!\S)(?:(?P<flag>--env)(?P<sep>=|[ \t]+)|(?P<short>-e)(?P<ssep>[ \t]*))"
                       r"(?P<word>" + _WORD + ")")


def _masked_word(match: re.Match) -> str:
    flag = (match.group("flag") or match.group("short")) + (match.group("sep") or match.group("ssep") or "")
    word = match.group("word")
    try:
        parts = shlex.split(word)
    except ValueError:  # an unbalanced quote: mask the whole value rather than guess
        key = word.lstrip("'\"").partition("=")[0]
        return f"{flag}{shlex.quote(f'{key}={MASK}')}"
    if len(parts) != 1:
        return match.group(0)
    masked = mask_env_arg(parts[0])
    if masked == parts[0]:
        return match.group(0)
    return f"{flag}{shlex.quote(masked)}"


def mask_command(text: str) -> str:
    """``text`` (one or more ``docker`` lines) with every secret ``--env``/``-e`` value masked.

    The last line of defence for what is kept and shown (the activity log): commands built by
    volgui are masked when built; this also catches a command text built elsewhere.
    """
    if "-e" not in text:
        return text
    return _ENV_FLAG.sub(_masked_word, text)
