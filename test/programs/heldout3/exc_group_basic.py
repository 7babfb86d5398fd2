# ExceptionGroup objects (3.11) without except*
eg = ExceptionGroup("batch failed", [ValueError(1), TypeError("t"), ValueError(2)])
print(eg, repr(eg), eg.message, len(eg.exceptions))
m, rest = eg.split(ValueError)
print(m, [str(e) for e in m.exceptions], rest, [type(e).__name__ for e in rest.exceptions])
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught.message, caught is eg)
e = ValueError("base")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    raise e
except ValueError as err:
    print(err, err.__notes__)
