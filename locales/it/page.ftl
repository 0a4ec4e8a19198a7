### Italian (it) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Italiano
page-languages = Lingue

## Source

page-source = Fonte: Huanqiu.com
# $released (date): the day the report was released.
page-report = Rapporto: «Rapporto sullo sviluppo dei centri di assistenza clienti e della banca a distanza del settore bancario cinese (2023)», { -cba }, pubblicato il { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Grandi modelli
page-section-data-processing = Trattamento dei dati
page-section-customer-experience = Esperienza del cliente
page-section-service-channels = Canali di assistenza
page-section-pension-finance-and-inclusive-finance = Finanza previdenziale e finanza inclusiva
page-section-transformation = Trasformazione

## Key figures

page-key-figures = Dati principali
page-figure = Indicatore
page-value = Valore
page-figure-staff = Addetti al servizio clienti a fine 2023
page-figure-calls = Chiamate in entrata gestite dagli operatori nel 2023
page-figure-answer-rate = Tasso di risposta medio delle chiamate gestite dagli operatori
page-figure-satisfaction = Soddisfazione dei clienti per le chiamate gestite dagli operatori
page-figure-large-models = Centri di assistenza clienti e di banca a distanza che esplorano la tecnologia dei grandi modelli
page-figure-renamed-centers = Centri di assistenza clienti delle banche ridenominati centri di banca a distanza

## Charts

page-chart-channels = Canali di assistenza nel 2023
page-chart-channels-description = Grafico a barre: quota dei centri di assistenza clienti e di banca a distanza che hanno partecipato all'indagine e offrivano ciascun canale di assistenza nel 2023.
page-channel-app = App
page-channel-wechat = WeChat
page-channel-online = Assistenza clienti online
page-channel-sms = SMS
page-channel-video = Servizio video
page-channel-email = E-mail
page-channel-weibo = Weibo
page-chart-elderly = Servizi per i clienti anziani nel 2023
page-chart-elderly-description = Grafico a barre: quota dei centri di assistenza clienti e di banca a distanza che hanno partecipato all'indagine e sono in grado di riconoscere automaticamente i clienti anziani, e quote dei servizi di banca telefonica che offrono ai clienti anziani il collegamento diretto con un operatore o l'instradamento prioritario a un operatore.
page-elderly-auto-identify = Riconoscimento automatico dei clienti anziani
page-elderly-direct-option = Servizi di banca telefonica: collegamento diretto con un operatore
page-elderly-manual-priority = Servizi di banca telefonica: instradamento prioritario a un operatore

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Numeri e date seguono le convenzioni di { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Forme del plurale secondo { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Mostrato nella versione { $language } (non ancora tradotto): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Assente dai dati: { $ids }
page-missing-mark = dato mancante

## Index page

page-index-title = I punti chiave del rapporto in tutte le lingue
page-index-language = Lingua
page-index-summary = Sintesi
page-index-completion = Tradotto
