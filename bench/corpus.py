"""Generated Arabic news content for the benchmarks: no downloads, same every run.

The words are a small hand-made news vocabulary; sentences are random picks from
it, so pages have realistic length and script but no meaning.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from akhbar.news.models import Article, ArticleStatus, Person, Section, Tag
from akhbar.news.services import prepare_article

WORDS = """
الحكومة الرئيس الوزير البرلمان الاقتصاد التجارة الطاقة النفط الغاز الأسواق
العاصمة المدينة القرية الحدود المنطقة الإقليم الشرق الغرب الشمال الجنوب
التعاون الشراكة المبادرة الاتفاقية المفاوضات القمة المؤتمر الاجتماع الزيارة
الطريق الحزام الممر السكك الحديدية الموانئ النقل الشحن الاستثمار التمويل
الصين روسيا آسيا الوسطى أوروبا أفريقيا الخليج العربي الدولي الإقليمي
أعلن أكد قال أضاف أوضح أشار كشف ذكر نفى رحب دعا طالب قرر وقع بحث ناقش
اليوم أمس الأسبوع الماضي المقبل العام الجاري خلال بعد قبل منذ حتى نحو
في من إلى على عن مع بين حول ضد عبر لدى تحت فوق أمام وراء
التنمية المستدامة الأمن الاستقرار السلام التحديات الفرص النمو الصادرات
الواردات المصارف العملة التضخم الأسعار الموازنة الضرائب الديون الإنتاج
الجامعة الطلاب المدارس التعليم الصحة المستشفيات الأطباء اللقاحات الدواء
الثقافة المتحف المعرض الكتاب الشعر الرواية المسرح السينما الموسيقى التراث
الرياضة المنتخب البطولة المباراة الفريق الملعب اللاعبين المدرب الهدف الفوز
التكنولوجيا الذكاء الاصطناعي الإنترنت الهواتف البيانات الشركات الناشئة
المناخ الأمطار الجفاف المياه الزراعة القمح الغذاء البيئة التلوث الطاقة_المتجددة
الشباب النساء الأسر العمال الموظفين المواطنين السكان اللاجئين المهاجرين
مهم كبير جديد واسع سريع قوي مشترك رئيسي استراتيجي تاريخي ملحوظ متزايد
""".replace("_", " ").split()
LATIN = ["BRICS +", "AUKUS", "SCO", "G20", "OPEC"]

SECTIONS = [
    ("politics", "سياسة", "Politics"),
    ("economy", "اقتصاد", "Economy"),
    ("culture", "ثقافة", "Culture"),
    ("sport", "رياضة", "Sport"),
    ("science", "علوم", "Science"),
]
TAGS = [
    ("الصين", "China"),
    ("روسيا", "Russia"),
    ("الطاقة", "Energy"),
    ("المناخ", "Climate"),
    ("التعليم", "Education"),
    ("كرة-القدم", "Football"),
    ("الذكاء-الاصطناعي", "AI"),
    ("التجارة", "Trade"),
]
PEOPLE = [
    ("bench-reporter-1", "سارة الحسن", "reporter"),
    ("bench-reporter-2", "محمد العلي", "reporter"),
    ("bench-reporter-3", "ليلى يوسف", "reporter"),
    ("bench-editor", "XingWentao", "editor"),
]


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), rng.choice(LATIN))
    return " ".join(words)


def _body(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(5, 9)):
        sentences = [_sentence(rng, 8, 18) for _ in range(rng.randint(2, 4))]
        paragraphs.append(f"<p>{'، '.join(sentences)}.</p>")
    return "".join(paragraphs)


@transaction.atomic
def fill(count: int, *, seed: int = 2024) -> list[int]:
    """Create the taxonomy and `count` published Arabic articles; return their pks."""
    rng = random.Random(seed)
    sections = [
        Section.objects.create(slug=slug, names={"ar": ar, "en": en}, position=n)
        for n, (slug, ar, en) in enumerate(SECTIONS)
    ]
    tags = [Tag.objects.create(slug=ar, names={"ar": ar, "en": en}) for ar, en in TAGS]
    people = [
        Person.objects.create(slug=slug, names={"ar": name, "en": name}, role=role)
        for slug, name, role in PEOPLE
    ]
    reporters, editor = people[:-1], people[-1]
    now = timezone.now()
    articles = []
    for n in range(count):
        article = Article(
            title=_sentence(rng, 5, 10),
            summary=_sentence(rng, 18, 30) + ".",
            body=_body(rng),
            language="ar",
            section=rng.choice(sections),
            editor=editor,
            status=ArticleStatus.PUBLISHED,
            # Spread over the last 60 days, newest first by index, all in the past.
            published_at=now - timedelta(minutes=5 + n * 8),
        )
        articles.append(prepare_article(article))  # sanitized body, slug, word count
    Article.objects.bulk_create(articles, batch_size=500)
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    TagLink, AuthorLink = Article.tags.through, Article.authors.through
    TagLink.objects.bulk_create(
        [
            TagLink(article_id=pk, tag_id=tag.pk)
            for pk in pks
            for tag in rng.sample(tags, rng.randint(0, 3))
        ],
        batch_size=1000,
    )
    AuthorLink.objects.bulk_create(
        [AuthorLink(article_id=pk, person_id=rng.choice(reporters).pk) for pk in pks],
        batch_size=1000,
    )
    return pks
