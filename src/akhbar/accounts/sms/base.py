"""The SMS sender interface. Backends are chosen by the SMS_BACKENDS setting."""

from dataclasses import dataclass, field
from uuid import uuid4


class SmsError(Exception):
    """A text could not be handed to the carrier; the reader should try again."""


@dataclass(frozen=True)
class SmsMessage:
    to: str  # E.164
    body: str
    # Sent with every attempt, so a gateway can drop the duplicates of a retry.
    reference: str = field(default_factory=lambda: uuid4().hex)


class BaseSmsBackend:
    """Hand text messages to a carrier. Subclasses implement send()."""

    #: texts really reach phones; the deploy check (accounts.W003) warns
    #: when the default backend does not
    delivers = False

    def __init__(self, alias: str = "default", **options):
        self.alias = alias
        self.options = options

    def send(self, message: SmsMessage) -> str:
        """Send one message; return the carrier's id for it, or raise SmsError."""
        raise NotImplementedError("SMS backends must implement send()")
