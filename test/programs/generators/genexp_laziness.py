# Generator expressions are lazy: nothing runs until iterated.
def noisy(n):
    print("producing", n)
    return n

g = (noisy(i) for i in range(3))
print("created")
print(next(g))
print("then the rest")
print(list(g))
