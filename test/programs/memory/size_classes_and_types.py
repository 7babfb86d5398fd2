# Heap types are large; static builtin types are smaller.
import sys

class K:
    pass

class WithMethods:
    def a(self): pass
    def b(self): pass

print(sys.getsizeof(K), sys.getsizeof(WithMethods), sys.getsizeof(int), sys.getsizeof(type))
class Sub(K):
    pass
print(sys.getsizeof(Sub), sys.getsizeof(object))
