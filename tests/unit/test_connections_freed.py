"""A client dropped without ``close()`` closes its idle connections at once, as before the calls it
makes could be abandoned (``engine.abort``): the tracking adds no reference cycle that would keep
them open until a garbage collection (a plain-TCP engine's proxy saw them stay open)."""

import gc
import socket
import threading

from volgui.engine import abort
from volgui.engine.connection import ConnectionSpec, new_client

ANSWER = (b"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: text/plain\r\n"
          b"Content-Length: 2\r\n\r\nOK")


def serve_once(server: socket.socket, seen: list) -> None:
    conn, _ = server.accept()
    with conn:
        conn.settimeout(10)
        conn.recv(65536)
        conn.sendall(ANSWER)
        try:
            seen.append(conn.recv(65536))  # b"": the client closed the connection
        except TimeoutError:
            seen.append("still open after 10 s")


def test_a_dropped_client_closes_its_connection_without_a_collection():
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(30)
    seen: list = []
    thread = threading.Thread(target=serve_once, args=(server, seen), daemon=True)
    thread.start()
    collecting = gc.isenabled()  # the suite's GUI-thread collector may have turned it off: keep that
    gc.disable()
    try:
        with abort.ConnectionAbort().scope():  # tracked, as in a worker thread
            api = new_client(ConnectionSpec(f"tcp://127.0.0.1:{server.getsockname()[1]}", "test"), 30)
            assert api.get(api.base_url + "/_ping").text == "OK"
            del api
        thread.join(30)
    finally:
        if collecting:
            gc.enable()
        server.close()
    assert seen == [b""]
