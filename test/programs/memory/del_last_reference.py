# __del__ runs when the last reference goes away, not at del of any name.
class Loud:
    def __del__(self):
        print("__del__ runs")

a = Loud()
b = a
c = [a]
del a
print("deleted a")
del b
print("deleted b")
c.clear()
print("cleared list")
