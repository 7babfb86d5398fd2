# Literal, comprehension, fromkeys and incremental builds give the same sizes.
import sys
lit = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
comp = {k: 1 for k in "abcdef"}
fk = dict.fromkeys("abcdef", 1)
inc = {}
for k in "abcdef":
    inc[k] = 1
kw = dict(a=1, b=2, c=3, d=4, e=5, f=6)
print(sys.getsizeof(lit), sys.getsizeof(comp), sys.getsizeof(fk), sys.getsizeof(inc), sys.getsizeof(kw))
