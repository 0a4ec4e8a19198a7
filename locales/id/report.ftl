### Key statements of cba-remote-banking-2023.id.txt, extracted by `glossator extract` (locale: id).
### The messages are translatable: translate or edit their text freely. Figures are
### not written here: each NUMBER() placeable takes its value from the figures file,
### so every translation shows the same data, formatted for its locale.
### Re-running `glossator extract` keeps a message, with its edits, while its source
### sentence (the comment above it) is unchanged.

## Report

# Asosiasi Perbankan Tiongkok: Pusat layanan pelanggan dan bank jarak jauh secara
# aktif menerapkan teknologi kecerdasan buatan generasi baru seperti model besar
report-title = { -cba }: pusat layanan nasabah dan perbankan jarak jauh secara aktif menerapkan model besar dan teknologi kecerdasan buatan generasi baru lainnya

# 2024-07-22
report-date = { DATETIME($date, dateStyle: "long") }

## Large models

# [Laporan Komprehensif Keuangan Global] Pada tanggal 22 Juli, Asosiasi Perbankan
# Tiongkok merilis "Laporan Pengembangan Pusat Layanan Pelanggan Industri
# Perbankan Tiongkok dan Perbankan Jarak Jauh (2023)" (selanjutnya disebut sebagai
# "Laporan") pada tahun 2023, pusat layanan pelanggan dan perbankan jarak jauh
# Mempercepat penerapan teknologi big data dan kecerdasan buatan, dan secara aktif
# menerapkan teknologi kecerdasan buatan generasi baru seperti model besar.
report-lead = Pada 22 Juli, { -cba } merilis “Laporan Pengembangan Pusat Layanan Nasabah dan Perbankan Jarak Jauh Industri Perbankan Tiongkok (2023)”. Pada tahun 2023, pusat layanan nasabah dan unit perbankan jarak jauh mempercepat penerapan teknologi mahadata dan kecerdasan buatan, serta secara aktif menerapkan model besar dan teknologi kecerdasan buatan generasi baru lainnya.

# "Laporan" tersebut menyatakan bahwa tahun 2023 adalah tahun pertama penerapan
# teknologi model besar di industri keuangan.
large-model-adoption-first = Laporan tersebut menyatakan bahwa tahun 2023 adalah tahun pertama penerapan teknologi model besar di industri keuangan.

# Menurut statistik yang tidak lengkap, 29% pusat layanan pelanggan dan bank
# terpencil telah mulai menjajaki penerapan teknologi model besar, terutama di
# dalam negeri. operasi pengetahuan dan ringkasan konten, perintah kerja cerdas
# dan bidang lainnya.
large-model-adoption = Menurut statistik yang tidak lengkap, { NUMBER($share) } pusat layanan nasabah dan unit perbankan jarak jauh telah mulai menjajaki penerapan teknologi model besar, terutama dalam pengelolaan pengetahuan, ringkasan konten, perintah kerja cerdas, dan bidang lainnya.

## Data processing

# Dalam hal pemrosesan data, menurut statistik yang tidak lengkap dalam "Laporan",
# 60% pusat layanan pelanggan dan bank jarak jauh telah membuat dan menerapkan
# dasbor data, 45% telah menerapkan data tidak terstruktur untuk analisis data
# besar, dan 8% telah menerapkan database vektor untuk Skenario seperti analisis
# dan penambangan korpus, pencarian basis pengetahuan, bantuan agen waktu nyata,
# dll.
data-processing-adoption = Dalam hal pemrosesan data, menurut statistik yang tidak lengkap dalam laporan tersebut, { NUMBER($dashboard) } pusat layanan nasabah dan unit perbankan jarak jauh telah membangun dan menerapkan dasbor data, { NUMBER($unstructured-data) } telah memanfaatkan data tidak terstruktur untuk analisis mahadata, dan { NUMBER($vector-database) } telah menerapkan basis data vektor untuk skenario seperti analisis dan penambangan korpus, pencarian basis pengetahuan, serta bantuan agen waktu nyata.

## Customer experience

# Pada tahun 2023, pusat layanan pelanggan dan perbankan jarak jauh akan
# mengkonsolidasikan basis layanan dan meningkatkan pengalaman pelanggan.
customer-experience-trend = Pada tahun 2023, pusat layanan nasabah dan unit perbankan jarak jauh memperkuat fondasi layanan dan meningkatkan pengalaman nasabah.

# Menurut "Laporan", pada akhir tahun 2023, terdapat 41,700 petugas layanan
# pelanggan di lembaga keuangan perbankan, turun 4,79% dari tahun sebelumnya
customer-service-staff = Menurut laporan tersebut, pada akhir tahun 2023 lembaga keuangan perbankan memiliki { NUMBER($staff) } petugas layanan nasabah, turun { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } secara tahunan.

# 723 juta panggilan masuk diproses secara manual sepanjang tahun, meningkat
# sebesar 4,6 % dari tahun sebelumnya
inbound-calls = Sepanjang tahun, agen manusia menangani { NUMBER($calls) } panggilan masuk, naik { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } secara tahunan.

# jumlah pusat layanan pelanggan dan bank jarak jauh Rata-rata tingkat
# penyelesaian panggilan untuk panggilan manual mencapai 92,88%
answer-rate = Rata-rata tingkat panggilan terjawab untuk panggilan ke agen manusia di pusat layanan nasabah dan unit perbankan jarak jauh mencapai { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# kepuasan pelanggan untuk panggilan manual mencapai 99,46%, lebih tinggi dari 99%
# selama empat tahun berturut-turut.
customer-satisfaction = Kepuasan nasabah terhadap panggilan yang ditangani agen mencapai { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, di atas { NUMBER($threshold) } selama empat tahun berturut-turut.

## Service channels

# Pada saat yang sama, "Laporan" menunjukkan bahwa pada tahun 2023, 94% pusat
# layanan pelanggan dan bank jarak jauh yang berpartisipasi dalam survei akan
# menyediakan layanan APP, 86% akan menyediakan layanan WeChat, 85% akan
# menyediakan layanan online, dan 65% akan menyediakan layanan SMS, dan 57% akan
# menyediakan layanan video.
service-channels-app = Laporan tersebut juga menunjukkan bahwa pada tahun 2023, di antara pusat layanan nasabah dan unit perbankan jarak jauh yang mengikuti survei, { NUMBER($app) } menyediakan layanan aplikasi seluler, { NUMBER($wechat) } layanan WeChat, { NUMBER($online) } layanan daring, { NUMBER($sms) } layanan SMS, dan { NUMBER($video) } layanan video.

# 43% menyediakan layanan email dan 19% menyediakan layanan Weibo.
service-channels-email = { NUMBER($email) } menyediakan layanan surel dan { NUMBER($weibo) } layanan Weibo.

# Jumlah pusat layanan pelanggan dan bank terpencil yang meluncurkan layanan video
# telah berkembang pesat dalam tiga tahun terakhir.
video-services-trend = Jumlah pusat layanan nasabah dan unit perbankan jarak jauh yang menyediakan layanan video tumbuh pesat dalam tiga tahun terakhir.

## Pension finance and inclusive finance

# Dalam hal pembiayaan pensiun dan keuangan inklusif, pada tahun 2023, pusat
# layanan pelanggan dan bank terpencil yang berpartisipasi dalam survei telah
# menyediakan layanan untuk lansia, dan 60% dari pusat layanan pelanggan dan bank
# terpencil memiliki fungsi untuk mengidentifikasi nasabah lanjut usia secara
# otomatis % panggilan telepon Bank memiliki opsi layanan manual langsung untuk
# nasabah lanjut usia, dan 36% bank telepon telah merumuskan strategi bagi nasabah
# lanjut usia untuk beralih ke prioritas manual.
elderly-services = Dalam hal keuangan pensiun dan keuangan inklusif, pada tahun 2023 seluruh pusat layanan nasabah dan unit perbankan jarak jauh yang mengikuti survei telah menyediakan layanan bagi nasabah lanjut usia: { NUMBER($auto-identify) } dapat mengenali nasabah lanjut usia secara otomatis, { NUMBER($direct-option) } layanan perbankan telepon menyediakan opsi langsung ke agen manusia bagi nasabah lanjut usia, dan { NUMBER($manual-priority) } layanan perbankan telepon memberikan prioritas layanan agen kepada nasabah lanjut usia saat dialihkan ke agen manusia.

## Transformation

# "Laporan" tersebut juga mengungkapkan bahwa pusat layanan pelanggan dan bank
# terpencil telah mengikuti tren perkembangan, secara aktif berintegrasi ke dalam
# tren perkembangan seluruh industri, dan bertransformasi menjadi pusat layanan
# pelanggan yang komprehensif dan berorientasi pada nilai.
transformation-trend = Laporan tersebut juga mengungkapkan bahwa pusat layanan nasabah dan unit perbankan jarak jauh mengikuti arah perkembangan, secara aktif menyatu dengan perkembangan seluruh industri, dan bertransformasi menjadi pusat layanan nasabah yang komprehensif dan berorientasi nilai.

# Pada akhir tahun 2023, 31 pusat layanan nasabah bank telah diubah namanya
# menjadi pusat perbankan jarak jauh, mencakup 40%, meningkat 10 poin persentase
# dibandingkan tahun lalu.
remote-banking-centers = Pada akhir tahun 2023, { NUMBER($centers) } pusat layanan nasabah bank telah berganti nama menjadi pusat perbankan jarak jauh, atau { NUMBER($share) } dari seluruhnya, naik { NUMBER($points) } poin persentase secara tahunan.

## Kept as written (not extracted)

-cba = Asosiasi Perbankan Tiongkok
