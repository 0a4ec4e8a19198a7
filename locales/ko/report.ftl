### Korean (ko) translation of locales/en/report.ftl: key statements of the China
### Banking Association's "Customer Service Center and Remote Banking Development Report
### (2023)", as published on 22 July 2024. Ids, variables and structure follow the
### reference. Figures are data (figures/cba-remote-banking-2023.toml): every NUMBER()
### is formatted per locale.

-cba = 중국은행업협회

## Report

report-title = { -cba }: 고객센터와 원격 뱅킹 부문, 대규모 AI 모델 등 차세대 인공지능 기술 적극 도입

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = 7월 22일 { -cba }는 「중국 은행업 고객센터 및 원격 뱅킹 발전 보고서(2023)」를 발표했다. 2023년 고객센터와 원격 뱅킹 부문은 빅데이터와 인공지능 기술의 활용을 가속화하고, 대규모 AI 모델 등 차세대 인공지능 기술을 적극 도입했다.

large-model-adoption-first = 보고서는 2023년이 금융업에서 대규모 AI 모델 기술이 활용되기 시작한 원년이라고 밝혔다.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = 불완전한 통계에 따르면 고객센터와 원격 뱅킹 부문의 { NUMBER($share) }가 대규모 AI 모델 기술의 활용을 모색하기 시작했으며, 주로 지식 운영, 내용 요약, 지능형 티켓 처리 등의 분야에 적용하고 있다.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = 보고서의 불완전한 통계에 따르면, 데이터 처리 측면에서는 고객센터와 원격 뱅킹 부문의 { NUMBER($dashboard) }가 데이터 대시보드를 구축·도입했고, { NUMBER($unstructured-data) }는 비정형 데이터를 빅데이터 분석에 활용했으며, { NUMBER($vector-database) }는 말뭉치 분석 및 마이닝, 지식 베이스 검색, 실시간 상담 지원 등의 시나리오에 벡터 데이터베이스를 도입했다.

## Customer experience

customer-experience-trend = 2023년 고객센터와 원격 뱅킹 부문은 서비스 기반을 다지고 고객 경험을 개선했다.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = 보고서에 따르면 2023년 말 기준 은행업 금융기관의 상담 인력은 { NUMBER($staff) }명으로 전년 대비 { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } 감소했다.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = 한 해 동안 상담원이 처리한 인바운드 콜은 { NUMBER($calls) }건으로 전년 대비 { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } 증가했다.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = 고객센터와 원격 뱅킹 부문의 상담원 응대 통화 평균 응답률은 { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }에 달했다.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = 상담원 응대 통화의 고객만족도는 { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }로 4년 연속 { NUMBER($threshold) }를 웃돌았다.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = 또한 보고서에 따르면 2023년 조사에 참여한 고객센터와 원격 뱅킹 부문 가운데 { NUMBER($app) }가 모바일 앱 서비스를, { NUMBER($wechat) }가 위챗 서비스를, { NUMBER($online) }가 온라인 상담을, { NUMBER($sms) }가 문자 메시지 서비스를, { NUMBER($video) }가 화상 상담을 제공했다.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) }는 이메일 서비스를, { NUMBER($weibo) }는 웨이보 서비스를 제공했다.

video-services-trend = 최근 3년간 화상 상담을 개설한 고객센터와 원격 뱅킹 부문의 수가 빠르게 늘었다.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = 시니어 금융과 포용적 금융 부문에서는 2023년 조사에 참여한 모든 고객센터와 원격 뱅킹 부문이 고령 고객을 위한 서비스를 제공했다. { NUMBER($auto-identify) }는 고령 고객을 자동으로 식별할 수 있으며, 텔레뱅킹의 { NUMBER($direct-option) }는 고령 고객에게 상담원 바로 연결 옵션을 제공하고, 텔레뱅킹의 { NUMBER($manual-priority) }는 고령 고객이 상담원에게 연결될 때 상담원 우선 연결을 적용하고 있다.

## Transformation

transformation-trend = 보고서는 또한 고객센터와 원격 뱅킹 부문이 발전 추세에 발맞춰 업계 전반의 발전 흐름에 적극 합류하고, 종합형·가치 창출형 고객센터로 전환하고 있다고 밝혔다.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = 2023년 말 기준 { NUMBER($centers) }개 은행 고객센터가 원격 뱅킹 센터로 명칭을 변경했으며, 이는 전체의 { NUMBER($share) }로 전년 대비 { NUMBER($points) }퍼센트포인트 상승한 수준이다.
