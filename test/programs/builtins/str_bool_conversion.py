# str() and bool() conversions.
print(str(42), str(-1.5), str(None), str(True), str([1, "2"]), str(b"ab"), str(()))
print(repr(str()), str(1e100), str(0.1), str(10 ** 20), str(3 + 0j))
print(bool(0), bool(1), bool(""), bool("False"), bool([]), bool(None), bool(0.0), bool(-0.0))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
