# bytes printing, %, and conversions
for v in [b"", b"a", b"\n", b"\x00\x01", bytes(range(0x7c, 0x84)), b"'", b'"', b"'\""]:
    print(repr(v), str(v), len(v))
print(bytearray(b"it's"), repr(bytearray()))
print(b"%5s|%-5s|" % (b"ab", b"cd"), b"%c%c" % (65, b"B"), b"%r" % "é" if False else b"%a" % "é")
print(b"%x %o %05d" % (255, 8, 42), b"%.2f" % 1.5)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
print(list(b"abc"), [chr(c) for c in b"hi"], sum(b"\x01\x02\x03"))
print(b"a b".split(b" "), b"A".lower() == b"a", bytes([x ^ 0x20 for x in b"abc"]))
print(b"x" * 0, b"ab"[1:1], b"abc"[-1:], bytes(memoryview(b"mv")))
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), m.tobytes(), len(m), m.tolist()[:3])
