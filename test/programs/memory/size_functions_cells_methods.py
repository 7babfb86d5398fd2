# Functions, lambdas, cells, bound methods and builtins.
import sys

def f():
    pass

def outer():
    x = 1
    def inner():
        return x
    return inner

class C:
    def m(self):
        pass

print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(outer()))
print(sys.getsizeof(outer().__closure__[0]), sys.getsizeof(C().m), sys.getsizeof(len))
print(sys.getsizeof(C.__dict__), sys.getsizeof(staticmethod(f)) > 0)
