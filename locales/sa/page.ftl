### Sanskrit (sa) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = संस्कृतम्
page-languages = भाषाः

## Source

page-source = स्रोतः — Huanqiu.com
# $released (date): the day the report was released.
page-report = प्रतिवेदनम्: “चीनवित्तकोषक्षेत्रस्य ग्राहकसेवाकेन्द्र-दूरवित्तकोषसेवा-विकासप्रतिवेदनम् (२०२३)”, { -cba }, प्रकाशनदिनाङ्कः { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = बृहत्प्रतिरूपाणि
page-section-data-processing = दत्तांशसंसाधनम्
page-section-customer-experience = ग्राहकानुभवः
page-section-service-channels = सेवामार्गाः
page-section-pension-finance-and-inclusive-finance = निवृत्तिवित्तं समावेशिवित्तं च
page-section-transformation = परिवर्तनम्

## Key figures

page-key-figures = मुख्याङ्काः
page-figure = सूचकः
page-value = मानम्
page-figure-staff = २०२३ तमस्य वर्षस्य अन्ते ग्राहकसेवाकर्मिणः
page-figure-calls = २०२३ तमे वर्षे मानवप्रतिनिधिभिः समपादितानि आगताह्वानानि
page-figure-answer-rate = मानवप्रतिनिधिभ्यः कृतानाम् आह्वानानां प्रत्युत्तरानुपातस्य मध्यमानम्
page-figure-satisfaction = प्रतिनिधिसम्पादिताह्वानेषु ग्राहकसन्तुष्टिः
page-figure-large-models = बृहत्प्रतिरूपतन्त्रज्ञानस्य प्रयोगम् अन्विष्यन्ति ग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाविभागाश्च
page-figure-renamed-centers = दूरवित्तकोषसेवाकेन्द्रम् इति नामान्तरं प्राप्तानि वित्तकोषग्राहकसेवाकेन्द्राणि

## Charts

page-chart-channels = २०२३ तमे वर्षे सेवामार्गाः
page-chart-channels-description = स्तम्भचित्रम्: सर्वेक्षणे भागं गृहीतवतां ग्राहकसेवाकेन्द्राणां दूरवित्तकोषसेवाविभागानां च मध्ये २०२३ तमे वर्षे प्रत्येकं सेवामार्गं प्रदत्तवतां भागः।
page-channel-app = चलभाष-अनुप्रयोगसेवा
page-channel-wechat = WeChat
page-channel-online = अन्तर्जालसेवा
page-channel-sms = लघुसन्देशसेवा
page-channel-video = दृश्यसंवादसेवा
page-channel-email = ई-पत्रसेवा
page-channel-weibo = Weibo
page-chart-elderly = २०२३ तमे वर्षे वृद्धग्राहकेभ्यः सेवाः
page-chart-elderly-description = स्तम्भचित्रम्: सर्वेक्षणे भागं गृहीतवतां ग्राहकसेवाकेन्द्राणां दूरवित्तकोषसेवाविभागानां च मध्ये वृद्धग्राहकान् स्वयमेव अभिज्ञातुं शक्नुवतां भागः, तथा वृद्धग्राहकेभ्यः मानवप्रतिनिधिं प्राप्तुं प्रत्यक्षमानवसम्पर्कस्य विकल्पं ददतीनां मानवप्रतिनिधिं प्रति सम्प्रेषणे मानवसम्पर्कप्राथम्यं यच्छन्तीनां च दूरभाषवित्तकोषसेवानां भागौ।
page-elderly-auto-identify = वृद्धग्राहकाणां स्वयमभिज्ञानम्
page-elderly-direct-option = दूरभाषवित्तकोषसेवाः — मानवप्रतिनिधिं प्राप्तुं प्रत्यक्षमानवसम्पर्कस्य विकल्पः
page-elderly-manual-priority = दूरभाषवित्तकोषसेवाः — मानवप्रतिनिधिं प्रति सम्प्रेषणे मानवसम्पर्कप्राथम्यम्

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = सङ्ख्याः दिनाङ्काश्च { $source } इत्यस्य नियमान् अनुसरन्ति: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }।
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = बहुवचनरूपाणि { $rules } इत्यस्य नियमान् अनुसरन्ति।
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † { $language } इति भाषासंस्करणे दर्शितम् (अद्यापि अननूदितम्): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ दत्तांशे नास्ति: { $ids }
page-missing-mark = अङ्कः नास्ति

## Index page

page-index-title = प्रतिवेदनस्य मुख्यवचनानि सर्वासु भाषासु
page-index-language = भाषा
page-index-summary = सारांशः
page-index-completion = अनूदितम्
