# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove, +=, *=, and errors.
ba = bytearray(b"hello")
ba[0] = 74
print(ba, ba[0], bytes(ba))
ba[1:3] = b"EE"
ba += b"!!"
print(ba)
ba.append(63)
ba.extend([1, 2])
ba.extend(b"xy")
ba.insert(0, 60)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(1)
print(ba)
del ba[-3:]
del ba[::2]
print(ba)
ba[1:1] = b"___"
print(ba)
ba[::2] = b"0" * len(ba[::2])
print(ba)
ba.reverse()
print(ba, ba.count(b"0"), ba.find(b"_"))
c = bytearray(3)
c *= 2
print(c, bytearray(b"ab") * 2, bytearray("é", "utf-8"), bytearray(range(4)), bytearray.fromhex("ff 00"))
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, -1), lambda: ba.append("a"), lambda: ba.remove(200),
            lambda: bytearray().pop(), lambda: ba.__setitem__(slice(None, None, 2), b"x"), lambda: ba.extend([1, "a"]), lambda: ba.insert(0, 999)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
d = bytearray(b"abc")
d.clear()
print(d, d == b"", bytearray(b"x") == b"x", bytearray(b"a") < b"b", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__)
e = bytearray(b"  pad  ")
print(e.strip(), type(e.strip()).__name__, e.upper(), e.replace(b" ", b""), e.copy() is e, e.decode())
