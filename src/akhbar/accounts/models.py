"""What akhbar keeps about reader accounts beyond Django's user and allauth's rows."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class PhoneNumber(models.Model):
    """A reader's phone number (E.164); allauth reads it through the adapter."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="phone_number"
    )
    number = models.CharField(_("phone number"), max_length=16)
    verified = models.BooleanField(_("verified"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")
        constraints = [
            # Unverified numbers may repeat: claiming a number someone else
            # typed must not need their code.
            models.UniqueConstraint(
                fields=["number"],
                condition=Q(verified=True),
                name="accounts_one_account_per_verified_phone",
            )
        ]

    def __str__(self):
        return self.number


class CodePurpose(models.TextChoices):
    LOGIN = "login", _("Sign-in")
    VERIFY_EMAIL = "verify_email", _("Email verification")
    PHONE = "phone", _("Phone code")
    RESET = "reset", _("Password recovery")
    REAUTHENTICATE = "reauthenticate", _("Confirming it is you")


class IssuedCode(models.Model):
    """A one-time code that was sent, kept as a keyed hash.

    allauth keeps each pending code in the reader's session; this ledger adds
    what a session cannot: single use under concurrent submissions, revocation
    from elsewhere (a password reset) and a per-account failure count.
    """

    purpose = models.CharField(max_length=16, choices=CodePurpose.choices)
    digest = models.CharField(max_length=64, db_index=True)
    address_digest = models.CharField(max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    issued_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("issued code")
        verbose_name_plural = _("issued codes")

    def __str__(self):
        return f"{self.purpose} {self.issued_at:%Y-%m-%d %H:%M}"


class CodeFailures(models.Model):
    """Consecutive wrong codes for one account; in the database, so that losing
    the cache (where rate limits live) cannot reset it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
    )
    count = models.PositiveIntegerField(default=0)
    last_failure_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("code failures")
        verbose_name_plural = _("code failures")

    def __str__(self):
        return f"{self.user_id}: {self.count}"


class SmsDailyCount(models.Model):
    """Texts sent per day, for the daily spending cap."""

    day = models.DateField(primary_key=True)
    sent = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("texts sent per day")
        verbose_name_plural = _("texts sent per day")

    def __str__(self):
        return f"{self.day}: {self.sent}"
