# Generator expressions capture variables by reference (late binding).
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
