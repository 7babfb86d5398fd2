# sys's struct sequences (version_info, hash_info, float_info, int_info) and sys.implementation.
import sys
v = sys.version_info
print(v, v[:3], v.major, v.minor, v.releaselevel, v > (3, 10), v == (3, 11, 7, "final", 0), len(v))
print(type(v).__name__, type(v).__module__, type(v), isinstance(v, tuple), type(v[:2]))
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version == v)
print(sys.implementation)
print(sys.hash_info)
print(sys.float_info)
print(sys.int_info, sys.int_info.bits_per_digit)
try:
    type(v)()
except TypeError as e:
    print(e)
print(hash(sys.maxunicode), sys.hexversion, hex(sys.hexversion))
a, b, c, d, e = v
print(a, b, c, d, e, list(sys.float_info)[:3], sys.float_info.mant_dig)
