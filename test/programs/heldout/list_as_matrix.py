# lists of lists as matrices
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), matmul(a, identity(2)) == a, transpose([[1, 2, 3], [4, 5, 6]]))
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
print(det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
m = [[0] * 4 for _ in range(3)]
for i in range(3):
    for j in range(4):
        m[i][j] = i * 4 + j
for row in m:
    print(" ".join(f"{v:3d}" for v in row))
print([row[::-1] for row in m][0], [r[1] for r in m], sum(map(sum, m)))
spiral = []
mm = [r[:] for r in m]
while mm:
    spiral += mm.pop(0)
    mm = [list(r) for r in zip(*mm)][::-1]
print(spiral)
