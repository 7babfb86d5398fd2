# uncaught NameError with a suggestion from the locals
def compute(values):
    total_sum = 0
    for v in values:
        total_sum += v
    return total_summ / len(values)
print(compute([1, 2, 3]))
