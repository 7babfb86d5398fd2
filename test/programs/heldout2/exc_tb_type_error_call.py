# uncaught TypeError from calling with the wrong arguments
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"
print(greet("Ann"))
print(greet("Bob", greeting="Hi"))
print(greet())
