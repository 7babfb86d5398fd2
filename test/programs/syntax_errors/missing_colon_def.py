# A def header without its colon.
def greet(name)
    return "hi " + name

print(greet("bob"))
