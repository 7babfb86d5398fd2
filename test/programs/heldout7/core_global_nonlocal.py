# global and nonlocal declarations, UnboundLocalError, and class-scope name resolution.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make()
add(5); add(7)
print(get())
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    return mid(), x
print(outer())
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(e)
def free_deleted():
    z = 1
    def inner():
        return z
    del z
    return inner()
try:
    free_deleted()
except NameError as e:
    print(type(e).__name__, e)
name = "global"
class Scope:
    name = "class"
    def method(self):
        return name
    got = name
print(Scope().method(), Scope.got)
def g():
    global newly_made
    newly_made = "created"
g()
print(newly_made)
try:
    print(undefined_name)
except NameError as e:
    print(e)
