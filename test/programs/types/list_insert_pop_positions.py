# insert and pop with negative and out-of-range positions.
lst = ["a", "b", "c"]
lst.insert(-1, "X")
lst.insert(-100, "S")
lst.insert(100, "E")
print(lst)
print(lst.pop(-2), lst.pop(1), lst)
