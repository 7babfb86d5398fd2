# The first iterable of a genexp is evaluated immediately; the rest lazily.
def src(name, items):
    print("evaluating", name)
    return items

g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("genexp created")
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager error:", e)
