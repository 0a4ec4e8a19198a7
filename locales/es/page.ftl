### Spanish (es) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Español
page-languages = Idiomas

## Source

page-source = Fuente: Huanqiu.com
# $released (date): the day the report was released.
page-report = Informe: «Informe sobre el desarrollo de los centros de atención al cliente y la banca a distancia del sector bancario de China (2023)», { -cba }, publicado el { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Grandes modelos
page-section-data-processing = Procesamiento de datos
page-section-customer-experience = Experiencia del cliente
page-section-service-channels = Canales de atención
page-section-pension-finance-and-inclusive-finance = Finanzas para la jubilación y finanzas inclusivas
page-section-transformation = Transformación

## Key figures

page-key-figures = Cifras clave
page-figure = Indicador
page-value = Valor
page-figure-staff = Personal de atención al cliente a finales de 2023
page-figure-calls = Llamadas entrantes atendidas por agentes humanos en 2023
page-figure-answer-rate = Nivel de atención medio de las llamadas dirigidas a agentes humanos
page-figure-satisfaction = Satisfacción del cliente con las llamadas atendidas por agentes
page-figure-large-models = Centros de atención al cliente y de banca a distancia que exploran la tecnología de grandes modelos
page-figure-renamed-centers = Centros de atención al cliente de bancos que pasaron a denominarse centros de banca a distancia

## Charts

page-chart-channels = Canales de atención en 2023
page-chart-channels-description = Gráfico de barras: porcentaje de los centros de atención al cliente y de banca a distancia que participaron en la encuesta y ofrecían cada canal de atención en 2023.
page-channel-app = Aplicación móvil
page-channel-wechat = WeChat
page-channel-online = Atención al cliente en línea
page-channel-sms = SMS
page-channel-video = Servicio de vídeo
page-channel-email = Correo electrónico
page-channel-weibo = Weibo
page-chart-elderly = Servicios para clientes mayores en 2023
page-chart-elderly-description = Gráfico de barras: porcentaje de los centros de atención al cliente y de banca a distancia que participaron en la encuesta y pueden identificar automáticamente a los clientes mayores, y porcentajes de los servicios de banca telefónica que ofrecen a los clientes mayores la conexión directa con un agente humano o la derivación prioritaria a un agente humano.
page-elderly-auto-identify = Identificación automática de clientes mayores
page-elderly-direct-option = Servicios de banca telefónica: conexión directa con un agente humano
page-elderly-manual-priority = Servicios de banca telefónica: derivación prioritaria a un agente humano

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Los números y las fechas siguen las convenciones de { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Las formas del plural siguen { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Se muestra en la versión { $language } (aún sin traducir): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Falta en los datos: { $ids }
page-missing-mark = cifra ausente

## Index page

page-index-title = Los puntos clave del informe en todos los idiomas
page-index-language = Idioma
page-index-summary = Resumen
page-index-completion = Traducido
