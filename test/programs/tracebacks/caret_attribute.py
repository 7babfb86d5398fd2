# 3.11 fine-grained positions: carets under the failing attribute access.
class Point:
    def __init__(self):
        self.x = 1

p = Point()
value = p.x + p.y * 2
