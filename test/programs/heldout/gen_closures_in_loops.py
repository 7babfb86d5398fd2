# generators capturing loop variables; generator and closure interplay
def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return gens
print([list(g) for g in make_gens()])
def make_gens2():
    return [(lambda k: (k * j for j in range(3)))(i) for i in range(3)]
print([list(g) for g in make_gens2()])
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))
def outer():
    x = 1
    def g():
        yield x
        yield x * 10
    x = 2
    return g()
print(list(outer()))
funcs = []
for n in range(3):
    def f(n=n):
        yield from range(n)
    funcs.append(f)
print([list(f()) for f in funcs])
