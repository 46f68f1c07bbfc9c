"""Pictures for the demo: a gallery for the Muscat ceramics story.

The story's text comes from its data files like every other (its last
paragraph is a YouTube address, which readers see as a click-to-load embed);
this adds the gallery: pictures drawn locally like the lead images, attached
through the same service as the newsroom's form. Pictures are added only to a
version that has none, so loading twice changes nothing.
"""

from django.core.files.base import ContentFile

from akhbar.media import services
from akhbar.media.models import Picture
from akhbar.news.models import Article

from .images import draw_lead_image

STORY = "muscat-ceramics-exhibition"

# (palette, alt text, caption, credit) per language, in gallery order.
GALLERY = {
    "ar": [
        ("sea", "دوائر زرقاء متداخلة حول نجمة ثمانية الرؤوس على خلفية سماوية",
         "زرقة الكوبالت: لون الخزف الذي عبر المحيط", "رسم توضيحي: أخبار"),
        ("desert", "بقع برتقالية وبنية متدرجة تتوسطها نجمة بخطوط فاتحة",
         "جرار الفخار التي حملت الزيوت والتوابل", "رسم توضيحي: أخبار"),
        ("night", "خلفية كحلية داكنة تتناثر فيها دوائر ذهبية حول نجمة",
         "ليالي الموانئ: محطات السفن على طريق الرياح الموسمية", "رسم توضيحي: أخبار"),
        ("olive", "درجات خضراء هادئة تتداخل فيها أشكال دائرية ونجمة هندسية",
         "زخارف هندسية مستوحاة من العمارة الإسلامية", "رسم توضيحي: أخبار"),
    ],
}  # fmt: skip


def load_story_pictures(*, by) -> int:
    """Give the demo's gallery story its pictures; return how many were added."""
    from .loader import story_group

    added = 0
    for language, pictures in GALLERY.items():
        article = (
            Article.objects.filter(translation_group=story_group(STORY))
            .filter(language=language, deleted_at__isnull=True)
            .first()
        )
        if article is None or Picture.objects.filter(article=article).exists():
            continue
        for position, (palette, alt, caption, credit) in enumerate(pictures):
            picture = Picture(
                article=article,
                alt_text=alt,
                caption=caption,
                credit=credit,
                in_gallery=True,
                position=position,
            )
            drawn = draw_lead_image(f"{STORY}-{position}", palette, size=(1200, 800))
            picture.image.save(
                f"{STORY}-{position}.jpg", ContentFile(drawn), save=False
            )
            services.save_picture(picture=picture, by=by, image_changed=True)
            added += 1
    return added
