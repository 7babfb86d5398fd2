# The places references live: frame locals, globals, class and instance dicts, closures.
import sys
global_var = []

class MyClass:
    class_var = []
    def __init__(self, value):
        self.instance_var = value

def example():
    local = []
    return sys.getrefcount(local)

def outer():
    captured = []
    def inner():
        return captured
    return inner

obj = MyClass([])
func = outer()
print("frame local:", example())
print("global:", sys.getrefcount(global_var), "global_var" in globals())
print("class attribute:", sys.getrefcount(MyClass.class_var))
print("instance attribute:", sys.getrefcount(obj.instance_var))
print("closure cell contents:", sys.getrefcount(func.__closure__[0].cell_contents))
print(type(func.__closure__[0]).__name__, func.__code__.co_freevars)
