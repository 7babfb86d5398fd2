# unicode handling: lengths, slicing, normalisation-free comparisons, encodings
s = "naïve café — 日本語 🐍"
print(len(s), s[0], s[2], s[-1], s[11:14], s.upper(), s.title())
print([c for c in s if ord(c) > 127], max(s), min(s), sorted(set(s))[:3])
print(s.encode("utf-8")[:12], len(s.encode("utf-8")), len(s.encode("utf-16")), s.encode("ascii", "replace")[:12])
print(s.find("日本"), s.index("🐍"), "🐍" in s, s.count("a"), s.replace("é", "e"))
print(repr("ü"), ascii("ü"), "\u00fc" == "ü", "\U0001F40D" == "🐍", "\N{LATIN SMALL LETTER U WITH DIAERESIS}")
print("Ａ".isupper(), "ａ".upper(), "ß".upper(), "ǆ".title(), "ﬀ".upper(), "ς".upper(), "Σ".lower())
print(b"\xe2\x82\xac".decode(), "€".encode(), "€".encode("utf-16-le"), bytes("€", "utf-8").hex())
print(str(b"abc", "ascii"), str(bytearray("é", "utf-8"), "utf-8"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print([hex(b) for b in "é".encode()], chr(233), ord("é"), "%c" % 233, "{:c}".format(0x1F40D))
for word in ["straße", "İ", "Ǆ", "ﬁ", "ŉ"]:
    print(word, word.upper(), word.lower(), word.casefold(), word.swapcase(), len(word.upper()))
print("abc" < "abd" < "abé" < "abê", "Z" < "a" < "é", sorted(["é", "e", "f", "E"]))
