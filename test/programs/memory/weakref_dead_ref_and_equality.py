# Dead weakrefs return None; live refs to the same object compare equal.
import weakref

class A:
    pass

a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, r1 == r2, hash(r1) == hash(a))
r3 = weakref.ref(a, lambda r: None)
print(r3 is r1, r3 == r1)
b = A()
print(weakref.ref(b) == r1)
del a
print(r1(), r2(), r1 == r2, r1 == weakref.ref(b))
