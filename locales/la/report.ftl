### Latin (la) translation of locales/en/report.ftl: key statements of the China Banking
### Association's "Customer Service Center and Remote Banking Development Report (2023)",
### as published on 22 July 2024. Ids, variables and structure follow the reference
### locale (en). Figures are data (figures/cba-remote-banking-2023.toml): every NUMBER()
### is formatted per locale. Banking terms are the glossary's coined Neo-Latin terms.

# The association's name (glossary: china-banking-association, preferred), as a select on
# $case; only the nominative is used here. Add a case variant before calling it.
-cba = { $case ->
   *[nom] Consociatio Argentariarum Sinarum
}

## Report

report-title = { -cba }: centra curae clientium et centra argentariae ex longinquo exemplaria magna aliasque artes intellegentiae artificialis novae generationis strenue adhibent

# Roman calendar: 22 July = ante diem XI Kalendas Augustas (counted inclusively).
# glossator-ignore: missing-variable -- a Roman date written out: CLDR has no Latin date names, DATETIME would write 2024-07-22
report-date = a. d. XI Kal. Aug. MMXXIV

## Large models

report-lead = Die 22 mensis Iulii { -cba } relationem edidit inscriptam “De progressu centrorum curae clientium et argentariae ex longinquo in re argentaria Sinarum (2023)”. Anno 2023 centra curae clientium et centra argentariae ex longinquo usum datorum ingentium et intellegentiae artificialis acceleraverunt atque exemplaria magna aliasque artes intellegentiae artificialis novae generationis strenue adhibuerunt.

large-model-adoption-first = Relatio annum 2023 primum fuisse affirmat quo ars exemplarium magnorum in re nummaria adhibita est.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Secundum statisticam imperfectam { NUMBER($share) } centrorum curae clientium et centrorum argentariae ex longinquo explorare coeperunt quomodo ars exemplarium magnorum adhiberi possit, praesertim in administratione scientiae, in summariis argumenti conficiendis, in mandatis operis intellegentibus aliisque in campis.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = In datis tractandis, secundum statisticam imperfectam in relatione allatam, { NUMBER($dashboard) } centrorum curae clientium et centrorum argentariae ex longinquo tabulas datorum construxerunt atque in usum induxerunt, { NUMBER($unstructured-data) } data informia in analysi datorum ingentium adhibuerunt, { NUMBER($vector-database) } bases datorum vectoriales instituerunt ad casus usus, ut analysin et effossionem corporum, inquisitionem in thesauro scientiae, auxilium ministris tempore reali praestitum.

## Customer experience

customer-experience-trend = Anno 2023 centra curae clientium et centra argentariae ex longinquo fundamenta ministerii firmaverunt et experientiam clientium auxerunt.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Ut in relatione legitur, exeunte anno 2023 numerus ministrorum curae clientium in institutis argentariis erat { NUMBER($staff) }, qui numerus prae anno superiore { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } decrevit.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
# Plurals (glossator's Latin rule, src/plural_rules.rs): [one] is 1; [many] is whole
# thousands from 2,000, read with "milia" and so followed by the genitive (duo milia
# hominum; 723,000,000 = septingenties vicies ter centena milia vocationum).
inbound-calls = Ministri humani toto anno { NUMBER($calls) } { $calls ->
        [one] vocationem advenientem
        [many] vocationum advenientium
       *[other] vocationes advenientes
    } tractaverunt, qui numerus prae anno superiore { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } crevit.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = Ratio responsionum media vocationum ad ministros humanos directarum in centris curae clientium et centris argentariae ex longinquo { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) } attigit.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = Satisfactio clientium in vocationibus a ministris tractatis { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) } attigit atque iam quartum annum deinceps { NUMBER($threshold) } superavit.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = Relatio etiam ostendit anno 2023 ex centris curae clientium et centris argentariae ex longinquo quae percontationi interfuerunt { NUMBER($app) } ministerium per applicationem mobilem praebuisse, { NUMBER($wechat) } per WeChat, { NUMBER($online) } curam clientium interretialem, { NUMBER($sms) } ministerium per nuntios breves, { NUMBER($video) } ministerium visivum.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = { NUMBER($email) } ministerium per cursum electronicum praebuerunt, et { NUMBER($weibo) } per Weibo.

video-services-trend = Numerus centrorum curae clientium et centrorum argentariae ex longinquo quae ministerium visivum praebent tribus proximis annis celeriter crevit.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = In re nummaria senectutis et in re nummaria omnibus patente omnia centra curae clientium et centra argentariae ex longinquo quae percontationi interfuerunt anno 2023 ministeria senibus accommodata praebuerunt: ex iis { NUMBER($auto-identify) } clientes seniores automatice agnoscere possunt, { NUMBER($direct-option) } argentariarum telephonicarum clientibus senioribus nexum directum cum ministro humano offerunt, { NUMBER($manual-priority) } argentariarum telephonicarum clientibus senioribus, cum ad ministrum transferuntur, praelationem ministri humani tribuunt.

## Transformation

transformation-trend = Relatio etiam ostendit centra curae clientium et centra argentariae ex longinquo rerum progressum secuta totius industriae incremento strenue se inserere et in centra curae clientium valorem creantia et universalia converti.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = Exeunte anno 2023 { NUMBER($centers) } { $centers ->
        [one] centrum curae clientium argentariarum nomine mutato centrum argentariae ex longinquo appellatum erat
        [many] centrorum curae clientium argentariarum nomine mutato centra argentariae ex longinquo appellata erant
       *[other] centra curae clientium argentariarum nomine mutato centra argentariae ex longinquo appellata erant
    }, id est { NUMBER($share) } omnium; quae pars prae anno superiore { NUMBER($points) } { $points ->
        [one] puncto centesimali
       *[other] punctis centesimalibus
    } crevit.
