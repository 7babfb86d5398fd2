# metaclass __prepare__, kwargs, __call__, __mro_entries__ and __class_getitem__
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=OrderedMeta, tag="alpha"):
    x = 1
print(A.injected, A.tag, A.x, type(A).__name__)
class B(A, tag="beta"):
    pass
print(B.tag, B.injected)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Generic[int], Generic["x"], list[int], dict[str, int], tuple[int, ...])
class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args, **kwargs)
class W(metaclass=Counting):
    def __init__(self, v):
        self.v = v
w1, w2 = W(1), W(2)
print(W.made, w2.v)
class Base:
    pass
class Maker:
    def __mro_entries__(self, bases):
        return (Base,)
class Derived(Maker()):
    pass
print(Derived.__bases__, Derived.__orig_bases__ if hasattr(Derived, "__orig_bases__") else None)
print(type("Dyn", (Base,), {"a": 1}).__mro__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
