# A class body must be indented.
class Point:
x = 0

print(Point.x)
