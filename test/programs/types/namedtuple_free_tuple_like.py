# Tuples as records vs indexes; tuple() of generators.
record = ("Ada", 1815, "London")
name, born, city = record
print(f"{name} was born in {born} in {city}")
print(tuple(x * 2 for x in range(4)), tuple(reversed(record)), tuple(sorted(record, key=str)))
print(record.index(1815), record.count("Ada"), record[1:], len(record))
