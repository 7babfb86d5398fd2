# types module: SimpleNamespace, MappingProxyType, FunctionType/MethodType, GeneratorType checks, new_class.
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns, hasattr(ns, "a"), repr(types.SimpleNamespace()))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), type(mp).__name__)
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(g(), types.GeneratorType), isinstance(f, types.LambdaType), type(C.__dict__) is types.MappingProxyType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, type(None) is types.NoneType)
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5))
Dyn = types.new_class("Dyn", (C,), {}, lambda ns: ns.update({"extra": 7}))
print(Dyn.__name__, Dyn.extra, Dyn.__bases__, issubclass(Dyn, C))
mod = types.ModuleType("fake", "doc text")
mod.value = 3
print(mod.__name__, mod.__doc__, mod.value, repr(mod))
print(type(C.m) is types.FunctionType, type(C().m) is types.MethodType, types.FunctionType.__name__)
print(isinstance(int.__add__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType), isinstance(str.join, types.MethodDescriptorType))
print(type(f.__code__) is types.CodeType, types.GenericAlias(list, (int,)), isinstance(int | str, types.UnionType))
