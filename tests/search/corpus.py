"""A purpose-written news corpus for the relevance tests, and its queries.

Each article has a key; each query lists the keys that must be among its top
three results. The queries try what Arabic readers actually type: a word with
or without its prefixes (و، ب، ل، ال) and suffixes, country names against
their adjectives, hamza and alef variants, ة written as ه, ى as ي, diacritics,
tatweel, Arabic-Indic digits, Persian letters, names in Latin or Arabic script,
and quoted phrases.
"""

ARTICLES = {
    "china-russia": (
        "ar",
        "politics",
        "الصين وروسيا تعمّقان تعاونهما في آسيا الوسطى",
        "تحليل لمسار الشراكة بين بكين وموسكو من مبادرة الحزام والطريق إلى "
        "الاتحاد الاقتصادي الأوراسي.",
        [
            "تتقارب مصالح الصين وروسيا في آسيا الوسطى، حيث تسعى بكين إلى ربط "
            "مبادرة الحزام والطريق بالاتحاد الاقتصادي الأوراسي الذي تقوده موسكو.",
            "ويرى محللون أن منظمة شنغهاي للتعاون صارت منصة لتنسيق المواقف "
            "الأمنية، فيما تتوسع التجارة بين البلدين بالعملات المحلية.",
            "وتراقب العواصم الغربية هذا التقارب، خصوصا بعد تأسيس تحالف AUKUS.",
        ],
    ),
    "brics-summit": (
        "ar",
        "politics",
        "قمة بريكس تبحث توسيع العضوية وتسويات بالعملات المحلية",
        "دول المجموعة تناقش طلبات انضمام جديدة في قمة تستضيفها قازان.",
        [
            "تبحث قمة مجموعة BRICS+ هذا العام طلبات عشرات الدول الراغبة في "
            "الانضمام، إلى جانب آليات لتسوية المدفوعات بالعملات المحلية.",
            "ويقول دبلوماسيون إن توسيع العضوية يمنح المجموعة وزنا أكبر في "
            "الاقتصاد العالمي.",
        ],
    ),
    "morocco-solar": (
        "ar",
        "economy",
        "المغرب يوسّع رهانه على الطاقة الشمسية والهيدروجين الأخضر",
        "محطات جديدة قرب ورزازات وخطط لتصدير الكهرباء النظيفة إلى أوروبا.",
        [
            "يضيف المغرب محطات للطاقة الشمسية قرب ورزازات، ويخطط لإنتاج "
            "الهيدروجين الأخضر للتصدير.",
            "وتقول الوكالة المغربية للطاقة المستدامة إن الألواح الشمسية "
            "الجديدة ستغذي مليون منزل.",
        ],
    ),
    "coffee-prices": (
        "ar",
        "economy",
        "ارتفاع أسعار البن عالميًا يضغط على المقاهي في المدن العربية",
        "أصحاب المقاهي يرفعون ثمن فنجان القهوة بعد موسم حصاد ضعيف في البرازيل.",
        [
            "قفزت أسعار البن إلى أعلى مستوى منذ سنوات بسبب الجفاف في البرازيل وفيتنام.",
            "ويقول صاحب مقهى في عمّان إن تكلفة القهوة تضاعفت خلال عام.",
        ],
    ),
    "arabic-novel": (
        "ar",
        "culture",
        "الرواية العربية تجد قرّاءً جددًا في الصين",
        "مترجمون صينيون ينقلون أعمال الروائيين العرب إلى لغتهم.",
        [
            "تتزايد ترجمات الروايات العربية إلى الصينية، ويقبل عليها القرّاء "
            "في بكين وشنغهاي.",
            "وتقول مترجمة إن الأدب العربي يقدم صورة عن المنطقة تختلف عن نشرات الأخبار.",
        ],
    ),
    "moon-station": (
        "ar",
        "science",
        "المحطة القمرية الصينية الروسية: ما الذي نعرفه عن المشروع؟",
        "خطة مشتركة لبناء محطة أبحاث على سطح القمر بحلول منتصف الثلاثينيات.",
        [
            "تعمل وكالتا الفضاء في بكين وموسكو على محطة أبحاث قمرية دائمة.",
            "وسيبدأ البناء بمركبات آلية قبل وصول رواد الفضاء.",
        ],
    ),
    "women-football": (
        "ar",
        "sport",
        "كرة القدم النسائية في المغرب: ملاعب أكثر وأحلام أكبر",
        "أكاديميات جديدة للاعبات الشابات بعد إنجاز المنتخب في كأس العالم.",
        [
            "افتتحت الجامعة الملكية لكرة القدم أكاديميات للفتيات في عدة مدن.",
            "وتقول لاعبة في المنتخب إن الملاعب امتلأت بالجماهير هذا الموسم.",
        ],
    ),
    "wadi-rum-race": (
        "ar",
        "sport",
        "عدّاؤون من عشرين دولة يخوضون سباق تحمّل في صحراء وادي رم",
        "سباق يمتد مئتين وخمسين كيلومترًا على ستة أيام في جنوب الأردن.",
        [
            "انطلق العداؤون فجرًا من مخيم في وادي رم حاملين مؤنهم على ظهورهم.",
            "ويقول المنظمون إن درجات الحرارة في الصحراء تتجاوز الأربعين.",
        ],
    ),
    "var-explained": (
        "ar",
        "sport",
        "شرح قرارات VAR للجماهير بالعربية: تجربة جديدة في الملاعب",
        "الحكام يعلنون أسباب قراراتهم عبر مكبرات الصوت بعد مراجعة الفيديو.",
        [
            "بدأ اتحاد الكرة تجربة يشرح فيها الحكم قرار تقنية الفيديو المساعد "
            "للجماهير في الملعب.",
        ],
    ),
    "ai-dialects": (
        "ar",
        "science",
        "نماذج الذكاء الاصطناعي ما زالت تتعثر أمام اللهجات العربية",
        "باحثون يجمعون تسجيلات من المغرب إلى العراق لتدريب النماذج اللغوية.",
        [
            "تفهم النماذج اللغوية الفصحى جيدًا لكنها تخطئ في لهجة الشارع.",
            "ويجمع فريق بحثي آلاف الساعات من التسجيلات بلهجات مختلفة.",
        ],
    ),
    "muscat-ceramics": (
        "ar",
        "culture",
        "معرض في مسقط يروي رحلة الخزف الصيني إلى موانئ العرب",
        "قطع عُثر عليها في صحار وقلهات تحكي تجارة البحر القديمة.",
        [
            "يعرض المتحف الوطني في مسقط أواني من الخزف وصلت إلى سلطنة عُمان "
            "عبر طرق التجارة البحرية.",
            "ويقول أمين المعرض إن الموانئ العُمانية كانت محطة بين الصين وشرق أفريقيا.",
        ],
    ),
    "egypt-desalination": (
        "ar",
        "economy",
        "مصر تسرّع مشروعات تحلية مياه البحر",
        "الحكومة المصرية تطرح محطات جديدة على البحر الأحمر والمتوسط.",
        [
            "تخطط مصر لمضاعفة قدرة محطات التحلية خلال خمس سنوات لمواجهة شح المياه.",
            "وتعمل الشركات على خفض استهلاك الطاقة في المحطات.",
        ],
    ),
    "saudi-tourism": (
        "ar",
        "economy",
        "السعودية تستقبل أعدادًا قياسية من السياح",
        "العلا والبحر الأحمر في صدارة الوجهات ضمن رؤية 2030.",
        [
            "سجلت المملكة أرقاما قياسية في أعداد السياح الأجانب هذا العام.",
            "وتستهدف رؤية 2030 جذب مئة وخمسين مليون زيارة سنويا.",
        ],
    ),
    "turkey-inflation": (
        "ar",
        "economy",
        "التضخم في تركيا يتراجع ببطء",
        "البنك المركزي التركي يبقي سعر الفائدة مرتفعًا لحماية الليرة.",
        [
            "تراجع معدل التضخم السنوي في تركيا للشهر الثالث على التوالي.",
            "ويقول اقتصاديون إن الليرة التركية ما زالت تحت الضغط.",
        ],
    ),
    "syria-reconstruction": (
        "ar",
        "politics",
        "إعادة إعمار سوريا: من يدفع الفاتورة؟",
        "تقديرات بمئات المليارات لإصلاح المدن السورية المدمرة.",
        [
            "يقدّر خبراء كلفة إعادة الإعمار في سوريا بأكثر من ثلاثمئة مليار.",
            "وتبحث الحكومة السورية عن مستثمرين من الخليج وآسيا.",
        ],
    ),
    "japan-gulf": (
        "ar",
        "economy",
        "الاستثمارات اليابانية تتوسع في الخليج",
        "شركات من طوكيو تدخل قطاعات الطاقة المتجددة والبنية التحتية.",
        [
            "وقعت شركات يابانية عقودا جديدة في الإمارات وقطر.",
            "وتريد اليابان تأمين إمدادات الطاقة على المدى الطويل.",
        ],
    ),
    "algeria-gas": (
        "ar",
        "economy",
        "الجزائر تزيد صادرات الغاز إلى أوروبا",
        "سوناطراك توقع عقودا طويلة الأجل مع شركات إيطالية وألمانية.",
        [
            "ارتفعت صادرات الغاز الجزائري عبر الأنابيب إلى إيطاليا.",
            "وتبحث الدول الأوروبية عن بدائل للإمدادات الروسية.",
        ],
    ),
    "dates-harvest": (
        "ar",
        "economy",
        "موسم حصاد التمور يبدأ في واحة الأحساء",
        "المزارعون يتوقعون محصولا وفيرا من النخيل هذا العام.",
        [
            "بدأ المزارعون في الأحساء جني التمر من ملايين النخيل.",
            "وتصدر الواحة تمورها إلى أكثر من ثلاثين دولة.",
        ],
    ),
    "iraq-heat": (
        "ar",
        "politics",
        "موجة حر تضرب المدن العراقية وتنهك شبكة الكهرباء",
        "درجات الحرارة تقترب من الخمسين والمستشفيات تستقبل حالات إجهاد حراري.",
        [
            "تجاوزت الحرارة في البصرة تسعًا وأربعين درجة مئوية.",
            "وقال مسؤول في مستشفى ببغداد إن حالات ضربات الشمس تضاعفت.",
        ],
    ),
    "public-libraries": (
        "ar",
        "culture",
        "المكتبات العامة تعود إلى الأحياء",
        "بلديات عربية تفتح مكتبة في كل حي وتمد ساعات العمل إلى المساء.",
        [
            "افتتحت البلدية عشر مكتبات جديدة تضم قاعات للأطفال.",
            "ويقول أمين مكتبة إن الإقبال على الكتب الورقية عاد بقوة.",
        ],
    ),
    "electric-cars": (
        "ar",
        "economy",
        "السيارات الكهربائية تغزو شوارع الإمارات",
        "محطات الشحن تنتشر في دبي وأبوظبي مع تراجع أسعار البطاريات.",
        [
            "ارتفعت مبيعات السيارات الكهربائية في الإمارات إلى خُمس السوق.",
            "وتقول شركات إن سيارة كهربائية صغيرة باتت أرخص من مثيلتها بالبنزين.",
        ],
    ),
    "sudan-locusts": (
        "ar",
        "politics",
        "الجراد الصحراوي يهدد المحاصيل في السودان",
        "أسراب ضخمة تعبر الحدود والمزارعون يطلبون المساعدة.",
        [
            "حذرت منظمة الأغذية من أسراب الجراد في ولايات السودان الشرقية.",
            "ويقول مزارعون سودانيون إن الجراد التهم حقول الذرة.",
        ],
    ),
    "mars-probe": (
        "ar",
        "science",
        "مسبار الأمل يرسل صورًا جديدة للمريخ",
        "الصور تكشف عواصف غبارية على سطح الكوكب الأحمر.",
        [
            "أرسل المسبار الإماراتي صورا عالية الدقة لغلاف المريخ الجوي.",
        ],
    ),
    "tunisia-olive-oil": (
        "ar",
        "economy",
        "أسعار زيت الزيتون تقفز في تونس",
        "الجفاف يقلص المحصول والمصدّرون التونسيون يستفيدون من الطلب الأوروبي.",
        [
            "بلغ سعر لتر زيت الزيتون في تونس مستوى غير مسبوق.",
            "وتعد تونس من أكبر مصدري زيت الزيتون في العالم.",
        ],
    ),
    "bank-cyberattacks": (
        "ar",
        "economy",
        "هجمات إلكترونية تستهدف المصارف العربية",
        "خبراء الأمن السيبراني يحذرون من برامج الفدية والاحتيال الإلكتروني.",
        [
            "تعرضت مصارف في ثلاث دول لهجمات استهدفت أنظمة الدفع.",
            "وتقول المصارف المركزية إنها شددت متطلبات الحماية.",
        ],
    ),
    "aukus-nato": (
        "ar",
        "politics",
        "تحالف أوكوس وحلف الناتو: سباق الغواصات في المحيط الهادئ",
        "أستراليا تتسلم أول غواصة تعمل بالطاقة النووية ضمن اتفاق AUKUS.",
        [
            "يقول مسؤولون في حلف الناتو إن أمن المحيط الهادئ يعني أوروبا أيضا.",
        ],
    ),
    "hajj-plan": (
        "ar",
        "politics",
        "خطة جديدة لتنظيم الحج وتخفيف الزحام في المشاعر",
        "مسارات ذكية للحجاج وتوزيع إلكتروني لمواعيد رمي الجمرات.",
        [
            "تتوقع السلطات مليوني حاج هذا الموسم، وتعتمد تطبيقا لتوجيه الحجيج.",
        ],
    ),
    "calligraphy": (
        "ar",
        "culture",
        "الخط العربي يدخل قائمة التراث الإنساني",
        "الخطاطون يحتفلون بقرار اليونسكو ويطالبون بتعليمه في المدارس.",
        [
            "أدرجت اليونسكو فنون الخط العربي ومهاراته في قائمة التراث غير المادي.",
        ],
    ),
    "opec-cuts": (
        "ar",
        "economy",
        "أوبك+ تمدد خفض إنتاج النفط حتى نهاية العام",
        "قرار OPEC+ يرفع أسعار الخام ويقلق المستهلكين.",
        [
            "اتفق تحالف أوبك+ على تمديد خفض الإنتاج لدعم الأسعار.",
        ],
    ),
    "school-year": (
        "ar",
        "politics",
        "المدارس تستعد لعام دراسي جديد",
        "وزارة التربية توزع الكتب وتعين معلمين جددًا قبل بدء الدراسة.",
        [
            "عادت الحافلات إلى أبواب كل مدرسة، وتسلم الطلاب الكتب الجديدة.",
        ],
    ),
    "caspian-corridor": (
        "ar",
        "economy",
        "ممر النقل العابر لبحر قزوين يجذب شركات الشحن",
        "كازاخستان وأذربيجان تستثمران في الموانئ والسكك الحديدية.",
        [
            "تزداد حركة الحاويات على الممر الأوسط الذي يربط الصين بأوروبا "
            "عبر الأراضي الكازاخية وبحر قزوين.",
        ],
    ),
    "india-rice": (
        "ar",
        "economy",
        "الهند تقيد صادرات الأرز وتربك الأسواق",
        "المستوردون في الخليج وأفريقيا يبحثون عن موردين بدلاء.",
        [
            "قالت الحكومة الهندية إن القيود تهدف إلى ضبط الأسعار المحلية.",
        ],
    ),
    "mecca-hospital": (
        "ar",
        "politics",
        "مستشفى ميداني جديد في مكة",
        "المستشفى يعمل بالطاقة الشمسية ويستقبل ثلاثمئة مريض يوميا.",
        [
            "افتُتح المستشفى قرب المسجد الحرام لخدمة المعتمرين.",
        ],
    ),
    # English
    "en-china-russia": (
        "en",
        "politics",
        "China and Russia deepen their cooperation in Central Asia",
        "From the Belt and Road Initiative to the Eurasian Economic Union.",
        [
            "Beijing wants to link the Belt and Road Initiative with the Eurasian "
            "Economic Union led by Moscow, analysts say.",
            "The Shanghai Cooperation Organisation has become a forum for "
            "security talks.",
        ],
    ),
    "en-brics": (
        "en",
        "politics",
        "BRICS summit weighs new members and local-currency trade",
        "Dozens of countries have applied to join the group.",
        [
            "The BRICS+ summit in Kazan will discuss expansion and payment "
            "systems in local currencies.",
        ],
    ),
    "en-morocco-solar": (
        "en",
        "economy",
        "Morocco bets on solar power and green hydrogen",
        "New plants near Ouarzazate and plans to export clean electricity.",
        [
            "Morocco is adding solar plants and plans to produce green hydrogen "
            "for export to Europe.",
        ],
    ),
    "en-coffee": (
        "en",
        "economy",
        "Rising coffee prices squeeze cafés in Arab cities",
        "Café owners raise the price of a cup after a weak harvest in Brazil.",
        [
            "Coffee bean prices have reached their highest level in years.",
        ],
    ),
    "en-ai-dialects": (
        "en",
        "science",
        "AI models still stumble over Arabic dialects",
        "Researchers collect recordings from Morocco to Iraq.",
        [
            "Language models understand Modern Standard Arabic but struggle "
            "with each local dialect.",
        ],
    ),
    "en-women-football": (
        "en",
        "sport",
        "Women's football in Morocco: more pitches, bigger dreams",
        "New academies for young players after the World Cup run.",
        [
            "The federation opened football academies for girls in several cities.",
        ],
    ),
    "en-desalination": (
        "en",
        "economy",
        "Egypt speeds up its seawater desalination plants",
        "New plants on the Red Sea and the Mediterranean.",
        [
            "Egypt plans to double its desalination capacity within five years.",
        ],
    ),
    "en-turkey-inflation": (
        "en",
        "economy",
        "Inflation in Turkey slows, slowly",
        "The central bank keeps rates high to protect the Turkish lira.",
        [
            "Annual inflation fell for the third month in a row.",
        ],
    ),
    "en-electric-cars": (
        "en",
        "economy",
        "Electric cars take over the roads of the Emirates",
        "Charging stations spread in Dubai and Abu Dhabi.",
        [
            "Sales of electric vehicles reached a fifth of the market.",
        ],
    ),
    "en-cyberattacks": (
        "en",
        "economy",
        "Cyberattacks target Arab banks",
        "Security experts warn of ransomware and online fraud.",
        [
            "Banks in three countries were hit by attacks on payment systems.",
        ],
    ),
    "en-opec": (
        "en",
        "economy",
        "OPEC+ extends oil production cuts to the end of the year",
        "The decision lifts crude prices.",
        [
            "The OPEC+ alliance agreed to extend its output cuts.",
        ],
    ),
    "en-locusts": (
        "en",
        "politics",
        "Desert locusts threaten crops in Sudan",
        "Huge swarms cross the border and farmers ask for help.",
        [
            "A locust swarm can eat as much food in a day as thousands of people.",
        ],
    ),
}

# (query, language of the results, keys that must be in the top three)
ARABIC_QUERIES = [
    # Prefixes and suffixes glued to the word.
    ("الصين وروسيا", ["china-russia"]),
    ("والصين وموسكو", ["china-russia", "moon-station"]),
    ("بالصين آسيا", ["china-russia"]),
    ("للصين الرواية", ["arabic-novel"]),
    ("الروسية", ["moon-station"]),
    ("روسيا", ["china-russia"]),
    ("وروسيا القمر", ["moon-station"]),
    ("الأوراسي", ["china-russia"]),
    ("الروايات", ["arabic-novel"]),
    ("اللهجات", ["ai-dialects"]),
    ("لهجة", ["ai-dialects"]),
    ("المكتبات", ["public-libraries"]),
    ("مكتبة", ["public-libraries"]),
    ("سيارة كهربائية", ["electric-cars"]),
    ("العدائين", ["wadi-rum-race"]),
    ("لاعبات", ["women-football"]),
    ("التمور", ["dates-harvest"]),
    ("الحجاج", ["hajj-plan"]),
    ("الخطاطين", ["calligraphy"]),
    ("بالمريخ", ["mars-probe"]),
    # Countries and their adjectives.
    ("تركيا", ["turkey-inflation"]),
    ("الليرة التركية", ["turkey-inflation"]),
    ("سوريا", ["syria-reconstruction"]),
    ("السورية", ["syria-reconstruction"]),
    ("اليابان", ["japan-gulf"]),
    ("الجزائرية", ["algeria-gas"]),
    ("مصري", ["egypt-desalination"]),
    ("العراق", ["iraq-heat"]),
    ("الهندية", ["india-rice"]),
    ("تونسي", ["tunisia-olive-oil"]),
    ("المغربية", ["morocco-solar", "women-football"]),
    ("السودانية", ["sudan-locusts"]),
    ("كازاخستان", ["caspian-corridor"]),
    # Orthographic variants: hamza, alef, ة/ه, ى/ي, digits, Persian letters.
    ("الالكترونيه", ["bank-cyberattacks"]),
    ("الإلكترونية", ["bank-cyberattacks"]),
    ("اسعار البن", ["coffee-prices"]),
    ("الشمسيه", ["morocco-solar"]),
    ("مستشفي", ["mecca-hospital", "iraq-heat"]),
    ("اعمار سوريا", ["syria-reconstruction"]),
    ("رؤية ٢٠٣٠", ["saudi-tourism"]),
    ("کازاخستان", ["caspian-corridor"]),
    ("عمان الخزف", ["muscat-ceramics"]),
    # Diacritics and tatweel.
    ("الخَزَف", ["muscat-ceramics"]),
    ("التَّضَخُّم", ["turkey-inflation"]),
    ("الزَّيْتُون", ["tunisia-olive-oil"]),
    ("الـــحـــج", ["hajj-plan"]),
    ("عُمان", ["muscat-ceramics"]),
    # Names in Latin and Arabic script.
    ("بريكس", ["brics-summit"]),
    ("BRICS+", ["brics-summit"]),
    ("وبريكس", ["brics-summit"]),
    ("أوكوس", ["aukus-nato", "china-russia"]),
    ("AUKUS", ["aukus-nato", "china-russia"]),
    ("الناتو", ["aukus-nato"]),
    ("OPEC+", ["opec-cuts"]),
    ("أوبك", ["opec-cuts"]),
    ("VAR الحكام", ["var-explained"]),
    # Phrases.
    ('"الحزام والطريق"', ["china-russia"]),
    ('"كرة القدم"', ["women-football"]),
    ("«الذكاء الاصطناعي»", ["ai-dialects"]),
    ('"زيت الزيتون" تونس', ["tunisia-olive-oil"]),
    # Several words, a question, a word that is not there.
    ("ما هي منظمة شنغهاي", ["china-russia"]),
    ("تحلية مياه البحر في مصر", ["egypt-desalination"]),
    ("عواصف المريخ الغبارية", ["mars-probe"]),
    ("السياحة السعودية", ["saudi-tourism"]),
    ("الجراد والمحاصيل", ["sudan-locusts"]),
]

ENGLISH_QUERIES = [
    ("China Russia cooperation", ["en-china-russia"]),
    ('"Belt and Road"', ["en-china-russia"]),
    ("eurasian", ["en-china-russia"]),
    ("BRICS", ["en-brics"]),
    ("بريكس", ["en-brics"]),
    ("solar hydrogen", ["en-morocco-solar"]),
    ("cafe prices", ["en-coffee"]),
    ("café", ["en-coffee"]),
    ("dialect", ["en-ai-dialects"]),
    ("footballers Morocco", ["en-women-football"]),
    ("desalinate", ["en-desalination"]),
    ("Turkish inflation", ["en-turkey-inflation"]),
    ("electric car", ["en-electric-cars"]),
    ("cyberattack banks", ["en-cyberattacks"]),
    ("OPEC+", ["en-opec"]),
    ("أوبك", ["en-opec"]),
    ("locust", ["en-locusts"]),
    ("AI", ["en-ai-dialects"]),
]
