# weakref.finalize: runs when the object dies, alive/detach/peek, called manually runs once, atexit flag.
import weakref
class Res:
    pass
log = []
r = Res()
f = weakref.finalize(r, log.append, "finalized r")
print(f.alive, f.atexit, log)
del r
print(f.alive, log)
r2 = Res()
f2 = weakref.finalize(r2, lambda *a, **k: log.append(("called", a, k)), 1, 2, key="v")
print(f2.peek()[2:], f2.peek()[0] is r2, f2.alive)
print("manual call returns:", f2())
print(f2.alive, f2(), log[-1])
del r2
print("no second run:", len(log))
r3 = Res()
f3 = weakref.finalize(r3, log.append, "never")
info = f3.detach()
print(info[0] is r3, info[1] is log.append, info[2], f3.alive, f3.detach())
del r3, info
print("detached finalizer did not run:", "never" not in log)
r4 = Res()
weakref.finalize(r4, print, "finalizer for r4 at object death")
weakref.finalize(r4, print, "second finalizer for r4")
del r4
print("end of program")
r5 = Res()
weakref.finalize(r5, print, "runs at exit because r5 is still alive")
