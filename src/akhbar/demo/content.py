"""Demo content, written for akhbar.

Every text here is original, written for this project: fictional but plausible
news in Arabic (every story) and English (a faithful translation, for some
stories). The loader (loader.py) reads the four lists below; the lead story is
the one with the smallest ``hours_ago``.

The lead images are drawn by images.py from each story's key and palette, so the
captions describe those abstract drawings; they double as alternative text.
"""

SECTIONS = [
    {"slug": "world", "names": {"ar": "العالم", "en": "World"}, "position": 1},
    {"slug": "economy", "names": {"ar": "اقتصاد", "en": "Economy"}, "position": 2},
    {"slug": "culture", "names": {"ar": "ثقافة", "en": "Culture"}, "position": 3},
    {
        "slug": "science",
        "names": {"ar": "علوم وتقنية", "en": "Science & Tech"},
        "position": 4,
    },
    {"slug": "sport", "names": {"ar": "رياضة", "en": "Sport"}, "position": 5},
]

TAGS = [
    {"slug": "china", "names": {"ar": "الصين", "en": "China"}},
    {"slug": "russia", "names": {"ar": "روسيا", "en": "Russia"}},
    {"slug": "central-asia", "names": {"ar": "آسيا الوسطى", "en": "Central Asia"}},
    {"slug": "kazakhstan", "names": {"ar": "كازاخستان", "en": "Kazakhstan"}},
    {"slug": "egypt", "names": {"ar": "مصر", "en": "Egypt"}},
    {"slug": "morocco", "names": {"ar": "المغرب", "en": "Morocco"}},
    {"slug": "brics", "names": {"ar": "بريكس", "en": "BRICS"}},
    {
        "slug": "sco",
        "names": {
            "ar": "منظمة شنغهاي للتعاون",
            "en": "Shanghai Cooperation Organisation",
        },
    },
    {
        "slug": "belt-and-road",
        "names": {"ar": "الحزام والطريق", "en": "Belt and Road"},
    },
    {
        "slug": "eurasian-economic-union",
        "names": {"ar": "الاتحاد الاقتصادي الأوراسي", "en": "Eurasian Economic Union"},
    },
    {
        "slug": "transport",
        "names": {"ar": "النقل والممرات", "en": "Transport corridors"},
    },
    {"slug": "energy", "names": {"ar": "الطاقة", "en": "Energy"}},
    {"slug": "climate", "names": {"ar": "المناخ", "en": "Climate"}},
    {"slug": "water", "names": {"ar": "المياه", "en": "Water"}},
    {
        "slug": "artificial-intelligence",
        "names": {"ar": "الذكاء الاصطناعي", "en": "Artificial intelligence"},
    },
    {"slug": "space", "names": {"ar": "الفضاء", "en": "Space"}},
    {
        "slug": "arabic-literature",
        "names": {"ar": "الأدب العربي", "en": "Arabic literature"},
    },
    {"slug": "football", "names": {"ar": "كرة القدم", "en": "Football"}},
]

PEOPLE = [
    {
        "slug": "xing-wentao",
        "names": {"ar": "شينغ ون تاو", "en": "XingWentao"},
        "role": "editor",
        "bios": {
            "ar": (
                "محرر في قسم العالم، يتابع شؤون الصين وآسيا الوسطى "
                "والعلاقات بين القوى الكبرى، ويشرف على التحليلات والملفات "
                "الخاصة."
            ),
            "en": (
                "Editor on the world desk, following China, Central Asia "
                "and relations between the major powers; oversees "
                "analysis and special reports."
            ),
        },
    },
    {
        "slug": "omar-khatib",
        "names": {"ar": "عمر الخطيب", "en": "Omar Khatib"},
        "role": "editor",
        "bios": {
            "ar": (
                "محرر أقسام الاقتصاد والثقافة والرياضة، عمل سنوات في "
                "الصحافة المطبوعة قبل انتقاله إلى التحرير الرقمي."
            ),
            "en": (
                "Editor of the economy, culture and sport pages; spent "
                "years in print journalism before moving to digital "
                "editing."
            ),
        },
    },
    {
        "slug": "layla-haddad",
        "names": {"ar": "ليلى حداد", "en": "Layla Haddad"},
        "role": "reporter",
        "bios": {
            "ar": (
                "مراسلة تغطي آسيا الوسطى والقوقاز، وتهتم بملفات النقل والطاقة والمياه."
            ),
            "en": (
                "Reporter covering Central Asia and the Caucasus, with a "
                "focus on transport, energy and water."
            ),
        },
    },
    {
        "slug": "nour-saleh",
        "names": {"ar": "نور صالح", "en": "Nour Saleh"},
        "role": "reporter",
        "bios": {
            "ar": (
                "صحفية علمية تكتب عن الفضاء والمناخ والذكاء الاصطناعي، "
                "درست الفيزياء قبل أن تتجه إلى الصحافة."
            ),
            "en": (
                "Science journalist writing about space, climate and "
                "artificial intelligence; studied physics before turning "
                "to journalism."
            ),
        },
    },
    {
        "slug": "hana-bakr",
        "names": {"ar": "هناء بكر", "en": "Hana Bakr"},
        "role": "reporter",
        "bios": {
            "ar": (
                "مراسلة ثقافية تتابع حركة النشر والترجمة والمعارض الفنية "
                "في العالم العربي."
            ),
            "en": (
                "Culture reporter following publishing, translation and "
                "art exhibitions across the Arab world."
            ),
        },
    },
    {
        "slug": "karim-mansour",
        "names": {"ar": "كريم منصور", "en": "Karim Mansour"},
        "role": "reporter",
        "bios": {
            "ar": (
                "صحفي رياضي يغطي كرة القدم العربية والرياضات الفردية، "
                "ويهتم بقصص الرياضة القاعدية."
            ),
            "en": (
                "Sports journalist covering Arab football and individual "
                "sports, with an eye for grassroots stories."
            ),
        },
    },
    {
        "slug": "salma-idrissi",
        "names": {"ar": "سلمى الإدريسي", "en": "Salma Idrissi"},
        "role": "translator",
        "bios": {
            "ar": (
                "مترجمة تنقل تقارير الموقع بين العربية والإنجليزية، وتعنى "
                "بدقة المصطلح وسلاسة الأسلوب."
            ),
            "en": (
                "Translator who carries the site's reporting between "
                "Arabic and English, with care for precise terms and "
                "natural style."
            ),
        },
    },
    {
        "slug": "yousef-amer",
        "names": {"ar": "يوسف عامر", "en": "Yousef Amer"},
        "role": "photographer",
        "bios": {
            "ar": (
                "مصور ومصمم بصري، يعدّ الصور والرسوم التوضيحية المرافقة "
                "للتقارير الميدانية."
            ),
            "en": (
                "Photographer and visual designer who prepares the "
                "pictures and illustrations that accompany field reports."
            ),
        },
    },
]

STORIES = [
    {
        "key": "china-russia-eurasia",
        "section": "world",
        "tags": [
            "china",
            "russia",
            "central-asia",
            "belt-and-road",
            "eurasian-economic-union",
            "sco",
            "brics",
            "transport",
        ],
        "authors": ["layla-haddad"],
        "editor": "xing-wentao",
        "hours_ago": 1,
        "palette": "desert",
        "versions": {
            "ar": {
                "title": (
                    "الصين وروسيا في قلب أوراسيا: شراكة تمتد من «الحزام "
                    "والطريق» إلى ممرات آسيا الوسطى"
                ),
                "summary": (
                    "تحليل يتتبع كيف تنسج بكين وموسكو شبكة من المؤسسات "
                    "والممرات البرية تمتد من منظمة شنغهاي للتعاون إلى مجموعة "
                    "بريكس الموسعة."
                ),
                "body": [
                    (
                        "حين أعلنت الصين وروسيا قبل أكثر من عقد عزمهما على "
                        "المواءمة بين مبادرة «الحزام والطريق» والاتحاد الاقتصادي "
                        "الأوراسي، بدا الإعلان لكثير من المراقبين صيغة دبلوماسية "
                        "عامة لا أكثر. غير أن السنوات التالية أظهرت أن البلدين "
                        "يبنيان، خطوة بعد خطوة، إطارًا عمليًا للتعاون يمتد من "
                        "الموانئ الجافة في كازاخستان إلى خطوط السكك الحديدية "
                        "العابرة لسيبيريا، ومن قاعات القمم إلى جداول الشحن "
                        "اليومية."
                    ),
                    (
                        "تقوم مبادرة «الحزام والطريق»، التي أطلقتها بكين عام "
                        "2013، على فكرة تبدو بسيطة في ظاهرها: ربط الصين بأسواق "
                        "آسيا وأوروبا وإفريقيا عبر شبكة من الطرق والسكك والموانئ "
                        "وخطوط الطاقة. أما الاتحاد الاقتصادي الأوراسي، الذي يضم "
                        "روسيا وكازاخستان وبيلاروس وأرمينيا وقيرغيزستان، فيسعى "
                        "إلى سوق موحدة للسلع والخدمات ورؤوس الأموال. والتقاء "
                        "المشروعين يعني أن البضائع المتجهة غربًا تعبر فضاءً "
                        "جمركيًا واحدًا بدلًا من حدود متعددة."
                    ),
                    (
                        "وعلى المستوى السياسي والأمني، تؤدي منظمة شنغهاي للتعاون "
                        "دور المنصة التي تلتقي فيها روسيا والصين مع دول آسيا "
                        "الوسطى وجيرانها. فقد تأسست المنظمة عام 2001 إطارًا لبناء "
                        "الثقة على الحدود، ثم اتسعت عضويتها لتشمل الهند وباكستان "
                        "وإيران وبيلاروس، وباتت تناقش ملفات تتجاوز الأمن إلى "
                        "الطاقة والنقل والتجارة الرقمية. ويرى دبلوماسيون في "
                        "المنطقة أن قيمتها تكمن في كونها مساحة للحوار المنتظم "
                        "أكثر من كونها تحالفًا ملزمًا."
                    ),
                    (
                        "أما مجموعة بريكس، فقد دخلت مرحلة جديدة مع توسعها الذي "
                        "بات يُعرف في الأدبيات الدولية باسم «BRICS +»، بعد انضمام "
                        "دول من الشرق الأوسط وإفريقيا وآسيا. وتنظر بكين وموسكو "
                        "إلى هذا التوسع بوصفه فرصة لتعزيز التسويات بالعملات "
                        "المحلية وتنويع مصادر التمويل التنموي، في حين تحرص دول "
                        "أعضاء أخرى على التأكيد أن المجموعة منتدى للتعاون "
                        "الاقتصادي، لا تكتل موجه ضد أحد."
                    ),
                    (
                        "ولا يمكن فصل هذا التقارب عن السياق الدولي الأوسع. "
                        "فالعاصمتان تتابعان عن كثب الترتيبات الأمنية الجديدة في "
                        "منطقة المحيطين الهندي والهادئ، ومنها اتفاق AUKUS بين "
                        "أستراليا وبريطانيا والولايات المتحدة، وتعبّران في "
                        "بياناتهما المشتركة عن تحفظهما على ما تصفانه بمنطق "
                        "التكتلات. في المقابل، ترى العواصم الغربية في تلك "
                        "الترتيبات إجراءات دفاعية مشروعة، وهو تباين في القراءات "
                        "يرسم ملامح نقاش دولي ما زال مفتوحًا."
                    ),
                    (
                        "وتقع آسيا الوسطى في قلب هذه المعادلة. فدول المنطقة "
                        "الخمس، من كازاخستان إلى تركمانستان، لا تريد أن تكون ساحة "
                        "تنافس بين القوى الكبرى، بل تنتهج ما يسميه مسؤولوها "
                        "«سياسة خارجية متعددة الاتجاهات». ولذلك ترحب بالاستثمارات "
                        "الصينية في البنية التحتية، وتحافظ على روابطها الاقتصادية "
                        "والثقافية العميقة بروسيا، وتنفتح في الوقت نفسه على "
                        "أوروبا وتركيا ودول الخليج العربي."
                    ),
                    (
                        "وتتجسد هذه السياسة في ممرات النقل. فإلى جانب الطريق "
                        "الشمالي الذي يمر عبر الأراضي الروسية نحو أوروبا، يكتسب "
                        "«الممر الأوسط» العابر لبحر قزوين والقوقاز أهمية متزايدة، "
                        "بينما يعد مشروع السكة الحديدية الذي يصل أوزبكستان "
                        "وقيرغيزستان بالصين بتقصير الطريق إلى جنوب آسيا والشرق "
                        "الأوسط. ويضاف إلى ذلك ممر الشمال والجنوب الذي يربط روسيا "
                        "بإيران والمحيط الهندي، فتغدو المنطقة عقدة تتقاطع فيها "
                        "الخطوط بدلًا من أن تكون طرفًا هامشيًا."
                    ),
                    (
                        "لكن الطريق ليس ممهدًا بالكامل. فاختلاف عرض السكك بين "
                        "الصين ودول الاتحاد السوفيتي السابق يفرض نقل الحاويات من "
                        "قطار إلى آخر عند الحدود، والإجراءات الجمركية ما زالت "
                        "تستهلك أيامًا في بعض المعابر، كما أن تقلبات أسعار الطاقة "
                        "والعقوبات المفروضة على روسيا تدفع الشركات إلى الحذر. "
                        "ويشير خبراء نقل إلى أن رقمنة الوثائق وتوحيد المعايير قد "
                        "يختصران زمن الرحلة أكثر مما تختصره الكيلومترات الإضافية "
                        "من القضبان."
                    ),
                    (
                        "في المحصلة، لا تبدو الشراكة الصينية الروسية في أوراسيا "
                        "تحالفًا تقليديًا بقدر ما هي شبكة من المصالح المتداخلة: "
                        "للصين أسواق وممرات آمنة نحو الغرب، ولروسيا شريك اقتصادي "
                        "كبير ومنافذ جديدة نحو الشرق، ولدول آسيا الوسطى هامش أوسع "
                        "للمناورة. ويبقى السؤال المطروح في العواصم المعنية: هل "
                        "تتحول هذه الشبكة إلى نظام إقليمي متماسك، أم تظل ترتيبات "
                        "مرنة تتكيف مع تقلبات السياسة الدولية؟"
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات البرتقالي والرملي، تتخلله بقع "
                    "ضبابية بنية وقشدية، وتتوسطه نجمة ثمانية الرؤوس بخطوط "
                    "متداخلة بلون القشدة، في إشارة إلى طرق القوافل والقطارات "
                    "عبر سهوب أوراسيا."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
            "en": {
                "title": (
                    "China and Russia at the heart of Eurasia: a partnership "
                    "stretching from the Belt and Road to Central Asia's "
                    "corridors"
                ),
                "summary": (
                    "An analysis of how Beijing and Moscow are weaving a web "
                    "of institutions and overland corridors that runs from "
                    "the Shanghai Cooperation Organisation to an enlarged "
                    "BRICS."
                ),
                "body": [
                    (
                        "When China and Russia announced more than a decade ago "
                        "that they intended to align the Belt and Road Initiative "
                        "with the Eurasian Economic Union, many observers read it "
                        "as little more than a diplomatic formula. The years that "
                        "followed showed that the two countries were building, "
                        "step by step, a working framework for cooperation that "
                        "reaches from the dry ports of Kazakhstan to the railways "
                        "across Siberia, and from summit halls to daily freight "
                        "timetables."
                    ),
                    (
                        "The Belt and Road Initiative, launched by Beijing in "
                        "2013, rests on an idea that looks simple on the surface: "
                        "connecting China to the markets of Asia, Europe and "
                        "Africa through a network of roads, railways, ports and "
                        "energy lines. The Eurasian Economic Union, which brings "
                        "together Russia, Kazakhstan, Belarus, Armenia and "
                        "Kyrgyzstan, aims at a single market for goods, services "
                        "and capital. Where the two projects meet, westbound "
                        "cargo crosses one customs area instead of several "
                        "borders."
                    ),
                    (
                        "On the political and security level, the Shanghai "
                        "Cooperation Organisation serves as the platform where "
                        "Russia and China meet the Central Asian states and their "
                        "neighbours. Founded in 2001 as a framework for building "
                        "confidence along borders, the organisation has since "
                        "admitted India, Pakistan, Iran and Belarus, and now "
                        "discusses issues that go beyond security to energy, "
                        "transport and digital trade. Diplomats in the region say "
                        "its value lies in being a forum for regular dialogue "
                        "rather than a binding alliance."
                    ),
                    (
                        "BRICS, for its part, has entered a new phase with the "
                        'enlargement now known in international usage as "BRICS '
                        '+", after countries from the Middle East, Africa and '
                        "Asia joined. Beijing and Moscow see the expansion as an "
                        "opportunity to expand settlements in local currencies "
                        "and to diversify sources of development finance, while "
                        "other members are keen to stress that the group is a "
                        "forum for economic cooperation, not a bloc aimed at "
                        "anyone."
                    ),
                    (
                        "This rapprochement cannot be separated from the wider "
                        "international context. Both capitals follow closely the "
                        "new security arrangements in the Indo-Pacific, among "
                        "them the AUKUS pact between Australia, Britain and the "
                        "United States, and their joint statements voice "
                        "reservations about what they call bloc politics. Western "
                        "capitals, for their part, regard those arrangements as "
                        "legitimate defensive measures, a difference of "
                        "interpretation that shapes an international debate that "
                        "remains open."
                    ),
                    (
                        "Central Asia sits at the heart of this equation. The "
                        "region's five states, from Kazakhstan to Turkmenistan, "
                        "do not want to become an arena for competition between "
                        "the major powers; instead they pursue what their "
                        'officials call a "multi-vector foreign policy". They '
                        "therefore welcome Chinese investment in infrastructure, "
                        "keep their deep economic and cultural ties with Russia, "
                        "and at the same time open up to Europe, Turkey and the "
                        "Arab states of the Gulf."
                    ),
                    (
                        "That policy takes shape in transport corridors. "
                        "Alongside the northern route across Russian territory to "
                        'Europe, the "Middle Corridor" across the Caspian Sea and '
                        "the Caucasus is gaining importance, while the railway "
                        "project linking Uzbekistan and Kyrgyzstan to China "
                        "promises a shorter route to South Asia and the Middle "
                        "East. Add the North–South corridor connecting Russia "
                        "with Iran and the Indian Ocean, and the region becomes a "
                        "junction where lines cross rather than a marginal "
                        "endpoint."
                    ),
                    (
                        "The road is not entirely smooth, however. The difference "
                        "in rail gauge between China and the former Soviet states "
                        "means containers must be moved from one train to another "
                        "at the border; customs procedures still take days at "
                        "some crossings; and volatile energy prices and the "
                        "sanctions imposed on Russia make companies cautious. "
                        "Transport experts point out that digitising documents "
                        "and harmonising standards could shorten journeys more "
                        "than additional kilometres of track."
                    ),
                    (
                        "In the end, the Chinese-Russian partnership in Eurasia "
                        "looks less like a traditional alliance than a web of "
                        "overlapping interests: for China, markets and secure "
                        "corridors to the west; for Russia, a large economic "
                        "partner and new outlets to the east; and for the Central "
                        "Asian states, more room to manoeuvre. The question being "
                        "asked in the capitals concerned remains: will this web "
                        "grow into a coherent regional order, or stay a set of "
                        "flexible arrangements that adapt to the shifts of "
                        "international politics?"
                    ),
                ],
                "caption": (
                    "An abstract illustration shading from orange to sand, "
                    "with blurred brown and cream patches and nested cream "
                    "outlines of an eight-pointed star, evoking caravan and "
                    "rail routes across the Eurasian steppe."
                ),
                "credit": "Illustration by akhbar",
            },
        },
    },
    {
        "key": "brics-cairo-forum",
        "section": "world",
        "tags": ["brics", "egypt", "china", "russia"],
        "authors": ["hana-bakr"],
        "editor": "xing-wentao",
        "hours_ago": 5,
        "palette": "steel",
        "versions": {
            "ar": {
                "title": (
                    "منتدى في القاهرة يناقش توسيع التسويات بالعملات المحلية "
                    "بين دول بريكس"
                ),
                "summary": (
                    "خبراء ومصرفيون من دول المجموعة يبحثون خفض كلفة التحويلات "
                    "وتمويل المشروعات بعملات الدول الأعضاء."
                ),
                "body": [
                    (
                        "اختُتمت في القاهرة أعمال منتدى بحثي جمع على مدى يومين "
                        "اقتصاديين ومصرفيين وأكاديميين من دول مجموعة بريكس، "
                        "ناقشوا خلاله سبل توسيع التسويات التجارية بالعملات "
                        "المحلية وتقليل كلفة التحويلات بين الدول الأعضاء. وانعقد "
                        "المنتدى بمبادرة من مراكز دراسات في عدد من دول المجموعة، "
                        "ولم يصدر عنه بيان رسمي ملزم."
                    ),
                    (
                        "وركزت الجلسات الأولى على تجارب قائمة بالفعل، إذ عرض "
                        "مشاركون من الصين وروسيا أرقامًا تشير إلى أن الجزء الأكبر "
                        "من التبادل التجاري بين البلدين بات يُسوّى باليوان "
                        "والروبل. ورأى متحدثون أن هذه التجربة تقدم دروسًا مفيدة، "
                        "لكنها لا تصلح للنقل كما هي إلى اقتصادات أصغر تعتمد على "
                        "صادرات محدودة التنوع."
                    ),
                    (
                        "وفي مداخلات الجانب المصري، جرى التشديد على أن انضمام مصر "
                        "إلى المجموعة يفتح الباب أمام شراكات في التمويل والبنية "
                        "التحتية، شرط أن يترافق ذلك مع استقرار سعر الصرف وتطوير "
                        "أنظمة الدفع. وأشار باحث اقتصادي إلى أن أي آلية جديدة "
                        "ينبغي أن تكون «مكملة للنظام المالي القائم، لا بديلًا "
                        "متسرعًا عنه»."
                    ),
                    (
                        "كما ناقش المنتدى دور بنك التنمية الجديد، الذي أسسته دول "
                        "المجموعة، في تمويل مشروعات الطاقة المتجددة والمياه "
                        "والنقل، وإمكان زيادة حصة القروض المقدمة بالعملات المحلية "
                        "لتقليل مخاطر تقلب أسعار الصرف على الدول المقترضة. واقترح "
                        "مشاركون إنشاء قاعدة بيانات مشتركة للمشروعات تسهّل على "
                        "المستثمرين المقارنة بين الفرص المتاحة."
                    ),
                    (
                        "ويرى مراقبون أن مثل هذه اللقاءات البحثية كثيرًا ما تسبق "
                        "النقاشات الحكومية وتمهد لها، غير أن الطريق من التوصيات "
                        "إلى السياسات يظل طويلًا، لا سيما مع تنوع المصالح داخل "
                        "مجموعة تضم اليوم اقتصادات متباينة في حجمها وأولوياتها. "
                        "ومن المنتظر أن تُرفع خلاصات المنتدى إلى الجهات المعنية "
                        "في الدول المشاركة خلال الأشهر المقبلة."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات الرمادي الداكن والأزرق "
                    "الرمادي، تتخلله بقع ضبابية بيضاء وحمراء، وتتوسطه نجمة "
                    "ثمانية الرؤوس بخطوط حمراء متداخلة، في إشارة إلى شبكات "
                    "الدفع بين اقتصادات متباعدة."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
            "en": {
                "title": (
                    "Cairo forum discusses wider use of local currencies "
                    "among BRICS countries"
                ),
                "summary": (
                    "Experts and bankers from the group's member states "
                    "looked at ways to cut the cost of transfers and to "
                    "finance projects in members' own currencies."
                ),
                "body": [
                    (
                        "A two-day research forum in Cairo brought together "
                        "economists, bankers and academics from the BRICS "
                        "countries to discuss how to expand trade settlements in "
                        "local currencies and lower the cost of transfers between "
                        "member states. The forum was convened on the initiative "
                        "of think tanks in several member countries and issued no "
                        "binding official statement."
                    ),
                    (
                        "The opening sessions focused on arrangements already in "
                        "place. Participants from China and Russia presented "
                        "figures indicating that most trade between the two "
                        "countries is now settled in yuan and roubles. Speakers "
                        "said the experience offered useful lessons but could not "
                        "simply be transplanted to smaller economies that depend "
                        "on a narrow range of exports."
                    ),
                    (
                        "Egyptian contributors stressed that Egypt's membership "
                        "of the group opens the door to partnerships in finance "
                        "and infrastructure, provided it goes hand in hand with a "
                        "stable exchange rate and better payment systems. One "
                        "economic researcher said any new mechanism should "
                        '"complement the existing financial system, not be a '
                        'hasty substitute for it".'
                    ),
                    (
                        "The forum also discussed the role of the New Development "
                        "Bank, set up by the group's members, in financing "
                        "renewable energy, water and transport projects, and "
                        "whether a larger share of its loans could be made in "
                        "local currencies to shield borrowing countries from "
                        "exchange-rate swings. Some participants proposed a "
                        "shared project database to make it easier for investors "
                        "to compare opportunities."
                    ),
                    (
                        "Observers say research meetings of this kind often "
                        "precede, and prepare the ground for, talks between "
                        "governments, but the road from recommendations to policy "
                        "remains long, especially given the range of interests "
                        "within a group whose economies now differ widely in size "
                        "and priorities. The forum's conclusions are expected to "
                        "be passed to the relevant authorities in the "
                        "participating countries in the coming months."
                    ),
                ],
                "caption": (
                    "An abstract illustration shading from dark slate to "
                    "blue-grey, with blurred white and red patches and nested "
                    "red outlines of an eight-pointed star, evoking payment "
                    "networks linking distant economies."
                ),
                "credit": "Illustration by akhbar",
            },
        },
    },
    {
        "key": "central-asia-rivers",
        "section": "world",
        "tags": ["central-asia", "kazakhstan", "water", "climate"],
        "authors": ["layla-haddad"],
        "editor": "xing-wentao",
        "hours_ago": 20,
        "palette": "sea",
        "versions": {
            "ar": {
                "title": (
                    "دول آسيا الوسطى تبحث إدارة مشتركة لمياه الأنهار مع تراجع "
                    "الأنهار الجليدية"
                ),
                "summary": (
                    "اجتماع فني في ألماتي يناقش تقاسم مياه أمو داريا وسير "
                    "داريا وتبادل بيانات التدفق في الوقت الحقيقي."
                ),
                "body": [
                    (
                        "بدأت في مدينة ألماتي الكازاخستانية أعمال اجتماع إقليمي "
                        "يضم خبراء مياه ومسؤولين فنيين من دول آسيا الوسطى الخمس، "
                        "لبحث آليات مشتركة لإدارة مياه نهري أمو داريا وسير داريا، "
                        "في ظل تراجع متسارع للأنهار الجليدية التي تغذيهما في جبال "
                        "تيان شان وبامير."
                    ),
                    (
                        "ويقول المشاركون إن المعادلة التقليدية في المنطقة باتت "
                        "تحت ضغط متزايد: فدول المنبع، مثل قيرغيزستان وطاجيكستان، "
                        "تحتاج إلى المياه شتاءً لتوليد الكهرباء، بينما تحتاج "
                        "إليها دول المصب، مثل أوزبكستان وتركمانستان وكازاخستان، "
                        "صيفًا لري حقول القطن والقمح. ومع ارتفاع درجات الحرارة، "
                        "يتقدم موعد ذوبان الثلوج ويتغير توزيع التدفقات على مدار "
                        "العام."
                    ),
                    (
                        "وعرض فريق من الباحثين نموذجًا رقميًا يتنبأ بتدفقات "
                        "الأنهار اعتمادًا على صور الأقمار الاصطناعية وبيانات "
                        "محطات الرصد، مؤكدًا أن تبادل البيانات في الوقت الحقيقي "
                        "قد يجنّب المنطقة خسائر كبيرة في مواسم الجفاف. غير أن بعض "
                        "الوفود أبدت تحفظًا على مشاركة بيانات تعدّها ذات طابع "
                        "سيادي."
                    ),
                    (
                        "ولا يغيب عن النقاش إرث بحر آرال، الذي انكمش على مدى عقود "
                        "بسبب التوسع في الري، وتحول جزء كبير من قاعه إلى صحراء "
                        "ملحية تثير العواصف الترابية. ويرى خبراء أن إنقاذ ما تبقى "
                        "منه يتطلب تحسين كفاءة قنوات الري التي تفقد نسبة كبيرة من "
                        "المياه قبل وصولها إلى الحقول."
                    ),
                    (
                        "ومن المقرر أن يخرج الاجتماع بمسودة توصيات تُعرض على "
                        "الحكومات، تتضمن إنشاء منصة مشتركة للبيانات وبرنامجًا "
                        "لتأهيل شبكات الري. ويأمل المنظمون أن تشكل هذه الخطوات "
                        "أساسًا لتعاون أوسع، في منطقة يرتبط فيها الأمن المائي "
                        "ارتباطًا مباشرًا بالأمن الغذائي واستقرار الأرياف."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات الأزرق الداكن والسماوي، تتخلله "
                    "بقع ضبابية خضراء وبيضاء، وتتوسطه نجمة ثمانية الرؤوس "
                    "بخطوط بيضاء متداخلة، في إشارة إلى الأنهار التي تنحدر من "
                    "جبال آسيا الوسطى."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
        },
    },
    {
        "key": "middle-corridor-freight",
        "section": "economy",
        "tags": ["transport", "central-asia", "kazakhstan", "china", "belt-and-road"],
        "authors": ["layla-haddad"],
        "editor": "omar-khatib",
        "hours_ago": 9,
        "palette": "steel",
        "versions": {
            "ar": {
                "title": (
                    "حركة الشحن عبر «الممر الأوسط» ترتفع 15% مع تحسن الخدمات "
                    "في موانئ قزوين"
                ),
                "summary": (
                    "تقديرات شركات لوجستية تشير إلى تزايد اعتماد المصدّرين "
                    "على الطريق العابر لبحر قزوين بين الصين وأوروبا."
                ),
                "body": [
                    (
                        "سجلت حركة الحاويات عبر طريق النقل الدولي العابر لبحر "
                        "قزوين، المعروف باسم «الممر الأوسط»، ارتفاعًا بنحو 15% "
                        "خلال الربع الأول من عام 2026 مقارنة بالفترة نفسها من "
                        "العام الماضي، وفق تقديرات شركات لوجستية عاملة على الخط، "
                        "في مؤشر على تزايد اهتمام المصدّرين بطرق بديلة بين الصين "
                        "وأوروبا."
                    ),
                    (
                        "ويبدأ الممر من المحطات الحدودية بين الصين وكازاخستان، ثم "
                        "يعبر السهوب الكازاخستانية إلى ميناء أكتاو على بحر قزوين، "
                        "حيث تُنقل الحاويات بحرًا إلى أذربيجان، قبل أن تواصل "
                        "طريقها عبر جورجيا وتركيا نحو الأسواق الأوروبية. وتقول "
                        "الشركات إن زمن الرحلة تراجع في بعض الشحنات إلى أقل من "
                        "عشرين يومًا بعد أن كان يتجاوز الشهر."
                    ),
                    (
                        "ويعزو مشغلون هذا التحسن إلى توسعة أرصفة الموانئ وزيادة "
                        "عدد العبّارات، فضلًا عن تطبيق نظام إلكتروني موحد للوثائق "
                        "الجمركية يسمح بإنجاز الإجراءات قبل وصول البضائع. وقال "
                        "مدير عمليات في شركة شحن إقليمية إن «المشكلة لم تعد في "
                        "المسافة، بل في عدد المرات التي تُفتح فيها الحاوية "
                        "وتُغلق»."
                    ),
                    (
                        "في المقابل، ما زالت قدرة الممر محدودة قياسًا بالطريق "
                        "الشمالي عبر روسيا أو بالنقل البحري عبر قناة السويس، إذ "
                        "لا تمثل الكميات المنقولة عبره سوى جزء صغير من التجارة "
                        "بين الصين والاتحاد الأوروبي. كما أن الأحوال الجوية في "
                        "بحر قزوين قد تؤخر العبّارات أيامًا في فصل الشتاء."
                    ),
                    (
                        "وتخطط دول الممر لاستثمارات إضافية في السكك الحديدية "
                        "والموانئ خلال السنوات المقبلة، ضمن مشروعات يندرج بعضها "
                        "في إطار مبادرة «الحزام والطريق». ويرى محللون أن نجاح "
                        "الممر سيتوقف على قدرة هذه الدول على تنسيق التعرفات "
                        "والجداول الزمنية، وتحويل الطريق من خيار احتياطي إلى خط "
                        "منتظم يعتمد عليه المصدّرون."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات الرمادي الداكن والأزرق "
                    "الرمادي، تتخلله بقع ضبابية بيضاء وحمراء، وتتوسطه نجمة "
                    "ثمانية الرؤوس بخطوط حمراء متداخلة، في إشارة إلى حركة "
                    "الحاويات بين الصين وأوروبا."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
            "en": {
                "title": (
                    'Freight on the "Middle Corridor" rises 15% as Caspian '
                    "ports improve their services"
                ),
                "summary": (
                    "Estimates from logistics companies suggest exporters are "
                    "relying more on the trans-Caspian route between China "
                    "and Europe."
                ),
                "body": [
                    (
                        "Container traffic on the Trans-Caspian International "
                        'Transport Route, known as the "Middle Corridor", rose by '
                        "about 15% in the first quarter of 2026 compared with the "
                        "same period last year, according to estimates by "
                        "logistics companies operating on the line, a sign of "
                        "exporters' growing interest in alternative routes "
                        "between China and Europe."
                    ),
                    (
                        "The corridor starts at the border terminals between "
                        "China and Kazakhstan, then crosses the Kazakh steppe to "
                        "the port of Aktau on the Caspian Sea, where containers "
                        "are shipped to Azerbaijan before continuing through "
                        "Georgia and Turkey to European markets. Companies say "
                        "transit times for some shipments have fallen to under "
                        "twenty days, from more than a month."
                    ),
                    (
                        "Operators attribute the improvement to expanded port "
                        "berths and more ferries, as well as a single electronic "
                        "system for customs documents that lets formalities be "
                        "completed before the goods arrive. An operations manager "
                        'at a regional shipping company said that "the problem is '
                        "no longer the distance, but how many times the container "
                        'is opened and closed".'
                    ),
                    (
                        "Even so, the corridor's capacity remains limited "
                        "compared with the northern route through Russia or with "
                        "sea freight through the Suez Canal, and the volumes it "
                        "carries are only a small part of trade between China and "
                        "the European Union. Weather on the Caspian can also hold "
                        "up ferries for days in winter."
                    ),
                    (
                        "The corridor countries plan further investment in "
                        "railways and ports over the coming years, some of it "
                        "within the framework of the Belt and Road Initiative. "
                        "Analysts say the corridor's success will depend on "
                        "whether these states can coordinate tariffs and "
                        "timetables and turn the route from a fallback option "
                        "into a regular line that exporters can rely on."
                    ),
                ],
                "caption": (
                    "An abstract illustration shading from dark slate to "
                    "blue-grey, with blurred white and red patches and nested "
                    "red outlines of an eight-pointed star, evoking container "
                    "traffic between China and Europe."
                ),
                "credit": "Illustration by akhbar",
            },
        },
    },
    {
        "key": "morocco-solar-hydrogen",
        "section": "economy",
        "tags": ["morocco", "energy", "climate", "water"],
        "authors": ["nour-saleh"],
        "editor": "omar-khatib",
        "hours_ago": 36,
        "palette": "desert",
        "versions": {
            "ar": {
                "title": "المغرب يوسّع رهانه على الطاقة الشمسية والهيدروجين الأخضر",
                "summary": (
                    "مشروعات جديدة في الجنوب تسعى إلى رفع حصة المصادر "
                    "المتجددة، وسط أسئلة عن التخزين والمياه والوظائف."
                ),
                "body": [
                    (
                        "تتسارع في جنوب المغرب أعمال تجهيز مواقع جديدة لمحطات "
                        "الطاقة الشمسية وطاقة الرياح، في إطار توجه رسمي معلن لرفع "
                        "حصة المصادر المتجددة في مزيج الكهرباء وتقليص الاعتماد "
                        "على الوقود المستورد. وتستفيد المملكة من ساعات سطوع شمسي "
                        "طويلة ورياح أطلسية منتظمة تجعلها من أكثر دول المنطقة "
                        "ملاءمة لهذا النوع من الاستثمارات."
                    ),
                    (
                        "ويُعد مجمع «نور» قرب ورزازات، الذي يجمع بين الألواح "
                        "الكهروضوئية وتقنية الطاقة الشمسية المركزة، نموذجًا تستند "
                        "إليه المشروعات الجديدة. ويقول مهندسون عاملون في القطاع "
                        "إن خفض كلفة التخزين بات التحدي الأبرز، لأن الطلب على "
                        "الكهرباء يبلغ ذروته في ساعات المساء، أي بعد غروب الشمس."
                    ),
                    (
                        "وإلى جانب الكهرباء، يتزايد الحديث عن الهيدروجين الأخضر، "
                        "الذي يُنتج بتحليل الماء بالكهرباء النظيفة، بوصفه فرصة "
                        "لتصدير الطاقة إلى أوروبا وتزويد صناعة الأسمدة المحلية "
                        "بمدخلات منخفضة الانبعاثات. غير أن خبراء يحذرون من أن هذه "
                        "الصناعة تحتاج إلى كميات كبيرة من المياه، وهو ما يفرض "
                        "الاعتماد على محطات تحلية في بلد يعاني أصلًا إجهادًا "
                        "مائيًا."
                    ),
                    (
                        "ويرى اقتصاديون أن نجاح هذا التحول سيقاس بقدرته على خلق "
                        "وظائف محلية وتطوير صناعات مساندة، لا بحجم القدرة "
                        "المركّبة وحدها. ولذلك تدعو جامعات ومراكز تدريب إلى برامج "
                        "تأهيل تقني تُعدّ جيلًا من الفنيين القادرين على تشغيل هذه "
                        "المحطات وصيانتها، في المناطق التي تقام فيها."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات البرتقالي والرملي، تتخلله بقع "
                    "ضبابية بنية وقشدية، وتتوسطه نجمة ثمانية الرؤوس بخطوط "
                    "متداخلة بلون القشدة، في إشارة إلى شمس الجنوب المغربي "
                    "ومحطاتها."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
        },
    },
    {
        "key": "coffee-prices-cafes",
        "section": "economy",
        "tags": ["climate", "egypt"],
        "authors": ["hana-bakr"],
        "editor": "omar-khatib",
        "hours_ago": 60,
        "palette": "rose",
        "versions": {
            "ar": {
                "title": "ارتفاع أسعار البن عالميًا يضغط على المقاهي في المدن العربية",
                "summary": (
                    "الجفاف في مناطق الإنتاج وكلفة الشحن يرفعان سعر فنجان "
                    "القهوة من القاهرة إلى عمّان."
                ),
                "body": [
                    (
                        "يواجه أصحاب المقاهي في عدد من المدن العربية موجة جديدة "
                        "من ارتفاع أسعار البن، بعد أن أدت موجات الجفاف والحر في "
                        "مناطق الإنتاج الرئيسية إلى تراجع المحاصيل وارتفاع "
                        "الأسعار في الأسواق الدولية. ويقول تجار جملة في القاهرة "
                        "وعمّان إن كلفة الكيلوغرام من البن الأخضر زادت بأكثر من "
                        "الثلث خلال عام واحد."
                    ),
                    (
                        "وفي حي شعبي وسط القاهرة، يروي صاحب مقهى يعمل منذ ثلاثين "
                        "عامًا أنه اضطر إلى رفع سعر فنجان القهوة مرتين في غضون "
                        "أشهر، مضيفًا أن «الزبون يتفهم، لكنه يحسب كل قرش». ويلجأ "
                        "بعض المقاهي إلى خلطات أرخص، أو إلى تصغير حجم الفنجان "
                        "بدلًا من رفع السعر."
                    ),
                    (
                        "ويرجع خبراء في السلع الزراعية هذا الارتفاع إلى عوامل "
                        "متداخلة، أبرزها تقلبات المناخ في البرازيل وفيتنام، وهما "
                        "أكبر منتجين للبن في العالم، إلى جانب ارتفاع كلفة الشحن "
                        "والأسمدة، وتراجع قيمة عدد من العملات المحلية أمام "
                        "الدولار، ما يضاعف أثر أي زيادة في الأسعار العالمية على "
                        "المستهلك."
                    ),
                    (
                        "وتبقى القهوة في المنطقة العربية أكثر من مجرد مشروب، فهي "
                        "جزء من طقوس الضيافة والمناسبات الاجتماعية، من القهوة "
                        "العربية بالهيل في الخليج إلى القهوة التركية في بلاد "
                        "الشام ومصر. ولذلك يتوقع تجار أن يتكيف المستهلكون بتقليل "
                        "الكميات لا بالتخلي عنها، في انتظار موسم حصاد أفضل قد "
                        "يعيد الأسعار إلى مستويات أكثر اعتدالًا."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي يتدرج من العنابي إلى الوردي، تتخلله "
                    "بقع ضبابية وردية فاتحة وبنية، وتتوسطه نجمة ثمانية الرؤوس "
                    "بخطوط بنية متداخلة، في إشارة إلى دفء المقاهي وفناجين "
                    "القهوة."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
        },
    },
    {
        "key": "arabic-novel-translations",
        "section": "culture",
        "tags": ["arabic-literature", "china", "russia"],
        "authors": ["hana-bakr"],
        "editor": "omar-khatib",
        "hours_ago": 14,
        "palette": "rose",
        "versions": {
            "ar": {
                "title": "الرواية العربية تجد قرّاءً جددًا في الصين وروسيا",
                "summary": (
                    "حركة ترجمة نشطة تنقل أعمالًا عربية معاصرة إلى الصينية "
                    "والروسية، ومطالب بحركة معاكسة أوسع."
                ),
                "body": [
                    (
                        "تشهد حركة ترجمة الأدب العربي إلى اللغتين الصينية "
                        "والروسية نشاطًا لافتًا في السنوات الأخيرة، مع صدور "
                        "عناوين جديدة لروائيين وشعراء من المشرق والمغرب العربيين، "
                        "وتنامي عدد الأقسام الجامعية التي تدرّس اللغة العربية "
                        "وآدابها في البلدين، وإقبال دور نشر خاصة على هذا الحقل "
                        "بعد أن ظل طويلًا حكرًا على المؤسسات الرسمية."
                    ),
                    (
                        "ولم تكن العلاقة بين الأدب العربي والقارئ الروسي جديدة، "
                        "فقد عرفت موسكو وسانت بطرسبورغ مدارس عريقة في الاستشراق "
                        "ترجمت «ألف ليلة وليلة» وأعمال عدد من رواد النهضة. أما في "
                        "الصين، فقد ظلت الترجمة لعقود محصورة في عدد محدود من "
                        "الأعمال الكلاسيكية، قبل أن تتسع لتشمل الرواية العربية "
                        "المعاصرة."
                    ),
                    (
                        "ويقول مترجمون إن التحدي الأكبر لا يكمن في نقل المفردات، "
                        "بل في نقل الإيقاع والإحالات الثقافية، كالأمثال الشعبية "
                        "والأشعار التي تتخلل النص. وتوضح مترجمة تعمل بين العربية "
                        "والصينية أنها تضيف أحيانًا هوامش قصيرة «حتى لا يضيع "
                        "القارئ، من دون أن أثقل عليه»، مؤكدة أن الهامش الجيد يفتح "
                        "نافذة ولا يغلق الباب."
                    ),
                    (
                        "وتؤدي معارض الكتب دورًا مهمًا في هذا التبادل، إذ تشارك "
                        "دور نشر عربية في معارض بكين وموسكو، وتحل دول عربية ضيفة "
                        "شرف على بعضها. كما تسهم برامج دعم الترجمة التي تمولها "
                        "مؤسسات ثقافية عربية في تخفيف الأعباء المالية عن الناشرين "
                        "الأجانب، وتشجعهم على المغامرة بأسماء غير معروفة "
                        "لجمهورهم."
                    ),
                    (
                        "في المقابل، يطالب كتّاب عرب بحركة معاكسة أوسع تعرّف "
                        "القارئ العربي بالأدب الصيني والروسي المعاصر، لا "
                        "بالكلاسيكيات وحدها. ويرون أن الحوار الثقافي الحقيقي "
                        "يتطلب أن يسير الكتاب في الاتجاهين، وأن تُنقل الأعمال "
                        "مباشرة من لغتها الأصلية بدلًا من المرور عبر لغة وسيطة "
                        "تُفقدها شيئًا من روحها."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي يتدرج من العنابي إلى الوردي، تتخلله "
                    "بقع ضبابية وردية فاتحة وبنية، وتتوسطه نجمة ثمانية الرؤوس "
                    "بخطوط بنية متداخلة، في إشارة إلى صفحات الكتب وهي تعبر من "
                    "لغة إلى أخرى."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
        },
    },
    {
        "key": "poetry-manuscripts-tashkeel",
        "section": "culture",
        "tags": ["arabic-literature", "artificial-intelligence"],
        "authors": ["hana-bakr"],
        "editor": "omar-khatib",
        "hours_ago": 48,
        "palette": "night",
        "versions": {
            "ar": {
                "title": (
                    "مشروع لرقمنة دواوين الشعر العربي يحافظ على التَّشْكِيل "
                    "كما ورد في المخطوطات"
                ),
                "summary": (
                    "باحثون في اللغة وعلوم الحاسوب يعملون على منصة مفتوحة "
                    "تتيح البحث في الدواوين القديمة بالكلمة والجذر والبحر."
                ),
                "body": [
                    (
                        "أطلق فريق من الباحثين في اللغة العربية وعلوم الحاسوب "
                        "مشروعًا لرقمنة مئات الدواوين الشعرية المخطوطة، يهدف إلى "
                        "إتاحتها للقراء والدارسين على الإنترنت مع الحفاظ على "
                        "علامات التَّشْكِيل كما وردت في النسخ الأصلية، وهو جانب "
                        "كثيرًا ما تهمله برامج التعرف الآلي على النصوص."
                    ),
                    (
                        "ويشرح القائمون على المشروع أن الحركات في الشعر ليست "
                        "تفصيلًا شكليًا، فكلمات مثل «عَلِمَ» و«عُلِّمَ» و«عِلْم» "
                        "تُكتب بالحروف نفسها، لكن الحركات تغيّر المعنى والوزن "
                        "معًا. ولذلك يراجع محققون متخصصون كل صفحة بعد معالجتها "
                        "آليًا، ويقارنون بين النسخ المختلفة للديوان الواحد حين "
                        "تتوافر."
                    ),
                    (
                        "ويستند الفريق إلى المقولة المتوارثة «الشِّعْرُ دِيوانُ "
                        "العَرَب»، معتبرًا أن هذه الدواوين تحفظ جانبًا من تاريخ "
                        "اللغة وتطور نطقها واختلاف رواياتها بين المدن والقبائل. "
                        "وتضم المرحلة الأولى مخطوطات تمتد من القرون الهجرية "
                        "الأولى إلى العصر العثماني، محفوظة في مكتبات عامة وخاصة."
                    ),
                    (
                        "وتتيح المنصة المنتظرة البحث في النصوص بالكلمة والجذر "
                        "والبحر الشعري، مع إمكان إظهار التشكيل أو إخفائه بحسب "
                        "حاجة القارئ. ويأمل الباحثون أن تفيد منها المدارس "
                        "والجامعات، وأن تساعد على تدريب نماذج حاسوبية أدق في "
                        "قراءة العربية المشكولة، وهي مهمة ما زالت تربك كثيرًا من "
                        "البرامج."
                    ),
                    (
                        "ويواجه المشروع تحديات تتعلق بحالة بعض المخطوطات وصعوبة "
                        "قراءة خطوطها، إضافة إلى مسائل حقوق النشر للنسخ المحققة "
                        "حديثًا. لكن المنسقين يؤكدون أن الهدف الأبعد هو أن يصبح "
                        "هذا التراث في متناول كل من يقرأ العربية، أينما كان، وأن "
                        "يبقى متاحًا للأجيال المقبلة."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي يتدرج من الأزرق الليلي إلى الكهرماني، "
                    "تتخلله بقع ضبابية رمادية فاتحة وزرقاء، وتتوسطه نجمة "
                    "ثمانية الرؤوس بخطوط زرقاء متداخلة، في إشارة إلى سهر "
                    "النسّاخ على المخطوطات."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
            "en": {
                "title": (
                    "Project to digitise Arabic poetry collections keeps the "
                    "vowel marks as the manuscripts have them"
                ),
                "summary": (
                    "Researchers in language and computer science are "
                    "building an open platform for searching old collections "
                    "by word, root and metre."
                ),
                "body": [
                    (
                        "A team of researchers in Arabic language and computer "
                        "science has launched a project to digitise hundreds of "
                        "manuscript collections of poetry, making them available "
                        "online to readers and scholars while keeping the vowel "
                        "marks, known as tashkeel, exactly as they appear in the "
                        "original copies, something that text-recognition "
                        "software often leaves out."
                    ),
                    (
                        "The project's organisers explain that vowel marks in "
                        'poetry are not a cosmetic detail: words such as "alima" '
                        '(he knew), "ullima" (he was taught) and "ilm" '
                        "(knowledge) are written with the same letters, but the "
                        "marks change both meaning and metre. Specialist editors "
                        "therefore review every page after it has been processed "
                        "automatically, and compare different copies of the same "
                        "collection where they exist."
                    ),
                    (
                        "The team takes its cue from the traditional saying that "
                        '"poetry is the register of the Arabs", arguing that '
                        "these collections preserve part of the history of the "
                        "language, of how its pronunciation evolved and of how "
                        "readings differed between cities and tribes. The first "
                        "phase covers manuscripts from the early centuries of the "
                        "Islamic calendar to the Ottoman period, held in public "
                        "and private libraries."
                    ),
                    (
                        "The planned platform will allow searches by word, root "
                        "and poetic metre, with the option to show or hide the "
                        "vowel marks as the reader prefers. The researchers hope "
                        "schools and universities will use it, and that it will "
                        "help train computer models that read vowelled Arabic "
                        "more accurately, a task that still trips up many "
                        "programs."
                    ),
                    (
                        "The project faces challenges arising from the condition "
                        "of some manuscripts and the difficulty of reading their "
                        "scripts, as well as copyright questions over recently "
                        "edited versions. But its coordinators say the ultimate "
                        "aim is to put this heritage within reach of everyone who "
                        "reads Arabic, wherever they are, and to keep it "
                        "available for generations to come."
                    ),
                ],
                "caption": (
                    "An abstract illustration shading from midnight blue to "
                    "amber, with blurred light-grey and blue patches and "
                    "nested blue outlines of an eight-pointed star, evoking "
                    "copyists working late over manuscripts."
                ),
                "credit": "Illustration by akhbar",
            },
        },
    },
    {
        "key": "muscat-ceramics-exhibition",
        "section": "culture",
        "tags": ["china", "belt-and-road"],
        "authors": ["hana-bakr", "yousef-amer"],
        "editor": "omar-khatib",
        "hours_ago": 96,
        "palette": "sea",
        "versions": {
            "ar": {
                "title": "معرض في مسقط يروي رحلة الخزف الصيني إلى موانئ العرب",
                "summary": (
                    "قطع خزفية وخرائط بحرية ونماذج سفن تستعيد قرونًا من "
                    "التبادل بين الصين وسواحل الخليج والمحيط الهندي."
                ),
                "body": [
                    (
                        "يستضيف أحد المعارض الفنية في العاصمة العمانية مسقط "
                        "مجموعة من القطع الخزفية والأواني الفخارية التي تروي قصة "
                        "التبادل التجاري والثقافي بين الصين وموانئ الخليج العربي "
                        "والمحيط الهندي عبر قرون، من عصر أسرة تانغ إلى القرن "
                        "السابع عشر الميلادي، ويسلط الضوء على دور هذه الموانئ في "
                        "نقل السلع والأفكار والفنون معًا."
                    ),
                    (
                        "وتتوزع المعروضات بين أطباق من الخزف الأزرق والأبيض عُثر "
                        "على أمثالها في مواقع أثرية على السواحل العربية، وجرار "
                        "كانت تُستخدم لنقل الزيوت والتوابل، إضافة إلى خرائط بحرية "
                        "ونماذج لسفن خشبية تقليدية كانت تعبر المحيط مستفيدة من "
                        "الرياح الموسمية ذهابًا وإيابًا."
                    ),
                    (
                        "ويبرز المعرض كيف تأثر الخزّافون في الجانبين بعضهم ببعض، "
                        "إذ استُخدم الكوبالت المستورد من بلاد فارس في تلوين الخزف "
                        "الصيني، بينما قلّد صنّاع محليون في المنطقة العربية زخارف "
                        "الخزف الصيني ونقوشه، وأضافوا إليها كتابات بالخط العربي "
                        "وأنماطًا هندسية مستوحاة من فنون العمارة الإسلامية."
                    ),
                    (
                        "ويقول القائمون على المعرض إنهم أرادوا تقديم «طريق الحرير "
                        "البحري» بوصفه حكاية بشر قبل أن يكون حكاية بضائع: بحارة "
                        "وتجار وحرفيون ومترجمون عاشوا بين الموانئ وتعلموا لغات "
                        "بعضهم. ويستمر المعرض حتى نهاية الموسم الثقافي، مع برنامج "
                        "من المحاضرات وورش العمل المخصصة للأطفال والعائلات."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات الأزرق الداكن والسماوي، تتخلله "
                    "بقع ضبابية خضراء وبيضاء، وتتوسطه نجمة ثمانية الرؤوس "
                    "بخطوط بيضاء متداخلة، في إشارة إلى زرقة الخزف وطرق البحر."
                ),
                "credit": "رسم توضيحي: يوسف عامر / أخبار",
            },
        },
    },
    {
        "key": "arabic-ai-dialects",
        "section": "science",
        "tags": ["artificial-intelligence", "morocco", "egypt"],
        "authors": ["nour-saleh"],
        "editor": "xing-wentao",
        "hours_ago": 3,
        "palette": "night",
        "versions": {
            "ar": {
                "title": "نماذج الذكاء الاصطناعي ما زالت تتعثر أمام اللهجات العربية",
                "summary": (
                    "دراسة جامعية تجد فجوة واسعة بين أداء النماذج اللغوية في "
                    "الفصحى وأدائها في اللهجات المحلية."
                ),
                "body": [
                    (
                        "كشفت دراسة أعدها فريق من الباحثين في عدد من الجامعات "
                        "العربية أن نماذج الذكاء الاصطناعي اللغوية الكبيرة تحقق "
                        "أداءً جيدًا في فهم العربية الفصحى، لكنها تتراجع بشكل "
                        "واضح حين تُختبر على نصوص مكتوبة باللهجات المحلية، ولا "
                        "سيما المغاربية والسودانية والخليجية."
                    ),
                    (
                        "واعتمد الباحثون على مجموعة اختبار تضم آلاف الجمل "
                        "المأخوذة من منشورات عامة ورسائل خدمة العملاء، بعد حذف أي "
                        "بيانات شخصية منها. وطُلب من النماذج تلخيص النصوص "
                        "وتصنيفها والإجابة عن أسئلة حولها، ثم قورنت إجاباتها "
                        "بتقييمات مراجعين من متحدثي كل لهجة."
                    ),
                    (
                        "وتُظهر النتائج أن الفجوة بين الفصحى واللهجات قد تتجاوز "
                        "في بعض المهام 30 نقطة مئوية. ويعزو الباحثون ذلك إلى ندرة "
                        "النصوص المكتوبة باللهجات في بيانات التدريب، وإلى تعدد "
                        "طرق كتابتها، إذ يكتب كثير من المستخدمين بالحروف "
                        "اللاتينية والأرقام فيما يُعرف بـ«العربيزي»."
                    ),
                    (
                        "ويقترح الفريق بناء مدونات نصية مفتوحة لكل لهجة، تُجمع "
                        "بموافقة أصحابها وتُوثّق مصادرها، إلى جانب معايير تقييم "
                        "موحدة تتيح المقارنة بين النماذج. ويرى أن الجامعات "
                        "ومؤسسات الإعلام العربية قادرة على الإسهام في هذا الجهد "
                        "بما تملكه من أرشيفات ضخمة من النصوص المكتوبة والمنطوقة."
                    ),
                    (
                        "ويحذر الباحثون من أن تجاهل هذه الفجوة قد يحرم ملايين "
                        "المستخدمين من خدمات رقمية تعتمد أكثر فأكثر على الذكاء "
                        "الاصطناعي، من الخدمات الحكومية الإلكترونية إلى التعليم "
                        "عن بُعد، داعين إلى أن تكون العربية بكل تنوعها «لغة أولى» "
                        "في هذه التقنيات لا ملحقًا بها."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي يتدرج من الأزرق الليلي إلى الكهرماني، "
                    "تتخلله بقع ضبابية رمادية فاتحة وزرقاء، وتتوسطه نجمة "
                    "ثمانية الرؤوس بخطوط زرقاء متداخلة، في إشارة إلى شبكات "
                    "البيانات التي تتعلم منها الآلات."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
            "en": {
                "title": "AI models still stumble over Arabic dialects",
                "summary": (
                    "A university study finds a wide gap between how language "
                    "models perform in Modern Standard Arabic and in local "
                    "dialects."
                ),
                "body": [
                    (
                        "A study by a team of researchers at several Arab "
                        "universities has found that large AI language models "
                        "perform well at understanding Modern Standard Arabic but "
                        "fall back markedly when tested on texts written in local "
                        "dialects, particularly those of the Maghreb, Sudan and "
                        "the Gulf."
                    ),
                    (
                        "The researchers used a test set of thousands of "
                        "sentences drawn from public posts and customer-service "
                        "messages, with all personal data removed. The models "
                        "were asked to summarise and classify the texts and to "
                        "answer questions about them, and their answers were then "
                        "compared with assessments by reviewers who speak each "
                        "dialect."
                    ),
                    (
                        "The results show that the gap between the standard "
                        "language and the dialects can exceed 30 percentage "
                        "points on some tasks. The researchers attribute this to "
                        "the scarcity of dialect texts in training data and to "
                        "the many ways dialects are written: many users type in "
                        'Latin letters and numerals, a style known as "Arabizi".'
                    ),
                    (
                        "The team proposes building open text corpora for each "
                        "dialect, collected with the consent of their authors and "
                        "with documented sources, together with common evaluation "
                        "benchmarks that allow models to be compared. It argues "
                        "that Arab universities and media organisations are well "
                        "placed to contribute through their vast archives of "
                        "written and spoken text."
                    ),
                    (
                        "The researchers warn that ignoring the gap could shut "
                        "millions of users out of digital services that rely more "
                        "and more on artificial intelligence, from e-government "
                        "to distance learning, and call for Arabic in all its "
                        'diversity to be a "first language" in these technologies '
                        "rather than an afterthought."
                    ),
                ],
                "caption": (
                    "An abstract illustration shading from midnight blue to "
                    "amber, with blurred light-grey and blue patches and "
                    "nested blue outlines of an eight-pointed star, evoking "
                    "the data networks that machines learn from."
                ),
                "credit": "Illustration by akhbar",
            },
        },
    },
    {
        "key": "lunar-research-station",
        "section": "science",
        "tags": ["space", "china", "russia"],
        "authors": ["nour-saleh"],
        "editor": "xing-wentao",
        "hours_ago": 27,
        "palette": "night",
        "versions": {
            "ar": {
                "title": "المحطة القمرية الصينية الروسية: ما الذي نعرفه عن المشروع؟",
                "summary": (
                    "قاعدة علمية مخطط لها قرب القطب الجنوبي للقمر، تمهّد لها "
                    "بعثات غير مأهولة خلال السنوات المقبلة."
                ),
                "body": [
                    (
                        "يعود مشروع «المحطة الدولية للأبحاث القمرية» إلى الواجهة "
                        "مع اقتراب مواعيد بعثات غير مأهولة تمهّد له. والمشروع "
                        "مبادرة أعلنتها الصين وروسيا عام 2021، وتهدف إلى إقامة "
                        "قاعدة علمية قرب القطب الجنوبي للقمر، تُدار في مراحلها "
                        "الأولى آليًا قبل أن تستقبل روادًا في مراحل لاحقة."
                    ),
                    (
                        "ويحظى القطب الجنوبي للقمر باهتمام واسع لدى وكالات "
                        "الفضاء، لأن بعض فوهاته تظل في ظل دائم، ويُرجَّح أنها "
                        "تحتفظ بجليد مائي يمكن أن يُستخدم مستقبلًا للشرب أو "
                        "لإنتاج الأكسجين ووقود الصواريخ. كما تحظى القمم المجاورة "
                        "لها بإضاءة شمسية شبه متواصلة، وهو ما يسهّل توليد الطاقة."
                    ),
                    (
                        "وتتولى الصين الجانب الأكبر من البعثات التمهيدية ضمن "
                        "برنامج «تشانغ إه»، الذي نجح في إعادة عينات من الجانب "
                        "البعيد للقمر، فيما تسهم روسيا بخبراتها في الدفع والطاقة "
                        "والأجهزة العلمية. وقد أعلنت دول ومؤسسات بحثية من آسيا "
                        "وإفريقيا وأمريكا اللاتينية انضمامها إلى المشروع بصيغ "
                        "مختلفة."
                    ),
                    (
                        "ويرى خبراء في سياسات الفضاء أن المشروع يعكس تنافسًا بين "
                        "رؤيتين للتعاون القمري، إذ تقود الولايات المتحدة برنامج "
                        "«أرتميس» مع شركاء آخرين. لكنهم يشيرون أيضًا إلى أن القمر "
                        "بيئة قاسية ومكلفة، وأن تبادل البيانات وتنسيق مواقع "
                        "الهبوط قد يصبحان ضرورة عملية لجميع الأطراف."
                    ),
                    (
                        "وتبقى الجداول الزمنية المعلنة عرضة للتعديل، كما هي الحال "
                        "في معظم مشروعات الفضاء الكبرى، بسبب التحديات التقنية "
                        "والتمويلية. غير أن الاهتمام المتجدد بالقمر يعني أن العقد "
                        "المقبل قد يشهد وجودًا علميًا دائمًا هناك، للمرة الأولى "
                        "منذ بدء عصر الفضاء، وإن ظل شكل هذا الوجود وحجمه موضع "
                        "نقاش بين الخبراء."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي يتدرج من الأزرق الليلي إلى الكهرماني، "
                    "تتخلله بقع ضبابية رمادية فاتحة وزرقاء، وتتوسطه نجمة "
                    "ثمانية الرؤوس بخطوط زرقاء متداخلة، في إشارة إلى سماء "
                    "الليل وضوء القمر."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
        },
    },
    {
        "key": "arab-cities-heat",
        "section": "science",
        "tags": ["climate", "water", "energy"],
        "authors": ["nour-saleh"],
        "editor": "omar-khatib",
        "hours_ago": 140,
        "palette": "olive",
        "versions": {
            "ar": {
                "title": (
                    "الأشجار والظل والألوان الفاتحة: كيف تواجه المدن العربية "
                    "موجات الحر؟"
                ),
                "summary": (
                    "بلديات تعود إلى حلول بسيطة وإلى دروس العمارة التقليدية "
                    "لخفض حرارة الشوارع والمباني."
                ),
                "body": [
                    (
                        "مع تكرار موجات الحر الشديد في صيف المنطقة العربية، تتجه "
                        "بلديات عدة إلى حلول بسيطة نسبيًا لخفض درجات الحرارة في "
                        "الشوارع، مثل زراعة الأشجار وتوسيع المساحات المظللة وطلاء "
                        "الأسطح بألوان فاتحة تعكس أشعة الشمس بدلًا من امتصاصها، "
                        "بعد أن اقتربت الحرارة في بعض المدن من خمسين درجة مئوية "
                        "في أيام عدة من الصيف."
                    ),
                    (
                        "ويشرح باحثون في التخطيط العمراني أن ما يُعرف بـ«الجزر "
                        "الحرارية» ينشأ حين تحل الخرسانة والإسفلت محل المساحات "
                        "الخضراء، فتختزن الحرارة نهارًا وتطلقها ليلًا، ما يجعل "
                        "وسط المدينة أشد حرارة من أطرافها بعدة درجات. ويؤثر ذلك "
                        "مباشرة في صحة كبار السن والعمال في الهواء الطلق."
                    ),
                    (
                        "وتستعيد بعض المشروعات الحديثة عناصر من العمارة "
                        "التقليدية، مثل الأزقة الضيقة والملاقف والأفنية الداخلية، "
                        "التي صممها البناؤون الأوائل للتكيف مع المناخ الحار قبل "
                        "ظهور أجهزة التكييف بقرون. ويرى معماريون أن المزج بين هذه "
                        "الحلول والتقنيات الحديثة قد يخفض استهلاك الطاقة في "
                        "المباني."
                    ),
                    (
                        "لكن التوسع في التشجير يصطدم في مدن كثيرة بشح المياه، ما "
                        "يدفع المخططين إلى اختيار نباتات محلية تتحمل الجفاف، "
                        "واستخدام المياه المعالجة في الري. ويؤكد الخبراء أن "
                        "التكيف مع الحر لم يعد خيارًا مؤجلًا، بل صار جزءًا من "
                        "التخطيط اليومي للمدن."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات الزيتوني الداكن والأخضر "
                    "الفاتح، تتخلله بقع ضبابية خضراء وبيضاء مائلة إلى "
                    "الرمادي، وتتوسطه نجمة ثمانية الرؤوس بخطوط خضراء متداخلة، "
                    "في إشارة إلى الظل والأشجار في المدن الحارة."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
        },
    },
    {
        "key": "morocco-women-football",
        "section": "sport",
        "tags": ["football", "morocco"],
        "authors": ["karim-mansour", "yousef-amer"],
        "editor": "omar-khatib",
        "hours_ago": 6,
        "palette": "olive",
        "versions": {
            "ar": {
                "title": "كرة القدم النسائية في المغرب: ملاعب أكثر وأحلام أكبر",
                "summary": (
                    "إقبال متزايد للفتيات على الأندية والمدارس الكروية منذ "
                    "المشاركة المغربية الأولى في كأس العالم للسيدات."
                ),
                "body": [
                    (
                        "في ملعب ترابي على أطراف مدينة الدار البيضاء، تتدرب عشرات "
                        "الفتيات ثلاث مرات أسبوعيًا تحت إشراف مدربة شابة، في مشهد "
                        "بات مألوفًا في مدن مغربية كثيرة. فمنذ المشاركة التاريخية "
                        "للمنتخب المغربي في كأس العالم للسيدات عام 2023، تزايد "
                        "إقبال الفتيات على الأندية والمدارس الكروية بشكل ملحوظ، "
                        "بحسب مدربين وإداريين في الأندية."
                    ),
                    (
                        "وتقول المدربة إن أولياء الأمور صاروا أكثر تقبلًا لفكرة "
                        "أن تلعب بناتهم كرة القدم، مضيفة: «قبل سنوات كنت أقنع كل "
                        "عائلة على حدة، أما اليوم فالفتيات يأتين ومعهن آباؤهن». "
                        "وتشير إلى أن صور اللاعبات على شاشات التلفزيون غيّرت نظرة "
                        "كثيرين إلى هذه الرياضة."
                    ),
                    (
                        "واستفادت الكرة النسائية من استثمارات في البنية التحتية "
                        "ومراكز التكوين، ومن تنظيم بطولات قارية على الأراضي "
                        "المغربية. غير أن الأندية الصغيرة ما زالت تشكو ضعف "
                        "الموارد وقلة المباريات الرسمية للفئات السنية، ما يدفع "
                        "بعض اللاعبات الموهوبات إلى ترك اللعبة مبكرًا."
                    ),
                    (
                        "ويرى مختصون أن المرحلة المقبلة تتطلب دوريات أقوى "
                        "للشابات، وتكوين مزيد من المدربات والحكمات، وتوفير عقود "
                        "تضمن للاعبات دخلًا مستقرًا. أما الفتيات في الملعب "
                        "الترابي، فأحلامهن أبسط وأكبر في آن واحد: أن يرتدين يومًا "
                        "قميص المنتخب في بطولة كبرى، وأن يرفعن الكأس أمام مدرجات "
                        "ممتلئة."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات الزيتوني الداكن والأخضر "
                    "الفاتح، تتخلله بقع ضبابية خضراء وبيضاء مائلة إلى "
                    "الرمادي، وتتوسطه نجمة ثمانية الرؤوس بخطوط خضراء متداخلة، "
                    "في إشارة إلى عشب الملاعب وأحلام اللاعبات."
                ),
                "credit": "رسم توضيحي: يوسف عامر / أخبار",
            },
            "en": {
                "title": "Women's football in Morocco: more pitches, bigger dreams",
                "summary": (
                    "More and more girls are joining clubs and football "
                    "schools since Morocco's first appearance at the Women's "
                    "World Cup."
                ),
                "body": [
                    (
                        "On a dirt pitch on the outskirts of Casablanca, dozens "
                        "of girls train three times a week under a young woman "
                        "coach, a scene that has become familiar in many Moroccan "
                        "cities. Since Morocco's historic appearance at the 2023 "
                        "Women's World Cup, the number of girls signing up for "
                        "clubs and football schools has grown markedly, according "
                        "to coaches and club officials."
                    ),
                    (
                        "The coach says parents have become more accepting of the "
                        'idea of their daughters playing football. "A few years '
                        'ago I had to persuade every family one by one," she '
                        'said. "Today the girls turn up with their fathers." She '
                        "adds that seeing players on television has changed how "
                        "many people view the sport."
                    ),
                    (
                        "Women's football has benefited from investment in "
                        "infrastructure and training centres, and from "
                        "continental tournaments staged in Morocco. Smaller "
                        "clubs, however, still complain of scarce resources and "
                        "too few official matches for youth age groups, which "
                        "leads some talented players to give up the game early."
                    ),
                    (
                        "Specialists say the next stage calls for stronger "
                        "leagues for young women, more women coaches and "
                        "referees, and contracts that give players a steady "
                        "income. As for the girls on the dirt pitch, their dreams "
                        "are at once simpler and bigger: to wear the national "
                        "team shirt one day at a major tournament, and to lift a "
                        "trophy in front of packed stands."
                    ),
                ],
                "caption": (
                    "An abstract illustration shading from dark olive to "
                    "sage, with blurred green and off-white patches and "
                    "nested green outlines of an eight-pointed star, evoking "
                    "pitch grass and players' dreams."
                ),
                "credit": "Illustration: Yousef Amer / akhbar",
            },
        },
    },
    {
        "key": "wadi-rum-ultramarathon",
        "section": "sport",
        "tags": ["climate"],
        "authors": ["karim-mansour", "yousef-amer"],
        "editor": "omar-khatib",
        "hours_ago": 75,
        "palette": "desert",
        "versions": {
            "ar": {
                "title": "عدّاؤون من عشرين دولة يخوضون سباق تحمّل في صحراء وادي رم",
                "summary": (
                    "ثلاثة أيام و120 كيلومترًا بين الكثبان والجبال الحمراء في "
                    "جنوب الأردن."
                ),
                "body": [
                    (
                        "انطلق فجر اليوم سباق للتحمل في صحراء وادي رم جنوبي "
                        "الأردن، بمشاركة أكثر من مئتي عدّاء وعدّاءة من عشرين "
                        "دولة، يقطعون على مدى ثلاثة أيام مسافة تقارب 120 "
                        "كيلومترًا بين الكثبان الرملية والجبال الصخرية الحمراء "
                        "التي تشتهر بها المنطقة، في سباق يختبر قدرة الجسم على "
                        "الصمود في الحر والرمل."
                    ),
                    (
                        "واختار المنظمون توقيت الانطلاق قبل شروق الشمس لتجنب "
                        "ساعات الذروة الحرارية، ووزعوا محطات للمياه والإسعاف كل "
                        "عشرة كيلومترات تقريبًا. ويحمل كل متسابق حقيبة تضم معدات "
                        "إلزامية، منها مصباح رأسي وبطانية حرارية وكمية احتياطية "
                        "من الماء، ويخضع لفحص طبي قبل كل مرحلة."
                    ),
                    (
                        "ويقول أحد المشاركين، وهو عدّاء هاوٍ يخوض هذه التجربة "
                        "للمرة الأولى، إن التحدي الحقيقي ليس في المسافة بل في "
                        "الرمل الذي «يسرق نصف كل خطوة». وتضيف متسابقة مخضرمة أن "
                        "إدارة الماء والأملاح في الجسم أهم من السرعة في مثل هذه "
                        "السباقات، وأن الصبر هو مفتاح الوصول إلى خط النهاية."
                    ),
                    (
                        "ويأمل القائمون على السباق أن يسهم في الترويج للسياحة "
                        "الرياضية في المنطقة، المعروفة بمناظرها التي صُوّرت فيها "
                        "أفلام عالمية عدة. ومن المقرر أن تُقام مراسم التتويج مساء "
                        "اليوم الثالث في مخيم بدوي تقليدي، مع عروض للموسيقى "
                        "والطعام المحلي، ويتسلم كل من يبلغ خط النهاية ميدالية "
                        "مصنوعة يدويًا من حجارة المنطقة."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات البرتقالي والرملي، تتخلله بقع "
                    "ضبابية بنية وقشدية، وتتوسطه نجمة ثمانية الرؤوس بخطوط "
                    "متداخلة بلون القشدة، في إشارة إلى كثبان الرمل وجبال وادي "
                    "رم الحمراء."
                ),
                "credit": "رسم توضيحي: يوسف عامر / أخبار",
            },
        },
    },
    {
        "key": "var-announcements-arabic",
        "section": "sport",
        "tags": ["football"],
        "authors": ["karim-mansour"],
        "editor": "omar-khatib",
        "hours_ago": 200,
        "palette": "steel",
        "versions": {
            "ar": {
                "title": "شرح قرارات VAR للجماهير بالعربية: تجربة جديدة في الملاعب",
                "summary": (
                    "رابطات كروية عربية تتجه إلى أن يعلن الحكم قراره عبر "
                    "مكبرات الصوت بعد مراجعة الفيديو."
                ),
                "body": [
                    (
                        "تتجه رابطات كروية عربية عدة إلى تعميم تجربة يُعلن فيها "
                        "الحكم قراره عبر مكبرات الصوت في الملعب بعد مراجعة "
                        "اللقطات بتقنية حكم الفيديو المساعد VAR، على غرار ما جرى "
                        "تطبيقه في بطولات دولية خلال السنوات الأخيرة. والهدف "
                        "المعلن أن يعرف الجمهور في المدرجات وأمام الشاشات سبب "
                        "القرار، لا نتيجته فقط."
                    ),
                    (
                        "وتقتضي التجربة أن يشرح الحكم القرار في جملة أو جملتين "
                        "واضحتين بالعربية الفصحى، من قبيل: «بعد المراجعة، تبيّن "
                        "وجود لمسة يد متعمدة داخل منطقة الجزاء، والقرار ركلة "
                        "جزاء». ويخضع الحكام لتدريبات على الإلقاء واختيار "
                        "العبارات، لأن الكلمة الواحدة قد تُفهم بأكثر من طريقة في "
                        "أجواء مشحونة."
                    ),
                    (
                        "ويرى مؤيدو الفكرة أنها تعزز الشفافية وتخفف الاحتقان في "
                        "المدرجات، إذ كثيرًا ما تغذي فترات الانتظار الطويلة أثناء "
                        "المراجعة الشائعات والتكهنات. أما المتحفظون فيخشون أن "
                        "يتحول الحكم إلى طرف في جدل علني، وأن تُقتطع عباراته من "
                        "سياقها على مواقع التواصل الاجتماعي."
                    ),
                    (
                        "ويقول حكم دولي سابق إن نجاح التجربة مرهون بالاتساق: «إذا "
                        "شرحت قرارًا اليوم وسكتّ عن قرار مشابه غدًا، فقدت ثقة "
                        "الناس». ومن المنتظر أن تقيّم الرابطات التجربة في نهاية "
                        "الموسم، قبل أن تقرر اعتمادها بشكل دائم أو إدخال تعديلات "
                        "عليها."
                    ),
                ],
                "caption": (
                    "رسم توضيحي تجريدي بتدرجات الرمادي الداكن والأزرق "
                    "الرمادي، تتخلله بقع ضبابية بيضاء وحمراء، وتتوسطه نجمة "
                    "ثمانية الرؤوس بخطوط حمراء متداخلة، في إشارة إلى أضواء "
                    "الملاعب وشاشاتها."
                ),
                "credit": "رسم توضيحي من أخبار",
            },
        },
    },
]
