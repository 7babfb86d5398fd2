# Subclassing immutable builtins requires __new__.
class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}°C"

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

c = Celsius(21.456)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float))
u = Upper("shout")
print(u, len(u), u.lower(), type(u).__name__, type(u.lower()).__name__)
