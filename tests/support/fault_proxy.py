"""A fault-injecting TCP proxy on 127.0.0.1, between a console and the real server.

Modes: ``pass`` (forward bytes both ways, optionally delayed), ``blackhole`` (accept, never
answer: a dead Wi-Fi; open connections are reset), ``silent`` (the same, but open connections
stay open and swallow everything: a link that dies without a word), ``refuse`` (reset every
connection at once). ``cut()`` resets every open connection (a half-sent request or a
half-read answer is lost). ``cut_next_answer_to(request_start)`` lets the answer to the next
request that starts with ``request_start`` (e.g. ``b"POST /api/v1/push"``) through only in
part, then resets (a response cut mid-body, after the server committed), on whichever
connection carries it, so an answer streaming on another connection (an event stream) is never
the one cut; by default it keeps the headers and half of the body. ``answers_cut`` counts the
answers cut so far, so a test can check that its fault really happened.
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
        self._not_silent = threading.Event()
        self.mode = "pass"
        self.delay_s = 0.0
        self._cut_answer_to: tuple[bytes, int | None] | None = None
        self.answers_cut = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, mode: str) -> None:
        self._mode = mode
        if mode == "silent":
            self._not_silent.clear()
        else:
            self._not_silent.set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- faults ------------------------------------------------------------------------------

    def heal(self) -> None:
        if self.mode == "silent":
            # After a long silence TCP gives up on what it could not deliver: the connections
            # of the dead spell are reset (forwarding again would leave a hole in a stream).
            self.cut()
        self.mode, self.delay_s = "pass", 0.0
        self._cut_answer_to = None

    def blackhole(self) -> None:
        self.mode = "blackhole"
        self.cut()

    def go_silent(self) -> None:
        """The link dies without a word (the Wi-Fi gone, a laptop asleep): open connections stay
        open but carry nothing either way, new ones are accepted and never answered; no reset
        tells either side."""
        self.mode = "silent"

    def refuse(self) -> None:
        self.mode = "refuse"
        self.cut()

    def cut(self) -> None:
        """Reset every open connection now."""
        with self._lock:
            sockets, self._sockets = list(self._sockets), set()
        for sock in sockets:
            _reset(sock)

    def cut_next_answer_to(self, request_start: bytes, keep_bytes: int | None = None) -> None:
        """Cut the answer to the next request starting with ``request_start`` after
        ``keep_bytes`` bytes (``None``: after its headers and half of its body, or right after
        the headers when it has no ``Content-Length``), then reset both sides."""
        self._cut_answer_to = (request_start, keep_bytes)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._not_silent.set()
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
            if not self._track(client):
                return
            if self.mode in ("blackhole", "silent"):
                continue  # held open, never answered
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                continue
            # The timeout was for connecting only: left on, it would end any answer silent for
            # 5 s (an event stream between heartbeats) as if the server had closed it.
            upstream.settimeout(None)
            if not self._track(upstream):
                _reset(client)
                return
            link = _Link()
            threading.Thread(
                target=self._pump, args=(client, upstream, False, link), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(upstream, client, True, link), daemon=True
            ).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, is_response: bool, link: _Link
    ) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    # A dead link carries no goodbye either: a side that closes meanwhile (the
                    # server ending an idle keep-alive) is not told to the other until healed.
                    self._not_silent.wait()
                    break
                if self.delay_s:
                    time.sleep(self.delay_s)  # the injected latency itself
                if not is_response and self._cut_answer_to is not None:
                    self._arm_if_targeted(data, link)  # before forwarding: before the answer
                if is_response and link.cut_armed:
                    allowed = link.allowed(data)
                    if allowed is not None:
                        sink.sendall(data[:allowed])
                        self._cut_now(sink, source)
                        return
                if self.mode == "silent":
                    continue  # swallowed: the bytes never arrive
                if self.mode != "pass":
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)
            with self._lock:  # the second pump to end closes the connection's two sockets
                link.pumps_ended += 1
                both_ended = link.pumps_ended == 2
                if both_ended:
                    self._sockets.difference_update((source, sink))
            if both_ended:
                source.close()
                sink.close()

    def _track(self, sock: socket.socket) -> bool:
        """Keep ``sock`` for ``cut()``; once the proxy is closed, reset it instead (a
        connection accepted while closing would otherwise never be closed)."""
        with self._lock:
            if not self._closed:
                self._sockets.add(sock)
                return True
        _reset(sock)
        return False

    def _arm_if_targeted(self, request: bytes, link: _Link) -> None:
        with self._lock:
            target = self._cut_answer_to
            if target is None or not request.startswith(target[0]):
                return
            self._cut_answer_to = None
        link.cut_armed, link.keep_bytes = True, target[1]

    def _cut_now(self, sink: socket.socket, source: socket.socket) -> None:
        with self._lock:
            self.answers_cut += 1
        _reset(sink)
        _reset(source)


class _Link:
    """One proxied connection: whether (and where) its next answer is to be cut, and how many
    of its two pumps have ended."""

    def __init__(self) -> None:
        self.cut_armed = False
        self.keep_bytes: int | None = None
        self.pumps_ended = 0
        self._head = b""  # the answer's bytes so far, until its headers are complete
        self._passed = 0  # bytes of the answer forwarded so far

    def allowed(self, data: bytes) -> int | None:
        """How much of ``data`` to forward before cutting, or ``None`` to forward it all."""
        limit = self.keep_bytes
        if limit is None:
            self._head += data
            end = self._head.find(b"\r\n\r\n")
            if end == -1:
                self._passed += len(data)
                return None
            length = 0
            for line in self._head[:end].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            limit = self.keep_bytes = end + 4 + length // 2
        if self._passed + len(data) < limit:
            self._passed += len(data)
            return None
        return limit - self._passed


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a dropped link looks to the other side. ``shutdown``
    first: a plain ``close`` from another thread would not wake a pump blocked in ``recv``."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
