# isinstance and issubclass with classes and tuples of classes.
class Animal: pass
class Dog(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object))
print(isinstance(3, (str, float)), isinstance(3, (str, int)), isinstance(True, int))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print(issubclass(bool, int), issubclass(int, object), isinstance(int, type))
print(isinstance(None, type(None)), isinstance([], (list, (tuple, dict))))
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print(e)
