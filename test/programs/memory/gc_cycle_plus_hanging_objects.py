# Objects reachable only from a cycle are freed with it (and counted if tracked).
import gc
gc.collect()

class Holder:
    pass

h1, h2 = Holder(), Holder()
h1.peer, h2.peer = h2, h1
h1.payload = [1, 2, 3]
h1.more = {"k": [4]}
h2.text = "plain string"
del h1, h2
print(gc.collect())
