"""The demo's sender: each text goes to a file under var/sms/ and its code to the
console, so a person trying the demo can sign in with a phone number."""

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from ...phones import masked
from ..base import BaseSmsBackend, SmsError, SmsMessage

logger = logging.getLogger("akhbar.accounts.demo")
CODE = re.compile(r"(?<!\d)\d{6}(?!\d)")


class SmsBackend(BaseSmsBackend):
    def send(self, message: SmsMessage) -> str:
        directory = Path(self.options.get("directory", "var/sms"))
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        try:
            directory.mkdir(parents=True, exist_ok=True)
            path = directory / f"{stamp}-{message.reference}.txt"
            path.write_text(f"To: {message.to}\n\n{message.body}\n", encoding="utf-8")
        except OSError as error:
            raise SmsError(f"cannot write {directory}: {error}") from error
        code = CODE.search(message.body)
        if code:
            # Demo only: production uses the HTTP gateway, which logs no code.
            logger.warning("SMS code for %s: %s", masked(message.to), code.group())
        return message.reference
