# bytes: literals, indexing gives ints, slicing gives bytes, repr.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b"abc"), bytes([104, 105]), b"ab" + b"cd", b"-" * 3)
print(b"abc".upper(), b" x ".strip(), b"a,b".split(b","), b"ab".replace(b"a", b"z"))
print(b"\t\n\r\\'\"", repr(b"it's"), repr(b'"'))
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
