# Which digit-like strings int() accepts.
for s in ["123", "١٢٣", "²", "½", "Ⅻ", "12_3", " 12 ", "+1", "1e3"]:
    try:
        v = int(s)
    except ValueError:
        v = "ValueError"
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), v)
