# Uncaught exception raised "from" another: "The above exception was the direct cause..." and nested frames.
class ConfigError(Exception):
    pass
def get(d, key):
    return d[key]
def config(d):
    try:
        return get(d, "port") + 1
    except KeyError as e:
        raise ConfigError("missing setting") from e
print(config({"port": 80}))
config({"host": "x"})
