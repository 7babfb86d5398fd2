# __getattr__ is called only when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p.target)
print(p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print(e)
class Defaults:
    x = 1
    def __getattr__(self, name):
        return f"default for {name}"
print(Defaults().x, Defaults().y)
