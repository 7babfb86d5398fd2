# Modifying a class at runtime affects existing instances.
class Greeter:
    def greet(self):
        return "hello"

g = Greeter()
print(g.greet())
Greeter.greet = lambda self: "bonjour"
print(g.greet())
Greeter.extra = property(lambda self: "added later")
print(g.extra)
g.greet = lambda: "instance override"
print(g.greet(), Greeter().greet())
