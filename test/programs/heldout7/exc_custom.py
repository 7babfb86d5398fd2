# Custom exception classes: args, str/repr, extra attributes, hierarchies, except ordering, BaseException.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key!r} not found in {where}")
        self.key, self.where = key, where
class Retry(AppError):
    def __str__(self):
        return f"retry #{self.args[0]}"
for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("k"), Retry(3), Exception(None), ValueError("")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise NotFound("user", where="cache")
except AppError as e:
    print(type(e).__name__, e, e.key, e.where, isinstance(e, Exception))
def handler(exc):
    try:
        raise exc
    except NotFound:
        return "NotFound"
    except (Retry, KeyError) as e:
        return f"Retry or KeyError: {e}"
    except AppError:
        return "AppError"
    except Exception as e:
        return f"other {type(e).__name__}"
for exc in [NotFound("x"), Retry(1), KeyError("k"), AppError(), ZeroDivisionError()]:
    print(handler(exc))
try:
    raise SystemExit(3)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class NoInit(Exception):
    def __init__(self):
        pass
print(repr(NoInit()), str(NoInit()), NoInit().args)
e = KeyError("k")
print(str(e), repr(e), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
e2 = OSError(2, "No such file")
print(e2.errno, e2.strerror, str(e2), type(OSError(2, "x")).__name__)
print(issubclass(KeyError, LookupError), KeyboardInterrupt.__mro__, StopIteration().value)
