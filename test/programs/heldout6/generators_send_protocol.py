# generator send protocol corner cases
def g():
    x = yield "first"
    print("received", x)
    y = yield "second"
    print("received", y)
    return "end"
gen = g()
print(gen.send(None))
print(gen.send(1))
try:
    gen.send(2)
except StopIteration as e:
    print("stop", e.value)
gen2 = g()
try:
    gen2.send("early")
except TypeError as e:
    print(e)
def running():
    yield gen3.send(None)
gen3 = running()
try:
    next(gen3)
except ValueError as e:
    print(e)
def echo():
    value = None
    while True:
        value = yield value
e = echo()
next(e)
print([e.send(i) for i in range(4)])
print(e.gi_running, e.gi_suspended if hasattr(e, "gi_suspended") else "n/a", e.gi_frame is not None)
e.close()
print(e.gi_frame, e.gi_suspended if hasattr(e, "gi_suspended") else "n/a")
def lazy_range(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
lr = lazy_range(5)
out = [next(lr), next(lr), lr.send("reset"), next(lr), next(lr)]
print(out)
