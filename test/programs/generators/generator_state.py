# Generator attributes through its life: gi_running, gi_frame, gi_suspended.
def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_frame is not None, g.gi_running, g.gi_suspended, g.gi_frame.f_lineno)
next(g)
print(g.gi_suspended, g.gi_frame.f_lineno)
next(g)
for _ in g:
    pass
print(g.gi_frame, g.gi_suspended, g.__name__, g.__qualname__)
def selfish():
    yield g2.gi_running
g2 = selfish()
print(next(g2))
