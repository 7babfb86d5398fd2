# reprs and names of functions, methods, classes, builtins and modules
import math, sys
def outer():
    def inner():
        pass
    class Local:
        def m(self):
            pass
    return inner, Local
inner, Local = outer()
print(outer.__qualname__, inner.__qualname__, Local.__qualname__, Local.m.__qualname__, Local.__name__)
print(repr(Local)[:40], repr(Local()).split(" object at ")[0], Local.__module__)
class Top:
    class Nested:
        def method(self):
            pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(Top.Nested, Top.Nested.method.__qualname__, Top.s.__qualname__, Top.c.__qualname__)
print(repr(Top.c).split(" of ")[0], repr(Top().c).split(" of ")[0], repr(Top.Nested().method).split(" of ")[0])
print(repr(len), repr(math.sqrt), repr(sys.getrefcount), repr([].append).split(" of ")[0], repr(str.upper), repr(int.__add__))
print(repr(sys), repr(int), repr(type), repr(object), repr(None.__class__))
print((lambda: 0).__qualname__, (lambda: 0).__name__, repr(lambda: 0).split(" at ")[0])
print(repr(dict.fromkeys), repr({}.fromkeys).split(" of ")[0], repr(object.__init__), repr(object().__init__).split(" of ")[0])
print(outer.__code__.co_name, inner.__code__.co_filename[-3:], outer.__defaults__, outer.__kwdefaults__, outer.__doc__)
def documented(a, b=2, *args, c, **kw):
    "Doc string."
    x = 1
    return x
co = documented.__code__
print(documented.__doc__, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_flags & 0x0C)
