# list/dict/set comprehensions and generator expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x: x ** 2 for x in range(5)}, {c for c in "hello"} == set("helo"))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print([c.upper() if c in "aeiou" else c for c in "education"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print(list(zip(*matrix)), [sum(r) for r in matrix])
x = 10
print([x for x in range(3)], x)
g = (i * 2 for i in range(3))
print(next(g), list(g), list(g))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), tuple(i for i in "ab"))
print([(i, j) for i, j in enumerate("xyz", 1)], {i: c for i, c in enumerate("ab")})
words = ["apple", "bob", "kayak", "level", "test"]
print([w for w in words if w == w[::-1]], {len(w) for w in words})
print([y := 5, y ** 2], [z for z in [y] if (q := z + 1)], q)
print(sorted({v: k for k, v in {"a": 3, "b": 1}.items()}.items()))
print([i for i in range(3)] == list(i for i in range(3)), [[]] * 0)
