# custom exception classes and attributes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class Code(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
for exc in [AppError(), AppError("msg"), AppError("a", 1), NotFound("k"), WithStr("ignored"), Code(404, "missing")]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
try:
    raise NotFound("user")
except AppError as e:
    print("caught as AppError:", e, e.key, isinstance(e, Exception))
try:
    raise Code(500, "err")
except Code as e:
    print(e.code, e.msg, e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__)
e = ValueError("x", 2)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError()), repr(ValueError("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(str(OSError(2, "No such file")), repr(OSError(2, "x")), OSError(2, "x").errno)
print(repr(StopIteration(5)), StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
class MyErr(ValueError):
    def __init__(self):
        pass
m = MyErr()
print(repr(m), str(m), m.args)
try:
    raise AppError
except AppError as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
