# Uncaught RecursionError: the traceback collapses repeated frames ("Previous line repeated N more times").
import sys
sys.setrecursionlimit(60)
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(20))
def helper(n):
    return countdown(n)
print(helper(100))
