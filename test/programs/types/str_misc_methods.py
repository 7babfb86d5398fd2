# Less common str methods: count with ranges, isX on mixed, format_map.
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("Hello"[::-1].lower(), "a-b_c d".replace("-", " ").replace("_", " ").split())
print("ab" * 3, "ab" in "cabd", "ba" not in "abab", "" in "abc")
print("abc" < "abd" < "b", "abc".__len__(), "x".__add__("y"))
print(str.upper("x"), str.join("-", "abc"))
