# More bytes methods: startswith, find, count, join, partition, isX, center.
b = b"GET /index.html HTTP/1.1"
print(b.split(), b.startswith(b"GET"), b.find(b"/"), b.count(b"1"))
print(b" ".join([b"a", b"b"]), b.partition(b" "), b"abc".isalpha(), b"12".isdigit())
print(b"ab".center(6, b"*"), b"ab".zfill(4), b"Hello".swapcase(), b"x".ljust(3, b"."))
print(b"abc".startswith((b"x", b"a")), b"%d bytes" % 5, b"%s!" % b"hi")
print(bytes.maketrans(b"ab", b"xy")[96:100], len(bytes.maketrans(b"", b"")), b"aabb".translate(bytes.maketrans(b"ab", b"xy")))
