# References held on the evaluation stack while an expression is being built.
import sys
a = []
print(sys.getrefcount(a))
print((a, sys.getrefcount(a)))
print([a, a, sys.getrefcount(a)])
print({"k": a, "n": sys.getrefcount(a)}["n"])
print(sys.getrefcount(a), sys.getrefcount(a))
