# Unicode strings: lengths, indexing astral characters, escapes, encode/decode with errors handlers.
s = "naïve café 日本語 😀"
print(len(s), s[6], s[-1], s[11:14], s.encode("utf-8"), len(s.encode("utf-8")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
print(s.encode("utf-16-le")[:8], len(s.encode("utf-16")), len(s.encode("utf-32")), s.encode("utf-8").decode() == s)
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff\xfe\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff abc \xc3".decode("utf-8", "replace"), b"\xff abc".decode("utf-8", "ignore"), b"\xe9t\xe9".decode("latin-1"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), repr(b"a\xffb".decode("utf-8", "surrogateescape")))
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print("\x41\101\u0041\U00000041", "\t".expandtabs(4) == "    ", "a\tbc\td".expandtabs(4), "x\ty".expandtabs())
print(sorted("bAaB"), sorted(["é", "e", "f", "z", "É"]), "é" > "z", max("abc😀"), min("日本"))
print([hex(ord(c)) for c in "Aé€😀"], "😀".encode("utf-16-be"), "😀".encode("utf-8"))
print(str(b"bytes", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(bytearray(b"x"), "ascii"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
print("ǅ".isupper(), "Ⅷ".isnumeric(), "Ⅷ".isdigit(), "٣".isdecimal(), int("٣٤"), "ℌ".isalpha())
