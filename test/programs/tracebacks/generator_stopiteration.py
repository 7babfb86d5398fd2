# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def gen():
    yield 1
    raise StopIteration("done early")

for x in gen():
    print(x)
