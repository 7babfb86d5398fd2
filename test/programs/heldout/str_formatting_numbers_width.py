# numbers formatted in widths with str.format and % in loops
for n in [0, 7, -7, 42, 1234, -98765, 10 ** 10]:
    print("{:6d}|{:<6d}|{:^6d}|{:+6d}|{:06d}|%6d|%-6d|%06d|" .format(n, n, n, n, n) % (n, n, n))
for f in [0.0, 0.5, -1.25, 3.14159, 1234.5678, 1e-4]:
    print("{:8.3f}|{:<8.2f}|{:^10.1e}|{:+.2g}|%8.3f|%-8.1f|%+.2e|".format(f, f, f, f) % (f, f, f))
