# try/except/else/finally execution order
def f(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for m in ["ok", "raise", "return"]:
    print(m, f(m))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
h()
def k():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(k())
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner handler")
            raise
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("outer handler", e)
    finally:
        print("outer finally")
nested()
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong")
except TypeError as e:
    print("propagated", e)
x = 0
while True:
    try:
        x += 1
        if x == 3:
            break
    finally:
        print("loop finally", x)
