"""One structured log line per account event (SECURITY.md L1, L2).

Each line is JSON: event, outcome, UTC time, client IP, the user's id and a
keyed hash of the address typed. No passwords or codes. JSON escaping turns CR,
LF and terminal escape codes in paths or addresses into harmless `\\n`/`\\u001b`.
"""

import json
import logging
from datetime import UTC

from django.utils import timezone
from django.utils.crypto import salted_hmac

logger = logging.getLogger("akhbar.accounts.audit")


def identifier_hash(identifier: str) -> str:
    value = identifier.strip().lower()
    return salted_hmac("akhbar.accounts.audit", value, algorithm="sha256").hexdigest()[
        :16
    ]


def log_event(
    request,
    event: str,
    outcome: str,
    *,
    user=None,
    identifier: str | None = None,
    **details,
) -> None:
    """Log one account event: sign-in, code check, recovery, change."""
    from allauth.account.adapter import get_adapter

    try:
        ip = get_adapter().get_client_ip(request) if request is not None else None
    except Exception:
        ip = None
    record = {
        "event": event,
        "outcome": outcome,
        "at": timezone.now().astimezone(UTC).isoformat(),
        "ip": ip,
        "user": getattr(user, "pk", None),
        "id": identifier_hash(identifier) if identifier else None,
        "path": getattr(request, "path", None),
        **details,
    }
    logger.info(json.dumps(record, ensure_ascii=True, default=str))
