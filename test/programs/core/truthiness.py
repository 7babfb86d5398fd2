# Truth values of built-in objects.
values = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (None,), {}, {0: 0},
          set(), None, True, False, range(0), range(1), 0j, b"", bytearray()]
for v in values:
    print(repr(v), bool(v))
