"""A backups folder in an S3-compatible bucket, with boto3 (no Qt).

``s3+https://KEYID@host[:port]/bucket/prefix`` names one on an S3-compatible server (MinIO,
Garage, Ceph…; ``s3+http://`` on a trusted network only), ``s3://KEYID@bucket/prefix`` one on
AWS. The secret key is the "password": from the desktop keyring, or asked; without a key id in
the address boto3's own credentials (environment, ~/.aws) are used.

An object appears only when its upload completes: big files go up in 8 MB parts with progress
and cancel, and a cancelled upload is aborted, so nothing half-written is ever listed. Objects
are flat: "plain file" for retention means an object whose size and sha256 are read from S3
itself.
"""

from __future__ import annotations

import hashlib
import re
import stat as statmod
import urllib.parse
from dataclasses import dataclass
from types import SimpleNamespace

from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.sftp import PasswordNeeded
from volgui.engine.volumes.streaming import Meter

PART_SIZE = 8 * 1024 * 1024
CHUNK = 256 * 1024
MAX_LISTING = 20_000
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_NAME = re.compile(r"^[^/\x00]{1,255}$")


@dataclass(frozen=True)
class S3Target:
    endpoint: str  # "" for AWS
    bucket: str
    prefix: str  # "" or "a/b" (no slash at either end)
    key_id: str = ""

    @classmethod
    def parse(cls, url: str) -> S3Target:
        if not isinstance(url, str) or len(url) > 2000 or any(c in url for c in "\x00\r\n "):
            raise EngineError(VolumeErrors.tr("An S3 folder is written s3+https://KEYID@server/bucket/folder."))
        parsed = urllib.parse.urlsplit(url)
        scheme = parsed.scheme.lower()
        if scheme not in ("s3", "s3+http", "s3+https") or parsed.password is not None or parsed.query:
            raise EngineError(VolumeErrors.tr("“{0}” is not an S3 folder: write s3+https://KEYID@server/bucket/"
                                              "folder (the secret key is asked for, never written in the "
                                              "address).").format(url[:200]))
        key_id = urllib.parse.unquote(parsed.username or "")
        if scheme == "s3":
            bucket, path = parsed.hostname or "", parsed.path
            endpoint = ""
        else:
            if not parsed.hostname:
                raise EngineError(VolumeErrors.tr("Name the S3 server: s3+https://KEYID@server/bucket/folder."))
            try:
                port = f":{parsed.port}" if parsed.port else ""
            except ValueError:
                raise EngineError(VolumeErrors.tr("The port is not a number from 1 to 65535.")) from None
            endpoint = f"{scheme.removeprefix('s3+')}://{parsed.hostname}{port}"
            bucket, _, path = parsed.path.lstrip("/").partition("/")
        if not _BUCKET.match(bucket or ""):
            raise EngineError(VolumeErrors.tr("“{0}” is not a bucket name (3-63 lower-case letters, digits, "
                                              "“.”, “-”).").format(bucket[:70]))
        prefix = path.strip("/")
        if any(p in ("", ".", "..") for p in prefix.split("/")) and prefix:
            raise EngineError(VolumeErrors.tr("The folder inside the bucket may not contain empty parts, "
                                              "“.” or “..”."))
        return cls(endpoint, bucket, prefix, key_id)

    @property
    def url(self) -> str:
        user = f"{urllib.parse.quote(self.key_id)}@" if self.key_id else ""
        tail = f"/{self.prefix}" if self.prefix else ""
        if not self.endpoint:
            return f"s3://{user}{self.bucket}{tail}"
        scheme, _, host = self.endpoint.partition("://")
        return f"s3+{scheme}://{user}{host}/{self.bucket}{tail}"

    @property
    def path(self) -> str:
        """Where the backups are, for display (bucket and folder)."""
        return f"/{self.bucket}/{self.prefix}".rstrip("/")

    @property
    def account(self) -> str:
        """The keyring's name for the secret key."""
        return f"s3:{self.endpoint or 'aws'}:{self.key_id}"

    def command(self) -> str:
        """The ``aws`` line that lists the same folder (shown as the equivalent command)."""
        endpoint = f" --endpoint-url {self.endpoint}" if self.endpoint else ""
        return f"aws s3 ls s3://{self.bucket}/{self.prefix + '/' if self.prefix else ''}{endpoint}"

    def key(self, name: str) -> str:
        if not isinstance(name, str) or not _NAME.match(name) or name in (".", ".."):
            raise EngineError(VolumeErrors.tr("“{0}” is not a file name in the backups folder.")
                              .format(str(name)[:100]))
        return f"{self.prefix}/{name}" if self.prefix else name


def _words(target: S3Target, exc: BaseException) -> str:
    code = getattr(exc, "response", {}).get("Error", {}).get("Code", "") if hasattr(exc, "response") else ""
    where = target.endpoint or "AWS S3"
    if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "403"):
        return VolumeErrors.tr("{0} refused the key for bucket {1}: check the key id and secret key.").format(
            where, target.bucket)
    if code in ("NoSuchBucket", "404"):
        return VolumeErrors.tr("There is no bucket “{0}” on {1}.").format(target.bucket, where)
    return VolumeErrors.tr("{0} cannot be used: {1}").format(where, " ".join(str(exc).split())[:200])


class S3Folder:
    """One bucket folder; the same methods as ``sftp.SftpFolder``. Use as a context manager."""

    def __init__(self, target: S3Target | str, password: str | None = None, timeout: float = 20) -> None:
        self.target = S3Target.parse(target) if isinstance(target, str) else target
        self._secret = password
        self._timeout = timeout
        self.client = None

    def __enter__(self) -> S3Folder:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        try:
            import boto3  # lazy: only for S3 folders, and slow to import
            from botocore.config import Config
        except ImportError:
            raise EngineError(VolumeErrors.tr("S3 folders need the boto3 package: "
                                              "pip install 'volgui[s3]'.")) from None

        t = self.target
        kwargs = {"config": Config(connect_timeout=self._timeout, read_timeout=max(self._timeout, 60),
                                   retries={"max_attempts": 2}, signature_version="s3v4",
                                   s3={"addressing_style": "path"})}
        if t.endpoint:
            kwargs["endpoint_url"] = t.endpoint
            kwargs["region_name"] = "us-east-1"
        if t.key_id:
            if not self._secret:
                raise PasswordNeeded(VolumeErrors.tr("The secret key of {0} for {1} is needed.").format(
                    t.key_id, t.endpoint or "AWS S3"))
            kwargs["aws_access_key_id"] = t.key_id
            kwargs["aws_secret_access_key"] = self._secret
        client = boto3.session.Session().client("s3", **kwargs)
        try:
            client.head_bucket(Bucket=t.bucket)
        except Exception as exc:
            client.close()
            raise EngineError(_words(t, exc), detail=repr(exc)) from exc
        self.client = client

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        self.client = None

    def names(self) -> list[str]:
        out: list[str] = []
        base = f"{self.target.prefix}/" if self.target.prefix else ""
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.target.bucket, Prefix=base, Delimiter="/")
        for page in pages:
            for obj in page.get("Contents") or ():
                name = obj["Key"][len(base):]
                if _NAME.match(name):
                    out.append(name)
            if len(out) >= MAX_LISTING:
                break
        return sorted(out[:MAX_LISTING])

    def lstat(self, name: str):
        try:
            head = self.client.head_object(Bucket=self.target.bucket, Key=self.target.key(name))
        except Exception as exc:
            raise FileNotFoundError(name) from exc
        return SimpleNamespace(st_mode=statmod.S_IFREG | 0o600, st_size=head["ContentLength"])

    def is_plain_file(self, name: str) -> bool:
        try:
            self.lstat(name)
        except OSError:
            return False
        return True

    def _chunks(self, name: str, cancel):
        body = self.client.get_object(Bucket=self.target.bucket, Key=self.target.key(name))["Body"]
        try:
            while chunk := body.read(CHUNK):
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                yield chunk
        finally:
            body.close()

    def read_small(self, name: str, limit: int) -> bytes:
        if self.lstat(name).st_size > limit:
            raise EngineError(VolumeErrors.tr("{0} in bucket {1} is larger than {2} MB.").format(
                name, self.target.bucket, limit >> 20))
        return b"".join(self._chunks(name, None))[: limit + 1]

    def sha256(self, name: str, cancel=None) -> str:
        digest = hashlib.sha256()
        for chunk in self._chunks(name, cancel):
            digest.update(chunk)
        return digest.hexdigest()

    def download(self, name: str, local: str, *, cancel=None, progress=None) -> int:
        meter = Meter(progress, self.lstat(name).st_size, "download")
        with open(local, "wb") as dst:
            for chunk in self._chunks(name, cancel):
                dst.write(chunk)
                meter.add(len(chunk))
        meter.report()
        return meter.done

    def upload(self, local: str, name: str, *, cancel=None, progress=None) -> int:
        """Upload in parts; the object exists only once every part is there (a cancel aborts)."""
        import os

        key, bucket = self.target.key(name), self.target.bucket
        meter = Meter(progress, os.path.getsize(local), "upload")
        upload_id = self.client.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"]
        try:
            parts = []
            with open(local, "rb") as src:
                while True:
                    data = src.read(PART_SIZE)
                    if not data and parts:
                        break
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled()
                    answer = self.client.upload_part(Bucket=bucket, Key=key, UploadId=upload_id,
                                                     PartNumber=len(parts) + 1, Body=data)
                    parts.append({"ETag": answer["ETag"], "PartNumber": len(parts) + 1})
                    meter.add(len(data))
                    if len(data) < PART_SIZE:
                        break
            self.client.complete_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id,
                                                  MultipartUpload={"Parts": parts})
        except BaseException:
            try:
                self.client.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)
            except Exception:  # the connection itself may be what failed; S3 expires it later
                pass
            raise
        meter.report()
        return meter.done

    def write_small(self, name: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.target.bucket, Key=self.target.key(name), Body=data)

    def remove(self, name: str) -> None:
        self.client.delete_object(Bucket=self.target.bucket, Key=self.target.key(name))
