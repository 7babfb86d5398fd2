# Handling errors per item and continuing the loop.
data = ["1", "2", "three", "4", None, "5"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError:
        errors.append(f"bad value {item!r}")
        continue
    except TypeError as e:
        errors.append(str(e))
        continue
    finally:
        print("processed", item)
print(total)
print(errors)
