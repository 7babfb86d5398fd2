# Diamond inheritance: C3 linearisation puts the shared base last.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass

print([k.__name__ for k in D.__mro__])
print(D().who(), D.mro() == list(D.__mro__))
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
