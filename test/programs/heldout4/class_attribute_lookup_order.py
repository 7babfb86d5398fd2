# attribute lookup order: data descriptors, instance dict, non-data descriptors, __getattr__
class DataDesc:
    def __get__(self, obj, t):
        return "data"
    def __set__(self, obj, v):
        print("DataDesc.__set__", v)
class NonData:
    def __get__(self, obj, t):
        return "nondata"
class C:
    d = DataDesc()
    n = NonData()
    plain = "class attr"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(c.d, c.n, c.plain, c.other)
del c.__dict__["plain"]
print(c.plain)
c.d = 5
print(c.__dict__["d"])
class Meta(type):
    attr = "from meta"
    @property
    def prop(cls):
        return f"meta property of {cls.__name__}"
class K(metaclass=Meta):
    pass
print(K.attr, K.prop, hasattr(K(), "attr"), hasattr(K(), "prop"))
class K2(metaclass=Meta):
    attr = "from class"
print(K2.attr, type(K2).attr)
class Base:
    x = "base"
class Derived(Base):
    pass
d = Derived()
print(d.x)
Base.x = "changed"
print(d.x, Derived.x)
Derived.x = "derived own"
print(d.x, Base.x)
del Derived.x
print(d.x)
try:
    del Derived.x
except AttributeError as e:
    print(e)
print(getattr(Derived, "__name__"), Derived.__dict__.get("x"), "x" in vars(Base))
