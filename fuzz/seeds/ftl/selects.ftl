emails =
    { $unreadEmails ->
        [one] You have one unread email.
        [few] You have { $unreadEmails } unread emails.
        [2] Exactly two.
        [3.5] A number key.
       *[other] You have { $unreadEmails } unread emails.
    }
nested =
    { $a ->
        [x] { $b ->
            [y] xy
           *[z] xz
        }
       *[other] o
    }
-term =
    { $case ->
       *[nominative] Firefox
        [genitive] Firefoxu
    }
gender = { -term.gender ->
    [masculine] He
   *[other] They
}
plural-fn = { NUMBER($n, minimumFractionDigits: 2) ->
    [one] one
   *[other] { NUMBER($n, style: "percent") } other
}
date = { DATETIME($d, month: "long", year: "numeric") }
