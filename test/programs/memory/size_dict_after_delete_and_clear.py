# Deleting keys never shrinks the table; clear() goes back to the empty size.
import sys
d = {str(i): i for i in range(8)}
print(sys.getsizeof(d))
for k in list(d)[:7]:
    del d[k]
print(len(d), sys.getsizeof(d))
d.clear()
print(len(d), sys.getsizeof(d))
d["x"] = 1
print(sys.getsizeof(d))
e = dict.fromkeys("abcdefg")
print(sys.getsizeof(e), sys.getsizeof(e.copy()), sys.getsizeof(dict(e)))
