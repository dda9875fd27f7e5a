"""A real SMTP relay for the tests (aiosmtpd): STARTTLS on one port (required before AUTH and mail), implicit
TLS on another, AUTH PLAIN and LOGIN for one user, each accepted message written whole into a spool folder.

Recipients steer it, so that the tests can see retries and refusals against a real server:
  tempfail-*@…  the first RCPT TO is answered 421, the next ones 250
  reject-*@…    every RCPT TO is answered 550

    python e2e/smtp_relay.py --cert C --key K --spool DIR --user U --password P --ports-file F

writes "STARTTLS_PORT IMPLICIT_PORT" to F once both listen, and serves until it is stopped.
"""

import argparse
import warnings
import json
import os
import signal
import socket
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# The implicit-TLS port takes AUTH over its TLS connection; aiosmtpd warns as if it were plain text.
warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")


class Spool:
    """One per port; the folder, the numbering and the 421-once memory are shared."""

    lock = threading.Lock()
    count = 0
    tempfailed = set()

    def __init__(self, folder, implicit_tls):
        self.folder = folder
        self.implicit_tls = implicit_tls

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("reject-"):
            return "550 5.1.1 No such user here"
        if local.startswith("tempfail-") and address not in Spool.tempfailed:
            Spool.tempfailed.add(address)
            return "421 4.7.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with Spool.lock:
            Spool.count += 1
            name = os.path.join(self.folder, f"{Spool.count:05d}")
        with open(name + ".eml", "wb") as message:
            message.write(envelope.original_content or envelope.content)
        with open(name + ".json", "w", encoding="utf-8") as meta:
            json.dump(
                {
                    "mail_from": envelope.mail_from,
                    "rcpt_tos": envelope.rcpt_tos,
                    "tls": self.implicit_tls or session.ssl is not None,
                    "authenticated": bool(session.authenticated),
                },
                meta,
            )
        return "250 Message accepted"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    return check


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--spool", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--ports-file", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.spool, exist_ok=True)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(arguments.cert, arguments.key)
    check = authenticator(arguments.user, arguments.password)

    starttls = Controller(
        Spool(arguments.spool, implicit_tls=False), hostname="127.0.0.1", port=free_port(), tls_context=context, require_starttls=True,
        authenticator=check, auth_required=True, auth_require_tls=True, server_hostname="localhost",
    )
    implicit = Controller(
        Spool(arguments.spool, implicit_tls=True), hostname="127.0.0.1", port=free_port(), ssl_context=context,
        authenticator=check, auth_required=True, auth_require_tls=False, server_hostname="localhost",
    )
    starttls.start()
    implicit.start()
    with open(arguments.ports_file + ".tmp", "w") as ports:
        ports.write(f"{starttls.port} {implicit.port}\n")
    os.replace(arguments.ports_file + ".tmp", arguments.ports_file)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    starttls.stop()
    implicit.stop()


if __name__ == "__main__":
    main()
