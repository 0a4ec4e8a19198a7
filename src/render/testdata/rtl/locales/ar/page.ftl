### Arabic (ar) page messages of the right-to-left TEST locale: partial on purpose, like
### report.ftl; the missing ones are shown from the reference (en), left-to-right.

page-language-name = العربية
page-languages = اللغات
page-source = المصدر: Huanqiu.com
page-section-large-models = النماذج الكبيرة
page-section-customer-experience = تجربة العملاء
page-section-transformation = التحول
page-key-figures = الأرقام الرئيسية
page-figure = المؤشر
page-value = القيمة
page-figure-staff = موظفو خدمة العملاء في نهاية عام 2023
page-figure-answer-rate = متوسط معدل الرد على المكالمات الموجهة إلى الموظفين
page-chart-channels = قنوات الخدمة في عام 2023
page-channel-app = تطبيق الهاتف المحمول
page-channel-wechat = WeChat
page-channel-online = خدمة العملاء عبر الإنترنت
page-conventions = تتبع الأرقام والتواريخ قواعد { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
page-fallback-note = † معروض بلغة { $language } (لم يُترجم بعد): { $ids }
page-missing-note = ⚠ غير موجود في البيانات: { $ids }
page-missing-mark = رقم مفقود
