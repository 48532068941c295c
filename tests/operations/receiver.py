"""A real HTTP server on 127.0.0.1 (a free port) that records what it is sent and answers
with the statuses it is told to, in order (then 200); a status may be (3xx, location)."""
import http.server
import threading


class Receiver:
    def __init__(self, statuses=()):
        self.statuses = list(statuses)
        self.requests = []
        self.received = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                receiver.requests.append({"path": self.path, "headers": headers,
                                          "body": body})
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                location = None
                if isinstance(status, tuple):           # (3xx, where to)
                    status, location = status
                self.send_response(status)
                if location:
                    self.send_header("Location", location)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
                receiver.received.set()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
