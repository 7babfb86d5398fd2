# memoryview over bytes and bytearray: the managed buffer, exports blocking resizes, slicing,
# assignment, comparison, hashing, iteration, release() and the context manager.
import sys, gc
m = memoryview(b"abc")
print(sys.getsizeof(m), [type(o).__name__ for o in gc.get_referents(m)], gc.is_tracked(m))
print(m.nbytes, m.ndim, m.shape, m.strides, m.obj, m.contiguous, m.c_contiguous, m.suboffsets)
print(m == b"abc", b"abc" == m, m == m[:], m != b"abd", hash(m) == hash(b"abc"), m.hex(), list(m), bytes(m[1:]))
ba = bytearray(b"xy")
v = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print(e)
v2 = v[:]
v.release()
try:
    ba.append(1)
except BufferError as e:
    print("still exported:", e)
v2.release()
ba.append(1)
print(ba)
for bad in [5, "s", [1]]:
    try:
        memoryview(bad)
    except TypeError as e:
        print(e)
with memoryview(b"q") as w:
    print(w[0])
print(repr(w).startswith("<released memory at 0x"))
for f in [lambda: len(w), lambda: w[0], lambda: w.tobytes(), lambda: w.obj]:
    try:
        f()
    except ValueError as e:
        print(e)
m2 = memoryview(bytearray(b"abcd"))
m2[1:3] = b"XY"
print(m2.obj, m2[-1], m2.tolist(), m2[::2].tobytes(), m2[::-1].tobytes(), bytes(m2[1::2]))
for f in [lambda: m2.__setitem__(slice(0, 2), b"x"), lambda: m2.__setitem__(0, 300), lambda: m2["a"],
          lambda: m2[10], lambda: hash(m2), lambda: m2.__setitem__(0, "a"), lambda: m2.__delitem__(0)]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
ro = m2.toreadonly()
print(ro.readonly, ro[0], memoryview(ro).readonly)
del m2, ro
