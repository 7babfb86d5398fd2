# k.m is k.m is False (new bound method each time), yet id(k.m) == id(k.m).
class K:
    def m(self):
        pass

k = K()
print(k.m is k.m, k.m == k.m, id(k.m) == id(k.m))
a = k.m
b = k.m
print(a is b, a == b, a.__self__ is b.__self__, a.__func__ is K.__dict__["m"])
