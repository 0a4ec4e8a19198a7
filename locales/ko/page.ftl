### Korean (ko) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = 한국어
page-languages = 언어

## Source

page-source = 출처: 환구망
# $released (date): the day the report was released.
page-report = 보고서: 「중국 은행업 고객센터 및 원격 뱅킹 발전 보고서(2023)」, { -cba }, { DATETIME($released, dateStyle: "long") } 발표

## Section headings (one per `##` group of report.ftl)

page-section-large-models = 대규모 AI 모델
page-section-data-processing = 데이터 처리
page-section-customer-experience = 고객 경험
page-section-service-channels = 서비스 채널
page-section-pension-finance-and-inclusive-finance = 시니어 금융과 포용적 금융
page-section-transformation = 전환

## Key figures

page-key-figures = 주요 수치
page-figure = 지표
page-value = 값
page-figure-staff = 2023년 말 상담 인력
page-figure-calls = 2023년 상담원이 처리한 인바운드 콜
page-figure-answer-rate = 상담원 응대 통화 평균 응답률
page-figure-satisfaction = 상담원 응대 통화의 고객만족도
page-figure-large-models = 대규모 AI 모델 기술의 활용을 모색하는 고객센터와 원격 뱅킹 부문
page-figure-renamed-centers = 원격 뱅킹 센터로 명칭을 변경한 은행 고객센터

## Charts

page-chart-channels = 2023년 서비스 채널
page-chart-channels-description = 막대그래프: 2023년 조사에 참여한 고객센터와 원격 뱅킹 부문 가운데 각 서비스 채널을 제공한 비율.
page-channel-app = 모바일 앱
page-channel-wechat = 위챗
page-channel-online = 온라인 상담
page-channel-sms = 문자 메시지
page-channel-video = 화상 상담
page-channel-email = 이메일
page-channel-weibo = 웨이보
page-chart-elderly = 2023년 고령 고객 서비스
page-chart-elderly-description = 막대그래프: 조사에 참여한 고객센터와 원격 뱅킹 부문 가운데 고령 고객을 자동으로 식별하는 비율, 그리고 고령 고객에게 상담원 바로 연결 옵션을 제공하는 텔레뱅킹과 상담원에게 연결될 때 상담원 우선 연결을 적용하는 텔레뱅킹의 비율.
page-elderly-auto-identify = 고령 고객 자동 식별
page-elderly-direct-option = 텔레뱅킹: 상담원 바로 연결 옵션
page-elderly-manual-priority = 텔레뱅킹: 상담원 연결 시 상담원 우선 연결

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = 숫자와 날짜는 { $source } 규칙을 따릅니다: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = 복수형 규칙: { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † { $language } 버전으로 표시(아직 번역되지 않음): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ 데이터에 없는 수치: { $ids }
page-missing-mark = 수치 없음

## Index page

page-index-title = 언어별 보고서 주요 내용
page-index-language = 언어
page-index-summary = 요약
page-index-completion = 번역률
