"""A TCP relay in front of a server, for making faults without touching the server itself, and a TLS
hop in front of a plain-HTTP one.

`TcpRelay(host, port)` listens on a free local port and forwards each connection to the server.
`stop()` is the server going away (every connection closed, new ones refused); `start()` is it coming
back on the same port. Given `tls=(certfile, keyfile)` it accepts TLS and forwards plain bytes, as a
load balancer or a CDN in front of a bucket terminates HTTPS. Used by the load test (tests/load/run.py)
and the journeys' deployed stack (tests/journeys/). Plain Python: it needs no Django.
"""

import contextlib
import socket
import ssl
import threading


class TcpRelay:
    """Forwards a local port to a server; stop() is the server going away, start() it coming back."""

    def __init__(self, target_host, target_port, *, tls=None):
        self.target = (target_host, target_port)
        self.listener = self._bind(0)
        self.port = self.listener.getsockname()[1]
        self.running = False
        self.open_sockets = set()
        self.lock = threading.Lock()
        self.tls = None
        if tls is not None:
            self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.tls.load_cert_chain(*tls)

    @staticmethod
    def _bind(port):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        return listener

    def start(self):
        if self.listener is None:
            self.listener = self._bind(self.port)
        self.listener.listen(128)
        self.running = True
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()
        return self

    def stop(self):
        if not self.running:
            return
        self.running = False
        # shutdown() wakes the thread blocked in accept(); close() alone would leave the port listening.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self.listener = None
        with self.lock:
            for sock in list(self.open_sockets):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.open_sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=self._connect, args=(client,), daemon=True).start()

    def _connect(self, client):
        try:
            if self.tls is not None:
                client.settimeout(10)
                client = self.tls.wrap_socket(client, server_side=True)
                client.settimeout(None)
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:  # a refused upstream, or a client that gave up on the handshake
            client.close()
            return
        upstream.settimeout(None)
        with self.lock:
            self.open_sockets.update((client, upstream))
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with self.lock:
                self.open_sockets.discard(sock)
