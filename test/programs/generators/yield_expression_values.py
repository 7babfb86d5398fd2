# The value of a yield expression is None unless send() is used.
def g():
    received = []
    for _ in range(3):
        received.append((yield len(received)))
    yield received

it = g()
print(next(it), next(it), it.send("x"), next(it))
