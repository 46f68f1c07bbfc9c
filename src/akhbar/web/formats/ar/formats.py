"""Arabic formats: the day before the month, the Arabic comma before the time.

Django's Arabic locale has no DATETIME_FORMAT, so the global «N j, Y, P» gave
«ديسمبر 3, 2026، 9:08 م» in the newsroom and in mails; an Arabic editor writes
«3 ديسمبر 2026، 21:08».
"""

from django.conf.locale.ar.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATE_FORMAT = "j/n/Y"
SHORT_DATETIME_FORMAT = "j/n/Y، H:i"
