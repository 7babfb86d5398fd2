# a plain uncaught ZeroDivisionError from nested calls
def divide(a, b):
    return a / b
def mean(values):
    return divide(sum(values), len(values))
print(mean([1, 2, 3]))
print(mean([]))
