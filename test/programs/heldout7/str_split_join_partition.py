# split/rsplit/splitlines/partition/rpartition/join with maxsplit, separators, and edge cases.
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "aaa".split("a"), "aaa".split("aa"))
try:
    "abc".split("")
except ValueError as e:
    print(e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0c\x1c\x1d\x1e\x85\u2028\u2029end\n"
print(text.splitlines())
print(text.splitlines(keepends=True)[:4], "".splitlines(), "x\n".splitlines(), "\n".splitlines(True))
print("a\nb".split("\n"), "key=value=x".partition("="), "key=value=x".rpartition("="))
print("none".partition("="), "none".rpartition("="), "=".partition("="))
try:
    "x".partition("")
except ValueError as e:
    print(e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "\n".join(map(str, range(3))).split())
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(e)
print(" ".join({"k": 1, "j": 2}), b"-".join([b"a", bytearray(b"b")]), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=-1))
