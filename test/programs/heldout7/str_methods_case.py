# str case methods and predicates, including unicode specials (ß, İ, ligatures, titlecase digraphs).
samples = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "straße", "ǆemal", "ﬁsh", "İstanbul", "they're bill's", "123abc", "", "ΣΑΣ"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in ["abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "½", "²", " ", "\t\n", "", "a b", "_x1", "1x", "class", "ǅ"]:
    print(repr(s), s.isalpha(), s.isupper(), s.islower(), s.istitle(), s.isalnum(), s.isdigit(), s.isdecimal(),
          s.isnumeric(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("\x1b".isprintable(), "\u00a0".isprintable(), "\u00a0".isspace(), "\u2028".isspace())
print("ß".upper(), "ß".upper().lower(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("σς".upper(), "ΟΔΟΣ".lower(), "A".lower() == "a", "ǈ".upper(), "ǈ".lower(), "ǈ".title())
