# An inconsistent hierarchy cannot be linearised: TypeError at class creation.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
try:
    class D(X, X):
        pass
except TypeError as e:
    print(e)
try:
    class F(object, X):
        pass
except TypeError as e:
    print(e)
