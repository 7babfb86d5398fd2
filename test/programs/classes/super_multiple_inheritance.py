# Cooperative super() calls follow the MRO of the instance's class.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.log.append("Right")
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.log.append("Child")

c = Child()
print(c.log)
print([k.__name__ for k in Child.__mro__])
