### French (fr) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Français
page-languages = Langues

## Source

page-source = Source : Huanqiu.com
# $released (date): the day the report was released.
page-report = Rapport : « Rapport sur le développement des centres de service client et de la banque à distance du secteur bancaire chinois (2023) », { -cba }, publié le { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Grands modèles
page-section-data-processing = Traitement des données
page-section-customer-experience = Expérience client
page-section-service-channels = Canaux de service
page-section-pension-finance-and-inclusive-finance = Finance du vieillissement et finance inclusive
page-section-transformation = Transformation

## Key figures

page-key-figures = Chiffres clés
page-figure = Indicateur
page-value = Valeur
page-figure-staff = Personnel du service client à la fin de 2023
page-figure-calls = Appels entrants traités par des conseillers humains en 2023
page-figure-answer-rate = Taux de décroché moyen des appels destinés à un conseiller humain
page-figure-satisfaction = Satisfaction client à l'égard des appels traités par des conseillers
page-figure-large-models = Centres de service client et de banque à distance explorant la technologie des grands modèles
page-figure-renamed-centers = Centres de service client de banques rebaptisés centres de banque à distance

## Charts

page-chart-channels = Canaux de service en 2023
page-chart-channels-description = Diagramme en barres : part des centres de service client et de banque à distance ayant participé à l'enquête qui proposaient chaque canal de service en 2023.
page-channel-app = Application mobile
page-channel-wechat = WeChat
page-channel-online = Service client en ligne
page-channel-sms = SMS
page-channel-video = Service vidéo
page-channel-email = Courriel
page-channel-weibo = Weibo
page-chart-elderly = Services destinés aux clients âgés en 2023
page-chart-elderly-description = Diagramme en barres : part des centres de service client et de banque à distance ayant participé à l'enquête qui identifient automatiquement les clients âgés, et parts des services de banque par téléphone qui offrent aux clients âgés une mise en relation directe ou prioritaire avec un conseiller humain.
page-elderly-auto-identify = Identification automatique des clients âgés
page-elderly-direct-option = Services de banque par téléphone : mise en relation directe avec un conseiller humain
page-elderly-manual-priority = Services de banque par téléphone : mise en relation prioritaire avec un conseiller humain

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Les nombres et les dates suivent les conventions { $source } : { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Formes du pluriel selon { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Affiché dans la version { $language } (pas encore traduit) : { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Absent des données : { $ids }
page-missing-mark = chiffre manquant

## Index page

page-index-title = Les points clés du rapport dans toutes les langues
page-index-language = Langue
page-index-summary = Résumé
page-index-completion = Traduit
