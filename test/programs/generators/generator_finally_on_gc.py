# A suspended generator's finally runs when it is garbage collected (refcount).
def gen(name):
    try:
        yield 1
    finally:
        print("cleanup", name)

g = gen("a")
next(g)
print("dropping reference")
del g
print("after del")
for x in gen("b"):
    break
print("after break")
