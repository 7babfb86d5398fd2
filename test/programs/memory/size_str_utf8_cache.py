# A non-ASCII str whose UTF-8 form is requested by C code (here: used as a class
# name, which needs a char* tp_name) caches the UTF-8 bytes; getsizeof counts them.
import sys
s = "".join(["é" * 10, "1"])
print(sys.getsizeof(s))
float_attempt = None
try:
    float(s)
except ValueError:
    float_attempt = "ValueError"
print(float_attempt, sys.getsizeof(s))
s.encode("utf-8")
print("after encode", sys.getsizeof(s))
K = type(s, (), {})
print("after type()", sys.getsizeof(s), K.__name__ == s)
a = "".join(["plain", "ascii"])
type(a, (), {})
print("ascii unchanged", sys.getsizeof(a))
