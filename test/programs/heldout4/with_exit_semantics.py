# __exit__ return values, exceptions raised by __exit__, and nested with statements
class CM:
    def __init__(self, name, ret=None, raise_in_exit=None):
        self.name, self.ret, self.raise_in_exit = name, ret, raise_in_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.ret
with CM("truthy-suppress", ret=1):
    raise ValueError("swallowed")
with CM("falsy", ret=0):
    pass
try:
    with CM("empty-str", ret=""):
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)
try:
    with CM("outer"), CM("inner", raise_in_exit=KeyError("from exit")):
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
try:
    with CM("a") as a, CM("b", ret=True) as b:
        raise TypeError("suppressed by b")
    print("after with, a.name =", a.name)
except TypeError:
    print("not reached")
def gen_with():
    with CM("in-generator"):
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
print("generator closed")
for i in range(3):
    with CM(f"iter{i}", ret=True):
        if i == 1:
            raise RuntimeError("ignored")
        print("body", i)
