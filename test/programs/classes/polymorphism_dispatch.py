# Polymorphic method calls over a list of different classes.
class Animal:
    def speak(self):
        return "..."
    def intro(self):
        return f"{type(self).__name__} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Cow(Animal):
    def speak(self):
        return "moo"
class Fish(Animal):
    pass

for a in (Cat(), Cow(), Fish()):
    print(a.intro())
