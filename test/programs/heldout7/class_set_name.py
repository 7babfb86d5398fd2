# __set_name__ call order, names seen, attributes added later (not called), and errors inside it.
order = []
class Field:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        order.append((self.tag, owner.__name__, name))
        self.public = name
class Model:
    b = Field("first")
    a = Field("second")
    c = d = Field("shared")
print(order)
print(Model.c.public, Model.b.public)
order.clear()
Model.e = Field("late")
print(order, hasattr(Model.e, "public"))
class Explode:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")
try:
    class Broken:
        x = Explode()
except Exception as e:
    print(type(e).__name__, e, e.__cause__)
created = type("Dyn", (), {"f": Field("dyn")})
print(order[-1])
class Outer:
    class Inner:
        val = Field("inner")
    other = Field("outer")
print(order[-2:])
class NotCallable:
    __set_name__ = None
try:
    class Y:
        n = NotCallable()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
