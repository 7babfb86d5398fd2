# Decorators: stacking order, decorators with arguments, functools.wraps, class decorators.
import functools
def trace(label):
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print(f"[{label}] call {fn.__name__}{a}")
            return fn(*a, **k)
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def plain(fn):
    def w():
        return fn() * 2
    return w
@plain
def three():
    return 3
print(three(), three.__name__, three.__qualname__)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
registry = []
@registry.append
def hook():
    pass
print(hook, registry[0].__name__)
@(lambda f: lambda *a: f(*a)[::-1])
def word(s):
    return s
print(word("stressed"))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return ("Deco", self.fn(*a))
@Deco
def ident(x):
    return x
print(ident(5), type(ident).__name__)
