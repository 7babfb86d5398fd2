# Chaining three deep: an error in except, then another in finally.
def f():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    finally:
        raise TypeError("c")

f()
