"""The demo's mail backend: each message is written under var/mail/ (Django's file
backend) and any code in it is printed on the console, so that a person trying
the demo can sign in without a mail server."""

import logging
import re

from django.core.mail.backends.filebased import EmailBackend

logger = logging.getLogger("akhbar.accounts.demo")
CODE_LINE = re.compile(r"^\s*(\d{6})\s*$", re.MULTILINE)


def masked_email(address: str) -> str:
    """Return r•••@example.org."""
    local, _at, domain = address.rpartition("@")
    return f"{local[:1]}•••@{domain}" if local else "•••"


class DemoEmailBackend(EmailBackend):
    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        for message in email_messages:
            code = CODE_LINE.search(str(message.body))
            if code:
                for address in message.to:
                    logger.warning(
                        "Mail code for %s: %s", masked_email(address), code.group(1)
                    )
        return sent
