# uncaught TypeError and AttributeError from builtin calls
data = {"a": [1, 2], "b": None}
for key in data:
    print(key, len(data[key]))
