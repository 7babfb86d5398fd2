# unicode strings, escapes, repr/ascii
s = "caf\u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}"
print(s, len(s))
print(repr(s), ascii(s))
print([hex(ord(c)) for c in s])
print("\x41\101\u0042", "\t|", repr("\0\a\b\f\v\x7f"))
print(repr("'"), repr('"'), repr("'\""), repr("\\"))
print(repr("\u200b"), repr("\xa0"), repr("\xad"), repr("\ud800"))
print("é".encode("utf-8"), "é".encode("latin-1"), "€".encode("utf-8"))
print(b"\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode:", e)
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("encode:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é€".encode("ascii", "backslashreplace"))
print(b"\xffabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
print("ÀÉÎ".lower(), "straße".upper(), "ǈ".title(), "İ".lower().encode())
print(sorted("bAcá"), max("hello"), min("héllo"))
print(chr(0x10FFFF).encode("utf-8"), len(chr(0x10FFFF)))
print(r"raw\n", len(r"\n"), rb"\x00")
print("\N{SNOWMAN}".isprintable(), "\n".isprintable(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric())
print(int("٣٤"), float("１.５"))
