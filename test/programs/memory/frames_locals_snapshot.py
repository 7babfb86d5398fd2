# locals() in a function returns a snapshot dict; writing to it does not change locals.
import sys

def f(a):
    b = [2]
    snap = locals()
    snap["a"] = "changed in snapshot"
    snap["new"] = 1
    fr = sys._getframe()
    return a, sorted(snap), fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals)

print(f(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
