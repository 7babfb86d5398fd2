# staticmethod and classmethod, called from class and instance, with inheritance.
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def is_valid(topping):
        return topping != "pineapple"

class Calzone(Pizza):
    pass

p = Pizza.margherita()
c = Calzone.margherita()
print(type(p).__name__, type(c).__name__, p.toppings, Pizza.count)
print(Pizza.is_valid("ham"), p.is_valid("pineapple"))
print(type(Pizza.__dict__["margherita"]).__name__, type(Pizza.__dict__["is_valid"]).__name__)
print(Pizza.margherita.__self__ is Pizza, Calzone.margherita.__self__ is Calzone)
