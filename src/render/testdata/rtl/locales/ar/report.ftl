### Arabic (ar): a right-to-left TEST locale for glossator render, not a project locale.
### Partial on purpose: the messages absent here are shown from the reference (en),
### left-to-right inside the right-to-left page, and marked as fallbacks.

-cba = جمعية المصارف الصينية

## Report

report-title = { -cba }: مراكز خدمة العملاء والخدمات المصرفية عن بُعد تتبنى بنشاط النماذج الكبيرة وغيرها من تقنيات الذكاء الاصطناعي من الجيل الجديد

report-date = 22 يوليو 2024

## Large models

large-model-adoption = وفقًا لإحصاءات غير مكتملة، بدأ { NUMBER($share) } من مراكز خدمة العملاء ووحدات الخدمات المصرفية عن بُعد في استكشاف تطبيق تقنية النماذج الكبيرة، ولا سيما في إدارة المعرفة وتلخيص المحتوى وأوامر العمل الذكية وغيرها من المجالات.

## Customer experience

# Arabic has six plural categories: 41,700 is `other` (n % 100 = 0).
customer-service-staff = وفقًا للتقرير، بلغ عدد موظفي خدمة العملاء في المؤسسات المصرفية { NUMBER($staff) } { $staff ->
        [zero] موظف
        [one] موظف واحد
        [two] موظفان
        [few] موظفين
        [many] موظفًا
       *[other] موظف
    } في نهاية عام 2023، بانخفاض سنوي قدره { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

answer-rate = بلغ متوسط معدل الرد على المكالمات التي يتولاها الموظفون في مراكز خدمة العملاء ووحدات الخدمات المصرفية عن بُعد { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

## Transformation

# 31 is `many` in Arabic (n % 100 = 11..99).
remote-banking-centers = في نهاية عام 2023، أُعيدت تسمية { NUMBER($centers) } { $centers ->
        [one] مركز
        [two] مركزين
        [few] مراكز
        [many] مركزًا
       *[other] مركز
    } لخدمة عملاء المصارف لتصبح مراكز للخدمات المصرفية عن بُعد، أي { NUMBER($share) } من المجموع، بزيادة { NUMBER($points) } نقاط مئوية على أساس سنوي.
