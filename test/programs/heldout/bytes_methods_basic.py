# bytes methods (cf. micropython basics/bytes_*.py)
b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.count(b"l"))
print(b.split(b", "), b.replace(b"l", b"L"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.strip(b"Hd"), b"  x ".strip(), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"))
print(b"-".join([b"a", b"b"]), b"".join([bytearray(b"x"), b"y"]))
print(b.partition(b","), b.rpartition(b"o"), b.center(16, b"*"), b.ljust(14, b"."), b.rjust(14))
print(b[0], b[-1], b[1:4], b[::-1], b[::3], list(b[:3]))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"" in b"x")
print(bytes(3), bytes([65, 66]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"abc".hex(), b"\x00\xff".hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("0a0B"))
print(b"a1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" \t".isspace(), b"AB".isupper(), b"ab".islower())
print(b"a\nb\r\nc".splitlines(), b"a b  c".split(), b"1,2,3".rsplit(b",", 1))
print(b"abc".zfill(5), b"%s=%d" % (b"k", 3), b"tab\tx".expandtabs(4))
print(repr(b"\x00\x7f\x80'\"\\"), repr(b"it's"), repr(b'"'))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"a" < b"ab", len(b"\x00\x00"))
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"aaa".count(b"a", 1))
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
print(list(iter(b"hi")), tuple(b"ok"), b"x".decode(), str(b"x"))
