# Functions become bound methods when accessed through an instance.
class C:
    def m(self, x):
        return (self, x)

c = C()
bound = c.m
print(type(C.m).__name__, type(bound).__name__)
print(bound.__self__ is c, bound.__func__ is C.m, bound(1)[1], C.m(c, 2)[1])
print(c.m == c.m, c.m is c.m)
f = C.m
print(f(c, 3)[1])
