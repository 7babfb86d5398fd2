# __dict__, vars, dir on simple classes, class attributes vs instance
class A:
    x = 1
    y = [1]
    def __init__(self):
        self.z = 3
a, b = A(), A()
a.x = 10
a.y.append(2)
print(a.x, b.x, A.x, b.y, a.__dict__, vars(b), "x" in vars(A), A.__dict__["x"])
A.x = 100
print(b.x, a.x)
del a.x
print(a.x)
print(type(A.__dict__).__name__, A.__name__, a.__class__ is A, a.__module__)
print([k for k in dir(A) if not k.startswith("_")], [k for k in dir(a) if not k.startswith("_")])
print(sorted(k for k in A.__dict__ if k not in ("__dict__", "__weakref__", "__doc__", "__module__")))
try:
    A.__dict__["x"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
a.__dict__["w"] = "via dict"
print(a.w)
a.__dict__.update(v=1)
print(sorted(vars(a)))
class B(A):
    pass
print(B.x, "x" in B.__dict__, hasattr(B, "x"), B.__dict__.get("x"))
print(dir(object())[:5], len(dir(object)) > 20)
