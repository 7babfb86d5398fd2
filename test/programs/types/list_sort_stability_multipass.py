# Multi-pass sorting relies on stability.
records = [("b", 2, "x"), ("a", 1, "y"), ("b", 1, "x"), ("a", 2, "x"), ("c", 1, "y")]
records.sort(key=lambda r: r[2])
records.sort(key=lambda r: r[1], reverse=True)
records.sort(key=lambda r: r[0])
for r in records:
    print(r)
