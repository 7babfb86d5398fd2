# the types module: SimpleNamespace and the names of the interpreter types
import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, repr(ns), ns == types.SimpleNamespace(a=1, b="x"), ns != types.SimpleNamespace())
ns.c = [ns]
print(ns)
del ns.a
print(vars(ns).keys(), type(ns), type(ns).__name__)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)
def f(): yield
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), types.LambdaType is types.FunctionType)
print(types.MappingProxyType({"k": 1}), types.ModuleType, types.NoneType, types.MethodType, types.CodeType, types.GenericAlias, types.UnionType)
class P(types.SimpleNamespace): pass
print(P(z=2))
