### glossator's page messages, in English: the words `glossator render` puts around a
### report's messages. A project translates them by defining the same ids in its locales'
### files (its reference's definitions then make every locale's translation required);
### these are used only where the project defines none.

# Label of the list of the page's language versions.
page-languages = Languages
# Heading of the key figures table, and its column headers.
page-key-figures = Key figures
page-figure = Figure
page-value = Value
# The page's footer. $source: "Unicode CLDR (fr)", or (und) for CLDR's root data;
# $number, $percent: samples as the page writes them; $date: a date (2024-07-22) for
# DATETIME() in the style the page's dates use.
page-conventions = Numbers and dates follow { $source }: { $number } · { $percent } · { DATETIME($date, dateStyle: "long") }.
# $rules: where the plural forms come from, "Unicode CLDR (fr)" or the grammar of a
# language CLDR has no rules for (a citation); shown on those pages only.
page-plural-rules = Plural forms follow { $rules }.
# $language: a language's name in itself; $ids: the messages shown in it.
page-fallback-note = † Shown in { $language } (not yet translated): { $ids }
# $ids: the figures the data lacks (message id and variable).
page-missing-note = ⚠ Missing from the data: { $ids }
# Title of the mark on a missing figure.
page-missing-mark = missing figure
# The index page.
page-index-title = Summaries in every language
page-index-language = Language
page-index-summary = Summary
page-index-completion = Translated
