### German (de) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Deutsch
page-languages = Sprachen

## Source

page-source = Quelle: Huanqiu.com
# $released (date): the day the report was released.
page-report = Bericht: „Bericht über die Entwicklung der Kundenservicecenter und des Remote Banking im chinesischen Bankensektor (2023)“, { -cba }, veröffentlicht am { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Große KI-Modelle
page-section-data-processing = Datenverarbeitung
page-section-customer-experience = Kundenerlebnis
page-section-service-channels = Servicekanäle
page-section-pension-finance-and-inclusive-finance = Altersvorsorge und finanzielle Inklusion
page-section-transformation = Transformation

## Key figures

page-key-figures = Kennzahlen
page-figure = Kennzahl
page-value = Wert
page-figure-staff = Kundenservicemitarbeiter Ende 2023
page-figure-calls = Von Servicemitarbeitern bearbeitete eingehende Anrufe 2023
page-figure-answer-rate = Durchschnittliche Annahmequote der von Servicemitarbeitern bearbeiteten Anrufe
page-figure-satisfaction = Kundenzufriedenheit mit den von Servicemitarbeitern bearbeiteten Anrufen
page-figure-large-models = Kundenservicecenter und Remote-Banking-Zentren, die den Einsatz großer KI-Modelle erproben
page-figure-renamed-centers = In Remote-Banking-Zentren umbenannte Kundenservicecenter von Banken

## Charts

page-chart-channels = Servicekanäle 2023
page-chart-channels-description = Balkendiagramm: Anteil der an der Umfrage beteiligten Kundenservicecenter und Remote-Banking-Zentren, die 2023 den jeweiligen Servicekanal anboten.
page-channel-app = Mobile App
page-channel-wechat = WeChat
page-channel-online = Online-Kundenservice
page-channel-sms = SMS
page-channel-video = Videoservice
page-channel-email = E-Mail
page-channel-weibo = Weibo
page-chart-elderly = Dienstleistungen für ältere Kunden 2023
page-chart-elderly-description = Balkendiagramm: Anteil der an der Umfrage beteiligten Kundenservicecenter und Remote-Banking-Zentren, die ältere Kunden automatisch erkennen, sowie Anteile der Telefonbanking-Dienste, die älteren Kunden eine direkte Verbindung zu einem Servicemitarbeiter oder eine vorrangige Weiterleitung an einen Servicemitarbeiter bieten.
page-elderly-auto-identify = Ältere Kunden automatisch erkennen
page-elderly-direct-option = Telefonbanking-Dienste: direkte Verbindung zu einem Servicemitarbeiter
page-elderly-manual-priority = Telefonbanking-Dienste: vorrangige Weiterleitung an einen Servicemitarbeiter

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Zahlen und Daten folgen den Konventionen von { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Pluralformen nach { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † In der Sprachversion { $language } angezeigt (noch nicht übersetzt): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Fehlt in den Daten: { $ids }
page-missing-mark = fehlende Zahl

## Index page

page-index-title = Die Kernaussagen des Berichts in allen Sprachen
page-index-language = Sprache
page-index-summary = Zusammenfassung
page-index-completion = Übersetzt
