# string methods with unusual arguments
s = "a,b,,c,d"
print(s.split(",", -1), s.split(",", 0), s.rsplit(",", 2), s.split(",", maxsplit=2), s.rsplit(sep=",", maxsplit=1))
print("a b c".split(None, -5), " a  b ".rsplit(None, 1), "".rsplit(), "x".rsplit("x"))
print("tab\tstop".expandtabs(0), "tab\tstop".expandtabs(1), "\t".expandtabs(-3) == "", "a\tb".expandtabs(tabsize=3))
print("abc".find("c", -1), "abc".find("a", -100, 100), "abc".count("", 0, 1), "abcabc".count("abc", 1), "aaaa".count("aa"))
print("hello".replace("l", "L", -1), "hello".replace("l", "L", 0), "".replace("", "x"), "ab".replace("", "-", 2))
print("abc".startswith("abc", 0, 2), "abc".endswith("", 5), "abc".startswith("", 3), "abc".startswith("", 4))
print("ab".ljust(5, "é"), "ab".center(7, "·"), "x".zfill(5), "-x".zfill(4), "+1.5".zfill(7))
print("  x  ".strip(None), "xyxhixyx".strip("yx"), "abc".strip(""), "\u2000a\u3000".strip())
print("a" * 3 == "aaa", "ab" * True, "x" * -3 == "", " ".join(["a"] * 3))
print("%s|%5s|%-5s|%.1s" % ("a", "b", "c", "def"), "%3c|" % "x", "%-3c|" % 65, "%5.2s|" % "abc")
for bad in [lambda: "a".split(""), lambda: "a".center(3, "ab"), lambda: "a".expandtabs("4"), lambda: "a".find("a", "0"), lambda: "%d" % [1]]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
