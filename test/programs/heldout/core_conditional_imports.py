# import forms and module attributes
import math
import math as m
from math import sqrt, pi as PI
from collections import *
import sys, operator
print(m is math, sqrt(9), round(PI, 3), Counter("aab")["a"], deque([1]).pop())
print(math.__name__, type(math).__name__, hasattr(math, "sqrt"), "sqrt" in dir(math))
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
print(__name__, operator.__name__)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)
def lazy():
    import functools
    return functools.reduce(lambda a, b: a * b, [1, 2, 3])
print(lazy())
import itertools as _it
print(list(_it.repeat(0, 2)))
print(sys.modules["math"] is math, "sys" in sys.modules)
