# Comparison operators across types.
print(1 < 2, 2 <= 2, 3 > 4, 3 >= 3, 5 == 5.0, 5 != 5)
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print([] == [], [] is [], {} == {}, {1: 2} == {1: 2.0})
print(None == None, None is None, None == 0)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
