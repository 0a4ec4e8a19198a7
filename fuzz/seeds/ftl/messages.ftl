### Resource comment
## Group comment

# Message comment
hello = Hello, world!
welcome = Welcome, { $user }!
    .title = Welcome
    .aria-label = Welcome { $user }
multiline =
    First line,
    second line.

      indented third line
blank-value = { "" }
attrs-only =
    .placeholder = Search
-brand-name = Firefox
    .gender = masculine
about = About { -brand-name }
ref-attr = { welcome.title }
term-call = { -brand-name(case: "genitive") }
