# Push-style coroutines chained with send().
def printer():
    while True:
        item = yield
        print("printer:", item)

def upper(target):
    while True:
        item = yield
        target.send(item.upper())

def filter_short(target, n):
    while True:
        item = yield
        if len(item) > n:
            target.send(item)

p = printer(); next(p)
u = upper(p); next(u)
f = filter_short(u, 2); next(f)
for w in ["a", "tree", "is", "green"]:
    f.send(w)
