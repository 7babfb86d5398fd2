# except clauses match subclasses; the first matching clause wins.
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass

for exc in (DbError("db down"), NetError("timeout"), AppError("generic"), KeyError("k")):
    try:
        raise exc
    except DbError as e:
        print("db handler:", e)
    except AppError as e:
        print("app handler:", type(e).__name__, e)
    except LookupError as e:
        print("lookup handler:", repr(e))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
print(KeyError.__mro__)
