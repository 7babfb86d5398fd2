# A traceback through a classmethod, a staticmethod and a property.
class Repo:
    items = {"a": 1}

    @classmethod
    def get(cls, key):
        return cls.check(cls.items, key)

    @staticmethod
    def check(items, key):
        return items[key]

    @property
    def broken(self):
        return Repo.get("zz")

r = Repo()
print(Repo.get("a"))
print(r.broken)
