# repr of strings and containers with strings
vals = ["", "a", "it's", 'say "hi"', "both ' and \"", "\n", "\t\r", "\\", "\x00", "\x1f", "\x7f", "\x80", "\xff", "\u0100", "é", "\u2028", "日本", "\U0001f40d", "\udc80"]
for v in vals:
    print(repr(v), ascii(v), len(v))
print([["a"], ("b",), {"c": "d"}, {"e"}])
print(str(["x'y"]), repr(("z",)))
