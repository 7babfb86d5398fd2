# bytes.hex with separators and group sizes, fromhex whitespace rules, and memoryview basics.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex("-"), data.hex(":", 2), data.hex(":", -2), data.hex(" ", 4), data.hex(b"|", 3))
print(bytes.fromhex("deadbeef"), bytes.fromhex(" de ad\tbe\nef "), bytearray.fromhex("00ff"), bytes.fromhex(""))
for bad in ["abc", "zz", "0 1", "0x12"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
try:
    data.hex("--")
except ValueError as e:
    print(e)
mv = memoryview(b"abcdef")
print(mv[0], mv[1:3].tobytes(), len(mv), mv.readonly, mv.tolist()[:3], bytes(mv[::2]), mv.nbytes, mv.itemsize)
mb = memoryview(bytearray(b"xyz"))
mb[0] = 65
print(mb.obj, mb.hex(), mb.tobytes(), mb.readonly, mb.format)
try:
    mv[0] = 1
except TypeError as e:
    print(e)
print(b"\x01\x02".hex(), (258).to_bytes(2, "big").hex(), int("0102", 16), bytes([1, 2]) == bytes.fromhex("0102"))
print(bytes.fromhex("41") * 3, b"".hex(), b"\xff".hex("x"), bytearray(b"\x00\x01").hex("_"))
