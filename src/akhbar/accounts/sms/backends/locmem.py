"""Keeps texts in `outbox` (a list), like Django's locmem mail backend; for tests."""

from ..base import BaseSmsBackend, SmsMessage

outbox: list[SmsMessage] = []


class SmsBackend(BaseSmsBackend):
    def send(self, message: SmsMessage) -> str:
        outbox.append(message)
        return message.reference
