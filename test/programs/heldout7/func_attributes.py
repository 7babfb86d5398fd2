# Function attributes: __name__, __qualname__, __module__, __doc__, __dict__, __annotations__, code flags.
def top(a: int, b: "str" = "x", *args, c: float = 1.0, **kw) -> bool:
    """Top-level doc."""
    return True
print(top.__name__, top.__qualname__, top.__module__, top.__doc__)
print(top.__annotations__)
print(top.__code__.co_argcount, top.__code__.co_kwonlyargcount, top.__code__.co_posonlyargcount)
print(top.__code__.co_varnames, top.__code__.co_name)
class K:
    def meth(self):
        def inner():
            pass
        return inner
    @staticmethod
    def st():
        pass
print(K.meth.__qualname__, K().meth().__qualname__, K.st.__qualname__)
top.custom = 5
print(top.__dict__, getattr(top, "custom"))
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__annotations__)
nodoc.__name__ = "renamed"
print(nodoc.__name__, nodoc.__qualname__)
try:
    nodoc.__name__ = 5
except TypeError as e:
    print(e)
print(callable(top), callable(5), callable(K), callable(K()))
bound = K().meth
print(bound.__func__ is K.meth, type(bound).__name__, bound.__name__)
print(type(top).__name__, type(len).__name__, type([].append).__name__, type(K.st).__name__)
print(len.__name__, len.__qualname__, [].append.__qualname__, len.__self__)
