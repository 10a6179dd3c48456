"""JSON Resume in and out: the implementation behind :mod:`careerkit.interop`."""
