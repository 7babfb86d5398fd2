# raise from, __cause__, __context__, __suppress_context__
def f():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("suppressed") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
e = Exception("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
def g():
    try:
        raise KeyError("first")
    finally:
        print("finally runs")
try:
    g()
except KeyError as e:
    print("caught", e)
try:
    try:
        raise ValueError("a")
    except ValueError as inner:
        saved = inner
        raise
except ValueError as outer:
    print(outer is saved)
