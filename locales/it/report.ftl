### Key statements of the China Banking Association's "Customer Service Center and
### Remote Banking Development Report (2023)", as published on 22 July 2024.
### Italian (it) translation of locales/en/report.ftl: ids, variables and structure
### follow the reference. Figures are data (figures/cba-remote-banking-2023.toml):
### every NUMBER() is formatted per locale. Note for editors: the articles before
### percentages (il / l' / del / al) agree with the current figures (l'86%, l'85%,
### l'8%, il 29% ...); if a figure changes, check its article.

-cba = Associazione bancaria cinese

## Report

report-title = { -cba }: i centri di assistenza clienti e di banca a distanza adottano attivamente i grandi modelli e altre tecnologie di intelligenza artificiale di nuova generazione

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = Il 22 luglio l'{ -cba } ha pubblicato il «Rapporto sullo sviluppo dei centri di assistenza clienti e della banca a distanza del settore bancario cinese (2023)». Nel 2023 i centri di assistenza clienti e di banca a distanza hanno accelerato l'impiego dei big data e dell'intelligenza artificiale e hanno adottato attivamente i grandi modelli e altre tecnologie di intelligenza artificiale di nuova generazione.

large-model-adoption-first = Secondo il rapporto, il 2023 è stato il primo anno di impiego della tecnologia dei grandi modelli nel settore finanziario.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Secondo statistiche incomplete, il { NUMBER($share) } dei centri di assistenza clienti e di banca a distanza ha iniziato a esplorare l'impiego della tecnologia dei grandi modelli, soprattutto nella gestione della conoscenza, nel riassunto del contenuto, nei ticket intelligenti e in altri ambiti.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = Nel trattamento dei dati, secondo le statistiche incomplete del rapporto, il { NUMBER($dashboard) } dei centri di assistenza clienti e di banca a distanza ha realizzato e implementato cruscotti di dati, il { NUMBER($unstructured-data) } ha applicato i dati non strutturati all'analisi dei big data e l'{ NUMBER($vector-database) } ha implementato database vettoriali per scenari applicativi quali analisi e mining dei corpus, ricerca nella base di conoscenza e assistenza all'operatore in tempo reale.

## Customer experience

customer-experience-trend = Nel 2023 i centri di assistenza clienti e di banca a distanza hanno consolidato le basi del servizio e migliorato l'esperienza del cliente.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Secondo il rapporto, a fine 2023 gli istituti bancari contavano { NUMBER($staff) } { $staff ->
        [one] addetto al servizio clienti
       *[other] addetti al servizio clienti
    }, in calo del { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } su base annua.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Nel corso dell'anno gli operatori hanno gestito { NUMBER($calls) } { $calls ->
        [one] chiamata in entrata
       *[other] chiamate in entrata
    }, in aumento del { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } su base annua.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = Il tasso di risposta medio delle chiamate gestite dagli operatori nei centri di assistenza clienti e di banca a distanza ha raggiunto il { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = La soddisfazione dei clienti per le chiamate gestite dagli operatori ha raggiunto il { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, superando il { NUMBER($threshold) } per il quarto anno consecutivo.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = Il rapporto mostra inoltre che nel 2023, tra i centri di assistenza clienti e di banca a distanza che hanno partecipato all'indagine, il { NUMBER($app) } offriva assistenza tramite app, l'{ NUMBER($wechat) } assistenza tramite WeChat, l'{ NUMBER($online) } assistenza clienti online, il { NUMBER($sms) } assistenza via SMS e il { NUMBER($video) } un servizio video.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = Inoltre, il { NUMBER($email) } offriva assistenza via e-mail e il { NUMBER($weibo) } assistenza tramite Weibo.

video-services-trend = Il numero di centri di assistenza clienti e di banca a distanza che offrono un servizio video è cresciuto rapidamente negli ultimi tre anni.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = Sul fronte della finanza previdenziale e della finanza inclusiva, nel 2023 tutti i centri di assistenza clienti e di banca a distanza che hanno partecipato all'indagine offrivano servizi dedicati ai clienti anziani: il { NUMBER($auto-identify) } di essi è in grado di riconoscere automaticamente i clienti anziani, il { NUMBER($direct-option) } dei servizi di banca telefonica offre ai clienti anziani il collegamento diretto con un operatore e il { NUMBER($manual-priority) } dei servizi di banca telefonica riserva ai clienti anziani l'instradamento prioritario a un operatore.

## Transformation

transformation-trend = Il rapporto rivela inoltre che i centri di assistenza clienti e di banca a distanza seguono le tendenze di sviluppo, si integrano attivamente nello sviluppo dell'intero settore e si stanno trasformando in centri di assistenza clienti orientati al valore, di carattere integrato.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = A fine 2023, { NUMBER($centers) } { $centers ->
        [one] centro di assistenza clienti di una banca era stato ridenominato centro di banca a distanza
       *[other] centri di assistenza clienti delle banche erano stati ridenominati centri di banca a distanza
    }, pari al { NUMBER($share) } del totale, in aumento di { NUMBER($points) } { $points ->
        [one] punto percentuale
       *[other] punti percentuali
    } su base annua.
