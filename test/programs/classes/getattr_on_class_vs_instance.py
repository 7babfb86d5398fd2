# Lookup order: data descriptors, instance dict, non-data descriptors and class attributes.
class C:
    attr = "class attribute"
    @property
    def prop(self):
        return "property"
    def method(self):
        return "method"

c = C()
c.__dict__.update(attr="instance attribute", prop="instance prop", method=lambda: "instance lambda")
print(c.attr, c.prop, c.method())
print(C.attr, type(C.prop).__name__, C.method(c))
