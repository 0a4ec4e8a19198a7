report-title = Customer Service Center and Remote Banking Development Report (2023)
remote-banking = Remote banking reached { NUMBER($share, style: "percent") } of customers; the customer service center answer rate was 92.5%.
human-agent = A human agent handled { $calls } calls.
-brand = CBA
    .short = CBA
elderly = Elderly customers use { -brand } remote banking centers.
