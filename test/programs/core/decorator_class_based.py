# A class used as a decorator, counting calls.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def hello(name):
    return f"hello {name}"

print(hello("a"), hello("b"))
print(hello.calls, type(hello).__name__)
