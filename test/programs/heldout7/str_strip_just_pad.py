# strip/lstrip/rstrip with char sets, center/ljust/rjust/zfill, and slicing/repetition edge cases.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("www.example.com".strip("cmowz.")), repr("\u2003 x \u3000".strip()), repr("".strip()), repr("aaa".lstrip("a")))
print("|" + "ab".center(7) + "|" + "ab".center(7, "*") + "|" + "abc".center(6, "-") + "|" + "abc".center(2) + "|")
print("|" + "ab".ljust(5, ".") + "|" + "ab".rjust(5, ".") + "|" + "toolong".ljust(3) + "|")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "3.14".zfill(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
try:
    "x".ljust("5")
except TypeError as e:
    print(e)
t = "abcdefghij"
print(t[::-1], t[::3], t[-3:], t[:-3], t[2:8:2], t[8:2:-2], t[100:], t[-100:2], t[5:5], t[::-4])
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 100, "-" * 20)
try:
    t[20]
except IndexError as e:
    print(e)
try:
    t["a"]
except TypeError as e:
    print(e)
try:
    t[1] = "x"
except TypeError as e:
    print(e)
print(t[slice(2, None, 3)], t[slice(None)], len(t[::7]), "xyz"[True], "xyz"[-True])
