#!/usr/bin/python3
"""A loopback SMTP server for the mail tests (aiosmtpd 1.4, Debian 12).

Listens on 127.0.0.1 only. Modes: none (plain), starttls (STARTTLS offered
and required before anything else, AUTH only after it), tls (implicit TLS).
With --user, AUTH PLAIN or LOGIN with that user and password is required
before MAIL. Each accepted message is written as DIR/<n>.eml (the bytes
received in DATA, dot-unstuffed) with DIR/<n>.json beside it (mail_from,
rcpt_tos, authenticated_user). --refuse answers every RCPT and DATA with 554.
Prints "READY <port>" once listening; stops cleanly on SIGTERM. Exits with 3
when the port cannot be bound, so that a test may try another.
"""

import argparse
import hmac
import json
import logging
import os
import signal
import socket
import ssl
import sys
import threading
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"
EXIT_PORT_BUSY = 3


def write_atomically(path, data):
    # The test reads the files as soon as the client returns; a half-written
    # file must never be visible under its final name.
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class Handler:
    def __init__(self, maildir, refuse):
        self.maildir = maildir
        self.refuse = refuse
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "554 5.7.1 Recipient refused by the test server"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "554 5.7.1 Message refused by the test server"
        with self.lock:
            self.count += 1
            n = self.count
        user = None
        if session.authenticated and isinstance(session.auth_data, LoginPassword):
            user = session.auth_data.login.decode("utf-8", "replace")
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "authenticated_user": user,
        }
        base = os.path.join(self.maildir, str(n))
        # The sidecar first: whoever sees <n>.eml finds its envelope too.
        write_atomically(base + ".json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        write_atomically(base + ".eml", bytes(envelope.original_content))
        return "250 OK queued as %d" % n


def make_authenticator(user, password):
    expected_user = user.encode("utf-8")
    expected_password = password.encode("utf-8")

    def authenticate(server, session, envelope, mechanism, auth_data):
        if mechanism not in ("PLAIN", "LOGIN") or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = hmac.compare_digest(auth_data.login, expected_user) and hmac.compare_digest(
            auth_data.password, expected_password
        )
        # handled=False lets aiosmtpd answer 535 on failure.
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    return authenticate


def port_is_free(port):
    # Controller.start() only reports a busy port after its ready timeout;
    # asking first makes a retry on another port quick.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=("none", "starttls", "tls"), default="none")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--refuse", action="store_true")
    args = parser.parse_args()

    # aiosmtpd warns (logging and warnings) about AUTH without TLS and about
    # deprecated attributes it sets itself; that is noise in test output.
    warnings.simplefilter("ignore")
    logging.getLogger("mail.log").setLevel(logging.ERROR)

    os.makedirs(args.maildir, exist_ok=True)

    tls = None
    if args.mode in ("starttls", "tls"):
        if not args.cert or not args.key:
            parser.error("--cert and --key are needed for mode %s" % args.mode)
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)

    smtp_kwargs = {
        # A fixed name: the default, socket.getfqdn(), may wait on DNS for
        # every connection.
        "server_hostname": "rapport-test.invalid",
        "auth_required": bool(args.user),
        # STARTTLS mode: AUTH only once TLS is up. Implicit TLS and plain mode:
        # aiosmtpd cannot see implicit TLS (it only knows its own STARTTLS), so
        # it must not ask for it.
        "auth_require_tls": args.mode == "starttls",
    }
    if args.user:
        smtp_kwargs["authenticator"] = make_authenticator(args.user, args.password)
    if args.mode == "starttls":
        smtp_kwargs["tls_context"] = tls
        smtp_kwargs["require_starttls"] = True
    if args.mode == "tls":
        smtp_kwargs["ssl_context"] = tls

    if not port_is_free(args.port):
        print("port %d is in use" % args.port, file=sys.stderr, flush=True)
        return EXIT_PORT_BUSY

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    controller = Controller(Handler(args.maildir, args.refuse), hostname=HOST, port=args.port, **smtp_kwargs)
    try:
        controller.start()
    except Exception as error:  # the port taken between the check and here
        print("cannot start: %r" % (error,), file=sys.stderr, flush=True)
        return EXIT_PORT_BUSY
    print("READY %d" % args.port, flush=True)
    # A timed wait: the main thread runs signal handlers only between waits.
    while not stop.wait(0.2):
        pass
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
