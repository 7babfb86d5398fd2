# decorators with state, arguments, classes and methods
import functools
def memoize(f):
    cache = {}
    @functools.wraps(f)
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(x):
    print("computing", x)
    return x * x
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
def retry(times):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return f(*a, **k)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return deco
calls = {"n": 0}
@retry(3)
def flaky():
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"try {calls['n']}")
    return "success"
print(flaky(), flaky.__name__)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, name="default"):
        self.name = name
print(Config("first").name, Config("second").name, Config() is Config())
class Validate:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
    def __call__(self, x):
        if x < 0:
            raise ValueError("negative")
        return self.f(x)
@Validate
def root(x):
    "integer square root"
    return int(x ** 0.5)
print(root(17), root.__name__, root.__doc__)
class Service:
    @staticmethod
    def util():
        return "static"
    @classmethod
    def make(cls):
        return cls.__name__
    @property
    def status(self):
        return "up"
print(Service.util(), Service.make(), Service().status)
