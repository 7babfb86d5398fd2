# exec() of code objects: with a closure= of cells, a function's own code, a generator's code.
def outer():
    x = 10
    def inner():
        print("x is", x)
        return x
    return inner
f = outer()
print(f.__code__.co_freevars, exec(f.__code__, {}, closure=f.__closure__))
for bad in [None, (), (1,), [f.__closure__[0]]]:
    try:
        exec(f.__code__, {}, closure=bad)
    except TypeError as e:
        print(e)
try:
    eval(f.__code__)
except TypeError as e:
    print(e)
def hello():
    print("hello from", __name__)
exec(hello.__code__)
exec(hello.__code__, {"__name__": "elsewhere", "print": lambda *a: print("patched", *a)})
def gen():
    yield 1
print(exec(gen.__code__), type(eval(gen.__code__)).__name__)
def needs_arg(a):
    return a
try:
    exec(needs_arg.__code__)
except UnboundLocalError as e:
    print(e)
