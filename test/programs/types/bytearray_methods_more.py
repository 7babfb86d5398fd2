# bytearray methods that return new objects vs modify in place.
ba = bytearray(b"Hello World")
up = ba.upper()
print(up, ba, type(up).__name__)
print(ba.split(), ba.replace(b"o", b"0"), ba.strip(b"Hd"))
ba += b"!"
ba *= 2
print(ba, len(ba))
print(ba.hex()[:10], bytearray.fromhex("41 42"), ba.decode("ascii")[:5])
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
