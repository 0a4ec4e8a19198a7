valid = ok
= no id
1invalid = bad id
msg = { $
    unterminated
-term-without-value =
missing-default =
    { $n ->
        [one] x
    }
two-defaults = { $n ->
   *[a] a
   *[b] b
}
dup = one
dup = two
dup-attr = x
    .a = 1
    .a = 2
dup-variant = { $n ->
    [one] x
    [one] y
   *[other] z
}
call-lower = { number($n) }
ref-undefined = { missing-msg } { -missing-term }
self-ref = { self-ref }
   junk indented
