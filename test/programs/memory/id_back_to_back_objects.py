# Consecutive object() allocations from a fresh pymalloc pool are 16 bytes apart,
# and a 16 KiB pool holds 1021 of them.
objs = [object() for _ in range(3000)]
ids = [id(o) for o in objs]
diffs = [b - a for a, b in zip(ids, ids[1:])]
print(diffs[-5:])
print(sum(1 for d in diffs if d == 16) > 2900)
jumps = [i for i, d in enumerate(diffs) if d == 64]
print(len(jumps), [b - a for a, b in zip(jumps, jumps[1:])])
print(all(i % 16 == 0 for i in ids))
print(ids[jumps[0] + 1] % 16384)
