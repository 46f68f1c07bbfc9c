"""Hourly read tallies: how many counted page views an article had in an hour.

Nothing here identifies a reader: a row is an article, an hour and a number.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from akhbar.news.models import Article


class ReadTally(models.Model):
    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="read_tallies",
        verbose_name=_("article"),
    )
    hour = models.DateTimeField(_("hour"), help_text=_("Start of the hour, in UTC."))
    count = models.PositiveIntegerField(_("reads"), default=0)

    class Meta:
        verbose_name = _("read tally")
        verbose_name_plural = _("read tallies")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "hour"], name="one_read_tally_per_article_hour"
            )
        ]
        indexes = [models.Index(fields=["hour"], name="read_tally_hour")]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}:00 = {self.count}"
