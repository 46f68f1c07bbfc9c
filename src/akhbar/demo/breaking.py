"""The demo's breaking news: one alert per language, showing for the next hours.

Loading again leaves an alert that is still showing alone, and posts a fresh one
once the last has ended (a demo started tomorrow still shows the bar).
"""

from datetime import datetime, timedelta

from akhbar.news.breaking import BreakingAlert
from akhbar.newsroom import breaking

DEMO_ALERTS = {
    "ar": "إغلاق ميناء جدة الإسلامي مؤقتًا أمام السفن بسبب عاصفة رملية",
    "en": "Jeddah Islamic Port closes to shipping for now as a sandstorm hits",
}
SHOWN_FOR = timedelta(hours=6)


def load_breaking_news(*, now: datetime, by) -> int:
    """Post the demo alerts that are not showing now; return how many were posted."""
    posted = 0
    for language, text in DEMO_ALERTS.items():
        if BreakingAlert.objects.showing(language, now=now).filter(text=text).exists():
            continue
        alert = BreakingAlert(
            language=language, text=text, starts_at=now, ends_at=now + SHOWN_FOR
        )
        breaking.save_alert(alert=alert, by=by)
        posted += 1
    return posted
