# AttributeError with a "Did you mean" suggestion.
items = [3, 1, 2]
items.sort()
print(items)
items.apend(4)
