# uncaught exception with implicit chaining from a failed cleanup
def load(config):
    try:
        return config["path"]
    except KeyError:
        return config["default_path"]
print("loading")
load({"name": "x"})
