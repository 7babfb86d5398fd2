# chr/ord round trips, bin/hex/oct of negative and big numbers, and int() reading them back.
for c in "aZ0 ~é€😀":
    print(c, ord(c), hex(ord(c)), chr(ord(c)) == c)
for n in [0, 1, -1, 255, -255, 2**64, -(2**100) + 1]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(hex(n), 16) == n)
print(chr(0x41), chr(0x3b1), repr(chr(0)), repr(chr(0x7f)), repr(chr(0xad)), repr(chr(0x10ffff)))
print(format(10, "b"), format(10, "#010b"), format(-10, "#x"), format(10, "o"), format(3, "08b"))
class Idx:
    def __index__(self): return 42
print(bin(Idx()), hex(Idx()), oct(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    chr("a")
except TypeError as e:
    print(e)
try:
    ord(5)
except TypeError as e:
    print(e)
print(ord(b"a"), ord(bytearray(b"z")), (255).to_bytes(2, "big"), chr(97) * 3)
