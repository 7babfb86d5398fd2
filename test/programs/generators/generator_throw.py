# throw() raises an exception at the paused yield.
def worker():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad value")))
next(w)
w.send(2)
try:
    w.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", e)
print(w.gi_frame)
