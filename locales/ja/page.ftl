### Japanese (ja) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = 日本語
page-languages = 言語

## Source

page-source = 出典：環球網
# $released (date): the day the report was released.
page-report = 報告書：『中国銀行業界カスタマーサービスセンター・リモートバンキング発展報告（2023）』（{ -cba }、{ DATETIME($released, dateStyle: "long") }公表）

## Section headings (one per `##` group of report.ftl)

page-section-large-models = 大規模モデル
page-section-data-processing = データ処理
page-section-customer-experience = 顧客体験
page-section-service-channels = サービスチャネル
page-section-pension-finance-and-inclusive-finance = シニア向け金融と金融包摂
page-section-transformation = 転換

## Key figures

page-key-figures = 主要データ
page-figure = 指標
page-value = 値
page-figure-staff = 2023年末の顧客サービス担当者数
page-figure-calls = 2023年にオペレーターが対応した入電件数
page-figure-answer-rate = オペレーターへの通話の平均応答率
page-figure-satisfaction = 有人対応コールの顧客満足度
page-figure-large-models = 大規模モデル技術の活用を模索するカスタマーサービスセンターおよびリモートバンキング部門の割合
page-figure-renamed-centers = リモートバンキングセンターに改称した銀行のカスタマーサービスセンター

## Charts

page-chart-channels = 2023年のサービスチャネル
page-chart-channels-description = 棒グラフ：2023年に調査に参加したカスタマーサービスセンターおよびリモートバンキング部門のうち、各サービスチャネルを提供していた割合。
page-channel-app = モバイルアプリ
page-channel-wechat = WeChat
page-channel-online = オンラインカスタマーサービス
page-channel-sms = SMS
page-channel-video = ビデオ相談
page-channel-email = メール
page-channel-weibo = 微博
page-chart-elderly = 2023年の高齢顧客向けサービス
page-chart-elderly-description = 棒グラフ：調査に参加したカスタマーサービスセンターおよびリモートバンキング部門のうち高齢顧客を自動的に識別できる割合と、高齢顧客向けにオペレーター直通の選択肢を設けるテレフォンバンキングおよび転送時にオペレーター優先接続を行うテレフォンバンキングの割合。
page-elderly-auto-identify = 高齢顧客の自動識別
page-elderly-direct-option = テレフォンバンキング：オペレーター直通の選択肢
page-elderly-manual-priority = テレフォンバンキング：転送時のオペレーター優先接続

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = 数値と日付の表記は{ $source }に従っています：{ $number } · { $percent } · { DATETIME($date, dateStyle: "long") }。
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = 複数形の規則：{ $rules }。
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † { $language }版で表示（未翻訳）：{ $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ データにない数値：{ $ids }
page-missing-mark = 数値なし

## Index page

page-index-title = 報告書の要点：全言語版
page-index-language = 言語
page-index-summary = 要約
page-index-completion = 翻訳済み
