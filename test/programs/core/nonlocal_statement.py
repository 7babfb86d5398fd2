# nonlocal rebinds a variable of the enclosing function.
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

acc = make_acc()
print(acc(5), acc(10), acc(-3))
