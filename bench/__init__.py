"""`make bench`: the docs/design.md budgets measured on the reference service over loopback.

Each row prints the measured figure beside its budget and beside a naive baseline
measured in the same run. This is a benchmark, not a test: it never fails a build
on timing (the machines are noisy); it reports.
"""
