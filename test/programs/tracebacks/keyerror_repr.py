# KeyError shows the repr of the missing key.
config = {"name": "app", 1: "one"}
print(config["name"])
print(config[1])
print(config["ver'sion"])
