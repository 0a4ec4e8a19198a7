### Indonesian (id) translation of locales/en/page.ftl: the words of the
### rendered page around the report's messages. Ids and variables follow the reference.

## Language

# The language's name in the language itself (language switcher, index).
page-language-name = Bahasa Indonesia
page-languages = Bahasa

## Source

page-source = Sumber: Huanqiu.com
# $released (date): the day the report was released.
page-report = Laporan: “Laporan Pengembangan Pusat Layanan Nasabah dan Perbankan Jarak Jauh Industri Perbankan Tiongkok (2023)”, { -cba }, dirilis pada { DATETIME($released, dateStyle: "long") }

## Section headings (one per `##` group of report.ftl)

page-section-large-models = Model besar
page-section-data-processing = Pemrosesan data
page-section-customer-experience = Pengalaman nasabah
page-section-service-channels = Saluran layanan
page-section-pension-finance-and-inclusive-finance = Keuangan pensiun dan keuangan inklusif
page-section-transformation = Transformasi

## Key figures

page-key-figures = Angka utama
page-figure = Indikator
page-value = Nilai
page-figure-staff = Petugas layanan nasabah pada akhir 2023
page-figure-calls = Panggilan masuk yang ditangani agen manusia pada 2023
page-figure-answer-rate = Rata-rata tingkat panggilan terjawab untuk panggilan ke agen manusia
page-figure-satisfaction = Kepuasan nasabah terhadap panggilan yang ditangani agen
page-figure-large-models = Pusat yang menjajaki teknologi model besar
page-figure-renamed-centers = Pusat layanan nasabah bank yang berganti nama menjadi pusat perbankan jarak jauh

## Charts

page-chart-channels = Saluran layanan pada 2023
page-chart-channels-description = Diagram batang: persentase pusat layanan nasabah dan unit perbankan jarak jauh yang mengikuti survei yang menyediakan setiap saluran layanan pada 2023.
page-channel-app = Aplikasi seluler
page-channel-wechat = WeChat
page-channel-online = Layanan daring
page-channel-sms = SMS
page-channel-video = Layanan video
page-channel-email = Surel
page-channel-weibo = Weibo
page-chart-elderly = Layanan bagi nasabah lanjut usia pada 2023
page-chart-elderly-description = Diagram batang: persentase pusat layanan nasabah dan unit perbankan jarak jauh yang mengikuti survei yang dapat mengenali nasabah lanjut usia secara otomatis, serta persentase layanan perbankan telepon yang menyediakan opsi langsung ke agen manusia bagi nasabah lanjut usia atau memberi mereka prioritas saat dialihkan ke agen manusia.
page-elderly-auto-identify = Mengenali nasabah lanjut usia secara otomatis
page-elderly-direct-option = Layanan perbankan telepon: opsi langsung ke agen manusia
page-elderly-manual-priority = Layanan perbankan telepon: prioritas saat dialihkan ke agen manusia

## Footer

# $source: "Unicode CLDR (xx)"; $number, $percent: samples as the page writes
# them; $date: a date (2024-07-22) for DATETIME() in the style the page's dates use.
page-conventions = Angka dan tanggal mengikuti kaidah { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (xx)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Bentuk jamak mengikuti { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Ditampilkan dalam versi { $language } (belum diterjemahkan): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Tidak ada dalam data: { $ids }
page-missing-mark = angka tidak tersedia

## Index page

page-index-title = Pernyataan utama laporan dalam setiap bahasa
page-index-language = Bahasa
page-index-summary = Ringkasan
page-index-completion = Diterjemahkan
