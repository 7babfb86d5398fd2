# a generic container class with many protocol methods
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __iter__(self):
        for r in self.rows:
            yield from r
    def __len__(self):
        return self.shape[0] * self.shape[1]
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        return "\n".join(" ".join(f"{v:>3}" for v in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
z = Matrix.zeros(2, 2)
z[0, 1] = 5
print(m + z)
print(repr(2 * m), m * 3 == Matrix([[3, 6], [9, 12]]), m.shape, len(m), list(m), max(m), m[1, 0])
print(m == [[1, 2], [3, 4]], m != z, sum(m), sorted(m, reverse=True))
