# Generator send/throw/close semantics, return values via StopIteration, GeneratorExit handling, states.
def state(gen):
    # the same logic as inspect.getgeneratorstate in 3.11
    if gen.gi_running:
        return "GEN_RUNNING"
    if gen.gi_suspended:
        return "GEN_SUSPENDED"
    if gen.gi_frame is None:
        return "GEN_CLOSED"
    return "GEN_CREATED"
def acc():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("caught in gen:", e)
                x = 0
            if x is None:
                break
            total += x
    finally:
        print("acc finally")
    return total
g = acc()
print(state(g))
print(next(g), g.send(5), g.send(10), state(g))
print(g.throw(ValueError("bad")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, state(g))
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print(e)
next(g2)
g2.close()
print(state(g2), g2.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = stubborn()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print(e)
def quiet():
    yield 1
    yield 2
g4 = quiet()
try:
    g4.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw propagates", e, state(g4))
def catches():
    try:
        yield "a"
    except GeneratorExit:
        print("cleanup on close")
        raise
g5 = catches()
next(g5)
g5.close()
def ret_in_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g6 = ret_in_exit()
next(g6)
print(g6.close())
def running():
    yield g7.send(None)
g7 = running()
try:
    next(g7)
except ValueError as e:
    print(e)
