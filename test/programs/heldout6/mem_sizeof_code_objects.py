# sys.getsizeof of code objects: a header plus the bytecode with its inline caches
import sys
def f(): pass
def g(a, b):
    x = a + b
    return [x, x * 2, {x: a}]
def h(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 2:
            total += i
        elif i % 5:
            total -= len(str(i))
        else:
            while total > 100:
                total //= 2
    try:
        print(total, [i for i in range(3)], {k: v for k, v in zip("ab", "cd")})
    except Exception as e:
        raise ValueError("x") from e
    finally:
        total = None
    return total
def big():
    return [x.y for x in range(10) if x] + [globals()[k] for k in "abcdefgh" if k in globals()] * 3
print([sys.getsizeof(c.__code__) for c in (f, g, h, big)], sys.getsizeof((lambda: 0).__code__))
