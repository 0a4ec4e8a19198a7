### Russian (ru) translation of locales/en/report.ftl: key statements of the China Banking
### Association's "Customer Service Center and Remote Banking Development Report (2023)",
### as published on 22 July 2024. Ids, variables and structure follow the reference
### locale (en). Figures are data (figures/cba-remote-banking-2023.toml): every NUMBER()
### is formatted per locale.

# The association's name (glossary: china-banking-association, preferred), as a select on
# $case; only the nominative is used here. Add a case variant before calling it.
-cba = { $case ->
   *[nom] Китайская банковская ассоциация
}

## Report

report-title = { -cba }: центры обслуживания клиентов и центры дистанционного банковского обслуживания активно внедряют большие модели и другие технологии искусственного интеллекта нового поколения

# The short style (22.07.2024): CLDR 49 (glossator's ICU4X) writes a narrow no-break space
# before "г." in the long one, CLDR 48 (browsers' Intl) a space; the short one is the same.
report-date = { DATETIME($date, dateStyle: "short") }

## Large models

report-lead = 22 июля { -cba } опубликовала «Доклад о развитии центров обслуживания клиентов и дистанционного банковского обслуживания в банковском секторе Китая (2023)». В 2023 году центры обслуживания клиентов и центры дистанционного банковского обслуживания ускорили внедрение технологий больших данных и искусственного интеллекта и активно внедряли большие модели и другие технологии искусственного интеллекта нового поколения.

large-model-adoption-first = В докладе отмечается, что 2023 год стал первым годом применения технологии больших моделей в финансовой отрасли.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = По неполным данным, { NUMBER($share) } центров обслуживания клиентов и центров дистанционного банковского обслуживания приступили к изучению возможностей применения технологии больших моделей — прежде всего в управлении знаниями, кратком изложении содержания, интеллектуальной обработке заявок и других областях.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = В сфере обработки данных, согласно приведённым в докладе неполным данным, { NUMBER($dashboard) } центров обслуживания клиентов и центров дистанционного банковского обслуживания создали и внедрили информационные панели, { NUMBER($unstructured-data) } применили неструктурированные данные для анализа больших данных, а { NUMBER($vector-database) } развернули векторные базы данных для таких сценариев применения, как анализ корпусов текстов и извлечение из них информации, поиск по базе знаний и помощь оператору в реальном времени.

## Customer experience

customer-experience-trend = В 2023 году центры обслуживания клиентов и центры дистанционного банковского обслуживания укрепили основу обслуживания и улучшили клиентский опыт.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Согласно докладу, на конец 2023 года численность сотрудников службы обслуживания клиентов в финансовых учреждениях банковского сектора составила { NUMBER($staff) } { $staff ->
        [one] человек
        [few] человека
        [many] человек
       *[other] человека
    }, сократившись на { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } в годовом выражении.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = За год операторы обработали { NUMBER($calls) } { $calls ->
        [one] входящий звонок
        [few] входящих звонка
        [many] входящих звонков
       *[other] входящего звонка
    }, что на { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } больше в годовом выражении.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = По звонкам, обработанным операторами, средняя доля принятых вызовов в центрах обслуживания клиентов и центрах дистанционного банковского обслуживания достигла { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = Удовлетворённость клиентов обслуживанием по звонкам, обработанным операторами, достигла { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) } и уже четвёртый год подряд превышает { NUMBER($threshold) }.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = Из доклада также следует, что в 2023 году из участвовавших в опросе центров обслуживания клиентов и центров дистанционного банковского обслуживания { NUMBER($app) } предоставляли обслуживание через мобильное приложение, { NUMBER($wechat) } — через WeChat, { NUMBER($online) } — онлайн-обслуживание, { NUMBER($sms) } — обслуживание по SMS, а { NUMBER($video) } — видеообслуживание.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) } предоставляли обслуживание по электронной почте, а { NUMBER($weibo) } — через Weibo.

video-services-trend = За последние три года число центров обслуживания клиентов и центров дистанционного банковского обслуживания, предлагающих видеообслуживание, быстро росло.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = В сфере пенсионных финансов и инклюзивного финансирования все участвовавшие в опросе центры обслуживания клиентов и центры дистанционного банковского обслуживания в 2023 году предоставляли услуги для пожилых клиентов: { NUMBER($auto-identify) } из них способны автоматически распознавать пожилых клиентов, { NUMBER($direct-option) } служб телефонного банкинга предлагают пожилым клиентам возможность прямого соединения с оператором, а { NUMBER($manual-priority) } служб телефонного банкинга при переводе звонка обеспечивают пожилым клиентам приоритетное соединение с оператором.

## Transformation

transformation-trend = В докладе также отмечается, что центры обслуживания клиентов и центры дистанционного банковского обслуживания следуют тенденциям развития, активно встраиваются в развитие всей отрасли и превращаются в комплексные ценностно-ориентированные центры обслуживания клиентов.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = На конец 2023 года { NUMBER($centers) } { $centers ->
        [one] банк переименовал свой центр обслуживания клиентов в центр дистанционного банковского обслуживания
        [few] банка переименовали свои центры обслуживания клиентов в центры дистанционного банковского обслуживания
        [many] банков переименовали свои центры обслуживания клиентов в центры дистанционного банковского обслуживания
       *[other] банка переименовали свои центры обслуживания клиентов в центры дистанционного банковского обслуживания
    }, что составляет { NUMBER($share) } от их общего числа, с ростом на { NUMBER($points) } { $points ->
        [one] процентный пункт
        [few] процентных пункта
        [many] процентных пунктов
       *[other] процентного пункта
    } в годовом выражении.
