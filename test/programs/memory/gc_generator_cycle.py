# A generator in a reference cycle is collected; its finally block runs.
import gc
gc.collect()

def gen(box):
    try:
        yield 1
    finally:
        print("generator finally")

box = []
g = gen(box)
next(g)
box.append(g)
print("deleting")
del g, box
print(gc.collect())
