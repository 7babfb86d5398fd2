# super() in its various forms
class Base:
    def greet(self):
        return f"Base.greet({type(self).__name__})"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
    @staticmethod
    def util():
        return "Base.util"
class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
    def util_via_super(self):
        return super().util()
l = Leaf()
print(l.greet(), l.skip(), Leaf.create(), l.util_via_super())
print(super(Leaf, l).greet(), super(Mid, Leaf).create())
s = super(Leaf, l)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
class WithInit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
wi = WithInit(a=1)
wi["b"] = 2
print(wi, wi.extra)
class Attr:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
at = Attr()
at.normal = 1
print(at.magic, at.normal)
def outside(self):
    return "plain function"
try:
    class Bad:
        def m(self):
            return super().nothing
    Bad().m()
except AttributeError as e:
    print(e)
