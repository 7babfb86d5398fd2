# In-place operator functions and dotted attrgetter.
import operator
lst = [1]
r = operator.iadd(lst, [2])
print(r is lst, lst)
n = operator.iadd(5, 1)
print(n)
class A: pass
a = A(); a.b = A(); a.b.c = "deep"
print(operator.attrgetter("b.c")(a))
print(operator.itemgetter(slice(1, 3))("abcd"), operator.length_hint([1, 2, 3]), operator.is_(None, None))
