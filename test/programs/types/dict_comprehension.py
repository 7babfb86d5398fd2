# Dict comprehensions, including key collisions and inversion.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({n % 3: n for n in range(10)})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({w[0]: w for w in ["apple", "avocado", "banana"]})
