### Japanese (ja) translation of locales/en/report.ftl: key statements of the China
### Banking Association's "Customer Service Center and Remote Banking Development Report
### (2023)", as published on 22 July 2024. Ids, variables and structure follow the
### reference. Figures are data (figures/cba-remote-banking-2023.toml): every NUMBER()
### is formatted per locale.

-cba = 中国銀行業協会

## Report

report-title = { -cba }：カスタマーサービスセンターとリモートバンキング部門が大規模モデルなど次世代人工知能技術を積極的に導入

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = 7月22日、{ -cba }は『中国銀行業界カスタマーサービスセンター・リモートバンキング発展報告（2023）』を発表した。2023年、カスタマーサービスセンターおよびリモートバンキング部門はビッグデータと人工知能技術の活用を加速し、大規模モデルなど次世代人工知能技術を積極的に導入した。

large-model-adoption-first = 報告書は、2023年が金融業界における大規模モデル技術の応用元年であったと指摘している。

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = 不完全な統計によると、カスタマーサービスセンターおよびリモートバンキング部門の{ NUMBER($share) }が大規模モデル技術の活用に向けた模索を始めており、主な分野はナレッジ運用、内容要約、スマートチケットなどである。

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = データ処理の面では、報告書の不完全な統計によると、カスタマーサービスセンターおよびリモートバンキング部門の{ NUMBER($dashboard) }がデータダッシュボードを構築・導入し、{ NUMBER($unstructured-data) }が非構造化データをビッグデータ分析に活用し、{ NUMBER($vector-database) }がコーパス分析・マイニング、ナレッジベース検索、リアルタイムオペレーター支援などの活用シーンに向けてベクトルデータベースを導入している。

## Customer experience

customer-experience-trend = 2023年、カスタマーサービスセンターおよびリモートバンキング部門はサービス基盤を固め、顧客体験を向上させた。

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = 報告書によると、2023年末時点の銀行業金融機関の顧客サービス担当者は{ NUMBER($staff) }人で、前年比{ NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) }減少した。

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = 年間を通じてオペレーターが対応した入電は{ NUMBER($calls) }件で、前年比{ NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) }増加した。

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = カスタマーサービスセンターおよびリモートバンキング部門におけるオペレーターへの通話の平均応答率は{ NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }に達した。

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = 有人対応コールの顧客満足度は{ NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }に達し、4年連続で{ NUMBER($threshold) }を上回った。

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = 報告書はまた、2023年に調査に参加したカスタマーサービスセンターおよびリモートバンキング部門のうち、{ NUMBER($app) }がモバイルアプリでのサービスを、{ NUMBER($wechat) }がWeChatでのサービスを、{ NUMBER($online) }がオンラインカスタマーサービスを、{ NUMBER($sms) }がSMSでのサービスを、{ NUMBER($video) }がビデオ相談を提供していたことを示している。

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) }がメールでのサービスを、{ NUMBER($weibo) }が微博でのサービスを提供していた。

video-services-trend = ビデオ相談を開始したカスタマーサービスセンターおよびリモートバンキング部門の数は、この3年間で急速に増加した。

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = シニア向け金融と金融包摂の分野では、2023年に調査に参加したすべてのカスタマーサービスセンターおよびリモートバンキング部門が高齢顧客向けのサービスを提供した。{ NUMBER($auto-identify) }が高齢顧客を自動的に識別でき、テレフォンバンキングの{ NUMBER($direct-option) }が高齢顧客向けにオペレーター直通の選択肢を設け、テレフォンバンキングの{ NUMBER($manual-priority) }がオペレーターへの転送時に高齢顧客を優先するオペレーター優先接続を導入している。

## Transformation

transformation-trend = 報告書はまた、カスタマーサービスセンターおよびリモートバンキング部門が発展の潮流に沿って業界全体の発展に積極的に加わり、総合的な価値創造型カスタマーサービスセンターへと転換しつつあることを明らかにした。

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = 2023年末時点で、銀行のカスタマーサービスセンター{ NUMBER($centers) }か所がリモートバンキングセンターに改称しており、その割合は全体の{ NUMBER($share) }と、前年比{ NUMBER($points) }ポイント上昇した。
