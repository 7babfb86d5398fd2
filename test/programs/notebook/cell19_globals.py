# Notebook cell In [19], exactly as written.
# Global Variables (Module Level)
global_var = "Hello, World!"  # This reference is stored in the global namespace

print(globals()['global_var'])  # Access the reference using the globals() dictionary
