# An exception raised inside a list comprehension shows the <listcomp> frame.
words = ["10", "20", "x30", "40"]
print("converting")
numbers = [int(w) for w in words]
print(numbers)
