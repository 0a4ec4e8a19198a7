crlf = one
    two
second = x
    .attr = y
