# Class attributes are shared; assigning through an instance creates an instance attribute.
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name

a, b = Dog("rex"), Dog("fido")
a.species = "wolf"
a.tricks.append("sit")
print(a.species, b.species, Dog.species)
print(b.tricks, a.__dict__, b.__dict__)
Dog.species = "canis familiaris"
print(a.species, b.species)
del a.species
print(a.species)
