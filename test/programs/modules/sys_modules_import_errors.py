# sys.modules holds the imported modules; ImportError/ModuleNotFoundError carry msg, name, path.
import sys
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
import math
print("math" in sys.modules, sys.modules["math"] is math, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, sys.modules["builtins"].len is len)
try:
    import no_such_module_at_all
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "|", e.name, e.msg, e.path, e.args)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
e = ImportError("message", name="modname", path="/some/path.py")
print(e, e.args, e.msg, e.name, e.path)
print(repr(ImportError()), str(ImportError()), str(ImportError("a", "b")), ImportError("a", "b").msg)
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print(err)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError("m", name="n").name)
