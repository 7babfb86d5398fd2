# Explicit chaining with 'raise ... from ...'.
class ConfigError(Exception):
    pass

def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError as exc:
        raise ConfigError("port not configured") from exc

load({"host": "localhost"})
