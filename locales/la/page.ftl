### Latin (la) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Latina
page-languages = Linguae

## Source

page-source = Fons: Huanqiu.com
# $released (date): the day the report was released, 22 July 2024: written out in the
# Roman calendar, as in report-date (ante diem XI Kalendas Augustas).
# glossator-ignore: missing-variable -- a Roman date written out: CLDR has no Latin date names, DATETIME would write 2024-07-22 here and an English date in fluent.js
page-report = Relatio: “De progressu centrorum curae clientium et argentariae ex longinquo in re argentaria Sinarum (2023)”, { -cba }, edita a. d. XI Kal. Aug. MMXXIV

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Exemplaria magna
page-section-data-processing = Data tractanda
page-section-customer-experience = Experientia clientium
page-section-service-channels = Canales ministerii
page-section-pension-finance-and-inclusive-finance = Res nummaria senectutis et res nummaria omnibus patens
page-section-transformation = Conversio

## Key figures

page-key-figures = Numeri praecipui
page-figure = Index
page-value = Valor
page-figure-staff = Ministri curae clientium exeunte anno 2023
page-figure-calls = Vocationes advenientes a ministris humanis anno 2023 tractatae
page-figure-answer-rate = Ratio responsionum media vocationum ad ministros humanos directarum
page-figure-satisfaction = Satisfactio clientium in vocationibus a ministris tractatis
page-figure-large-models = Centra curae clientium et centra argentariae ex longinquo quae artem exemplarium magnorum explorant
page-figure-renamed-centers = Centra curae clientium argentariarum quae centra argentariae ex longinquo appellata sunt

## Charts

page-chart-channels = Canales ministerii anno 2023
page-chart-channels-description = Diagramma columnarum: pars centrorum curae clientium et centrorum argentariae ex longinquo quae percontationi interfuerunt et singulos canales ministerii anno 2023 praebuerunt.
page-channel-app = Applicatio mobilis
page-channel-wechat = WeChat
page-channel-online = Cura clientium interretialis
page-channel-sms = Nuntii breves
page-channel-video = Ministerium visivum
page-channel-email = Cursus electronicus
page-channel-weibo = Weibo
page-chart-elderly = Ministeria clientibus senioribus anno 2023
page-chart-elderly-description = Diagramma columnarum: pars centrorum curae clientium et centrorum argentariae ex longinquo quae percontationi interfuerunt et clientes seniores automatice agnoscere possunt, atque partes argentariarum telephonicarum quae clientibus senioribus nexum directum cum ministro humano offerunt aut, cum ad ministrum transferuntur, praelationem ministri humani tribuunt.
page-elderly-auto-identify = Clientes seniores automatice agnoscere
page-elderly-direct-option = Argentariae telephonicae: nexus directus cum ministro humano
page-elderly-manual-priority = Argentariae telephonicae: praelatio ministri humani in translatione

## Footer

# $source: "Unicode CLDR (und)"; $number, $percent: samples as the page writes them. The
# Latin page writes its dates in the Roman calendar (report-date, page-report), so the
# sample date is left out.
# glossator-ignore: missing-variable -- the page's dates are Roman ones written out, not CLDR's (which has no Latin data)
page-conventions = Numeri scribuntur secundum { $source }: { $number } · { $percent }; dies more Romano.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Formae numeri pluralis secundum { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Lingua { $language } ostenditur (nondum conversum): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ In datis deest: { $ids }
page-missing-mark = numerus deest

## Index page

page-index-title = Sententiae praecipuae relationis omnibus linguis
page-index-language = Lingua
page-index-summary = Summarium
page-index-completion = Conversum
