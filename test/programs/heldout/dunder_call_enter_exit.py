# __call__ and context managers
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5))
class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as c:
    print("inside", c.name)
with Ctx("outer"), Ctx("inner"):
    print("both")
with Ctx("swallowing", swallow=True):
    raise ValueError("hidden")
print("after swallow")
try:
    with Ctx("propagating"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with Ctx("returning"):
        return "value"
print(f())
for i in range(3):
    with Ctx(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
