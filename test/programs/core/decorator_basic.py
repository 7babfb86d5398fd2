# A simple decorator wrapping a function.
def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ada"))
print(greet.__name__)

def trace(func):
    def wrapper(*a):
        print("->", func.__name__, a)
        r = func(*a)
        print("<-", r)
        return r
    return wrapper

@trace
def add(x, y):
    return x + y
add(2, 3)
