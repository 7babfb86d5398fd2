# List size depends on how it was built.
import sys
x, y, z = 1, 2, 3
print("[x, y, z]", sys.getsizeof([x, y, z]))
print("[1, 2, 3]", sys.getsizeof([1, 2, 3]))
print("[1, 2, 3, 4, 5]", sys.getsizeof([1, 2, 3, 4, 5]))
print("list(range(10))", sys.getsizeof(list(range(10))))
print("[*range(10)]", sys.getsizeof([*range(10)]))
print("[0] * 10", sys.getsizeof([0] * 10))
print("comprehension", sys.getsizeof([i for i in range(10)]))
print("list(tuple)", sys.getsizeof(list((1, 2, 3))))
print("list(generator)", sys.getsizeof(list(i for i in range(10))))
print("[]", sys.getsizeof([]), "list()", sys.getsizeof(list()))
