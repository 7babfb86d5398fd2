# Exception chaining: __context__, __cause__, __suppress_context__, raise from None, and nested handlers.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("direct") from OSError("os")
except IndexError as e:
    show(e)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError:
            raise TypeError("c")
except TypeError as e:
    show(e)
    show(e.__context__)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
e = ValueError("manual")
e.__cause__ = KeyError("set later")
print(e.__suppress_context__, e.__cause__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally sees no active exception handling change")
except ValueError as e:
    show(e)
def f():
    try:
        raise KeyError("x")
    except KeyError:
        pass
    raise ValueError("after handled")
try:
    f()
except ValueError as e:
    show(e)
