# __init_subclass__ with keyword arguments, plugin registries, and its interaction with super() and metaclasses.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)
class Mixin:
    def __init_subclass__(cls, flag=False, **kw):
        print("Mixin flag", flag)
        super().__init_subclass__(**kw)
class Combined(Mixin, Base, flag=True, extra=1):
    pass
try:
    class Plain(kw=1): pass
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(WithMeta, color="red"):
    pass
print(type(Child).__name__, Plugin.__init_subclass__.__self__ is Plugin)
