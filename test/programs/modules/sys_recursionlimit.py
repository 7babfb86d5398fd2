# get/setrecursionlimit and how deep recursion can go.
import sys
print(sys.getrecursionlimit())
def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d1 = depth()
sys.setrecursionlimit(100)
d2 = depth()
print(sys.getrecursionlimit(), d2)
print(990 < d1 <= 1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.setrecursionlimit(1000)
