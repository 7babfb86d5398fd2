# Compact ASCII strings: 48 + length + 1 (the NUL terminator).
import sys
for s in ("", "a", "ab", "hello", "x" * 10, "x" * 100, "x" * 1000):
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("a" * 463), sys.getsizeof("a" * 464))
print(sys.getsizeof(str(12345)), sys.getsizeof("-".join("abc")))
