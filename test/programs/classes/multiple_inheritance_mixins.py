# Mixins add behaviour via the MRO.
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in vars(self).items())
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, other):
        return vars(self) == vars(other)
class Person(JsonMixin, EqMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.to_json(), p == Person("ann", 30), p == Person("bob", 30))
print([k.__name__ for k in Person.__mro__])
