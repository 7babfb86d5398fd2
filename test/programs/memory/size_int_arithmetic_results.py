# Sizes of ints produced by arithmetic equal sizes of the same values written as literals.
import sys
a = 2**30
print(sys.getsizeof(a), sys.getsizeof(a + 1), sys.getsizeof(a - 1), sys.getsizeof(a * a), sys.getsizeof(a * a * a))
print(sys.getsizeof(a // 2), sys.getsizeof(-a), sys.getsizeof(a - a))
