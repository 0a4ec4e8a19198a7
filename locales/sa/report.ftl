### Sanskrit (sa, Devanagari) translation of locales/en/report.ftl: key statements of
### the China Banking Association's "Customer Service Center and Remote Banking
### Development Report (2023)", as published on 22 July 2024. Ids, variables and
### structure follow the reference. Figures are data (figures/cba-remote-banking-2023.toml):
### every NUMBER() is formatted per locale. Banking terms are the glossary's coinages.

-cba = { $case ->
       *[nom] चीनवित्तकोषसङ्घः
    }

## Report

report-title = { -cba(case: "nom") }: ग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाविभागाश्च बृहत्प्रतिरूपादीनि नव्यकृत्रिमबुद्धितन्त्रज्ञानानि सोत्साहम् अङ्गीकुर्वन्ति

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = जुलैमासस्य २२ दिनाङ्के { -cba(case: "nom") } “चीनवित्तकोषक्षेत्रस्य ग्राहकसेवाकेन्द्र-दूरवित्तकोषसेवा-विकासप्रतिवेदनम् (२०२३)” इति प्रतिवेदनं प्राकाशयत्। २०२३ तमे वर्षे ग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाविभागाश्च महादत्तांश-कृत्रिमबुद्धि-तन्त्रज्ञानयोः प्रयोगं त्वरितवन्ति, बृहत्प्रतिरूपादीनि नव्यकृत्रिमबुद्धितन्त्रज्ञानानि च सोत्साहम् अङ्गीकृतवन्ति।

large-model-adoption-first = २०२३ तमं वर्षं वित्तक्षेत्रे बृहत्प्रतिरूपतन्त्रज्ञानस्य प्रयोगस्य प्रथमं वर्षम् आसीद् इति प्रतिवेदनं वदति।

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = अपूर्णसाङ्ख्यिक्यनुसारं { NUMBER($share) } ग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाविभागाश्च बृहत्प्रतिरूपतन्त्रज्ञानस्य प्रयोगम् अन्वेष्टुम् आरभन्त, मुख्यतया ज्ञानप्रबन्धन-विषयसारांश-बुद्धिमत्कार्यादेशादिषु क्षेत्रेषु।

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = दत्तांशसंसाधनविषये प्रतिवेदनस्य अपूर्णसाङ्ख्यिक्यनुसारं { NUMBER($dashboard) } ग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाविभागाश्च दत्तांशफलकानि निर्माय प्रास्थापयन्, { NUMBER($unstructured-data) } असंरचितदत्तांशं महादत्तांशविश्लेषणे प्रायुञ्जत, { NUMBER($vector-database) } च पाठसङ्ग्रहविश्लेषणखनन-ज्ञानकोषान्वेषण-तात्कालिकप्रतिनिधिसाहाय्यादिषु प्रसङ्गेषु सदिशदत्तांशकोषान् प्रास्थापयन्।

## Customer experience

customer-experience-trend = २०२३ तमे वर्षे ग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाविभागाश्च सेवायाः आधारं दृढीकृत्य ग्राहकानुभवम् उन्नीतवन्ति।

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = प्रतिवेदनानुसारं २०२३ तमस्य वर्षस्य अन्ते वित्तकोषसंस्थासु { NUMBER($staff) } { $staff ->
        [one] ग्राहकसेवाकर्मी आसीत्
        [two] ग्राहकसेवाकर्मिणौ आस्ताम्
       *[other] ग्राहकसेवाकर्मिणः आसन्
    }, यत् पूर्ववर्षापेक्षया { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } न्यूनम्।

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = तस्मिन् वर्षे मानवप्रतिनिधयः { NUMBER($calls) } { $calls ->
        [one] आगताह्वानम्
        [two] आगताह्वाने
       *[other] आगताह्वानानि
    } समपादयन्, यत् पूर्ववर्षापेक्षया { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } अधिकम्।

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = ग्राहकसेवाकेन्द्रेषु दूरवित्तकोषसेवाविभागेषु च मानवप्रतिनिधिभ्यः कृतानाम् आह्वानानां प्रत्युत्तरानुपातस्य मध्यमानं { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) } इति स्तरं प्राप।

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = प्रतिनिधिसम्पादिताह्वानेषु ग्राहकसन्तुष्टिः { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) } इति स्तरं प्राप, सततं चतुर्थे वर्षे च सा { NUMBER($threshold) } इत्यस्मात् स्तरात् अधिका।

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = प्रतिवेदनम् इदमपि दर्शयति यत् २०२३ तमे वर्षे सर्वेक्षणे भागं गृहीतवत्सु ग्राहकसेवाकेन्द्रेषु दूरवित्तकोषसेवाविभागेषु च { NUMBER($app) } चलभाष-अनुप्रयोगसेवाम्, { NUMBER($wechat) } WeChat-सेवाम्, { NUMBER($online) } अन्तर्जालसेवाम्, { NUMBER($sms) } लघुसन्देशसेवाम्, { NUMBER($video) } च दृश्यसंवादसेवां प्रायच्छन्।

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) } ई-पत्रसेवाम्, { NUMBER($weibo) } च Weibo-सेवां प्रायच्छन्।

video-services-trend = गतेषु त्रिषु वर्षेषु दृश्यसंवादसेवां प्रददतां ग्राहकसेवाकेन्द्राणां दूरवित्तकोषसेवाविभागानां च सङ्ख्या शीघ्रं वृद्धा।

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = निवृत्तिवित्तस्य समावेशिवित्तस्य च क्षेत्रे २०२३ तमे वर्षे सर्वेक्षणे भागं गृहीतवत्सु सर्वेषु ग्राहकसेवाकेन्द्रेषु दूरवित्तकोषसेवाविभागेषु च वृद्धग्राहकेभ्यः सेवाः प्रदत्ताः। तेषु { NUMBER($auto-identify) } वृद्धग्राहकान् स्वयमेव अभिज्ञातुं शक्नुवन्ति, { NUMBER($direct-option) } दूरभाषवित्तकोषसेवाः वृद्धग्राहकेभ्यः मानवप्रतिनिधिं प्राप्तुं प्रत्यक्षमानवसम्पर्कस्य विकल्पं ददति, { NUMBER($manual-priority) } च दूरभाषवित्तकोषसेवाः मानवप्रतिनिधिं प्रति सम्प्रेषणे वृद्धग्राहकेभ्यः मानवसम्पर्कप्राथम्यं यच्छन्ति।

## Transformation

transformation-trend = प्रतिवेदनम् इदमपि प्रकटयति यत् ग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाविभागाश्च विकासप्रवृत्तिम् अनुसृत्य समग्रोद्योगस्य विकासे सोत्साहं समाविशन्ति, व्यापकानि मूल्यसर्जकग्राहकसेवाकेन्द्राणि च भवन्ति।

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = २०२३ तमस्य वर्षस्य अन्तं यावत् { NUMBER($centers) } { $centers ->
        [one] वित्तकोषग्राहकसेवाकेन्द्रं दूरवित्तकोषसेवाकेन्द्रम् इति नामान्तरं प्राप
        [two] वित्तकोषग्राहकसेवाकेन्द्रे दूरवित्तकोषसेवाकेन्द्रम् इति नामान्तरं प्रापतुः
       *[other] वित्तकोषग्राहकसेवाकेन्द्राणि दूरवित्तकोषसेवाकेन्द्रम् इति नामान्तरं प्रापुः
    }; इदं सर्वकेन्द्राणां { NUMBER($share) } मितम्, पूर्ववर्षापेक्षया च { NUMBER($points) } { $points ->
        [one] प्रतिशतबिन्दुना
        [two] प्रतिशतबिन्दुभ्याम्
       *[other] प्रतिशतबिन्दुभिः
    } अधिकम्।
