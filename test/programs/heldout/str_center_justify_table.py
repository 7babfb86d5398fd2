# alignment methods with odd widths and fill characters
for w in range(0, 9):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("a".ljust(w, "-")), repr("a".rjust(w, "-")))
for s in ["", "x", "xy"]:
    print(repr(s.center(5, "|")), repr(s.zfill(3)), repr(f"{s:^5}"), repr(format(s, "=>4")))
print("-5".zfill(4), "+".zfill(3), "".zfill(2), "abc".zfill(0))
