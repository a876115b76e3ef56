"""A fault-injecting TCP proxy on 127.0.0.1, between a console and the real server.

Modes: ``pass`` (forward bytes both ways, optionally delayed), ``blackhole`` (accept, never
answer: a dead Wi-Fi), ``refuse`` (reset every connection at once). ``cut()`` resets every open
connection (a half-sent request or a half-read answer is lost); ``cut_after_response_bytes(n)``
lets the next answer through only up to n bytes, then resets (a response cut mid-body, after
the server committed).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time


class FaultProxy:
    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.mode = "pass"
        self.delay_s = 0.0
        self._cut_after: int | None = None
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- faults ------------------------------------------------------------------------------

    def heal(self) -> None:
        self.mode, self.delay_s, self._cut_after = "pass", 0.0, None

    def blackhole(self) -> None:
        self.mode = "blackhole"
        self.cut()

    def refuse(self) -> None:
        self.mode = "refuse"
        self.cut()

    def cut(self) -> None:
        """Reset every open connection now."""
        with self._lock:
            sockets, self._sockets = list(self._sockets), set()
        for sock in sockets:
            _reset(sock)

    def cut_after_response_bytes(self, count: int) -> None:
        self._cut_after = count

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.cut()

    # --- plumbing ----------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.mode == "refuse":
                _reset(client)
                continue
            with self._lock:
                self._sockets.add(client)
            if self.mode == "blackhole":
                continue  # held open, never answered
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                continue
            with self._lock:
                self._sockets.add(upstream)
            threading.Thread(target=self._pump, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, is_response: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if self.delay_s:
                    time.sleep(self.delay_s)  # the injected latency itself
                if is_response and self._cut_after is not None:
                    allowed, self._cut_after = self._cut_after, None
                    sink.sendall(data[:allowed])
                    _reset(sink)
                    _reset(source)
                    return
                if self.mode != "pass":
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a dropped link looks to the other side. ``shutdown``
    first: a plain ``close`` from another thread would not wake a pump blocked in ``recv``."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
