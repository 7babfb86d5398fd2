# getsizeof's default argument and objects that define __sizeof__.
import sys

class Custom:
    def __sizeof__(self):
        return 100

class Bad:
    def __sizeof__(self):
        return -1

print(sys.getsizeof(Custom()), sys.getsizeof([], "unused default"), [].__sizeof__(), sys.getsizeof([]))
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
print(object().__sizeof__(), (1, 2).__sizeof__(), {}.__sizeof__())
