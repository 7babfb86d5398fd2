# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear and their errors.
l = [3, 1, 4, 1, 5]
l.append(9)
l.extend(range(2))
l.extend("ab")
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before-last")
l.insert(-100, "very-first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.index(5, 2), l.count(1), l.count("zz"))
for bad in [lambda: l.remove(42), lambda: l.index(42), lambda: l.index(3, 1), lambda: [].pop(), lambda: l.pop(99),
            lambda: l.insert("0", 1), lambda: l.pop("x"), lambda: l.extend(5), lambda: l.append(), lambda: l.index()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
c = l.copy()
c.reverse()
print(c, c is l, c == l[::-1])
c.clear()
print(c, l * 0, [0] * 3, [[]] * 2, l + ["x"], len(l))
try:
    l + ("x",)
except TypeError as e:
    print(e)
l += ("t", "u")
print(l[-2:])
n = [1, 2, 3]
n *= 2
print(n, n.__len__(), n.__contains__(3), n.__getitem__(-1), list.__add__([1], [2]))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [] < [0], [2] > [1, 99], [1, [2, 3]] == [1, [2, 3]])
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(map(str, [1, 2])))
