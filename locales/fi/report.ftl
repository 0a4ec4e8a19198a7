### Finnish (fi) translation of locales/en/report.ftl: key statements of the China Banking
### Association's "Customer Service Center and Remote Banking Development Report (2023)",
### as published on 22 July 2024. Ids, variables and structure follow the reference
### locale (en). Figures are data (figures/cba-remote-banking-2023.toml): every NUMBER()
### is formatted per locale.

# The association's name (glossary: china-banking-association, preferred), as a select on
# $case; only the nominative is used here. Add a case variant before calling it.
-cba = { $case ->
   *[nom] Kiinan pankkiyhdistys
}

## Report

report-title = { -cba }: asiakaspalvelukeskukset ja etäpankkikeskukset ottavat aktiivisesti käyttöön suuria tekoälymalleja ja muita uuden sukupolven tekoälyteknologioita

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = { -cba } julkaisi 22. heinäkuuta raportin ”Kiinan pankkialan asiakaspalvelukeskusten ja etäpankkitoiminnan kehitys (2023)”. Vuonna 2023 asiakaspalvelukeskukset ja etäpankkikeskukset nopeuttivat massadatan ja tekoälyn käyttöönottoa ja ottivat aktiivisesti käyttöön suuria tekoälymalleja ja muita uuden sukupolven tekoälyteknologioita.

large-model-adoption-first = Raportin mukaan vuosi 2023 oli ensimmäinen vuosi, jolloin suuria tekoälymalleja sovellettiin rahoitusalalla.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Puutteellisten tilastojen mukaan { NUMBER($share) } asiakaspalvelukeskuksista ja etäpankkikeskuksista on alkanut selvittää suurten tekoälymallien soveltamista, pääasiassa tietämyksenhallinnassa, sisällön tiivistelmien laatimisessa, älykkäässä tikettien käsittelyssä ja muilla osa-alueilla.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = Tietojenkäsittelyn osalta raportin puutteellisten tilastojen mukaan { NUMBER($dashboard) } asiakaspalvelukeskuksista ja etäpankkikeskuksista on rakentanut ja ottanut käyttöön datan koontinäyttöjä, { NUMBER($unstructured-data) } on hyödyntänyt strukturoimatonta dataa massadatan analysoinnissa ja { NUMBER($vector-database) } on ottanut käyttöön vektoritietokantoja käyttötapauksiin, kuten korpusanalyysiin ja -louhintaan, tietämyskannan hakuun ja asiakaspalvelijan reaaliaikaiseen tukeen.

## Customer experience

customer-experience-trend = Vuonna 2023 asiakaspalvelukeskukset ja etäpankkikeskukset vahvistivat palvelunsa perustaa ja paransivat asiakaskokemusta.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Raportin mukaan pankkialan rahoituslaitosten asiakaspalveluhenkilöstön määrä oli vuoden 2023 lopussa { NUMBER($staff) } { $staff ->
        [one] henkilö
       *[other] henkilöä
    }, mikä on { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } vähemmän vuodentakaiseen verrattuna.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Asiakaspalvelijat käsittelivät vuoden aikana { NUMBER($calls) } { $calls ->
        [one] saapuvan puhelun
       *[other] saapuvaa puhelua
    }, mikä on { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } enemmän vuodentakaiseen verrattuna.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = Asiakaspalvelijoiden käsittelemien puhelujen keskimääräinen vastausprosentti oli asiakaspalvelukeskuksissa ja etäpankkikeskuksissa { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = Asiakastyytyväisyys asiakaspalvelijoiden käsittelemiin puheluihin oli { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, ja se on ollut yli { NUMBER($threshold) } jo neljättä vuotta peräkkäin.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = Raportista käy myös ilmi, että vuonna 2023 kyselyyn osallistuneista asiakaspalvelukeskuksista ja etäpankkikeskuksista { NUMBER($app) } tarjosi sovelluspalvelua, { NUMBER($wechat) } WeChat-palvelua, { NUMBER($online) } verkkoasiakaspalvelua, { NUMBER($sms) } tekstiviestipalvelua ja { NUMBER($video) } videopalvelua.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) } tarjosi sähköpostipalvelua ja { NUMBER($weibo) } Weibo-palvelua.

video-services-trend = Videopalvelua tarjoavien asiakaspalvelukeskusten ja etäpankkikeskusten määrä on kasvanut nopeasti viimeisten kolmen vuoden aikana.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = Eläkerahoituksen ja taloudellisen osallisuuden alalla kaikki kyselyyn osallistuneet asiakaspalvelukeskukset ja etäpankkikeskukset tarjosivat vuonna 2023 ikäystävällisiä palveluja ikääntyneille asiakkaille: { NUMBER($auto-identify) } niistä pystyy tunnistamaan ikääntyneet asiakkaat automaattisesti, { NUMBER($direct-option) } puhelinpankeista tarjoaa ikääntyneille asiakkaille suoran yhteyden asiakaspalvelijaan ja { NUMBER($manual-priority) } puhelinpankeista antaa ikääntyneille asiakkaille puhelua siirrettäessä ensisijaisen ohjauksen asiakaspalvelijalle.

## Transformation

transformation-trend = Raportin mukaan asiakaspalvelukeskukset ja etäpankkikeskukset myös seuraavat kehityksen suuntaa, integroituvat aktiivisesti koko alan kehitykseen ja muuttuvat monipuolisiksi, arvoa tuottaviksi asiakaspalvelukeskuksiksi.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = Vuoden 2023 lopussa pankkien { NUMBER($centers) } { $centers ->
        [one] asiakaspalvelukeskus oli nimetty uudelleen etäpankkikeskukseksi
       *[other] asiakaspalvelukeskusta oli nimetty uudelleen etäpankkikeskuksiksi
    }, mikä on { NUMBER($share) } kaikista keskuksista ja { NUMBER($points) } { $points ->
        [one] prosenttiyksikkö
       *[other] prosenttiyksikköä
    } enemmän vuodentakaiseen verrattuna.
