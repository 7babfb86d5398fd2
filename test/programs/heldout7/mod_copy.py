# copy.copy vs copy.deepcopy: shared sub-objects, cycles, memo, __copy__/__deepcopy__, immutables returned as-is.
import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) is (1, [2]))
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1, [Node(2), Node(3)])
rc = copy.deepcopy(root)
rs = copy.copy(root)
root.children[0].v = 20
print(rc, rs, rs.children is root.children)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + ["shallow"])
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Custom(["deep"])
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
print(copy.copy(5), copy.copy("s"), copy.deepcopy(None), copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
print(copy.copy(len) is len, copy.deepcopy(Node) is Node, type(copy.copy(range(3))).__name__)
class Slotted:
    __slots__ = ("a", "b")
sl = Slotted()
sl.a = [1]
sl2 = copy.deepcopy(sl)
print(sl2.a, sl2.a is sl.a, hasattr(sl2, "b"))
print(copy.Error.__name__, issubclass(copy.Error, Exception))
