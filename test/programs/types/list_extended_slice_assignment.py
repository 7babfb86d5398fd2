# Extended slices (step != 1) need a sequence of exactly the same length.
lst = list(range(10))
lst[::2] = "abcde"
print(lst)
lst[::-3] = [0, 0, 0, 0]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(e)
del lst[::3]
print(lst)
lst[1:2:1] = [7, 7, 7]
print(lst)
try:
    lst[::2] = 5
except TypeError as e:
    print(e)
