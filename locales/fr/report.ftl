### Key statements of the China Banking Association's "Customer Service Center and
### Remote Banking Development Report (2023)", as published on 22 July 2024.
### French (fr) translation of locales/en/report.ftl: ids, variables and structure
### follow the reference. Figures are data (figures/cba-remote-banking-2023.toml):
### every NUMBER() is formatted per locale.

-cba = Association bancaire de Chine

## Report

report-title = { -cba } : les centres de service client et de banque à distance adoptent activement les grands modèles et d'autres technologies d'intelligence artificielle de nouvelle génération

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = Le 22 juillet, l'{ -cba } a publié le « Rapport sur le développement des centres de service client et de la banque à distance du secteur bancaire chinois (2023) ». En 2023, les centres de service client et de banque à distance ont accéléré l'application des mégadonnées et de l'intelligence artificielle, et ont activement adopté les grands modèles et d'autres technologies d'intelligence artificielle de nouvelle génération.

large-model-adoption-first = Selon le rapport, 2023 a été la première année d'application de la technologie des grands modèles dans le secteur financier.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Selon des statistiques incomplètes, { NUMBER($share) } des centres de service client et de banque à distance ont commencé à explorer l'application de la technologie des grands modèles, principalement dans la gestion des connaissances, le résumé du contenu, les tickets intelligents et d'autres domaines.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = En matière de traitement des données, selon les statistiques incomplètes du rapport, { NUMBER($dashboard) } des centres de service client et de banque à distance ont créé et déployé des tableaux de bord de données, { NUMBER($unstructured-data) } ont exploité des données non structurées pour l'analyse des mégadonnées et { NUMBER($vector-database) } ont déployé des bases de données vectorielles pour des cas d'usage tels que l'analyse et exploration de corpus, la recherche dans la base de connaissances et l'assistance aux conseillers en temps réel.

## Customer experience

customer-experience-trend = En 2023, les centres de service client et de banque à distance ont consolidé les bases de leur service et amélioré l'expérience client.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Selon le rapport, les institutions financières bancaires comptaient { NUMBER($staff) } { $staff ->
        [one] membre
       *[other] membres
    } du personnel du service client à la fin de 2023, soit une baisse de { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } en glissement annuel.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Les conseillers humains ont traité { NUMBER($calls) } { $calls ->
        [one] appel entrant
       *[other] appels entrants
    } au cours de l'année, en hausse de { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } en glissement annuel.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = Le taux de décroché moyen des appels destinés à un conseiller humain dans les centres de service client et de banque à distance a atteint { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = La satisfaction client à l'égard des appels traités par des conseillers a atteint { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, un niveau supérieur à { NUMBER($threshold) } pour la quatrième année consécutive.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = Le rapport montre également qu'en 2023, parmi les centres de service client et de banque à distance ayant participé à l'enquête, { NUMBER($app) } proposaient un service via application mobile, { NUMBER($wechat) } un service via WeChat, { NUMBER($online) } un service client en ligne, { NUMBER($sms) } un service par SMS et { NUMBER($video) } un service vidéo.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = Par ailleurs, { NUMBER($email) } proposaient un service par courriel et { NUMBER($weibo) } un service via Weibo.

video-services-trend = Le nombre de centres de service client et de banque à distance proposant un service vidéo a rapidement augmenté au cours des trois dernières années.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = Dans le domaine de la finance du vieillissement et de la finance inclusive, tous les centres de service client et de banque à distance ayant participé à l'enquête proposaient en 2023 des services destinés aux clients âgés : { NUMBER($auto-identify) } d'entre eux sont capables d'identifier automatiquement les clients âgés, { NUMBER($direct-option) } des services de banque par téléphone offrent aux clients âgés une mise en relation directe avec un conseiller humain et { NUMBER($manual-priority) } des services de banque par téléphone réservent aux clients âgés une mise en relation prioritaire avec un conseiller humain.

## Transformation

transformation-trend = Le rapport révèle également que les centres de service client et de banque à distance suivent les tendances du secteur, s'intègrent activement à son développement et se transforment en centres de service client créateurs de valeur aux missions élargies.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = À la fin de 2023, { NUMBER($centers) } { $centers ->
        [one] centre de service client d'une banque avait été rebaptisé centre de banque à distance
       *[other] centres de service client de banques avaient été rebaptisés centres de banque à distance
    }, soit { NUMBER($share) } du total, en hausse de { NUMBER($points) } { $points ->
        [one] point de pourcentage
       *[other] points de pourcentage
    } en glissement annuel.
