# A singleton via a metaclass __call__ cache.
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=SingletonMeta):
    def __init__(self):
        print("Config created")
        self.values = {}

a = Config()
b = Config()
a.values["k"] = 1
print(a is b, b.values)
