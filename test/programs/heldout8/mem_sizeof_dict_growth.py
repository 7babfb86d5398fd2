# sys.getsizeof of dicts: empty, as keys are added (resize points), string vs non-string keys, after deletes.
import sys
d = {}
prev = sys.getsizeof(d)
print("empty:", prev)
steps = []
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        steps.append((len(d), s))
        prev = s
print("int-key growth:", steps)
sd = {}
prev = sys.getsizeof(sd)
steps = []
for i in range(50):
    sd["k%d" % i] = i
    s = sys.getsizeof(sd)
    if s != prev:
        steps.append((len(sd), s))
        prev = s
print("str-key growth:", steps)
for k in list(d)[:90]:
    del d[k]
print("after deleting 90:", len(d), sys.getsizeof(d))
d.clear()
print("after clear:", sys.getsizeof(d))
print("literals:", sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print("dict():", sys.getsizeof(dict()), sys.getsizeof(dict(a=1)), sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict.fromkeys("abcdefghij")))
print("copy:", sys.getsizeof({i: i for i in range(20)}.copy()), sys.getsizeof({i: i for i in range(20)}))
class C:
    pass
o = C()
print("instance __dict__ before/after attrs:", sys.getsizeof(o.__dict__), end=" ")
o.a = 1; o.b = 2
print(sys.getsizeof(o.__dict__))
print("views:", sys.getsizeof({}.keys()), sys.getsizeof({}.values()), sys.getsizeof({}.items()))
