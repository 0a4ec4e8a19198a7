### The page around the report's messages (glossator render): the language switcher,
### the source, the section headings, the key figures and charts, the footer and the
### index. Reference locale: every locale translates these too, so that no word of a
### page is in another language. Dates are data (figures/cba-remote-banking-2023.toml).

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = English
# Label of the list of the summary's language versions.
page-languages = Languages

## Source

page-source = Source: Huanqiu.com
# $released (date): the day the report was released.
page-report = Report: “China Banking Industry Customer Service Center and Remote Banking Development Report (2023)”, { -cba }, released on { DATETIME($released, dateStyle: "long") }

## Section headings: one per `##` group of report.ftl, named page-section- and the
## group's words in lower case joined by hyphens.

page-section-large-models = Large models
page-section-data-processing = Data processing
page-section-customer-experience = Customer experience
page-section-service-channels = Service channels
page-section-pension-finance-and-inclusive-finance = Pension finance and inclusive finance
page-section-transformation = Transformation

## Key figures: the table's heading and column headers, and its rows (glossator.toml,
## [render] key-figures).

page-key-figures = Key figures
page-figure = Figure
page-value = Value
page-figure-staff = Customer service staff at the end of 2023
page-figure-calls = Inbound calls handled by human agents in 2023
page-figure-answer-rate = Average answer rate of calls to human agents
page-figure-satisfaction = Customer satisfaction with agent-handled calls
page-figure-large-models = Centers exploring large model technology
page-figure-renamed-centers = Customer service centers renamed remote banking centers

## Charts (glossator.toml, [[render.chart]]): title, description for screen readers,
## one label per bar.

page-chart-channels = Service channels in 2023
page-chart-channels-description = Bar chart: the share of the surveyed customer service centers and remote banking units that offered each service channel in 2023.
page-channel-app = Mobile app
page-channel-wechat = WeChat
page-channel-online = Online customer service
page-channel-sms = SMS
page-channel-video = Video service
page-channel-email = Email
page-channel-weibo = Weibo
page-chart-elderly = Services for elderly customers in 2023
page-chart-elderly-description = Bar chart: the share of the surveyed customer service centers and remote banking units that identify elderly customers automatically, and the shares of telephone banks that offer elderly customers a direct option to reach a human agent or priority when they are transferred to one.
page-elderly-auto-identify = Identify elderly customers automatically
page-elderly-direct-option = Telephone banks: direct option to reach a human agent
page-elderly-manual-priority = Telephone banks: priority when transferred to a human agent

## Footer

# $source: "Unicode CLDR (en)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Numbers and dates follow { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Plural forms follow { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Shown in { $language } (not yet translated): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Missing from the data: { $ids }
# Title of the mark on a missing figure.
page-missing-mark = missing figure

## Index page (in the reference's language)

page-index-title = The report’s key statements in every language
page-index-language = Language
page-index-summary = Summary
page-index-completion = Translated
