### Simplified Chinese (zh-CN) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = 简体中文
page-languages = 语言

## Source

page-source = 来源：环球网
# $released (date): the day the report was released.
page-report = 报告：《中国银行业客服中心与远程银行发展报告（2023）》，{ -cba }，{ DATETIME($released, dateStyle: "long") }发布

## Section headings (one per `##` group of report.ftl)

page-section-large-models = 大模型
page-section-data-processing = 数据处理
page-section-customer-experience = 客户体验
page-section-service-channels = 服务渠道
page-section-pension-finance-and-inclusive-finance = 养老金融与普惠金融
page-section-transformation = 转型发展

## Key figures

page-key-figures = 关键数据
page-figure = 指标
page-value = 数值
page-figure-staff = 2023年末客服人员数量
page-figure-calls = 2023年人工坐席处理呼入电话量
page-figure-answer-rate = 人工电话平均接通率
page-figure-satisfaction = 人工电话客户满意度
page-figure-large-models = 探索大模型技术应用的客服中心和远程银行占比
page-figure-renamed-centers = 更名为远程银行中心的银行客服中心

## Charts

page-chart-channels = 2023年服务渠道
page-chart-channels-description = 条形图：2023年参与调研的客服中心和远程银行中提供各服务渠道的占比。
page-channel-app = 手机App
page-channel-wechat = 微信
page-channel-online = 在线客服
page-channel-sms = 短信
page-channel-video = 视频客服
page-channel-email = 电子邮件
page-channel-weibo = 微博
page-chart-elderly = 2023年老年客户服务
page-chart-elderly-description = 条形图：参与调研的客服中心和远程银行中能够自动识别老年客户的占比，以及为老年客户提供直通人工服务选项、对老年客户转接人工坐席实行人工优先的电话银行占比。
page-elderly-auto-identify = 自动识别老年客户
page-elderly-direct-option = 电话银行：直通人工服务选项
page-elderly-manual-priority = 电话银行：转接人工坐席时人工优先

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = 数字和日期遵循{ $source }的规范：{ $number } · { $percent } · { DATETIME($date, dateStyle: "long") }。
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = 复数形式遵循{ $rules }。
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † 以{ $language }版本显示（尚未翻译）：{ $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ 数据中缺少：{ $ids }
page-missing-mark = 缺少数据

## Index page

page-index-title = 报告要点：各语言版本
page-index-language = 语言
page-index-summary = 摘要
page-index-completion = 翻译完成度
