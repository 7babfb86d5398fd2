# operator module: function forms of operators, itemgetter/attrgetter/methodcaller, in-place operators.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(5), op.pos(-5))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [2]), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.abs(-3), op.index(7))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([1, 2, 3], slice(1, None)))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.length_hint(iter(range(5))), op.length_hint(object(), 7))
rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 2)(rows[0]), op.itemgetter(slice(None, 2))(rows[1]))
class P:
    def __init__(self, name, inner=None):
        self.name, self.inner = name, inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("outer", P("inner"))
print(op.attrgetter("name")(p), op.attrgetter("inner.name")(p), op.attrgetter("name", "inner.name")(p))
print(op.methodcaller("greet", "Hi")(p), op.methodcaller("greet", "Yo", punct="?")(p), op.methodcaller("upper")("abc"))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(5, 1), op.imul("a", 3), op.ior({1}, {2}))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(e)
try:
    op.attrgetter("zz")(p)
except AttributeError as e:
    print(e)
print(repr(op.itemgetter(1, 2)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))
print(op.matmul.__name__, op.__add__ is op.add, op.call(max, 3, 4) if hasattr(op, "call") else "no call")
