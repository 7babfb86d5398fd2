# exception variables, re-raise, exception in finally, with_traceback
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n
for n in [2, 0]:
    try:
        r = risky(n)
    except ValueError as err:
        print("error:", err, type(err).__name__, err.args)
    else:
        print("result", r)
try:
    err
except NameError as e:
    print("NameError:", e)
try:
    raise KeyError("a")
except (TypeError, KeyError) as e:
    print("tuple catch", repr(e))
try:
    raise IndexError
except LookupError as e:
    print("base class catch", type(e).__name__, e.args)
try:
    try:
        raise ValueError("original")
    finally:
        print("finally before propagation")
except ValueError as e:
    print("outer got", e)
try:
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("replacement")
except TypeError as e:
    print(repr(e), repr(e.__context__))
e = ValueError("tb")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught.__traceback__.tb_lineno, type(caught.__traceback__).__name__)
exc_types = (ArithmeticError, LookupError)
for exc in [OverflowError(), KeyError(), ZeroDivisionError()]:
    try:
        raise exc
    except exc_types as e:
        print("grouped", type(e).__name__)
print(BaseException.__subclasses__()[:0], issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
