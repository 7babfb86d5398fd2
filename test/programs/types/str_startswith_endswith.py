# startswith/endswith with tuples and ranges.
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith(("data", "rep")), name.startswith("2024", 7), name.endswith("report", 0, 6))
print("".startswith(""), "abc".startswith(""), "abc".endswith(("",)))
try:
    name.startswith(["report"])
except TypeError as e:
    print(e)
