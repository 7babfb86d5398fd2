# operator module: arithmetic functions, itemgetter, attrgetter, methodcaller.
import operator
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.not_(0), operator.contains([1, 2], 2), operator.getitem("abc", 1))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(0, 1)("xyz"))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
people = [P("ann", 30), P("bo", 25)]
print([p.name for p in sorted(people, key=operator.attrgetter("age"))], operator.attrgetter("name", "age")(people[0]))
print(operator.methodcaller("split", ",")("a,b"), operator.methodcaller("upper")("x"))
print(operator.index(5), operator.concat([1], [2]), operator.pow(2, 10), operator.xor(5, 3))
