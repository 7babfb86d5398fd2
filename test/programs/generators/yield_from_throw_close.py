# yield from delegates throw() and close() to the subiterator (generators and other iterators),
# throw()'s argument forms and errors, and the unraisable error of a subgenerator ignoring GeneratorExit.
import sys
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        return "sub-result"
    finally:
        print("sub finally")

def outer():
    try:
        r = yield from sub()
        print("outer got", r)
        yield "after"
    except KeyError:
        print("outer caught KeyError")
        yield "handled"

g = outer()
print(next(g), g.gi_yieldfrom)
print(g.throw(ValueError("boom")))
print(g.gi_yieldfrom)
g = outer()
next(g)
print(g.throw(KeyError, "k"))
g.close()
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *a):
        print("It.throw", [type(x).__name__ for x in a])
        return 99
    def close(self):
        print("It.close")
def deleg(it):
    yield from it
g = deleg(It())
print(next(g), g.throw(TypeError), type(g.gi_yieldfrom).__name__)
g.close()
g = deleg(iter([1, 2, 3]))
next(g)
try:
    g.throw(IndexError("no throw method"))
except IndexError as e:
    print("propagated", e)
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
def d2():
    yield from stubborn()
g = d2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
g = d2(); next(g)
for bad in [(ValueError("x"), 1), (42,), (ValueError, None, 5)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError", e)
def simple():
    try:
        yield
    except Exception as e:
        print(type(e).__name__, e.args)
        yield
for a in [(ValueError, (1, 2)), (ValueError, ValueError(3)), (ValueError, 4), (KeyError(5), None)]:
    g = simple(); next(g); g.throw(*a)
def deep():
    yield from outer()
g = deep()
next(g)
print(g.throw(ValueError("deep")))
print(next(g, "end"), next(g, "end"))
def raiser():
    yield 1
def mid():
    yield from raiser()
def top():
    yield from mid()
g = top(); next(g)
g.throw(ZeroDivisionError("tb"))
