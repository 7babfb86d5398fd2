# comprehension scoping rules
x = 10
result = [x for x in range(3)]
print(result, x)
y = [x * 2 for _ in range(2)]
print(y)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
print([(i, j) for i in range(3) for j in range(i, 3) if i != j])
print({k: [v for v in range(k)] for k in range(4)})
print({c for word in ["ab", "bc"] for c in word} == {"a", "b", "c"})
gen = (i * x for i in range(3))
x = 100
print(list(gen))
def f():
    n = 5
    return [n * i for i in range(3)]
print(f())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(v, w) for v in vals for w in vals if w > v]
    except NameError as e:
        pairs = str(e)
print(K.doubled, K.pairs)
print([[row[i] for row in [[1, 2], [3, 4]]] for i in range(2)])
print([i for i in range(10) if i % 2 if i % 3], [a + b for a, b in zip("ab", "xy")])
squares = {n: n * n for n in range(5)}
print(squares, {v: k for k, v in squares.items()}[16])
print(sum(1 for _ in range(7)), any(c.isdigit() for c in "ab3"), "".join(sorted({c for c in "banana"})))
print([(lambda v: v + 1)(i) for i in range(3)], [f() for f in [lambda: 1, lambda: 2]])
