# A closure that refers to itself through its cell forms a cycle (function + cell).
import gc
gc.collect()

def make():
    def rec(n):
        return 0 if n == 0 else rec(n - 1)
    return rec

r = make()
print(r(3))
del r
print(gc.collect())
