# bytearray mutation and methods
ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba += b"?"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("l"))
print(ba)
del ba[1:3]
print(ba)
ba[1:2] = b"XYZ"
print(ba)
ba[::2] = b"-" * len(ba[::2])
print(ba)
ba.reverse()
print(ba, ba.count(b"-"), ba.find(b"Y"), ba.index(45))
ba2 = bytearray(3)
print(ba2, bytearray([1, 2, 3]), bytearray("abc", "ascii"), bytearray(b"x") * 3)
print(ba2 == b"\x00\x00\x00", bytearray(b"abc").upper(), bytearray(b"a,b").split(b","))
c = bytearray(b"abc")
d = c.copy()
d[0] = 0x7a
print(c, d, c.clear(), c)
try:
    bytearray(b"x")[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"x").pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
print(bytes(bytearray(b"frozen")), bytearray(b"hex").hex(), bytearray.fromhex("41 42"))
x = bytearray(b"abcdef")
x[2:4] = []
print(x, x[-1], x[1:-1], x * 2)
