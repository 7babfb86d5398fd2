# The is* predicates on a range of strings.
samples = ["abc", "ABC", "Abc", "123", "1.5", "", " ", "a1", "Title Case", "²", "٣", "Ⅻ", "_id", "x y"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isascii", "isprintable"]
for s in samples:
    flags = "".join("1" if getattr(s, p)() else "." for p in preds)
    print(f"{s!r:14} {flags}")
