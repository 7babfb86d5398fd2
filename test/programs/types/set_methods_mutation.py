# Mutating set methods: add, update, remove, discard, pop, clear, in-place ops.
s = {1, 2}
s.add(3); s.add(2)
print(s)
s.update([4, 5], (6,))
print(s)
s.discard(10); s.remove(1)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
s -= {2}
s &= {3, 4, 5, 7}
s |= {8}
s ^= {3, 9}
print(s)
print(s.pop(), s)
s.clear()
print(s, set())
try:
    set().pop()
except KeyError as e:
    print(e)
