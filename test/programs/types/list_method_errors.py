# Errors raised by list methods, with CPython's messages.
lst = [1, 2, 3]
for bad in (lambda: lst.index(9), lambda: lst.remove(9), lambda: [].pop(), lambda: lst.pop(10),
            lambda: lst[5], lambda: lst.index(1, 1), lambda: lst.sort(key=1), lambda: lst.insert("0", 1)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
