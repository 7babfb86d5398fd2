# printing self-referential and deeply nested structures
a = [1, 2]
a.append(a)
print(a, str(a), repr(a), len(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
try:
    print(n)
except RecursionError as e:
    print("RecursionError", str(e)[:30])
nested = []
cur = nested
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested)[:30], str(nested).count("["))
s = set()
fs = frozenset([frozenset([1]), frozenset()])
print(fs == frozenset([frozenset(), frozenset([1])]), len(fs))
m = {1: [1, {2: (3, [4, {5: "deep"}])}]}
print(m, m[1][1][2][1][1][5])
print([[]] * 3, [[1]] * 2, [[...]], [..., Ellipsis])
