# repr, str and ascii of various objects.
for v in ["text", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "é€😀", "\x00\x7f"]:
    print(str(v), repr(v), ascii(v))
print(repr(1.0), str(1.0), repr([1, "a"]), str([1, "a"]))
print(repr(None), repr(b"\x00ab\xff"), ascii("naïve"), repr("\\"))
