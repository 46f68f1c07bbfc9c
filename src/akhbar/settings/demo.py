"""What `make demo` runs: production behaviour (DEBUG off, whitenoise, the
production server) on the demo defaults, over plain HTTP on localhost."""

from .base import *  # noqa: F403

DEBUG = False
