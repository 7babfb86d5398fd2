# Results of arithmetic are new objects with refcount 2 when bound to a name.
import sys
a = 10 ** 20
b = a + 1
c = a * 1
print(sys.getrefcount(b), sys.getrefcount(c))
print(c is a, c == a)
d = a
print(sys.getrefcount(a))
