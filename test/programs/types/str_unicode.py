# Unicode strings: lengths, indexing, case mapping, comparisons.
s = "naïve café 😀"
print(len(s), s[2], s[-1], s.upper(), len(s.encode("utf-8")))
print("é".upper(), "É".lower(), "ß".upper(), "ǆ".upper(), "ǆ".title())
print("é" == "e\u0301", len("e\u0301"), "\u00e9" == "é")
print(sorted(["b", "a", "é", "z", "E"]))
print("ΑΒΓ".lower(), "straße".upper(), "😀".isalpha(), "中文".isalpha())
print(ord(max("hello wörld")), min("Zebra"))
