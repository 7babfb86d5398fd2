# NotImplemented makes Python try the reflected method of the other operand.
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled it"
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

print(A() + B())
print(A() == B())
class C: pass
try:
    A() + C()
except TypeError as e:
    print(e)
try:
    C() - 1
except TypeError as e:
    print(e)
try:
    1 < C()
except TypeError as e:
    print(e)
