### Key statements of the China Banking Association's "Customer Service Center and
### Remote Banking Development Report (2023)", as published on 22 July 2024.
### Spanish (es) translation of locales/en/report.ftl: ids, variables and structure
### follow the reference. Figures are data (figures/cba-remote-banking-2023.toml):
### every NUMBER() is formatted per locale.

-cba = Asociación Bancaria de China

## Report

report-title = { -cba }: los centros de atención al cliente y de banca a distancia adoptan activamente los grandes modelos y otras tecnologías de inteligencia artificial de nueva generación

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = El 22 de julio, la { -cba } publicó el «Informe sobre el desarrollo de los centros de atención al cliente y la banca a distancia del sector bancario de China (2023)». En 2023, los centros de atención al cliente y de banca a distancia aceleraron la aplicación de los macrodatos y la inteligencia artificial, y adoptaron activamente los grandes modelos y otras tecnologías de inteligencia artificial de nueva generación.

large-model-adoption-first = Según el informe, 2023 fue el primer año de aplicación de la tecnología de grandes modelos en el sector financiero.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Según estadísticas incompletas, el { NUMBER($share) } de los centros de atención al cliente y de banca a distancia ha comenzado a explorar la aplicación de la tecnología de grandes modelos, principalmente en la gestión del conocimiento, el resumen del contenido, los tickets inteligentes y otros ámbitos.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = En el procesamiento de datos, según las estadísticas incompletas del informe, el { NUMBER($dashboard) } de los centros de atención al cliente y de banca a distancia ha creado e implantado paneles de datos, el { NUMBER($unstructured-data) } ha aplicado datos no estructurados al análisis de macrodatos y el { NUMBER($vector-database) } ha implantado bases de datos vectoriales para escenarios de aplicación como el análisis y minería de corpus, la búsqueda en la base de conocimientos y la asistencia al agente en tiempo real.

## Customer experience

customer-experience-trend = En 2023, los centros de atención al cliente y de banca a distancia consolidaron las bases de su servicio y mejoraron la experiencia del cliente.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Según el informe, a finales de 2023 el personal de atención al cliente de las instituciones financieras bancarias ascendía a { NUMBER($staff) } { $staff ->
        [one] persona
       *[other] personas
    }, lo que supone un descenso interanual del { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Los agentes humanos atendieron { NUMBER($calls) } { $calls ->
        [one] llamada entrante
       *[other] llamadas entrantes
    } a lo largo del año, un aumento interanual del { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) }.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = El nivel de atención medio de las llamadas dirigidas a agentes humanos en los centros de atención al cliente y de banca a distancia alcanzó el { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = La satisfacción del cliente con las llamadas atendidas por agentes alcanzó el { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, por encima del { NUMBER($threshold) } por cuarto año consecutivo.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = El informe muestra también que en 2023, de los centros de atención al cliente y de banca a distancia que participaron en la encuesta, el { NUMBER($app) } ofrecía servicio a través de aplicación móvil; el { NUMBER($wechat) }, servicio por WeChat; el { NUMBER($online) }, atención al cliente en línea; el { NUMBER($sms) }, servicio por SMS, y el { NUMBER($video) }, servicio de vídeo.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = Además, el { NUMBER($email) } ofrecía servicio por correo electrónico y el { NUMBER($weibo) }, servicio por Weibo.

video-services-trend = El número de centros de atención al cliente y de banca a distancia que ofrecen servicio de vídeo ha crecido rápidamente en los últimos tres años.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = En el ámbito de las finanzas para la jubilación y las finanzas inclusivas, en 2023 todos los centros de atención al cliente y de banca a distancia que participaron en la encuesta ofrecían servicios para clientes mayores: el { NUMBER($auto-identify) } de ellos puede identificar automáticamente a los clientes mayores, el { NUMBER($direct-option) } de los servicios de banca telefónica ofrece a los clientes mayores la opción de conexión directa con un agente humano y el { NUMBER($manual-priority) } de los servicios de banca telefónica concede a los clientes mayores la derivación prioritaria a un agente humano.

## Transformation

transformation-trend = El informe revela además que los centros de atención al cliente y de banca a distancia siguen las tendencias de desarrollo, se integran activamente en el desarrollo de todo el sector y se están transformando en centros de atención al cliente orientados al valor, de carácter integral.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = A finales de 2023, { NUMBER($centers) } { $centers ->
        [one] centro de atención al cliente de un banco había pasado a denominarse centro de banca a distancia
       *[other] centros de atención al cliente de bancos habían pasado a denominarse centros de banca a distancia
    }, el { NUMBER($share) } del total, lo que supone un aumento interanual de { NUMBER($points) } { $points ->
        [one] punto porcentual
       *[other] puntos porcentuales
    }.
