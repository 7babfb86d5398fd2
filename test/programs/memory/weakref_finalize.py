# weakref.finalize runs a callback once when the object dies, or when called early.
import weakref

class Temp:
    pass

def cleanup(name):
    print("cleanup", name)
    return name.upper()

t = Temp()
f = weakref.finalize(t, cleanup, "first")
print(f.alive)
del t
print(f.alive)
u = Temp()
g = weakref.finalize(u, cleanup, "second")
print(g(), g.alive, g())
h = weakref.finalize(Temp(), cleanup, "immediate")
print(h.alive)
v = Temp()
d = weakref.finalize(v, cleanup, "detached")
print(d.detach()[2], d.alive)
del v
print("end")
