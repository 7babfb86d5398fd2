# Slice assignment can grow and shrink a list.
lst = list(range(8))
lst[2:4] = ["a", "b", "c"]
print(lst)
lst[1:6] = []
print(lst)
lst[:0] = [-2, -1]
print(lst)
lst[len(lst):] = "xy"
print(lst)
lst[:] = (9,)
print(lst)
lst[5:10] = [1, 2]
print(lst)
