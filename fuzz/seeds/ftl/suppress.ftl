# glossator-ignore: untranslated -- brand name
brand = Firefox
## glossator-ignore: missing-variable, unknown-variable -- whole group
grouped = { $x }
# glossator-ignore: not-a-rule -- unknown
# glossator-ignore: untranslated
no-reason = Hello there friend
