# Stable facts from sys: version_info, maxsize, byteorder, implementation.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.implementation.name, sys.hash_info.width, sys.hash_info.modulus)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.maxunicode, type(sys.path).__name__)
