# Default argument values: evaluated once, shared mutable defaults, __defaults__ and __kwdefaults__.
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []), append(4))
print(append.__defaults__)
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def tagged(tag=next_id()):
    return tag
print(tagged(), tagged(), counter)
def kw(a, b=2, *, c, d=4):
    return a, b, c, d
print(kw.__defaults__, kw.__kwdefaults__)
kw.__defaults__ = (20,)
kw.__kwdefaults__ = {"c": 30, "d": 40}
print(kw(1))
def nodefs(a): pass
print(nodefs.__defaults__, nodefs.__kwdefaults__)
def f(a, b=1, c=2):
    return a + b + c
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
def g(d={}):
    d[len(d)] = True
    return len(d)
print(g(), g(), g({}))
