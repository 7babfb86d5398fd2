# with statement: __enter__/__exit__ order, exception suppression, multiple managers, exit args.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("both", x, y)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("outer", True), CM("inner"):
        raise KeyError("k")
except KeyError:
    print("not reached")
print("outer suppressed")
try:
    with CM("p"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("propagated", e)
def early():
    with CM("r"):
        return "returned"
print(early())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError", e)
with (CM("paren1") as a,
      CM("paren2") as b):
    print(a, b)
