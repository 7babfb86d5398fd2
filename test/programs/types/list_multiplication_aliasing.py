# [[]] * n repeats the same inner list; use a comprehension instead.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good, good[0] is good[1])
row = [0] * 3
row[0] = 5
print(row)
nested = [[]] * 2
nested[0].append("x")
print(nested)
print([1, 2] * 0, [1] * -1, 2 * [None])
