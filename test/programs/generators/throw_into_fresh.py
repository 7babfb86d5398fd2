# Throwing into a generator that never started raises at its first line.
def g():
    print("body started")
    yield 1

it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("raised:", e)
print(next(it, "finished"))
