# getsizeof is shallow: contained objects are not included.
import sys
small = [1]
big_items = ["x" * 1000]
print(sys.getsizeof(small), sys.getsizeof(big_items))
nested = [[1, 2, 3] * 100]
print(sys.getsizeof(nested), sys.getsizeof(nested[0]))
d = {"k": "v" * 10000}
print(sys.getsizeof(d), sys.getsizeof(d["k"]))
