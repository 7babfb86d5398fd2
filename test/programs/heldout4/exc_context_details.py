# exception context/cause details and exception state inside handlers
import sys
def show():
    t, v, tb = sys.exc_info()
    return None if t is None else (t.__name__, str(v), tb is not None)
print(show())
try:
    raise KeyError("a")
except KeyError:
    print(show())
    try:
        raise ValueError("b")
    except ValueError:
        print(show())
    print(show())
print(show())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield show()
        yield show()
g = gen()
print(next(g), show())
print(next(g))
try:
    try:
        raise ValueError("first")
    except ValueError as e1:
        try:
            raise TypeError("second")
        except TypeError as e2:
            raise KeyError("third") from None
except KeyError as e3:
    print(repr(e3.__context__), e3.__context__.__context__, e3.__suppress_context__, e3.__cause__)
e = RuntimeError("x")
print(e.__context__, e.__cause__, e.__traceback__, e.__suppress_context__)
try:
    raise e
except RuntimeError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_next, type(e.__traceback__.tb_frame).__name__)
def f():
    try:
        return 1 / 0
    except ZeroDivisionError as err:
        return err
err = f()
print(type(err).__name__, err.__traceback__.tb_frame.f_code.co_name, err.__traceback__.tb_lineno)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise ValueError() from KeyError
except ValueError as v:
    print(repr(v.__cause__))
