# bin, oct, hex and format equivalents, negative numbers, __index__.
for n in (0, 5, 255, -10, 2**40):
    print(n, bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "#x"), format(255, "08b"), f"{10:#o}")
class Seven:
    def __index__(self):
        return 7
print(bin(Seven()), hex(Seven()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
