"""Tests of the load test's parts that can fail a run: the database checks, the histograms."""
