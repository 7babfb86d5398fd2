# A generator that returns from GeneratorExit is closed cleanly.
def g():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        return
it = g()
next(it)
print(it.close())
print(it.gi_frame)
def fresh():
    print("never starts")
    yield
f = fresh()
f.close()
print(list(f))
