### Portuguese (pt) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Português
page-languages = Idiomas

## Source

page-source = Fonte: Huanqiu.com
# $released (date): the day the report was released.
page-report = Relatório: “Relatório sobre o desenvolvimento dos centros de atendimento ao cliente e dos serviços bancários remotos do setor bancário da China (2023)”, { -cba }, publicado em { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Grandes modelos
page-section-data-processing = Processamento de dados
page-section-customer-experience = Experiência do cliente
page-section-service-channels = Canais de atendimento
page-section-pension-finance-and-inclusive-finance = Finanças para a aposentadoria e finanças inclusivas
page-section-transformation = Transformação

## Key figures

page-key-figures = Números-chave
page-figure = Indicador
page-value = Valor
page-figure-staff = Profissionais de atendimento ao cliente no final de 2023
page-figure-calls = Chamadas recebidas tratadas por atendentes humanos em 2023
page-figure-answer-rate = Taxa de atendimento média das chamadas atendidas por atendentes
page-figure-satisfaction = Satisfação do cliente com as chamadas atendidas por atendentes
page-figure-large-models = Centros de atendimento ao cliente e de serviços bancários remotos que exploram a tecnologia de grandes modelos
page-figure-renamed-centers = Centros de atendimento ao cliente de bancos renomeados como centros de serviços bancários remotos

## Charts

page-chart-channels = Canais de atendimento em 2023
page-chart-channels-description = Gráfico de barras: percentual dos centros de atendimento ao cliente e de serviços bancários remotos que participaram da pesquisa e ofereciam cada canal de atendimento em 2023.
page-channel-app = Aplicativo
page-channel-wechat = WeChat
page-channel-online = Atendimento online
page-channel-sms = SMS
page-channel-video = Atendimento por vídeo
page-channel-email = E-mail
page-channel-weibo = Weibo
page-chart-elderly = Serviços para clientes idosos em 2023
page-chart-elderly-description = Gráfico de barras: percentual dos centros de atendimento ao cliente e de serviços bancários remotos que participaram da pesquisa e conseguem identificar automaticamente os clientes idosos, e percentuais dos serviços bancários por telefone que oferecem aos clientes idosos a opção de contato direto com um atendente humano ou o encaminhamento prioritário para um atendente.
page-elderly-auto-identify = Identificação automática de clientes idosos
page-elderly-direct-option = Serviços bancários por telefone: opção de contato direto com um atendente humano
page-elderly-manual-priority = Serviços bancários por telefone: encaminhamento prioritário para um atendente

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Os números e as datas seguem as convenções do { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Formas do plural segundo { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Exibido na versão { $language } (ainda não traduzido): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Ausente dos dados: { $ids }
page-missing-mark = número ausente

## Index page

page-index-title = Os pontos principais do relatório em todos os idiomas
page-index-language = Idioma
page-index-summary = Resumo
page-index-completion = Traduzido
