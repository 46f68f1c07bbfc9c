"""A generic HTTP SMS gateway: one JSON POST per text.

Contract (docs/accounts.md): POST {"to", "text", "sender", "reference"} to the
configured URL with `Authorization: Bearer <token>` and `Idempotency-Key:
<reference>`; any 2xx is success (an optional JSON {"id": ...} names the text).
Timeouts, connection errors, 429 and 5xx are retried with exponential backoff;
other answers are final. Nothing of the text is logged: it holds a code.
"""

import logging
import time

import requests

from ..base import BaseSmsBackend, SmsError, SmsMessage

logger = logging.getLogger("akhbar.accounts.sms")
RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class SmsBackend(BaseSmsBackend):
    delivers = True
    #: how the backend waits between attempts (tests put a recorder here)
    sleep = staticmethod(time.sleep)

    def __init__(self, alias="default", **options):
        super().__init__(alias, **options)
        if not options.get("url"):
            raise SmsError("the SMS gateway backend needs OPTIONS['url']")
        self.url = options["url"]
        self.token = options.get("token", "")
        self.sender = options.get("sender", "akhbar")
        self.timeout = float(options.get("timeout", 5))
        self.retries = int(options.get("retries", 2))
        self.backoff = float(options.get("backoff", 0.5))

    def send(self, message: SmsMessage) -> str:
        payload = {
            "to": message.to,
            "text": message.body,
            "sender": self.sender,
            "reference": message.reference,
        }
        headers = {
            "Authorization": f"Bearer {self.token}",
            "Idempotency-Key": message.reference,
            "User-Agent": "akhbar-sms/1",
        }
        problem = "not attempted"
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                self.sleep(self.backoff * 2 ** (attempt - 2))
            try:
                response = requests.post(
                    self.url,
                    json=payload,
                    headers=headers,
                    timeout=self.timeout,
                    allow_redirects=False,
                )
            except requests.RequestException as error:
                problem = type(error).__name__
            else:
                if 200 <= response.status_code < 300:
                    return self._provider_id(response) or message.reference
                problem = f"HTTP {response.status_code}"
                if response.status_code not in RETRY_STATUSES:
                    logger.warning(
                        "SMS gateway refused ref %s: %s", message.reference, problem
                    )
                    break
            logger.warning(
                "SMS gateway attempt %d/%d for ref %s failed: %s",
                attempt,
                attempts,
                message.reference,
                problem,
            )
        raise SmsError(f"SMS gateway failed: {problem}")

    @staticmethod
    def _provider_id(response) -> str:
        try:
            data = response.json()
        except ValueError:
            return ""
        return str(data.get("id", "")) if isinstance(data, dict) else ""
