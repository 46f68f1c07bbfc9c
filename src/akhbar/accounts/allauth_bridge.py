"""The one door to allauth's private modules.

allauth keeps these names under `internal`, with no promise that they stay
between releases. akhbar needs them where allauth has no public hook: to build
its own code-verification processes (recovery by text, "confirm it is you" by
code) the way allauth builds its own, and to end a half-made sign-in. They are
imported here, when the accounts app loads, so that an upgrade that moves or
renames one fails at start-up and in this file, not deep inside a flow;
tests/accounts/test_allauth_bridge.py checks each of them.

Everything else in akhbar.accounts uses allauth's public modules.
"""

from allauth.account.internal.flows.code_verification import (
    AbstractCodeVerificationProcess,
)
from allauth.account.internal.flows.login import (
    derive_login_method,
    record_authentication,
)
from allauth.account.internal.flows.password_reset_by_code import (
    PasswordResetVerificationProcess,
)
from allauth.account.internal.flows.reauthentication import resume_request
from allauth.account.internal.stagekit import clear_login
from allauth.core.internal.ratelimit import parse_rates

__all__ = [
    "AbstractCodeVerificationProcess",
    "PasswordResetVerificationProcess",
    "clear_login",
    "derive_login_method",
    "parse_rates",
    "record_authentication",
    "resume_request",
]
