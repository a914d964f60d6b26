"""Tests of bench/ helpers that decide something (the load test's database checks)."""
