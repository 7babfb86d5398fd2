# from __future__ import annotations: annotations become their source text (PEP 563)
from __future__ import annotations
import sys
class Node:
    value: int
    children: list[Node] = []
    parent: Node | None = None
    def add(self, child: Node, *rest: Node, weight: float = 1.0, **kw: dict[str, int]) -> Node:
        return self
def f(a: "quoted", b: 1 + 2, c: -1, d: (1, 2), e: x.y[z, ...], g: Callable[[int, str], None], h: lambda x, *, y=1: x, i: a if b else c, j: not x, k: 2 ** -1 ** 2, l: 1e400, m: {1: 2, **d}, n: [*a], o: f(x for x in y), p: a[1:2, ::3]) -> tuple[()]:
    pass
print(Node.__annotations__)
print(Node.add.__annotations__)
print(f.__annotations__)
print(annotations, sorted(sys.modules)[:2])
x: undefined_name = 5
print(__annotations__)
def g():
    y: also_undefined = 1
    return y
print(g(), g.__annotations__)
