"""An SMTP server that keeps every message it accepts: what the journeys and the load test count the
worker's e-mails with (tests/journeys/, tests/load/run.py)."""

import email
import email.policy
import socketserver
import threading

from devtools.app_server import free_port


class MailSink:
    """An SMTP server that keeps every message it accepts, for counting what the worker sent.

    Just enough SMTP for Django's backend: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def __init__(self):
        self.messages = []
        self.port = free_port()
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line):
                self.wfile.write(f"{line}\r\n".encode())

            def handle(self):
                self.reply("220 journeys mail sink")
                recipients, data = [], None
                for raw in self.rfile:
                    if data is not None:
                        if raw in (b".\r\n", b".\n"):
                            sink.messages.append(email.message_from_bytes(b"".join(data), policy=email.policy.default))
                            data, recipients = None, []
                            self.reply("250 kept")
                        else:
                            data.append(raw[1:] if raw.startswith(b"..") else raw)
                        continue
                    verb = raw.decode(errors="replace").strip().split(" ", 1)[0].upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250 journeys")
                    elif verb == "RCPT":
                        recipients.append(raw)
                        self.reply("250 ok")
                    elif verb == "DATA":
                        data = []
                        self.reply("354 go on")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    else:  # MAIL, RSET, NOOP
                        self.reply("250 ok")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True

    def start(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def environment(self):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.port),
        }

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
