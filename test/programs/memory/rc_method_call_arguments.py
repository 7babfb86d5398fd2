# A method call passes self and arguments without extra lasting references.
import sys

class Counter:
    def count(self, obj):
        return sys.getrefcount(obj), sys.getrefcount(self)

c = Counter()
x = []
print(sys.getrefcount(x), sys.getrefcount(c))
print(c.count(x))
print(Counter.count(c, x))
