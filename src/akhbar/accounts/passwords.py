"""The password rule, as Django password validators.

Length is counted in code points, as typed: nothing is normalised, stripped or
truncated (NIST SP 800-63B; OWASP ASVS 5.0 6.2.5, 6.2.8). The rule is stated to
the reader before they type (the validators' help text) and named in each error.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from akhbar.text import ascii_digits, digit_separators

from . import conf


def rule_text(*, min_length: int | None = None, max_length: int | None = None) -> str:
    """Return the length rule in the reader's language, e.g. "8-64 characters"."""
    low = conf.password_min_length() if min_length is None else min_length
    high = conf.password_max_length() if max_length is None else max_length
    return ngettext("%(min)d-%(max)d character", "%(min)d-%(max)d characters", high) % {
        "min": low,
        "max": high,
    }


class LengthRuleValidator:
    """Refuse passwords shorter or longer than AKHBAR_PASSWORD_MIN/MAX_LENGTH."""

    def __init__(self, min_length: int | None = None, max_length: int | None = None):
        self._min, self._max = min_length, max_length

    @property
    def min_length(self) -> int:
        return conf.password_min_length() if self._min is None else self._min

    @property
    def max_length(self) -> int:
        return conf.password_max_length() if self._max is None else self._max

    def rule(self) -> str:
        return rule_text(min_length=self.min_length, max_length=self.max_length)

    def validate(self, password: str, user=None) -> None:
        if len(password) < self.min_length:
            raise ValidationError(
                _("This password is too short. Use %(rule)s."),
                code="password_too_short",
                params={"rule": self.rule()},
            )
        if len(password) > self.max_length:
            raise ValidationError(
                _("This password is too long. Use %(rule)s."),
                code="password_too_long",
                params={"rule": self.rule()},
            )

    def get_help_text(self) -> str:
        return _("Password: %(rule)s.") % {"rule": self.rule()}


class ContextWordsValidator:
    """Refuse passwords made of the site's name, or containing the phone number."""

    #: letters a password must have besides the site's name, if it has the name
    min_rest = 4

    def site_words(self) -> list[str]:
        host = urlsplit(conf.site_url()).hostname or ""
        label = host.removeprefix("www.").split(".")[0]
        words = {"akhbar", "أخبار", "اخبار", conf.site_name(), label}
        return sorted(
            (w.casefold() for w in words if any(c.isalpha() for c in w)),
            key=len,
            reverse=True,
        )

    def validate(self, password: str, user=None) -> None:
        if self.is_built_from_site_name(password):
            raise ValidationError(
                _("This password is built from the site's name. Choose another."),
                code="password_site_name",
            )
        if contains_phone_number(password, _national_number(user)):
            raise ValidationError(
                _("This password contains your phone number. Choose another."),
                code="password_phone",
            )

    def is_built_from_site_name(self, password: str) -> bool:
        """Whether the password holds the site's name and little else: fewer
        than `min_rest` letters once the name, digits and symbols are gone."""
        rest = password.casefold()
        words = [word for word in self.site_words() if word in rest]
        if not words:
            # Without the name, few letters (symbols, digits, emoji) is not
            # this rule's business: the length and common-password rules say
            # what is wrong, if anything.
            return False
        for word in words:
            rest = rest.replace(word, "")
        return len(re.sub(r"[\W\d_]", "", rest)) < self.min_rest

    def get_help_text(self) -> str:
        return _("Not the site's name or your phone number.")


# What people put between the digits of a phone number.
_PHONE_SEPARATORS = digit_separators("-().+/")


def contains_phone_number(password: str, national: str) -> bool:
    """Whether the password holds the phone number `national` (its digits as
    dialled at home), in any digits, spaced or dashed as numbers are written;
    not digits scattered between words."""
    if not national:
        return False
    return national in _PHONE_SEPARATORS.sub("", ascii_digits(password))


def _national_number(user) -> str:
    # An account not saved yet has no number on file: the sign-up form checks
    # the number typed next to the password itself.
    if user is None or not getattr(user, "pk", None):
        return ""
    from .models import PhoneNumber
    from .phones import national_number

    number = PhoneNumber.objects.filter(user=user).values_list("number", flat=True)
    return national_number(number[0]) if number else ""


def help_text_html() -> str:
    """Return the validators' help as a list, the length rule first: it is
    what the reader needs before typing."""
    from django.contrib.auth.password_validation import get_default_password_validators
    from django.utils.html import format_html, format_html_join

    validators = sorted(
        get_default_password_validators(),
        key=lambda v: not isinstance(v, LengthRuleValidator),
    )
    items = format_html_join(
        "", "<li>{}</li>", ((v.get_help_text(),) for v in validators)
    )
    return format_html("<ul>{}</ul>", items) if items else ""
