"""Writes to reader accounts. Flows (sign-in, codes) are allauth's; these are the
pieces akhbar adds around them."""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction

from . import codes
from .exceptions import NewsroomAccount, PhoneNumberTaken
from .models import PhoneNumber

logger = logging.getLogger("akhbar.accounts")


def set_phone(*, user: AbstractBaseUser, number: str, verified: bool) -> PhoneNumber:
    """Attach a phone number (E.164) to the account, replacing any earlier one."""
    phone, _created = PhoneNumber.objects.update_or_create(
        user=user, defaults={"number": number, "verified": verified}
    )
    return phone


def verify_phone(*, user: AbstractBaseUser, number: str) -> tuple[PhoneNumber, str]:
    """Mark `number` as the account's verified phone; return it and the verified
    number it replaced ("" if none), so that the old number can be told."""
    with transaction.atomic():
        current = PhoneNumber.objects.select_for_update().filter(user=user).first()
        previous = current.number if current and current.verified else ""
        # Another account may hold the number unverified: it was only typed there.
        PhoneNumber.objects.filter(number=number, verified=False).exclude(
            user=user
        ).delete()
        try:
            phone, _created = PhoneNumber.objects.update_or_create(
                user=user, defaults={"number": number, "verified": True}
            )
        except IntegrityError:
            # Verified by another account between the check and now.
            raise PhoneNumberTaken from None
    return phone, previous if previous != number else ""


def end_other_sessions_and_codes(*, user: AbstractBaseUser) -> None:
    """Void outstanding codes; Django's session hash already ends other sessions
    once the password changes."""
    codes.revoke_outstanding(user=user)


@transaction.atomic
def delete_account(*, user: AbstractBaseUser) -> None:
    """Delete a reader's account with its personal data, and end its sessions."""
    from allauth.usersessions.models import UserSession

    if user.is_staff or user.is_superuser:
        raise NewsroomAccount("newsroom accounts are removed by an administrator")
    for session in UserSession.objects.filter(user=user):
        session.end()
    # Email addresses, phone, authenticators, codes and anything else that
    # points to the user with CASCADE (bookmarks, follows) go with it.
    get_user_model().objects.filter(pk=user.pk).delete()
    logger.info("account %s deleted by its owner", user.pk)
