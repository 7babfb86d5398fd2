# Several weakrefs with callbacks: called newest first when the referent dies.
import weakref

class T:
    pass

t = T()
refs = [weakref.ref(t, lambda r, i=i: print("callback", i)) for i in range(3)]
del t
print("done")
