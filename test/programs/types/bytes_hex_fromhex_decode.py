# bytes.hex, bytes.fromhex, decode with errors.
b = bytes(range(0, 256, 51))
print(b, b.hex(), b.hex(":"), b.hex("-", 2))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex())
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
print(b"\xff\xfeok".decode("utf-8", errors="replace"), b"\xffok".decode("utf-8", "ignore"))
print(b"\xffok".decode("ascii", "backslashreplace"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
try:
    b"\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
