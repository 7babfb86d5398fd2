# Sizes of numbers and subclass instances, small-int identity, float reuse.
import sys
class I(int): pass
class F(float): pass
class C(complex): pass
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-2**100))
print(sys.getsizeof(1.5), sys.getsizeof(1j), sys.getsizeof(True))
print(sys.getsizeof(F(1.5)), sys.getsizeof(C(1j)))
a = 256; b = int('256'); print(a is b)
a = 257; b = int('257'); print(a is b)
one, five = 1, 5
print(int(True) is one, +True is one, five.real is five, abs(-5) == five)
x = 1.5; print(float(x) is x, x.real is x, x.conjugate() is x, +x is x)
z = 1 + 2j; print(complex(z) is z, +z is z)
