# Notebook cell In [20], exactly as written.
# Class and Instance Variables
class MyClass:
    class_var = 42  # Class variable reference stored in MyClass.__dict__

    def __init__(self, value):
        self.instance_var = value  # Instance variable reference stored in the object's __dict__

obj = MyClass(100)
print(MyClass.__dict__['class_var'])   # Access the class variable reference
print(obj.__dict__['instance_var'])    # Access the instance variable reference
