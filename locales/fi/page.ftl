### Finnish (fi) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Suomi
page-languages = Kielet

## Source

page-source = Lähde: Huanqiu.com
# $released (date): the day the report was released.
page-report = Raportti: ”Kiinan pankkialan asiakaspalvelukeskusten ja etäpankkitoiminnan kehitys (2023)”, { -cba }, julkaistu { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Suuret tekoälymallit
page-section-data-processing = Tietojenkäsittely
page-section-customer-experience = Asiakaskokemus
page-section-service-channels = Palvelukanavat
page-section-pension-finance-and-inclusive-finance = Eläkerahoitus ja taloudellinen osallisuus
page-section-transformation = Muutos

## Key figures

page-key-figures = Keskeiset luvut
page-figure = Mittari
page-value = Arvo
page-figure-staff = Asiakaspalveluhenkilöstö vuoden 2023 lopussa
page-figure-calls = Asiakaspalvelijoiden käsittelemät saapuvat puhelut vuonna 2023
page-figure-answer-rate = Asiakaspalvelijoiden käsittelemien puhelujen keskimääräinen vastausprosentti
page-figure-satisfaction = Asiakastyytyväisyys asiakaspalvelijoiden käsittelemiin puheluihin
page-figure-large-models = Suurten tekoälymallien soveltamista selvittävät asiakaspalvelukeskukset ja etäpankkikeskukset
page-figure-renamed-centers = Etäpankkikeskuksiksi nimetyt pankkien asiakaspalvelukeskukset

## Charts

page-chart-channels = Palvelukanavat vuonna 2023
page-chart-channels-description = Pylväskaavio: kuinka suuri osuus kyselyyn osallistuneista asiakaspalvelukeskuksista ja etäpankkikeskuksista tarjosi kutakin palvelukanavaa vuonna 2023.
page-channel-app = Mobiilisovellus
page-channel-wechat = WeChat
page-channel-online = Verkkoasiakaspalvelu
page-channel-sms = Tekstiviesti
page-channel-video = Videopalvelu
page-channel-email = Sähköposti
page-channel-weibo = Weibo
page-chart-elderly = Palvelut ikääntyneille asiakkaille vuonna 2023
page-chart-elderly-description = Pylväskaavio: kuinka suuri osuus kyselyyn osallistuneista asiakaspalvelukeskuksista ja etäpankkikeskuksista pystyy tunnistamaan ikääntyneet asiakkaat automaattisesti sekä kuinka suuri osuus puhelinpankeista tarjoaa ikääntyneille asiakkaille suoran yhteyden asiakaspalvelijaan tai ensisijaisen ohjauksen asiakaspalvelijalle puhelua siirrettäessä.
page-elderly-auto-identify = Ikääntyneiden asiakkaiden automaattinen tunnistus
page-elderly-direct-option = Puhelinpankit: suora yhteys asiakaspalvelijaan
page-elderly-manual-priority = Puhelinpankit: ensisijainen ohjaus asiakaspalvelijalle puhelua siirrettäessä

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Luvut ja päivämäärät noudattavat { $source } -käytäntöjä: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Monikkomuodot: { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Näytetään kieliversiona { $language } (ei vielä käännetty): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Puuttuu tiedoista: { $ids }
page-missing-mark = puuttuva luku

## Index page

page-index-title = Raportin keskeiset kohdat kaikilla kielillä
page-index-language = Kieli
page-index-summary = Tiivistelmä
page-index-completion = Käännetty
