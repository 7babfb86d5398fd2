# Generator expressions passed directly to functions.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(list(x for x in range(10) if x % 3 == 0))
print(", ".join(str(n) for n in range(5)))
print(dict((k, len(k)) for k in ["one", "three"]))
print(sorted((-x for x in [3, 1, 2])))
