# A triple-quoted string that is never closed.
print("before")
doc = """This docstring
never ends
x = 1
print(x)
