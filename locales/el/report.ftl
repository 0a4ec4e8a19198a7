### Greek (el) translation of locales/en/report.ftl: key statements of the China Banking
### Association's "Customer Service Center and Remote Banking Development Report (2023)",
### as published on 22 July 2024. Ids, variables and structure follow the reference
### locale (en). Figures are data (figures/cba-remote-banking-2023.toml): every NUMBER()
### is formatted per locale.

# The association's name (glossary: china-banking-association, preferred), as a select on
# $case; only the nominative is used here. Add a case variant before calling it.
-cba = { $case ->
   *[nom] Ένωση Τραπεζών Κίνας
}

## Report

report-title = { -cba }: τα κέντρα εξυπηρέτησης πελατών και τα κέντρα εξ αποστάσεως τραπεζικής υιοθετούν ενεργά τα μεγάλα μοντέλα και άλλες τεχνολογίες τεχνητής νοημοσύνης νέας γενιάς

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = Στις 22 Ιουλίου η { -cba } δημοσίευσε την «Έκθεση για την ανάπτυξη των κέντρων εξυπηρέτησης πελατών και της εξ αποστάσεως τραπεζικής στον τραπεζικό τομέα της Κίνας (2023)». Το 2023 τα κέντρα εξυπηρέτησης πελατών και τα κέντρα εξ αποστάσεως τραπεζικής επιτάχυναν την εφαρμογή των μεγάλων δεδομένων και της τεχνητής νοημοσύνης και υιοθέτησαν ενεργά τα μεγάλα μοντέλα και άλλες τεχνολογίες τεχνητής νοημοσύνης νέας γενιάς.

large-model-adoption-first = Σύμφωνα με την έκθεση, το 2023 ήταν η πρώτη χρονιά εφαρμογής της τεχνολογίας των μεγάλων μοντέλων στον χρηματοπιστωτικό τομέα.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Σύμφωνα με ελλιπή στατιστικά στοιχεία, το { NUMBER($share) } των κέντρων εξυπηρέτησης πελατών και των κέντρων εξ αποστάσεως τραπεζικής έχει αρχίσει να διερευνά την εφαρμογή της τεχνολογίας των μεγάλων μοντέλων, κυρίως στη διαχείριση γνώσης, στη σύνοψη περιεχομένου, στα έξυπνα δελτία εργασίας και σε άλλους τομείς.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = Στον τομέα της επεξεργασίας δεδομένων, σύμφωνα με τα ελλιπή στατιστικά στοιχεία της έκθεσης, το { NUMBER($dashboard) } των κέντρων εξυπηρέτησης πελατών και των κέντρων εξ αποστάσεως τραπεζικής έχει δημιουργήσει και θέσει σε λειτουργία πίνακες εργαλείων δεδομένων, το { NUMBER($unstructured-data) } έχει αξιοποιήσει μη δομημένα δεδομένα στην ανάλυση μεγάλων δεδομένων και το { NUMBER($vector-database) } έχει εγκαταστήσει διανυσματικές βάσεις δεδομένων για σενάρια εφαρμογής όπως η ανάλυση και εξόρυξη σωμάτων κειμένων, η αναζήτηση στη βάση γνώσεων και η υποστήριξη εκπροσώπων σε πραγματικό χρόνο.

## Customer experience

customer-experience-trend = Το 2023 τα κέντρα εξυπηρέτησης πελατών και τα κέντρα εξ αποστάσεως τραπεζικής ενίσχυσαν τις βάσεις της εξυπηρέτησης και βελτίωσαν την εμπειρία των πελατών.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Σύμφωνα με την έκθεση, στο τέλος του 2023 το προσωπικό εξυπηρέτησης πελατών των τραπεζικών χρηματοπιστωτικών ιδρυμάτων αριθμούσε { NUMBER($staff) } { $staff ->
        [one] άτομο
       *[other] άτομα
    }, μειωμένο κατά { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } σε ετήσια βάση.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Οι εκπρόσωποι χειρίστηκαν μέσα στο έτος { NUMBER($calls) } { $calls ->
        [one] εισερχόμενη κλήση
       *[other] εισερχόμενες κλήσεις
    }, αριθμός αυξημένος κατά { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } σε ετήσια βάση.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = Το μέσο ποσοστό απάντησης στις κλήσεις που εξυπηρετούνται από εκπροσώπους στα κέντρα εξυπηρέτησης πελατών και στα κέντρα εξ αποστάσεως τραπεζικής έφτασε το { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = Η ικανοποίηση των πελατών από τις κλήσεις που εξυπηρετούνται από εκπροσώπους έφτασε το { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, ξεπερνώντας το { NUMBER($threshold) } για τέταρτη συνεχή χρονιά.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = Η έκθεση δείχνει επίσης ότι το 2023, από τα κέντρα εξυπηρέτησης πελατών και τα κέντρα εξ αποστάσεως τραπεζικής που συμμετείχαν στην έρευνα, το { NUMBER($app) } παρείχε εξυπηρέτηση μέσω εφαρμογής για κινητά, το { NUMBER($wechat) } μέσω WeChat, το { NUMBER($online) } διαδικτυακή εξυπηρέτηση, το { NUMBER($sms) } εξυπηρέτηση μέσω SMS και το { NUMBER($video) } εξυπηρέτηση μέσω βίντεο.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = Το { NUMBER($email) } παρείχε εξυπηρέτηση μέσω ηλεκτρονικού ταχυδρομείου και το { NUMBER($weibo) } μέσω Weibo.

video-services-trend = Ο αριθμός των κέντρων εξυπηρέτησης πελατών και των κέντρων εξ αποστάσεως τραπεζικής που προσφέρουν εξυπηρέτηση μέσω βίντεο αυξήθηκε ραγδαία τα τελευταία τρία χρόνια.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = Στον τομέα της συνταξιοδοτικής χρηματοδότησης και της χρηματοοικονομικής ένταξης, όλα τα κέντρα εξυπηρέτησης πελατών και τα κέντρα εξ αποστάσεως τραπεζικής που συμμετείχαν στην έρευνα παρείχαν το 2023 υπηρεσίες φιλικές προς τους ηλικιωμένους πελάτες: το { NUMBER($auto-identify) } από αυτά μπορεί να αναγνωρίζει αυτόματα τους ηλικιωμένους πελάτες, το { NUMBER($direct-option) } των υπηρεσιών τηλεφωνικής τραπεζικής προσφέρει στους ηλικιωμένους πελάτες επιλογή απευθείας σύνδεσης με εκπρόσωπο και το { NUMBER($manual-priority) } των υπηρεσιών τηλεφωνικής τραπεζικής παρέχει στους ηλικιωμένους πελάτες κατά προτεραιότητα σύνδεση με εκπρόσωπο όταν μεταφέρεται η κλήση τους.

## Transformation

transformation-trend = Η έκθεση αποκαλύπτει επίσης ότι τα κέντρα εξυπηρέτησης πελατών και τα κέντρα εξ αποστάσεως τραπεζικής ακολουθούν τις τάσεις ανάπτυξης, εντάσσονται ενεργά στην ανάπτυξη ολόκληρου του κλάδου και μετασχηματίζονται σε ολοκληρωμένα κέντρα εξυπηρέτησης πελατών προσανατολισμένα στην αξία.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = Στο τέλος του 2023, { NUMBER($centers) } { $centers ->
        [one] κέντρο εξυπηρέτησης πελατών τράπεζας είχε μετονομαστεί σε κέντρο εξ αποστάσεως τραπεζικής
       *[other] κέντρα εξυπηρέτησης πελατών τραπεζών είχαν μετονομαστεί σε κέντρα εξ αποστάσεως τραπεζικής
    }, ποσοστό { NUMBER($share) } του συνόλου, αυξημένο κατά { NUMBER($points) } { $points ->
        [one] ποσοστιαία μονάδα
       *[other] ποσοστιαίες μονάδες
    } σε ετήσια βάση.
