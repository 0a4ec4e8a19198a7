### Simplified Chinese (zh-CN) translation of locales/en/report.ftl: key statements of
### the China Banking Association's "Customer Service Center and Remote Banking
### Development Report (2023)", as published on 22 July 2024. Ids, variables and
### structure follow the reference. Figures are data (figures/cba-remote-banking-2023.toml):
### every NUMBER() is formatted per locale.

-cba = 中国银行业协会

## Report

report-title = { -cba }：客服中心和远程银行积极应用大模型等新一代人工智能技术

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = 7月22日，{ -cba }发布《中国银行业客服中心与远程银行发展报告（2023）》。2023年，客服中心和远程银行加快大数据、人工智能技术应用，积极应用大模型等新一代人工智能技术。

large-model-adoption-first = 报告指出，2023年是大模型技术在金融行业的应用元年。

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = 据不完全统计，{ NUMBER($share) }的客服中心和远程银行已开始探索大模型技术应用，主要集中在知识运营、内容总结、智能工单等领域。

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = 在数据处理方面，据报告不完全统计，{ NUMBER($dashboard) }的客服中心和远程银行建设并部署了数据看板，{ NUMBER($unstructured-data) }将非结构化数据应用于大数据分析，{ NUMBER($vector-database) }部署了向量数据库，用于语料分析挖掘、知识库检索、实时坐席辅助等场景。

## Customer experience

customer-experience-trend = 2023年，客服中心和远程银行夯实服务基础，提升客户体验。

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = 报告显示，截至2023年末，银行业金融机构共有客服人员{ NUMBER($staff) }人，同比下降{ NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) }。

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = 全年人工坐席处理呼入电话{ NUMBER($calls) }通，同比增长{ NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) }。

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = 客服中心和远程银行人工电话平均接通率达到{ NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }。

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = 人工电话客户满意度达到{ NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }，连续四年高于{ NUMBER($threshold) }。

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = 报告还显示，2023年参与调研的客服中心和远程银行中，{ NUMBER($app) }提供手机App服务，{ NUMBER($wechat) }提供微信服务，{ NUMBER($online) }提供在线客服，{ NUMBER($sms) }提供短信服务，{ NUMBER($video) }提供视频客服。

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) }提供电子邮件服务，{ NUMBER($weibo) }提供微博服务。

video-services-trend = 近三年，开通视频客服的客服中心和远程银行数量快速增长。

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = 在养老金融和普惠金融方面，2023年参与调研的客服中心和远程银行均为老年客户提供了适老化服务：其中{ NUMBER($auto-identify) }能够自动识别老年客户，{ NUMBER($direct-option) }的电话银行为老年客户提供直通人工服务选项，{ NUMBER($manual-priority) }的电话银行对老年客户转接人工坐席实行人工优先。

## Transformation

transformation-trend = 报告还披露，客服中心和远程银行顺应发展趋势，积极融入全行业发展大势，向综合化、价值型客服中心转型。

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = 截至2023年末，已有{ NUMBER($centers) }家银行客服中心更名为远程银行中心，占比{ NUMBER($share) }，同比提升{ NUMBER($points) }个百分点。
