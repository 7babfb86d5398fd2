# Uncaught ZeroDivisionError inside a multi-line expression; 3.11 carets point at the exact sub-expression.
def ratio(values):
    total = sum(values)
    return [
        round(v / total, 3)
        for v in values
    ]
def summary(groups):
    return {name: ratio(vals) for name, vals in groups.items()}
print(summary({"a": [1, 3], "b": [2, 2]}))
print(summary({"c": [0, 0]}))
