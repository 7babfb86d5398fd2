# Stacked decorators are applied bottom-up and run top-down.
def deco(label):
    print("decorating with", label)
    def wrap(f):
        def inner():
            print("enter", label)
            f()
            print("exit", label)
        return inner
    return wrap

@deco("outer")
@deco("inner")
def work():
    print("working")

print("calling")
work()
