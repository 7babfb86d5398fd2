# NameError with a "Did you mean" suggestion.
counter = 10
print(counter)
counter += 1
print(counter)
print(countr)
