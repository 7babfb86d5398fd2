# gc.get_count()[0] counts net allocations of GC-tracked container types.
import gc

class C:
    pass

def delta(make):
    gc.collect()
    before = gc.get_count()[0]
    obj = make()
    after = gc.get_count()[0]
    return after - before

print("nothing", delta(lambda: None))
print("list", delta(lambda: []))
print("dict", delta(lambda: {}))
print("instance", delta(lambda: C()))
print("float", delta(lambda: 1.5 * 2))
print("str", delta(lambda: "a" * 50))
print("nested lists", delta(lambda: [[], [], []]))
print("100 instances", delta(lambda: [C() for _ in range(100)]))
