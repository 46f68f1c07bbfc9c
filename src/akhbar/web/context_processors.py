from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from akhbar.news.languages import current_language, text_direction
from akhbar.news.models import Article, BreakingAlert

from .live import open_live_stories


def site(request):
    language = get_language()
    return {
        "site_name": settings.AKHBAR_SITE_NAME,
        "site_url": settings.AKHBAR_SITE_URL,
        "text_dir": text_direction(language),
        # A section with nothing published yet has no page for readers.
        "nav_sections": Article.objects.published().sections_used(),
        # Lazy: one query, only on pages that show the bar (web/_breaking.html).
        "breaking_alerts": BreakingAlert.objects.showing(current_language()),
        # Lazy too: read only where a card asks (web/_card.html).
        "live_now": SimpleLazyObject(open_live_stories),
    }
