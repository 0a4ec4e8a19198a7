### Russian (ru) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Русский
page-languages = Языки

## Source

page-source = Источник: Huanqiu.com
# $released (date): the day the report was released. Short style (22.07.2024), as in
# report-date: the long one differs between CLDR 49 and the browsers' CLDR 48.
page-report = Доклад: «Доклад о развитии центров обслуживания клиентов и дистанционного банковского обслуживания в банковском секторе Китая (2023)», { -cba }, опубликован { DATETIME($released, dateStyle: "short") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Большие модели
page-section-data-processing = Обработка данных
page-section-customer-experience = Клиентский опыт
page-section-service-channels = Каналы обслуживания
page-section-pension-finance-and-inclusive-finance = Пенсионные финансы и инклюзивное финансирование
page-section-transformation = Трансформация

## Key figures

page-key-figures = Ключевые показатели
page-figure = Показатель
page-value = Значение
page-figure-staff = Сотрудники службы обслуживания клиентов на конец 2023 года
page-figure-calls = Входящие звонки, обработанные операторами в 2023 году
page-figure-answer-rate = Средняя доля принятых вызовов по звонкам, обработанным операторами
page-figure-satisfaction = Удовлетворённость клиентов обслуживанием по звонкам, обработанным операторами
page-figure-large-models = Центры обслуживания клиентов и центры дистанционного банковского обслуживания, изучающие применение больших моделей
page-figure-renamed-centers = Банки, переименовавшие центр обслуживания клиентов в центр дистанционного банковского обслуживания

## Charts

page-chart-channels = Каналы обслуживания в 2023 году
page-chart-channels-description = Столбчатая диаграмма: доля участвовавших в опросе центров обслуживания клиентов и центров дистанционного банковского обслуживания, предлагавших в 2023 году каждый из каналов обслуживания.
page-channel-app = Мобильное приложение
page-channel-wechat = WeChat
page-channel-online = Онлайн-обслуживание
page-channel-sms = SMS
page-channel-video = Видеообслуживание
page-channel-email = Электронная почта
page-channel-weibo = Weibo
page-chart-elderly = Услуги для пожилых клиентов в 2023 году
page-chart-elderly-description = Столбчатая диаграмма: доля участвовавших в опросе центров обслуживания клиентов и центров дистанционного банковского обслуживания, способных автоматически распознавать пожилых клиентов, а также доли служб телефонного банкинга, которые предлагают пожилым клиентам возможность прямого соединения с оператором или приоритетное соединение с оператором при переводе звонка.
page-elderly-auto-identify = Автоматическое распознавание пожилых клиентов
page-elderly-direct-option = Службы телефонного банкинга: прямое соединение с оператором
page-elderly-manual-priority = Службы телефонного банкинга: приоритетное соединение с оператором при переводе звонка

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Числа и даты записаны по правилам { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "short") }
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Формы множественного числа согласно { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Показано в версии «{ $language }» (ещё не переведено): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Нет в данных: { $ids }
page-missing-mark = нет данных

## Index page

page-index-title = Основные положения доклада на всех языках
page-index-language = Язык
page-index-summary = Краткое изложение
page-index-completion = Переведено
