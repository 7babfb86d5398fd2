# sys.getsizeof of tuples by length, ranges, slices, functions, instances with and without __slots__, classes, generators.
import sys
print("tuples:", [sys.getsizeof(tuple(range(n))) for n in range(6)], sys.getsizeof(tuple(range(100))))
print("range:", sys.getsizeof(range(0)), sys.getsizeof(range(10**20)), "slice:", sys.getsizeof(slice(1, 2)))
class Plain:
    pass
class Slot0:
    __slots__ = ()
class Slot2:
    __slots__ = ("a", "b")
class Slot5:
    __slots__ = tuple("abcde")
print("instances:", sys.getsizeof(Plain()), sys.getsizeof(Slot0()), sys.getsizeof(Slot2()), sys.getsizeof(Slot5()))
print("object():", sys.getsizeof(object()))
def f():
    pass
print("function:", sys.getsizeof(f), "lambda:", sys.getsizeof(lambda: 0))
def g():
    yield 1
print("generator:", sys.getsizeof(g()) > 0, "cell:", sys.getsizeof((lambda x: lambda: x)(1).__closure__[0]))
print("iterators:", sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter(range(3))))
print("map/zip/enumerate:", sys.getsizeof(map(abs, [])), sys.getsizeof(zip()), sys.getsizeof(enumerate([])))
print("memoryview:", sys.getsizeof(memoryview(b"abc")))
print("bound method:", sys.getsizeof(Plain().__init__), sys.getsizeof([].append))
print("property/staticmethod/classmethod:", sys.getsizeof(property()), sys.getsizeof(staticmethod(f)), sys.getsizeof(classmethod(f)))
print("nested tuple counts only outer:", sys.getsizeof(((1, 2, 3), (4, 5, 6))) == sys.getsizeof((0, 0)))
