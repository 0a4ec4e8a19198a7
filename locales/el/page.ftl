### Greek (el) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Ελληνικά
page-languages = Γλώσσες

## Source

page-source = Πηγή: Huanqiu.com
# $released (date): the day the report was released.
page-report = Έκθεση: «Έκθεση για την ανάπτυξη των κέντρων εξυπηρέτησης πελατών και της εξ αποστάσεως τραπεζικής στον τραπεζικό τομέα της Κίνας (2023)», { -cba }, δημοσιεύθηκε στις { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Μεγάλα μοντέλα
page-section-data-processing = Επεξεργασία δεδομένων
page-section-customer-experience = Εμπειρία πελατών
page-section-service-channels = Κανάλια εξυπηρέτησης
page-section-pension-finance-and-inclusive-finance = Συνταξιοδοτική χρηματοδότηση και χρηματοοικονομική ένταξη
page-section-transformation = Μετασχηματισμός

## Key figures

page-key-figures = Βασικά μεγέθη
page-figure = Δείκτης
page-value = Τιμή
page-figure-staff = Προσωπικό εξυπηρέτησης πελατών στο τέλος του 2023
page-figure-calls = Εισερχόμενες κλήσεις που χειρίστηκαν εκπρόσωποι το 2023
page-figure-answer-rate = Μέσο ποσοστό απάντησης στις κλήσεις που εξυπηρετούνται από εκπροσώπους
page-figure-satisfaction = Ικανοποίηση των πελατών από τις κλήσεις που εξυπηρετούνται από εκπροσώπους
page-figure-large-models = Κέντρα εξυπηρέτησης πελατών και κέντρα εξ αποστάσεως τραπεζικής που διερευνούν την τεχνολογία των μεγάλων μοντέλων
page-figure-renamed-centers = Κέντρα εξυπηρέτησης πελατών τραπεζών που μετονομάστηκαν σε κέντρα εξ αποστάσεως τραπεζικής

## Charts

page-chart-channels = Κανάλια εξυπηρέτησης το 2023
page-chart-channels-description = Ραβδόγραμμα: ποσοστό των κέντρων εξυπηρέτησης πελατών και των κέντρων εξ αποστάσεως τραπεζικής που συμμετείχαν στην έρευνα και παρείχαν το 2023 κάθε κανάλι εξυπηρέτησης.
page-channel-app = Εφαρμογή για κινητά
page-channel-wechat = WeChat
page-channel-online = Διαδικτυακή εξυπηρέτηση
page-channel-sms = SMS
page-channel-video = Εξυπηρέτηση μέσω βίντεο
page-channel-email = Ηλεκτρονικό ταχυδρομείο
page-channel-weibo = Weibo
page-chart-elderly = Υπηρεσίες για ηλικιωμένους πελάτες το 2023
page-chart-elderly-description = Ραβδόγραμμα: ποσοστό των κέντρων εξυπηρέτησης πελατών και των κέντρων εξ αποστάσεως τραπεζικής που συμμετείχαν στην έρευνα και μπορούν να αναγνωρίζουν αυτόματα τους ηλικιωμένους πελάτες, καθώς και ποσοστά των υπηρεσιών τηλεφωνικής τραπεζικής που προσφέρουν στους ηλικιωμένους πελάτες επιλογή απευθείας σύνδεσης με εκπρόσωπο ή σύνδεση με εκπρόσωπο κατά προτεραιότητα όταν μεταφέρεται η κλήση τους.
page-elderly-auto-identify = Αναγνωρίζουν αυτόματα τους ηλικιωμένους πελάτες
page-elderly-direct-option = Υπηρεσίες τηλεφωνικής τραπεζικής: απευθείας σύνδεση με εκπρόσωπο
page-elderly-manual-priority = Υπηρεσίες τηλεφωνικής τραπεζικής: σύνδεση με εκπρόσωπο κατά προτεραιότητα

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Οι αριθμοί και οι ημερομηνίες ακολουθούν τους κανόνες του { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Οι τύποι του πληθυντικού ακολουθούν: { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Εμφανίζεται στην έκδοση { $language } (δεν έχει μεταφραστεί ακόμη): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Λείπει από τα δεδομένα: { $ids }
page-missing-mark = λείπει το στοιχείο

## Index page

page-index-title = Τα βασικά σημεία της έκθεσης σε όλες τις γλώσσες
page-index-language = Γλώσσα
page-index-summary = Σύνοψη
page-index-completion = Μεταφρασμένο
