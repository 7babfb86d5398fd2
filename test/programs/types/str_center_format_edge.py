# Edge cases of str methods with empty strings and odd widths.
print(repr("".center(3, "-")), repr("a".center(4, "-")), repr("ab".center(5, "-")), repr("abc".center(4, "-")))
print("".join([]), repr("".upper()), "".find(""), "abc".rfind(""), "".count("a"))
print("a".split("a"), "aXbXc".split("X", -1), "ab".partition("b"))
print("x".join(["", ""]), repr(" ".join(["a", "", "b"])))
