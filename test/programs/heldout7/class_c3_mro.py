# C3 linearisation: diamond and complex hierarchies, __mro__, mro(), and inconsistent-MRO errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()], Z.mro() == list(Z.__mro__))
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print(e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
try:
    class S(object, X): pass
except TypeError as e:
    print(e)
class F1:
    def who(self): return "F1"
class F2(F1): pass
class F3(F1):
    def who(self): return "F3"
class F4(F2, F3): pass
print(F4().who(), [c.__name__ for c in F4.__mro__])
print(bool.__mro__, int.__bases__, object.__bases__, type.__mro__)
class Meta(type):
    def mro(cls):
        return [cls, object]
class Custom(int, metaclass=Meta): pass
print(Custom.__mro__)
