bom = With a byte order mark
