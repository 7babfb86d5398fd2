# TypeError messages for methods include the qualified name.
class Box:
    def put(self, item):
        return item

    @staticmethod
    def make(size):
        return size

b = Box()
for call in (lambda: b.put(), lambda: b.put(1, 2), lambda: Box.put(1),
             lambda: Box.make(), lambda: Box(1), lambda: b.put(item=1, x=2)):
    try:
        call()
    except TypeError as e:
        print(e)
