# Identity with `is`: singletons, copies vs same object, immutable reuse, mutable defaults, and `is` vs `==`.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a[:] is a, tuple(a) is tuple(a))
t = (1, 2)
print(tuple(t) is t, t[:] is t, t + () is t, t * 1 is t)
s = "text"
print(str(s) is s, s[:] is s, s + "" is s, s * 1 is s, s.strip() is s, s.replace("z", "y") is s)
fs = frozenset([1])
bx, babc = b"x", b"abc"
print(frozenset(fs) is fs, fs.copy() is fs, bytes(bx) is bx, babc[:] is babc)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is type(NotImplemented)())
empty_t, empty_s = (), ""
print(True is (1 == 1), bool(1) is True, (not 0) is True, empty_t is tuple(), tuple([]) is empty_t)
print(empty_s is str(), empty_s is "abc"[5:], frozenset() is frozenset())
x = object()
print(x is x, x is not object(), object() is object())
def f(v=[]):
    return v
print(f() is f(), f([]) is f())
class K:
    pass
print(K() is K(), K is K, type(K()) is K, K.__dict__ is K.__dict__, K().__class__ is K)
m1 = K().__init__
print(m1 is K().__init__, [].append == [].append, len is len)
n = 1000
m = 1000
print(n == m, int("1000") is int("1000"), n is m)
l1 = [0] * 3
print(l1[0] is l1[1], [[]] * 2 == [[], []], ([[]] * 2)[0] is ([[]] * 2)[1])
e = []
print(e is e.copy(), e == e.copy(), list(map(id, [e, e]))[0] == list(map(id, [e, e]))[1])
