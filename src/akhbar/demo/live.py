"""The demo's live story: the BRICS forum in Cairo, followed update by update.

Both language versions of the story get live coverage, still open, with seven
updates from the last hours (one pinned). Loading again changes nothing: a
version that already has coverage is left as it is.
"""

from datetime import datetime, timedelta

from akhbar.live.models import LiveCoverage, LiveUpdate
from akhbar.news.models import Article, Person
from akhbar.newsroom import live

STORY = "brics-cairo-forum"
AUTHORS = ["hana-bakr", "layla-haddad", "hana-bakr", "karim-mansour"]
PINNED = 4  # the central bank's announcement, the day's news

SUMMARY = {
    "ar": (
        "<ul><li>المنتدى يبحث توسيع التسويات بالعملات المحلية بين دول بريكس.</li>"
        "<li>البنك المركزي المصري يعلن تجربة للمدفوعات المباشرة مع ثلاثة بنوك "
        "مركزية.</li><li>البيان الختامي متوقع مساء اليوم.</li></ul>"
    ),
    "en": (
        "<ul><li>The forum weighs wider settlement in local currencies among "
        "BRICS members.</li><li>Egypt's central bank announces a direct payments "
        "pilot with three central banks.</li><li>The closing statement is "
        "expected this evening.</li></ul>"
    ),
}

# Oldest first: (minutes ago, Arabic, English).
UPDATES = [
    (
        290,
        "افتُتح المنتدى في القاهرة بحضور وزراء مالية ومحافظي بنوك مركزية من "
        "دول المجموعة، ويستمر يومًا واحدًا.",
        "The forum opened in Cairo with finance ministers and central bank "
        "governors from the group's members; it runs for one day.",
    ),
    (
        245,
        "وزير المالية المصري في كلمة الافتتاح: «كلفة تحويل العملات تقتطع من "
        "أرباح المصدّرين الصغار أكثر مما تقتطع الضرائب».",
        "Egypt's finance minister, opening the forum: “Currency conversion costs "
        "small exporters more of their profit than taxes do.”",
    ),
    (
        200,
        "جلسة المصرفيين تناقش ربط أنظمة الدفع الوطنية مباشرة، بدل المرور "
        "بعملة ثالثة في كل عملية.",
        "The bankers' session discusses linking national payment systems "
        "directly instead of passing every transaction through a third currency.",
    ),
    (
        150,
        "<p><strong>البنك المركزي المصري يعلن</strong> تجربة للمدفوعات المباشرة "
        "مع ثلاثة بنوك مركزية في المجموعة تبدأ مطلع العام المقبل.</p>",
        "<p><strong>Egypt's central bank announces</strong> a direct payments "
        "pilot with three of the group's central banks, starting early next "
        "year.</p>",
    ),
    (
        95,
        "خبراء يحذّرون في جلسة جانبية من أن تقلب أسعار الصرف قد يحدّ من "
        "الإقبال على التسويات بالعملات المحلية.",
        "At a side session, experts warn that volatile exchange rates may hold "
        "back settlement in local currencies.",
    ),
    (
        40,
        "ممثلو الشركات الصغيرة يطالبون بمنصة موحدة لعرض أسعار التحويل بين "
        "عملات الدول الأعضاء.",
        "Representatives of small businesses call for one platform showing "
        "conversion rates between members' currencies.",
    ),
    (
        10,
        "اللجنة المكلفة بصياغة البيان الختامي تبدأ اجتماعها، والبيان متوقع مساء اليوم.",
        "The committee drafting the closing statement has begun meeting; the "
        "statement is expected this evening.",
    ),
]


def load_live_coverage(*, now: datetime, by) -> int:
    """Open the demo's live coverage where it is missing; return how many."""
    from .loader import story_group

    started = 0
    versions = Article.objects.published(now=now).filter(
        translation_group=story_group(STORY)
    )
    authors = [Person.objects.filter(slug=slug).first() for slug in AUTHORS]
    for article in versions:
        if article.language not in SUMMARY:
            continue
        if LiveCoverage.objects.filter(article=article).exists():
            continue
        coverage = live.start_coverage(
            article=article, by=by, summary=SUMMARY[article.language]
        )
        first = now - timedelta(minutes=UPDATES[0][0] + 5)
        LiveCoverage.objects.filter(pk=coverage.pk).update(started_at=first)
        posted = []
        for number, (minutes_ago, arabic, english) in enumerate(UPDATES):
            body = arabic if article.language == "ar" else english
            update = live.post_update(coverage=coverage, body=body, by=by)
            # Posted now, but written then, by the reporters on the story.
            LiveUpdate.objects.filter(pk=update.pk).update(
                posted_at=now - timedelta(minutes=minutes_ago),
                author=authors[number % len(authors)],
            )
            posted.append(update)
        live.pin_update(update=posted[PINNED - 1], by=by)
        started += 1
    return started
