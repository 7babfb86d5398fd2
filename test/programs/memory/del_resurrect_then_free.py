# An object resurrected by __del__ is freed later without a second __del__ call.
graveyard = []

class Zombie:
    def __del__(self):
        print("__del__: resurrecting")
        graveyard.append(self)

z = Zombie()
del z
print("graveyard size", len(graveyard))
graveyard.clear()
print("cleared without a second __del__")
