# A decorator factory taking arguments.
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))

def tag(name):
    def deco(f):
        return lambda *a: f"<{name}>{f(*a)}</{name}>"
    return deco

@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
