### Key statements of the China Banking Association's "Customer Service Center and
### Remote Banking Development Report (2023)", as published on 22 July 2024.
### German (de) translation of locales/en/report.ftl: ids, variables and structure
### follow the reference. Figures are data (figures/cba-remote-banking-2023.toml):
### every NUMBER() is formatted per locale.

-cba = { $case ->
   *[nom] Chinesischer Bankenverband
    [def-nom] der Chinesische Bankenverband
}

## Report

report-title = { -cba }: Kundenservicecenter und Remote-Banking-Zentren setzen aktiv auf große KI-Modelle und andere Technologien der künstlichen Intelligenz der neuen Generation

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = Am 22. Juli veröffentlichte { -cba(case: "def-nom") } den „Bericht über die Entwicklung der Kundenservicecenter und des Remote Banking im chinesischen Bankensektor (2023)“. 2023 beschleunigten die Kundenservicecenter und Remote-Banking-Zentren den Einsatz von Big Data und künstlicher Intelligenz und setzten aktiv auf große KI-Modelle und andere Technologien der künstlichen Intelligenz der neuen Generation.

large-model-adoption-first = Dem Bericht zufolge war 2023 das erste Jahr, in dem große KI-Modelle in der Finanzbranche eingesetzt wurden.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Unvollständigen Statistiken zufolge haben { NUMBER($share) } der Kundenservicecenter und Remote-Banking-Zentren begonnen, den Einsatz großer KI-Modelle zu erproben, vor allem im Wissensmanagement, bei der Inhaltszusammenfassung, bei intelligenten Tickets und in weiteren Bereichen.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = Bei der Datenverarbeitung haben laut den unvollständigen Statistiken des Berichts { NUMBER($dashboard) } der Kundenservicecenter und Remote-Banking-Zentren Daten-Dashboards aufgebaut und eingesetzt, { NUMBER($unstructured-data) } haben unstrukturierte Daten für die Analyse von Big Data genutzt und { NUMBER($vector-database) } haben Vektordatenbanken für Anwendungsszenarien wie Korpusanalyse und -auswertung, die Suche in der Wissensdatenbank und die Echtzeit-Unterstützung für Servicemitarbeiter eingeführt.

## Customer experience

customer-experience-trend = 2023 festigten die Kundenservicecenter und Remote-Banking-Zentren die Grundlagen ihres Service und verbesserten das Kundenerlebnis.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Laut dem Bericht beschäftigten die Kreditinstitute Ende 2023 { NUMBER($staff) } Kundenservicemitarbeiter, ein Rückgang um { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } gegenüber dem Vorjahr.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Im Laufe des Jahres bearbeiteten Servicemitarbeiter { NUMBER($calls) } { $calls ->
        [one] eingehenden Anruf
       *[other] eingehende Anrufe
    }, ein Anstieg um { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } gegenüber dem Vorjahr.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = Die durchschnittliche Annahmequote der von Servicemitarbeitern bearbeiteten Anrufe in den Kundenservicecentern und Remote-Banking-Zentren erreichte { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = Die Kundenzufriedenheit mit den von Servicemitarbeitern bearbeiteten Anrufen erreichte { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) } und lag damit das vierte Jahr in Folge über { NUMBER($threshold) }.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = Der Bericht zeigt zudem, dass 2023 von den an der Umfrage beteiligten Kundenservicecentern und Remote-Banking-Zentren { NUMBER($app) } einen Service per App anboten, { NUMBER($wechat) } einen Service über WeChat, { NUMBER($online) } einen Online-Kundenservice, { NUMBER($sms) } einen Service per SMS und { NUMBER($video) } einen Videoservice.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = Außerdem boten { NUMBER($email) } einen Service per E-Mail und { NUMBER($weibo) } einen Service über Weibo an.

video-services-trend = Die Zahl der Kundenservicecenter und Remote-Banking-Zentren, die einen Videoservice anbieten, ist in den letzten drei Jahren rasch gestiegen.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = In den Bereichen Altersvorsorge und finanzielle Inklusion boten 2023 alle an der Umfrage beteiligten Kundenservicecenter und Remote-Banking-Zentren Dienstleistungen für ältere Kunden an: { NUMBER($auto-identify) } von ihnen können ältere Kunden automatisch erkennen, { NUMBER($direct-option) } der Telefonbanking-Dienste bieten älteren Kunden eine direkte Verbindung zu einem Servicemitarbeiter, und { NUMBER($manual-priority) } der Telefonbanking-Dienste räumen älteren Kunden eine vorrangige Weiterleitung an einen Servicemitarbeiter ein.

## Transformation

transformation-trend = Der Bericht zeigt zudem, dass die Kundenservicecenter und Remote-Banking-Zentren der Entwicklung folgen, sich aktiv in die Entwicklung der gesamten Branche einfügen und sich zu umfassenden, wertorientierten Kundenservicecentern wandeln.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = Ende 2023 { $centers ->
        [one] war { NUMBER($centers) } Kundenservicecenter einer Bank in ein Remote-Banking-Zentrum umbenannt worden
       *[other] waren { NUMBER($centers) } Kundenservicecenter von Banken in Remote-Banking-Zentren umbenannt worden
    }. Damit stieg der Anteil der Remote-Banking-Zentren an allen Zentren gegenüber dem Vorjahr um { NUMBER($points) } { $points ->
        [one] Prozentpunkt
       *[other] Prozentpunkte
    } auf { NUMBER($share) }.
