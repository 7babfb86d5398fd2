# getattr with a default on modules and on None.
import math
print(getattr(math, "pi"), getattr(math, "tau"), getattr(math, "nope", "n/a"))
print(getattr(None, "real", "no real"), getattr(5, "real"), getattr(5, "imag"))
print(hasattr(math, "sqrt"), hasattr("s", "upper"), hasattr(None, "x"))
