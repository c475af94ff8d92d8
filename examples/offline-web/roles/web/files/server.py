#!/usr/bin/env python3
"""The example's web service: a greeting page, /health, and the files of
its data volume under /data/."""
import http.server
import os
import socket

DATA = "/srv/www/data"


class Handler(http.server.BaseHTTPRequestHandler):
    def reply(self, status, body, kind="text/plain; charset=utf-8"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self.reply(200, "ok\n")
        elif self.path == "/":
            greeting = os.environ.get("WEB_GREETING", "Hello")
            self.reply(200, "%s: %s\n" % (greeting, socket.gethostname()))
        elif self.path.startswith("/data/"):
            name = os.path.basename(self.path)
            path = os.path.join(DATA, name)
            if name and os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    self.reply(200, f.read())
            else:
                self.reply(404, "no such data: %s\n" % name)
        else:
            self.reply(404, "not found\n")

    def log_message(self, fmt, *args):
        print("%s %s" % (self.address_string(), fmt % args), flush=True)


http.server.ThreadingHTTPServer(("", 8000), Handler).serve_forever()
