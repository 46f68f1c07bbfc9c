"""Text messages: `send_sms()` is the one way a text leaves akhbar."""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .. import conf
from ..phones import masked
from .backends import backends as sms_backends
from .base import SmsError, SmsMessage

__all__ = ["SmsError", "SmsMessage", "send_sms"]

logger = logging.getLogger("akhbar.accounts.sms")


def send_sms(*, to: str, body: str, alias: str = "default") -> str:
    """Send a text within the daily cap; return the carrier's id or raise SmsError."""
    _count_against_daily_cap()
    message = SmsMessage(to=to, body=body)
    try:
        provider_id = sms_backends[alias].send(message)
    except SmsError:
        # The body holds a code: log who and why, never what.
        logger.error("SMS to %s failed (ref %s)", masked(to), message.reference)
        raise
    logger.info("SMS to %s sent (ref %s)", masked(to), message.reference)
    return provider_id


@transaction.atomic
def _count_against_daily_cap() -> None:
    from ..models import SmsDailyCount

    today = timezone.localdate()
    SmsDailyCount.objects.get_or_create(day=today)
    updated = SmsDailyCount.objects.filter(
        day=today, sent__lt=conf.sms_daily_limit()
    ).update(sent=F("sent") + 1)
    if not updated:
        logger.error("Daily SMS limit (%s) reached", conf.sms_daily_limit())
        raise SmsError("daily SMS limit reached")
