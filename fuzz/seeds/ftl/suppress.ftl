# glossa-ignore: untranslated -- brand name
brand = Firefox
## glossa-ignore: missing-variable, unknown-variable -- whole group
grouped = { $x }
# glossa-ignore: not-a-rule -- unknown
# glossa-ignore: untranslated
no-reason = Hello there friend
