# finally runs on return; a return inside finally replaces the earlier return.
def f():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

def h():
    x = 1
    try:
        return x
    finally:
        x = 2

print(f())
print(g())
print(h())
