"""Phone numbers: parsed and validated with `phonenumbers`, stored as E.164."""

import re

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from akhbar.text import ascii_digits, digit_separators

from . import conf

MAX_INPUT = 32  # characters; longer input is refused before parsing
_SEPARATORS = digit_separators("-().")
INVALID = _("Enter a valid phone number with its country code, e.g. +966 50 123 4567.")


def to_e164(raw: str) -> str:
    """Return the number as E.164 (+966501234567), or raise ValidationError.

    Accepts Arabic-Indic, Persian and full-width digits, spaces, dashes and the
    invisible direction marks that right-to-left keyboards add.
    """
    if len(raw) > MAX_INPUT:
        raise ValidationError(INVALID, code="invalid_phone")
    text = _SEPARATORS.sub("", ascii_digits(raw.strip()))
    if text.startswith("00"):
        text = "+" + text[2:]
    if not re.fullmatch(r"\+?\d{4,17}", text):
        raise ValidationError(INVALID, code="invalid_phone")
    region = None if text.startswith("+") else conf.phone_default_region()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(INVALID, code="invalid_phone") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(INVALID, code="invalid_phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_number(e164: str) -> str:
    """Return the digits a person would dial at home, without the country code."""
    try:
        return str(phonenumbers.parse(e164).national_number)
    except phonenumbers.NumberParseException:
        return ""


def masked(e164: str) -> str:
    """Return +96650•••4567: enough to recognise, not enough to harvest."""
    if len(e164) < 8:
        return "•••"
    return f"{e164[:6]}{'•' * (len(e164) - 10)}{e164[-4:]}"


class PhoneField(forms.CharField):
    """A phone number input that cleans to E.164."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Phone number"))
        kwargs.setdefault("max_length", MAX_INPUT)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={
                    "type": "tel",
                    "autocomplete": "tel",
                    "inputmode": "tel",
                    "dir": "ltr",
                    "placeholder": "+966 50 123 4567",
                }
            ),
        )
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return to_e164(value) if value else value
