# yield from forwards send() and throw() to the subgenerator.
def echo():
    while True:
        try:
            x = yield
            print("echo got", x)
        except KeyError:
            print("echo handled KeyError")

def wrapper():
    yield from echo()

w = wrapper()
next(w)
w.send("hello")
w.throw(KeyError)
w.send("again")
w.close()
print("closed", w.gi_frame)
