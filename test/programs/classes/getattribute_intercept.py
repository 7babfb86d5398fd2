# __getattribute__ intercepts every attribute access.
class Logged:
    def __init__(self):
        self.value = 42
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value

obj = Logged()
print(obj.value)
print(obj.method())
try:
    obj.missing
except AttributeError as e:
    print(e)
