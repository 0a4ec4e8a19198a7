### Key statements of the China Banking Association's "Customer Service Center and
### Remote Banking Development Report (2023)", as published on 22 July 2024.
### Portuguese (pt) translation of locales/en/report.ftl: ids, variables and structure
### follow the reference. Figures are data (figures/cba-remote-banking-2023.toml):
### every NUMBER() is formatted per locale.

-cba = Associação Bancária da China

## Report

report-title = { -cba }: centros de atendimento ao cliente e de serviços bancários remotos adotam ativamente grandes modelos e outras tecnologias de inteligência artificial de nova geração

report-date = { DATETIME($date, dateStyle: "long") }

## Large models

report-lead = Em 22 de julho, a { -cba } publicou o “Relatório sobre o desenvolvimento dos centros de atendimento ao cliente e dos serviços bancários remotos do setor bancário da China (2023)”. Em 2023, os centros de atendimento ao cliente e de serviços bancários remotos aceleraram o uso de big data e de inteligência artificial e adotaram ativamente grandes modelos e outras tecnologias de inteligência artificial de nova geração.

large-model-adoption-first = Segundo o relatório, 2023 foi o primeiro ano de uso da tecnologia de grandes modelos no setor financeiro.

# $share (percent): share of customer service centers and remote banking units.
large-model-adoption = Segundo estatísticas incompletas, { NUMBER($share) } dos centros de atendimento ao cliente e de serviços bancários remotos começaram a explorar o uso da tecnologia de grandes modelos, principalmente em gestão do conhecimento, resumo do conteúdo, tickets inteligentes e outras áreas.

## Data processing

# $dashboard, $unstructured-data, $vector-database (percent): shares of centers.
data-processing-adoption = No processamento de dados, segundo as estatísticas incompletas do relatório, { NUMBER($dashboard) } dos centros de atendimento ao cliente e de serviços bancários remotos criaram e implantaram painéis de dados, { NUMBER($unstructured-data) } aplicaram dados não estruturados à análise de big data e { NUMBER($vector-database) } implantaram bancos de dados vetoriais em cenários de aplicação como análise e mineração de corpus, pesquisa na base de conhecimento e assistência ao atendente em tempo real.

## Customer experience

customer-experience-trend = Em 2023, os centros de atendimento ao cliente e de serviços bancários remotos consolidaram as bases do seu atendimento e melhoraram a experiência do cliente.

# $staff: number of customer service staff; $change (percent): year-on-year decrease.
customer-service-staff = Segundo o relatório, as instituições financeiras bancárias contavam, no final de 2023, com { NUMBER($staff) } { $staff ->
        [one] profissional de atendimento ao cliente
       *[other] profissionais de atendimento ao cliente
    }, uma queda de { NUMBER($change, minimumFractionDigits: 2, maximumFractionDigits: 2) } em relação ao ano anterior.

# $calls: number of inbound calls handled by human agents; $change (percent): year-on-year increase.
inbound-calls = Ao longo do ano, os atendentes humanos trataram { NUMBER($calls) } { $calls ->
        [one] chamada recebida
       *[other] chamadas recebidas
    }, um aumento de { NUMBER($change, minimumFractionDigits: 1, maximumFractionDigits: 1) } em relação ao ano anterior.

# $rate (percent): average answer rate of agent-handled calls.
answer-rate = A taxa de atendimento média das chamadas atendidas por atendentes nos centros de atendimento ao cliente e de serviços bancários remotos chegou a { NUMBER($rate, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

# $satisfaction (percent); $threshold (percent): the level exceeded four years running.
customer-satisfaction = A satisfação do cliente com as chamadas atendidas por atendentes chegou a { NUMBER($satisfaction, minimumFractionDigits: 2, maximumFractionDigits: 2) }, acima de { NUMBER($threshold) } pelo quarto ano consecutivo.

## Service channels

# $app, $wechat, $online, $sms, $video (percent): shares of surveyed centers per channel.
service-channels-app = O relatório mostra também que, em 2023, entre os centros de atendimento ao cliente e de serviços bancários remotos que participaram da pesquisa, { NUMBER($app) } ofereciam atendimento por aplicativo, { NUMBER($wechat) } atendimento por WeChat, { NUMBER($online) } atendimento online, { NUMBER($sms) } atendimento por SMS e { NUMBER($video) } atendimento por vídeo.

# $email, $weibo (percent): shares of surveyed centers.
service-channels-email = Além disso, { NUMBER($email) } ofereciam atendimento por e-mail e { NUMBER($weibo) } atendimento pelo Weibo.

video-services-trend = O número de centros de atendimento ao cliente e de serviços bancários remotos que oferecem atendimento por vídeo cresceu rapidamente nos últimos três anos.

## Pension finance and inclusive finance

# $auto-identify (percent): centers that identify elderly customers automatically;
# $direct-option (percent): telephone banks with a direct option to a human agent;
# $manual-priority (percent): telephone banks that give elderly customers priority
# when they are transferred to a human agent.
elderly-services = No campo das finanças para a aposentadoria e das finanças inclusivas, todos os centros de atendimento ao cliente e de serviços bancários remotos que participaram da pesquisa ofereciam, em 2023, serviços para clientes idosos: { NUMBER($auto-identify) } deles conseguem identificar automaticamente os clientes idosos, { NUMBER($direct-option) } dos serviços bancários por telefone oferecem aos clientes idosos a opção de atendimento humano direto e { NUMBER($manual-priority) } dos serviços bancários por telefone dão aos clientes idosos encaminhamento prioritário para um atendente humano.

## Transformation

transformation-trend = O relatório revela ainda que os centros de atendimento ao cliente e de serviços bancários remotos acompanham as tendências de desenvolvimento, integram-se ativamente ao desenvolvimento de todo o setor e estão se transformando em centros de atendimento ao cliente orientados para o valor, de caráter integral.

# $centers: number of bank customer service centers renamed; $share (percent): their
# share of all centers; $points: the rise in percentage points.
remote-banking-centers = No final de 2023, { NUMBER($centers) } { $centers ->
        [one] centro de atendimento ao cliente de banco havia sido renomeado como centro de serviços bancários remotos
       *[other] centros de atendimento ao cliente de bancos haviam sido renomeados como centros de serviços bancários remotos
    }, o equivalente a { NUMBER($share) } do total, um aumento de { NUMBER($points) } { $points ->
        [one] ponto percentual
       *[other] pontos percentuais
    } em relação ao ano anterior.
