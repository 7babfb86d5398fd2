# Single inheritance: overriding, extending, and attribute lookup.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area()}"
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def __init__(self, size):
        super().__init__("square")
        self.size = size
    def area(self):
        return self.size ** 2

class Triangle(Shape):
    sides = 3

print(Square(3).describe())
print(Triangle("tri").describe())
print(Square.__bases__, Square.__mro__)
print(isinstance(Square(1), Shape), issubclass(Triangle, Square))
