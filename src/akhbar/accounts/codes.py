"""One-time codes: what readers type, and the ledger of codes that were sent.

allauth generates each code, keeps the pending one in the reader's session
(database-backed here) and counts wrong guesses there. The ledger, written when
a code is sent and checked when one is typed, adds a single-use claim that
holds under concurrent submissions (an atomic UPDATE ... WHERE used_at IS
NULL), revocation after a password reset, and a per-account count of wrong
codes that outlives the cache.
"""

import re
import secrets
import unicodedata
from datetime import timedelta

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from akhbar.text import ascii_digits, digit_separators

from . import conf
from .models import CodeFailures, CodePurpose, IssuedCode

CODE_LENGTH = 6
MAX_TYPED = 32
KEEP_LEDGER = timedelta(days=1)
ADDRESS_BEING_VERIFIED = {CodePurpose.VERIFY_EMAIL, CodePurpose.PHONE}
_IGNORED = digit_separators("-_.")

TOO_LONG = _("That is too long for a code. The code has 6 digits.")
BAD_FORMAT = _("The code has 6 digits, for example 123456.")
USED = _("This code has already been used or has expired. Request a new code.")
LOCKED = _(
    "Too many wrong codes were entered for this account, so codes are blocked "
    "for a while. Try again tomorrow, or contact us."
)


def normalize_typed(raw: str) -> str:
    """Return the six ASCII digits a reader typed (١٢٣ ٤٥٦, １２３４５６...)."""
    if len(raw) > MAX_TYPED:
        raise ValidationError(TOO_LONG, code="code_too_long")
    text = _IGNORED.sub("", ascii_digits(unicodedata.normalize("NFKC", raw)))
    if not re.fullmatch(rf"\d{{{CODE_LENGTH}}}", text):
        raise ValidationError(BAD_FORMAT, code="code_format")
    return text


def _digest(*parts: str) -> str:
    value = "|".join(parts)
    return salted_hmac("akhbar.accounts.codes", value, algorithm="sha256").hexdigest()


def address_digest(address: str) -> str:
    return _digest("address", address.strip().lower())


def _session_key(request) -> str:
    if not request.session.session_key:
        request.session.save()
    return request.session.session_key


def issue(
    *,
    request,
    purpose: str,
    code: str,
    address: str,
    user: AbstractBaseUser | None = None,
) -> IssuedCode:
    """Record a code that is about to be sent to `address` in this session."""
    now = timezone.now()
    IssuedCode.objects.filter(issued_at__lt=now - KEEP_LEDGER).delete()
    return IssuedCode.objects.create(
        purpose=purpose,
        digest=_digest(purpose, _session_key(request), code),
        address_digest=address_digest(address),
        user=user if user is not None and user.pk else None,
        issued_at=now,
    )


def issue_decoy(*, request, purpose: str, address: str) -> IssuedCode:
    """Record a code sent to no one, where a notice goes out instead of a code.

    An unknown address (or one already taken, at sign-up) gets a notice where
    another would get a code; this makes both cost the same ledger write
    (SECURITY.md N3). Its code is drawn and dropped here, so nobody can type it.
    """
    code = "".join(secrets.choice("0123456789") for _ in range(CODE_LENGTH))
    return issue(request=request, purpose=purpose, code=code, address=address)


def find(*, request, purposes: tuple[str, ...], code: str) -> IssuedCode | None:
    """Return the ledger entry of the code this session is waiting for."""
    if not code or not request.session.session_key:
        return None
    key = request.session.session_key
    digests = [_digest(purpose, key, code) for purpose in purposes]
    return (
        IssuedCode.objects.filter(digest__in=digests)
        .select_related("user")
        .order_by("-issued_at")
        .first()
    )


def claim(entry: IssuedCode) -> bool:
    """Mark the code used; True for exactly one caller, while it is fresh."""
    now = timezone.now()
    fresh_since = now - timedelta(seconds=conf.code_timeout())
    claimed = IssuedCode.objects.filter(
        pk=entry.pk,
        used_at__isnull=True,
        revoked_at__isnull=True,
        issued_at__gte=fresh_since,
    ).update(used_at=now)
    return claimed == 1


def still_addressed(entry: IssuedCode) -> bool:
    """Whether the address the code went to still belongs to its account."""
    # A code that verifies a new address went to an address not yet attached.
    if entry.user is None or entry.purpose in ADDRESS_BEING_VERIFIED:
        return True
    from allauth.account.models import EmailAddress

    from .models import PhoneNumber

    addresses = list(
        EmailAddress.objects.filter(user=entry.user).values_list("email", flat=True)
    )
    addresses += PhoneNumber.objects.filter(user=entry.user).values_list(
        "number", flat=True
    )
    return entry.address_digest in {address_digest(a) for a in addresses}


def revoke_outstanding(*, user: AbstractBaseUser) -> int:
    """Void every unused code of the account (after a password reset or change)."""
    return IssuedCode.objects.filter(
        user=user, used_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())


def is_locked(user: AbstractBaseUser) -> bool:
    since = timezone.now() - timedelta(seconds=conf.code_lock_seconds())
    return CodeFailures.objects.filter(
        user=user, count__gte=conf.code_failure_limit(), last_failure_at__gte=since
    ).exists()


@transaction.atomic
def record_failure(user: AbstractBaseUser) -> None:
    now = timezone.now()
    CodeFailures.objects.get_or_create(user=user)
    CodeFailures.objects.filter(user=user).update(
        count=F("count") + 1, last_failure_at=now
    )


def record_success(user: AbstractBaseUser) -> None:
    CodeFailures.objects.filter(user=user).update(count=0)
