# args, str, repr, __cause__, __context__ and __suppress_context__.
try:
    try:
        {}["x"]
    except KeyError as inner:
        raise ValueError("outer", 2) from inner
except ValueError as e:
    print(e.args, str(e), repr(e))
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__)
    print(e.__suppress_context__)
try:
    try:
        raise OSError(2, "No such file")
    except OSError as o:
        print(o.errno, o.strerror, str(o))
        raise RuntimeError("r") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
