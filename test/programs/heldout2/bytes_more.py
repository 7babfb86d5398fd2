# bytes and bytearray odds and ends
b = b"hello world"
print(b.title(), b.split(), b.split(b"o"), b.count(b"o"), b.index(b"w"), b.rfind(b"o"), b.upper().lower())
print(b[0], b[-1], b[:5], b[::2], bytes(reversed(b)), list(b[:3]), b.startswith(b"he"), b.endswith((b"x", b"d")))
print(bytes([104, 105]), bytes(b"x" * 3), bytes.fromhex("68 69"), b"hi".hex(), b"hi".hex("-"), b"\x00\xff".hex(":", 1))
print(b"a" + b"b", b"ab" * 2, b"b" in b"abc", 98 in b"abc", b"abc" == bytearray(b"abc"), b"abc" < b"abd")
ba = bytearray(b"xyz")
ba[0] = ord("X")
ba.extend(b"!!")
ba.insert(1, 45)
print(ba, ba.decode(), bytes(ba), ba.pop(), ba.remove(ord("!")), ba, len(ba))
ba[1:3] = b"ABC"
print(ba, ba[::-1], ba * 2, ba + b"-", ba.find(b"C"), ba.replace(b"A", b"a"))
print(b"%d %s %r" % (1, b"two", b"three"), b"%05.1f" % 2.25, b"%x" % 255, b"%c" % 65)
print(b"  strip  ".strip(), b"xxhixx".strip(b"x"), b"a,b,,c".split(b","), b",".join([b"a", b"b"]))
print(b"abc".center(9, b"*"), b"7".zfill(3), b"ab\tc".expandtabs(4), b"Hello".swapcase(), b"hello".capitalize())
print(b"\n".join([b"1", b"2"]).splitlines(), bytes(3) == b"\x00" * 3, bytearray(2) + b"\x01")
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), b"\x80"[0], bytes([255])[0])
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    bytearray(b"a").extend([256])
except ValueError as e:
    print(e)
try:
    b"x".decode("ascii") + b"y"
except TypeError as e:
    print(e)
