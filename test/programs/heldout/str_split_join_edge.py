# split/join edge cases
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a  b".split(" "), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("1,2,,3,".split(","), "a\tb\nc\x0bd\x0ce\x1cf".split())
print("aXbXc".split("X", 0), "aXbXc".split("X", -1), "aXbXc".rsplit("X", 1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("\n".join(str(i) for i in range(3)))
print("|".join(("a",)), "x".join("123"), "".join(map(str, [1, 2, 3])))
print("a\r\nb\rc\nd".splitlines(), "a\x1cb\x85c\u2028d".splitlines())
print("abc\n".split("\n"), "abc\n".splitlines())
print("one two three".split(maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(set(words)), max(words, key=len))
print(" ".join(reversed(words)))
print("ab".join(["", ""]), "-".join(["", "a", ""]))
