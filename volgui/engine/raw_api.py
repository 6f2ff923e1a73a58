"""The few engine requests the docker SDK has no public call for, in one place.

Each function fills one gap of ``docker.APIClient`` with its private helpers (``_url``, ``_get``,
``_raise_for_status``, ``_stream_helper``, ``_version``) or with the HTTP response's internals, so
that an SDK upgrade that changes them breaks this module only. Only the engine layer and the
workers call it. No docker import here: the SDK is loaded lazily elsewhere (start-up time).
"""

from __future__ import annotations

import base64
import json
import socket
import weakref
from collections.abc import Iterator

PATH_STAT_HEADER = "X-Docker-Container-Path-Stat"


# -- HEAD /containers/{id}/archive ------------------------------------------------------------------
def archive_head(api, container: str, path: str):
    """``HEAD /containers/{id}/archive?path=…``: the response (not raised for its status).

    SDK gap: only ``get_archive`` exists, which makes the engine build an archive; the HEAD asks
    for the path's stat alone and works on created (never started) and stopped containers."""
    return api.head(api._url("/containers/{0}/archive", container), params={"path": path})


def archive_stat(response) -> dict:
    """The path's stat that :func:`archive_head` answered with (``{}`` when the header is absent)."""
    header = response.headers.get(PATH_STAT_HEADER, "")
    return json.loads(base64.b64decode(header)) if header else {}


def raise_for_status(api, response) -> None:
    """Raise the SDK's own error (``docker.errors.APIError`` / ``NotFound``) for a failed response.

    SDK gap: the conversion of an HTTP error into the SDK's exceptions is private."""
    api._raise_for_status(response)


# -- streamed GETs ------------------------------------------------------------------------------------
def logs_response(api, container: str, params: dict):
    """``GET /containers/{id}/logs`` as a raw streamed response (raised for its status).

    SDK gap: ``api.logs(stream=True)`` drops which stream (stdout or stderr) a frame came from and
    reads TTY logs one byte at a time; the raw body is demultiplexed by the caller instead.
    The read has no timeout (the connect keeps the client's): a quiet container sends nothing for
    as long as it likes, and the client's timeout would end the follow after that many seconds."""
    res = api._get(api._url("/containers/{0}/logs", container), params=params, stream=True,
                   timeout=(api.timeout, None))
    api._raise_for_status(res)
    return res


def service_logs_response(api, service: str, params: dict):
    """``GET /services/{id}/logs`` as a raw streamed response (raised for its status).

    SDK gap: ``api.service_logs`` reads the whole answer into memory before returning it; the raw
    body lets the caller stop at a bound and tells it which stream each frame came from."""
    res = api._get(api._url("/services/{0}/logs", service), params=params, stream=True)
    api._raise_for_status(res)
    return res


def stats_response(api, container: str):
    """``GET /containers/{id}/stats?stream=1`` as a raw streamed response (raised for its status).

    SDK gap: ``api.stats(stream=True)`` hides the response, so no other thread can close it;
    with the response in hand :func:`shutdown_response` ends a blocked read at once."""
    res = api._get(api._url("/containers/{0}/stats", container), params={"stream": True}, stream=True)
    api._raise_for_status(res)
    return res


def json_stream(api, response) -> Iterator[dict]:
    """The decoded JSON objects of a streamed response, as they arrive.

    SDK gap: the SDK's splitter of a JSON stream is private."""
    return api._stream_helper(response, decode=True)


def buffered_reader(response):
    """The socket's buffered reader under a streamed response, or None when not reachable.

    Gap: neither the SDK nor urllib3 offers "whatever has arrived, in one system call"
    (``read1``); reading HTTP chunks one by one through urllib3 costs more than a log line."""
    return getattr(getattr(response.raw, "_fp", None), "fp", None)


def _response_socket(res):
    """The socket (or ssh channel) under a streamed response; raises when not reachable."""
    fp = res.raw._fp.fp
    raw = fp.raw if hasattr(fp, "raw") else fp
    return getattr(raw, "_sock", None) or getattr(fp, "channel", None) or raw


def shutdown_response(res) -> None:
    """Unblock a thread reading a streamed response: shut its socket down, then close it.

    Gap: closing a response does not wake a thread blocked reading it; shutting the socket does."""
    try:
        sock = _response_socket(res)
        if hasattr(sock, "shutdown"):
            sock.shutdown(socket.SHUT_RDWR)
    except Exception:
        pass
    try:
        res.close()
    except Exception:
        pass


def half_close_response(res, read_timeout: float) -> bool:
    """Tell the engine the client has gone while still reading its answer: shut the writing side
    of a streamed response's socket and bound each further read to ``read_timeout`` seconds.

    The engine's HTTP server takes the end of the request side as a closed connection (it cancels
    the request), ends the operation and still writes how it ended. False (nothing done) when the
    response does not run over a plain or TLS socket (an ssh channel or tunnel): then only
    :func:`shutdown_response` is left. Gap: the SDK has no cancel; this is the socket under it."""
    try:
        sock = _response_socket(res)
        if not isinstance(sock, socket.socket):
            return False
        # the TCP level alone: SSLSocket.shutdown would also drop its TLS state, and the rest of
        # the answer still has to be decrypted
        socket.socket.shutdown(sock, socket.SHUT_WR)
        sock.settimeout(read_timeout)
        return True
    except Exception:
        return False


# -- sockets and versions -------------------------------------------------------------------------------
def track_connections(api, opened) -> None:
    """Call ``opened(connection)`` for every HTTP connection ``api`` creates, in the creating thread.

    Gap: a connection in use is reachable from no public object (the pool holds only idle ones), so
    nothing could shut it to end a call blocked on it (:mod:`volgui.engine.abort`). Every transport's
    adapter (unix, tcp, TLS, ssh) hands out urllib3 pools that build connections in ``_new_conn``."""
    for adapter in set(api.adapters.values()):
        # through weak references only: a client dropped without close() must still be freed at
        # once with its pools, whose idle connections are closed then (a wrapper holding a bound
        # method would make a cycle that keeps them open until the next garbage collection)
        adapter.get_connection_with_tls_context = _tracked_pools(adapter, opened)


def _tracked_pools(adapter, opened):
    get_pool, adapter_ref = type(adapter).get_connection_with_tls_context, weakref.ref(adapter)

    def tracked_pool(*args, **kwargs):
        pool = get_pool(adapter_ref(), *args, **kwargs)
        if not getattr(pool, "_volgui_tracked", False):
            pool._new_conn = _tracked_connections(pool, opened)
            pool._volgui_tracked = True
        return pool

    return tracked_pool


def _tracked_connections(pool, opened):
    new_conn, pool_ref = type(pool)._new_conn, weakref.ref(pool)

    def tracked_new_conn():
        connection = new_conn(pool_ref())
        opened(connection)
        return connection

    return tracked_new_conn


def exec_socket(result):
    """The socket behind what ``exec_start(socket=True)`` / ``attach_socket`` returned.

    SDK gap: on a unix socket the SDK hands out a ``SocketIO`` whose socket is private; a terminal
    needs the socket itself (``recv``, ``sendall``, timeouts)."""
    sock = getattr(result, "_sock", result)
    return sock


def use_api_version(api, version: str) -> None:
    """Make ``api`` speak API ``version`` from now on.

    SDK gap: the version is fixed in the constructor; ``version="auto"`` would ask the engine inside
    the constructor, and its failure there leaks the connection."""
    api._version = version


# -- image transfers ------------------------------------------------------------------------------------
def image_stream_response(api, method: str, path: str, *args, params: dict | None = None,
                          headers: dict | None = None, data=None):
    """A streamed image request (``POST /images/create``, ``POST /images/{name}/push``,
    ``GET /images/get``, ``POST /images/load``) as the raw response, raised for its status.

    SDK gap: ``pull``, ``push``, ``get_image`` and ``load_image`` hide the response, so no other
    thread can end a blocked read (cancel); and their client timeout would end a quiet pull.
    The read has no timeout; the connect keeps the client's."""
    call = api._post if method == "POST" else api._get
    res = call(api._url(path, *args), params=params or {}, headers=headers or {}, data=data, stream=True,
               timeout=(api.timeout, None))
    api._raise_for_status(res)
    return res
