# Starting a generator with send(value) is an error unless value is None.
def g():
    x = yield "first"
    yield f"received {x}"

it = g()
try:
    it.send(1)
except TypeError as e:
    print(e)
print(it.send(None), it.send("hello"))
