### Key statements of the China Banking Association's "Customer Service Center and
### Remote Banking Development Report (2023)", as published on 22 July 2024.
### Reference locale. Ids, variables and structure follow locales/id/report.ftl, which
### `glossator extract` writes from reports/cba-remote-banking-2023.id.txt. Figures are data
### (figures/cba-remote-banking-2023.toml): every NUMBER() is formatted per locale.

-cba = China Banking Association

## Report

report-title = { -cba }: customer service centers and remote banking are actively adopting large models and other new-generation artificial intelligence technologies

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = On 22 July, the { -cba } released the “China Banking Industry Customer Service Center and Remote Banking Development Report (2023)”. In 2023, customer service centers and remote banking units accelerated the application of big data and artificial intelligence technologies and actively adopted large models and other new-generation artificial intelligence technologies.

large-model-adoption-first = According to the report, 2023 was the first year in which large model technology was applied in the financial industry.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = According to incomplete statistics, { NUMBER($share) } of customer service centers and remote banking units have begun to explore the application of large model technology, mainly in knowledge operations, content summarization, intelligent work orders and other areas.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = In data processing, according to incomplete statistics in the report, { NUMBER($dashboard) } of customer service centers and remote banking units have built and deployed data dashboards, { NUMBER($unstructured-data) } have applied unstructured data to big data analysis, and { NUMBER($vector-database) } have deployed vector databases for scenarios such as corpus analysis and mining, knowledge base search and real-time agent assist.

## Customer experience

customer-experience-trend = In 2023, customer service centers and remote banking units consolidated their service foundations and improved the customer experience.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = According to the report, banking institutions had { NUMBER($staff) } customer service staff at the end of 2023, down { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } year on year.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Human agents handled { NUMBER($calls) } inbound calls during the year, up { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } year on year.

# $rate (percent): average answer rate of calls to human agents (人工电话平均接通率).
answer-rate = The average answer rate of calls to human agents at customer service centers and remote banking units reached { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = Customer satisfaction with agent-handled calls reached { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, above { NUMBER($threshold) } for the fourth consecutive year.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = The report also shows that in 2023, of the customer service centers and remote banking units that took part in the survey, { NUMBER($app) } provided mobile app service, { NUMBER($wechat) } WeChat service, { NUMBER($online) } online service, { NUMBER($sms) } SMS service and { NUMBER($video) } video service.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) } provided email service and { NUMBER($weibo) } Weibo service.

video-services-trend = The number of customer service centers and remote banking units offering video service has grown rapidly over the past three years.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = In pension finance and inclusive finance, all customer service centers and remote banking units that took part in the survey provided services for elderly customers in 2023: { NUMBER($auto-identify) } can identify elderly customers automatically, { NUMBER($direct-option) } of telephone banks offer elderly customers a direct option to reach a human agent, and { NUMBER($manual-priority) } of telephone banks give elderly customers priority when they are transferred to a human agent.

## Transformation

transformation-trend = The report also shows that customer service centers and remote banking units have kept pace with developments, actively joined in the development of the whole industry, and are transforming into comprehensive, value-oriented customer service centers.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = At the end of 2023, { NUMBER($centers) } bank customer service { $centers ->
        [one] center had
       *[other] centers had
    } been renamed remote banking centers, { NUMBER($share) } of the total, up { NUMBER($points) } percentage { $points ->
        [one] point
       *[other] points
    } year on year.
