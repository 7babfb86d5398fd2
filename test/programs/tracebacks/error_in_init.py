# An exception raised in __init__ while constructing an instance.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("temperature below absolute zero")
        self.kelvin = kelvin

t1 = Temperature(300)
print(t1.kelvin)
t2 = Temperature(-5)
