# Class and instance variables (notebook cell In [20]).
# class_var is referenced from the class's __dict__, instance_var from the
# instance's own __dict__: expand MyClass and obj in the Variables view.
class MyClass:
    class_var = 42  # Class variable reference stored in MyClass.__dict__

    def __init__(self, value):
        self.instance_var = value  # Instance variable reference stored in the object's __dict__

obj = MyClass(100)
print(MyClass.__dict__['class_var'])   # Access the class variable reference
print(obj.__dict__['instance_var'])    # Access the instance variable reference
