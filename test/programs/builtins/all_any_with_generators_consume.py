# any/all stop consuming an iterator as soon as the answer is known.
it = iter([1, 3, 4, 5, 7])
print(any(x % 2 == 0 for x in it))
print(list(it))
it = iter([2, 4, 5, 6])
print(all(x % 2 == 0 for x in it))
print(list(it))
