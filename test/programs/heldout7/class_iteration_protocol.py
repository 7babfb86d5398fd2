# Iteration protocol in classes: __iter__ returning generators, separate iterator objects, StopIteration values.
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * y for x in r for y in r])
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, max(t))
class LinkedList:
    class _Node:
        __slots__ = ("val", "next")
        def __init__(self, val, nxt): self.val, self.next = val, nxt
    class _It:
        def __init__(self, node): self.node = node
        def __iter__(self): return self
        def __next__(self):
            if self.node is None:
                raise StopIteration
            v = self.node.val
            self.node = self.node.next
            return v
    def __init__(self, items):
        self.head = None
        for x in reversed(items):
            self.head = self._Node(x, self.head)
    def __iter__(self):
        return self._It(self.head)
ll = LinkedList(["a", "b", "c"])
it = iter(ll)
print(next(it), list(it), list(ll), dict(enumerate(ll)))
a, b, c = ll
print(a, b, c, "-".join(ll), sorted(ll, reverse=True))
class Pairs:
    def __iter__(self):
        return iter([(1, 2), (3, 4)])
print(dict(Pairs()), list(zip(*Pairs())), [a + b for a, b in Pairs()])
class Stop:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("value ignored")
print(list(Stop()), tuple(Stop()), set(Stop()))
