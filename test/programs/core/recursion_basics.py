# Recursive functions: factorial, fibonacci, tree depth, flatten.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]

print(fact(20), [fib(i) for i in range(15)])
print(depth([1, [2, [3, [4]]], []]), flatten([1, [2, [3, [4]], 5]]))
