"""The demo's reader account, made by `akhbar demo` next to the staff logins."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction

DEMO_READER_EMAIL = "reader@akhbar.test"


@transaction.atomic
def load_demo_reader(known_password: str | None = None) -> tuple[str, str, str]:
    """Create (or keep) a reader with a verified email address and a password;
    return its credentials line: ("reader", email, password)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username="reader", defaults={"email": DEMO_READER_EMAIL}
    )
    password = known_password
    if created or not password or not user.check_password(password):
        # token_urlsafe(12) is 16 characters: inside any sensible length rule.
        password = secrets.token_urlsafe(12)
        user.set_password(password)
    user.email, user.is_active, user.is_staff = DEMO_READER_EMAIL, True, False
    user.save()
    EmailAddress.objects.update_or_create(
        user=user,
        email=DEMO_READER_EMAIL,
        defaults={"verified": True, "primary": True},
    )
    return "reader", DEMO_READER_EMAIL, password
