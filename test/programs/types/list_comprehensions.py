# List comprehensions: filters, nested loops, conditional expressions.
print([x ** 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
matrix = [[1, 2], [3, 4], [5, 6]]
print([row[i] for i in range(2) for row in matrix])
