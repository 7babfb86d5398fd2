# Unbounded recursion ends in RecursionError with a repeated-lines summary.
def countdown(n):
    return countdown(n - 1) + 1

print("recursing")
countdown(10)
