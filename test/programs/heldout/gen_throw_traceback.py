# uncaught exception thrown into a generator
def worker():
    total = 0
    while True:
        value = yield total
        total += value
w = worker()
next(w)
print(w.send(5), w.send(10))
w.send("oops")
