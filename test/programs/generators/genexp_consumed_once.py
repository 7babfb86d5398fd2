# A generator can be consumed only once.
squares = (n * n for n in range(4))
print(sum(squares))
print(sum(squares))
print(list(squares))
nums = [1, 2, 3]
g = (x for x in nums)
print(4 in g, list(g))
g = (x for x in nums)
print(2 in g, list(g))
