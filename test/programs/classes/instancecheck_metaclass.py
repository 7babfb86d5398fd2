# __instancecheck__ and __subclasscheck__ on a metaclass (ABC-like duck typing).
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ("quack",)

class Duck:
    def quack(self):
        return "quack"
class Robot:
    def beep(self):
        return "beep"

print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker), isinstance("s", Quacker))
