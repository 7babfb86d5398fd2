# Sizes of modules, mapping proxies, properties and method wrappers.
import sys, math

class C:
    pass

print(sys.getsizeof(math), sys.getsizeof(sys), sys.getsizeof(C.__dict__))
print(sys.getsizeof(property()), sys.getsizeof(staticmethod(len)), sys.getsizeof(classmethod(len)))
print(sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof(C().__init__))
print(sys.getsizeof(iter(range(3))), sys.getsizeof(reversed(range(3))), sys.getsizeof({}.keys()))
