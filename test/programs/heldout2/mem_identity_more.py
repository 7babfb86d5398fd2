# identity vs equality for various objects
a = [1, 2]
b = a[:]
c = a
print(a == b, a is b, a is c, id(a) == id(c))
t1 = (1, 2)
t2 = tuple([1, 2])
print(t1 == t2, t1 is t2)
s1 = "hello_world"
s2 = "hello_" + "world"
print(s1 is s2, s1 == s2)
n1 = 100
n2 = 99 + 1
print(n1 is n2)
big1 = 10 ** 10
big2 = 10 ** 10
print(big1 == big2)
print(() is (), "" is "".strip(), None is None)
x = [None] * 3
print(x[0] is x[1], all(v is None for v in x))
y = [[]] * 3
print(y[0] is y[1], [[] for _ in range(3)][0] is not None)
def f():
    return []
print(f() is f(), f() == f())
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 == k2, k1 is k1, k1 != k2)
e1 = frozenset()
e2 = frozenset([])
print(e1 == e2)
print(True is (1 == 1), False is (1 == 2), (1 == 1) is not None)
