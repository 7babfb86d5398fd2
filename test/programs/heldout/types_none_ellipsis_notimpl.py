# None, Ellipsis, NotImplemented singletons
print(None, repr(None), str(None), bool(None), type(None).__name__, None.__class__)
print(..., Ellipsis, type(...).__name__, ... is Ellipsis, bool(...))
print(NotImplemented, type(NotImplemented).__name__)
def f():
    pass
print(f(), f() is None, [None] * 2, {None: None})
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in None:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    None[0]
except TypeError as e:
    print("TypeError:", e)
x = None
print(x is None, x == None, x is not None, x or "default", type(None)() is None)
print(sorted([3, 1], key=lambda v: (v is None, v)), [v for v in [1, None, 2] if v is not None])
print(hash(None) == hash(None), None.__eq__(None), None.__ne__(1))
