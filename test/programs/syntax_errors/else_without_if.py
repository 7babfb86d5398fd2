# An else that belongs to nothing.
x = 1
print(x)
else:
    print("no")
