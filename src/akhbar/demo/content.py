"""Demo content, written for akhbar (placeholder until the full set lands)."""

SECTIONS = [
    {"slug": "world", "names": {"ar": "العالم", "en": "World"}, "position": 1},
    {"slug": "economy", "names": {"ar": "اقتصاد", "en": "Economy"}, "position": 2},
    {"slug": "culture", "names": {"ar": "ثقافة", "en": "Culture"}, "position": 3},
    {"slug": "science", "names": {"ar": "علوم وتقنية", "en": "Science & Tech"}, "position": 4},
]
TAGS = [
    {"slug": "china", "names": {"ar": "الصين", "en": "China"}},
    {"slug": "russia", "names": {"ar": "روسيا", "en": "Russia"}},
]
PEOPLE = [
    {
        "slug": "xing-wentao",
        "names": {"ar": "شينغ ون تاو", "en": "XingWentao"},
        "role": "editor",
        "bios": {"ar": "محرر في قسم العالم.", "en": "Editor on the world desk."},
    },
    {
        "slug": "layla-haddad",
        "names": {"ar": "ليلى حداد", "en": "Layla Haddad"},
        "role": "reporter",
        "bios": {"ar": "مراسلة تغطي آسيا الوسطى.", "en": "Reporter covering Central Asia."},
    },
]
STORIES = [
    {
        "key": "china-russia-eurasia",
        "section": "world",
        "tags": ["china", "russia"],
        "authors": ["layla-haddad"],
        "editor": "xing-wentao",
        "hours_ago": 2,
        "palette": "desert",
        "versions": {
            "ar": {
                "title": "الصين وروسيا: ممرات أوراسيا بين الحزام والطريق والاتحاد الاقتصادي",
                "summary": "تحليل لتقارب بكين وموسكو في آسيا الوسطى.",
                "body": ["فقرة أولى.", "فقرة ثانية عن AUKUS و BRICS +."],
                "caption": "قطار شحن يعبر سهوب آسيا الوسطى",
                "credit": "akhbar",
            },
            "en": {
                "title": "China and Russia: Eurasia's corridors",
                "summary": "An analysis.",
                "body": ["First paragraph.", "Second paragraph."],
                "caption": "A freight train crossing the Central Asian steppe",
                "credit": "akhbar",
            },
        },
    },
]
