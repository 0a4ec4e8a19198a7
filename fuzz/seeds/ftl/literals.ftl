string-escapes = { "\"quoted\" \\ backslash" }
unicode-4 = { "\u00A0 nbsp \u2014 dash" }
unicode-6 = { "\U01F602 emoji" }
lone-surrogate = { "\uD800" }
bad-escape = { "\q" }
numbers = { 1 } { -2 } { 3.14 } { 0.0 } { -0.50 }
opening-brace = This message features an opening curly brace: {"{"}.
closing-brace = This message features a closing curly brace: {"}"}.
leading-spaces = {"   "}This message has 3 leading spaces.
literal-dot = {"."}Starts with a dot
blank-is-removed =     This message starts with no blanks.
inline-markup = Click <a data-l10n-name="link">here</a> or <strong>{ $count }</strong>.
unicode-text = Żółć 日本語 한국어 Ελληνικά русский संस्कृतम्
tabs = a	b
