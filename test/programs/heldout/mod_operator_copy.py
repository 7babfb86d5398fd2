# operator and copy modules
import operator, copy
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.itemgetter(1)([1, 2, 3]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3 + 4j))
print(operator.methodcaller("split", ",")("a,b"), operator.contains([1, 2], 2), operator.getitem({"k": 1}, "k"))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.index(7), operator.concat([1], [2]), operator.pow(2, 5))
l = [1, 2, 3]
operator.setitem(l, 0, 10); operator.delitem(l, 1)
print(l, operator.iadd([1], [2]), operator.floordiv(7, 2), operator.mod(7, 2), operator.xor(5, 3))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1, 0)))
a = [[1, 2], {"k": [3]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(99)
a[1]["k"].append(4)
print(s, d, s[0] is a[0], d[0] is a[0])
class Thing:
    def __init__(self):
        self.items = [1]
t = Thing()
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
t.items.append(2)
print(t2.items, t3.items, t2 is not t)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, copy.copy((1, 2)) == (1, 2), copy.deepcopy("s"))
