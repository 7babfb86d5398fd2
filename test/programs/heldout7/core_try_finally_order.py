# Ordering of try/except/else/finally, return overridden by finally, break/continue in finally.
def f1():
    try:
        print("try")
        return "try-return"
    finally:
        print("finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i
print(f4())
def f5(x):
    try:
        print("body", x)
        if x:
            raise KeyError(x)
    except KeyError as e:
        print("except", repr(e))
    else:
        print("else")
    finally:
        print("finally")
f5(0); f5("k")
def f6():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out
print(f6())
def f7():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f7())
def f8():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("caught", e)
    finally:
        print("outer finally")
f8()
try:
    pass
except Exception:
    print("no")
else:
    print("plain else")
